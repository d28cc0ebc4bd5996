import { CAUSE_IDS, type CauseId } from '../causes.ts';
import type { CodeFindingCode } from '../code/findings.ts';
import type { TailReading } from '../error/deepseek-message.ts';
import type { DiagnosisReasonCode } from './diagnose.ts';

/**
 * One table of what each piece of evidence says about the four causes: which cause it supports
 * and how strongly, which it rules out, which one real reports lean to when it supports several
 * equally, and where that was learnt. `diagnose()` decides which row a piece of evidence is; the
 * weighing itself lives only here.
 *
 * Weights: 5 and more settles a cause on its own (the live test, a check the user ran); 3–4 is
 * strong evidence from a pasted error; 1–2 leaves the cause open. `'out'` rules a cause out; 0
 * only adds the sentence to the cause's reasons. `'verdict'` stands for the cause the key-test
 * verdict names (SPEC §5), where it depends on the pasted key.
 */
export type Effect = readonly [CauseId | 'verdict', number | 'out', DiagnosisReasonCode];

export interface Weighing {
  effects: readonly Effect[];
  /** Orders causes of equal weight: it ranks, it never makes a cause likely (ADR 13). */
  lean?: CauseId;
  source: string;
}

const rule = (effects: readonly Effect[], source: string, lean?: CauseId): Weighing =>
  lean ? { effects, source, lean } : { effects, source };

/** The same weight and reason for each of the four causes: evidence that fits them all. */
const everyCause = (weight: number, reason: DiagnosisReasonCode): Effect[] =>
  CAUSE_IDS.map((cause) => [cause, weight, reason]);

export const WEIGHTS = {
  // --- The live test (the page's own request: what it proves is certain) -------------------
  'test:key-works': rule(
    [
      ['mistyped', 'out', 'test-key-works'],
      ['revoked', 'out', 'test-key-works'],
      ['not-passed', 3, 'test-key-works-code'],
      ['not-set', 2, 'test-key-works-env'],
    ],
    'SPEC §3: a 200 from GET /models proves the key',
  ),
  // The value as pasted had quotes or spaces, and works without them: where the variable is set,
  // it probably still has them (droidrun/mobilerun#28: quotes kept from .env).
  'test:cleaned-key-works': rule(
    [
      ['revoked', 'out', 'test-key-works'],
      ['mistyped', 4, 'test-cleaned-key-works'],
      ['not-passed', 1, 'test-key-works-code'],
    ],
    'SPEC §3 (a 200 proves the cleaned key); tests/corpus: droidrun/mobilerun#28',
  ),
  'test:not-auth': rule(
    [
      ['mistyped', 'out', 'test-not-auth'],
      ['revoked', 'out', 'test-not-auth'],
    ],
    'SPEC §5: 402 and 429 come after authentication',
  ),
  'test:rejected-well-formed': rule(
    [
      ['revoked', 5, 'test-rejected-well-formed'],
      ['mistyped', 0, 'lint-shape-ok'],
    ],
    'SPEC §5: a well-formed key DeepSeek rejects was deleted, rotated or its account closed',
  ),
  'test:rejected-malformed': rule(
    [['mistyped', 5, 'test-rejected-malformed']],
    'SPEC §1: a DeepSeek key is sk- and 32 hex characters',
  ),
  'test:other-provider': rule(
    [['mistyped', 5, 'test-other-provider']],
    'SPEC §1: other providers’ key prefixes',
  ),
  'test:bad-format': rule(
    [
      ['verdict', 5, 'test-bad-format'],
      ['revoked', 'out', 'error-bad-format-not-revoked'],
    ],
    'SPEC §5: "auth header format should be Bearer sk-..."',
  ),
  'test:no-such-user': rule(
    [['revoked', 5, 'test-no-such-user']],
    'SPEC §5: "no such user" for the pasted key itself',
  ),
  'test:wrong-base-url': rule(
    [['not-passed', 3, 'test-wrong-base-url']],
    'SPEC §2: a 404 means the base URL is not DeepSeek’s API',
  ),
  'test:not-sendable': rule(
    [['mistyped', 5, 'test-not-sendable']],
    'WHATWG fetch: a header value with a line break or a non-Latin-1 character is refused',
  ),

  // --- A pasted error: what DeepSeek (or the client) said to the user's program --------------
  'error:key-accepted': rule(
    [
      ['mistyped', 'out', 'terminal-key-works'],
      ['revoked', 'out', 'terminal-key-works'],
      ['not-passed', 3, 'test-key-works-code'],
      ['not-set', 2, 'terminal-key-works-env'],
    ],
    'the page’s terminal test sends the key from DEEPSEEK_API_KEY: a 200 proves it',
  ),
  'error:rejected-well-formed': rule(
    [
      ['revoked', 3, 'error-rejected-well-formed'],
      ['mistyped', 0, 'lint-shape-ok'],
    ],
    'SPEC §5',
  ),
  'error:rejected-malformed': rule([['mistyped', 3, 'error-rejected-malformed']], 'SPEC §1, §5'),
  'error:other-provider': rule([['mistyped', 4, 'error-other-provider']], 'SPEC §1'),
  'error:bad-format': rule(
    [
      ['verdict', 4, 'error-bad-format'],
      ['mistyped', 1, 'error-bad-format'],
      ['not-passed', 1, 'error-bad-format'],
      ['revoked', 'out', 'error-bad-format-not-revoked'],
    ],
    'SPEC §5; an empty header or a value without sk- (lobehub/lobehub#5440)',
  ),
  // The runtime's own word that the variable is empty or absent in the program's environment.
  'error:compose-blank-key': rule(
    [['not-set', 5, 'error-compose-blank-key']],
    'Docker Compose: an unset variable interpolated as a blank string; environment: over env_file',
  ),
  'error:anthropic-key-sent': rule(
    [
      ['not-passed', 4, 'error-anthropic-key-sent'],
      ['not-set', 'out', 'error-key-received'],
    ],
    'Anthropic keys end in AA (gitleaks anthropic-api-key rule); Claude Code can send a second credential (Alishahryar1/free-claude-code#350)',
  ),
  'words:stated-tail-refused': rule(
    [['revoked', 3, 'words-stated-tail-refused']],
    'as the live test: a well-formed key DeepSeek refuses is revoked (SPEC §3)',
  ),
  'words:stated-tail-cut': rule(
    [['mistyped', 4, 'words-stated-tail-cut']],
    'DeepSeek echoes the last four characters of what it received (SPEC §5)',
  ),
  'error:ci-secret-blank': rule(
    [['not-set', 5, 'error-ci-secret-blank']],
    'GitHub Actions prints a set secret as ***; none is passed to a fork’s pull request (its docs)',
  ),
  'error:env-file-quotes-kept': rule(
    [['mistyped', 4, 'error-env-file-quotes-kept']],
    'docker run --env-file keeps quotes in the value (moby/moby#46773, docker/cli#3630)',
  ),
  'error:secret-key-missing': rule(
    [['not-set', 5, 'error-secret-key-missing']],
    'Kubernetes: secretKeyRef to a key the Secret lacks (CreateContainerConfigError)',
  ),
  'error:no-such-user': rule(
    [
      ['mistyped', 3, 'error-no-such-user'],
      ['revoked', 3, 'error-no-such-user'],
    ],
    // Keys that were never DeepSeek's (another provider's: king-wang123/ZHIHUISHU-Auto-Answer-
    // Assistant#4; a placeholder: langbot-app/LangBot#996); closed accounts and incidents
    // (deepseek-ai/DeepSeek-R1#82).
    'tests/corpus: king-wang123/ZHIHUISHU-Auto-Answer-Assistant#4, langbot-app/LangBot#996, deepseek-ai/DeepSeek-R1#82',
    'mistyped',
  ),
  'error:governor': rule(
    [
      ['not-passed', 4, 'error-governor'],
      ['not-set', 2, 'error-governor'],
    ],
    'SPEC §5: no Authorization header arrived (usestrix/strix#101, sipeed/picoclaw#2584)',
  ),
  // With nothing to compare, threads settle a bare 401 and a well-formed echoed tail most often
  // as a tool sending another key than the one set, a stale or shadowed one; tests/corpus has no
  // settled "revoked".
  'error:unknown-401': rule(
    everyCause(1, 'error-unknown-401'),
    'tests/corpus: esengine/DeepSeek-Reasonix#4168, #4608',
    'not-passed',
  ),
  // DeepSeek's own words with nothing after them: its 2024 body ({"detail": "Authentication
  // Fails"}, simonw/llm#393) or a message cut short (openai/codex#1043).
  'error:deepseek-no-detail': rule(
    everyCause(1, 'error-deepseek-no-detail'),
    'tests/corpus: simonw/llm#393, openai/codex#1043',
    'not-passed',
  ),
  'error:rejected-unverified': rule(
    [
      ['mistyped', 1, 'error-rejected-unverified'],
      ['revoked', 1, 'error-rejected-unverified'],
      ['not-passed', 1, 'error-rejected-unverified'],
    ],
    'tests/corpus: liliMozi/openhanako#615, TauricResearch/TradingAgents#641',
    'not-passed',
  ),
  // The reporter describes the key being refused (error-traps.ts) without DeepSeek's message.
  'said:key-refused': rule(
    [
      ['not-set', 1, 'said-key-refused'],
      ['mistyped', 1, 'said-key-refused'],
      ['revoked', 1, 'said-key-refused'],
      ['not-passed', 1, 'said-key-refused'],
    ],
    'tests/corpus: ChatGPTNextWeb/NextChat#6020, Karben233/bili-hardcore#47, Lakr233/FlowDown#101',
  ),
  'error:openai-key-rejected': rule(
    [
      ['not-passed', 6, 'error-openai'],
      ['mistyped', 0, 'error-openai-cannot-judge'],
      ['revoked', 0, 'error-openai-cannot-judge'],
    ],
    'SPEC §5: OpenAI’s wording means the client’s default host got the key',
  ),
  // The tool reads OpenAI's variable: unset, or the DeepSeek key kept in another one.
  'error:keyerror-openai': rule(
    [
      ['not-set', 3, 'error-keyerror'],
      ['not-passed', 3, 'error-keyerror-name'],
    ],
    'tests/corpus: PDFMathTranslate/PDFMathTranslate#700',
    'not-passed',
  ),
  'error:keyerror': rule([['not-set', 5, 'error-keyerror']], 'Python: os.environ[name] unset'),
  'error:named-unset': rule(
    [['not-set', 5, 'error-named-unset']],
    'the program names the variable it found unset (Codex EnvVarError, langchain-deepseek, December 2026)',
  ),
  'error:read-unset': rule(
    [
      ['not-set', 5, 'error-read-unset'],
      ['not-passed', 'out', 'error-read-unset'],
    ],
    'the SDK found no key where the traceback shows it read from a variable (SPEC §3)',
  ),
  'error:keyerror-other-name': rule(
    [['not-passed', 2, 'error-keyerror-name']],
    'the code reads another variable than DEEPSEEK_API_KEY',
  ),
  // The SDK looked for OPENAI_API_KEY: DeepSeek's variable unset, or never passed to the client.
  // Where the text names OpenAI's variable, more threads were a framework that never passed the
  // DeepSeek key (agno-agi/agno#2636, AntonOsika/gpt-engineer#1196; not set:
  // simonlin1212/TradingAgents-astock#42).
  'error:no-key': rule(
    [
      ['not-set', 3, 'error-no-key'],
      ['not-passed', 3, 'error-no-key-client'],
    ],
    'openai-python and openai-node read OPENAI_API_KEY when no key is given (SPEC §3)',
  ),
  // The same, in a tool's or an app's own words: no SDK fallback to OPENAI_API_KEY is known.
  'error:no-key-words': rule(
    [
      ['not-set', 3, 'error-no-key-words'],
      ['not-passed', 3, 'error-no-key-words-elsewhere'],
    ],
    'tests/corpus: zts212653/clowder-ai#1088, danny-avila/LibreChat#6559, Feather-2/Burner-X#44',
  ),
  'error:openai-key-sent': rule(
    [['not-set', 'out', 'error-openai-key-sent']],
    'OpenAI echoed the end of a value it received',
  ),
  'error:nothing-sent': rule(
    [
      ['mistyped', 'out', 'error-nothing-sent'],
      ['revoked', 'out', 'error-nothing-sent'],
    ],
    'the client raised before sending: DeepSeek never saw a key',
  ),
  'error:invalid-header': rule(
    [
      ['mistyped', 5, 'error-invalid-header'],
      ['not-set', 'out', 'error-header-has-value'],
    ],
    'Node and Python refuse a header with a line break or a curly quote',
  ),
  // Nothing after "Bearer ": the variable read was empty, or not the one that holds the key.
  'error:empty-bearer': rule(
    [
      ['not-set', 5, 'error-empty-bearer'],
      ['not-passed', 5, 'error-empty-bearer-name'],
      ['mistyped', 'out', 'error-nothing-sent'],
      ['revoked', 'out', 'error-nothing-sent'],
    ],
    'openai/openai-python#961; langchain-ai/langchain#21261',
    'not-set',
  ),
  'error:openai-host': rule(
    [['not-passed', 5, 'error-openai-host']],
    'SPEC §5: api.openai.com in the error: no DeepSeek base URL',
  ),
  'error:openai-unreached': rule(
    [['not-passed', 3, 'error-openai-unreached']],
    'SPEC §5: api.openai.com in a failed connection: no DeepSeek base URL (zhayujie/CowAgent#2718, checked December 2026)',
  ),
  // The client added its path to a base URL that held it already: a second sign beside the 404.
  'error:default-host': rule(
    [['not-passed', 5, 'error-default-host']],
    'SPEC §5: the client’s default host answered (Anthropic for Claude Code)',
  ),
  // curl's GET /models answered beside the program's 401: the reporter's key works.
  'error:models-listed': rule(
    [
      ['not-passed', 2, 'error-models-listed'],
      ['not-set', 1, 'error-models-listed'],
    ],
    'tests/corpus: TencentCloud/TencentDB-Agent-Memory#77 (the image never put MODEL_API_KEY in its config)',
  ),
  'evidence:key-works-code-fails': rule(
    [
      ['not-passed', 2, 'key-works-code-fails'],
      ['not-set', 1, 'key-works-code-fails'],
    ],
    'the key passes the live test while the program gets a 401',
  ),

  // codecompanion.nvim sends the text of `env.api_key` when no variable has that name.
  'error:name-sent-unset': rule(
    [
      ['not-set', 4, 'error-name-sent-unset'],
      ['mistyped', 1, 'error-name-sent-unset'],
    ],
    'codecompanion.nvim lua/codecompanion/utils/adapters.lua (get_env_vars); notashelf/nvf#814',
  ),
  // The default written into getenv(NAME, "sk-…") went out: NAME is unset where the code runs.
  'error:default-key-sent': rule(
    [
      ['not-set', 4, 'error-default-key-sent'],
      ['not-passed', 'out', 'error-default-key-sent'],
    ],
    'DeepSeek echoes the last four characters of the key it received (SPEC §3); os.getenv returns its default when the variable is unset (Python docs, os.getenv)',
  ),
  'error:key-received': rule(
    [['not-set', 'out', 'error-key-received']],
    'SPEC §5: DeepSeek echoed the end of a value it received',
  ),
  'error:key-received-untold': rule(
    [['not-set', 'out', 'error-key-received-untold']],
    'SPEC §5: DeepSeek read a value it found no account for ("no such user")',
  ),
  'error:tail-matches': rule(
    [['not-passed', 'out', 'error-tail-matches']],
    'the echoed tail is the pasted key’s: the program sends that key',
  ),
  'error:not-auth': rule(
    [
      ['not-set', 'out', 'error-not-auth'],
      ['mistyped', 'out', 'error-not-auth'],
      ['revoked', 'out', 'error-not-auth'],
      ['not-passed', 'out', 'error-not-auth'],
    ],
    'SPEC §5: 402, 429 and a model error come after authentication',
  ),
  'error:not-auth-elsewhere': rule(
    CAUSE_IDS.map((cause) => [cause, 'out', 'error-not-auth-elsewhere']),
    'a 402 or 429 in another service’s words: its key was accepted (continuedev/continue#9235)',
  ),
  'words:other-key': rule(
    [['mistyped', 4, 'words-other-key']],
    'SPEC §3: other providers’ keys; esengine/DeepSeek-Reasonix#1168',
  ),
  'error:other-host-meant': rule(
    [['not-passed', 0, 'error-other-host-meant']],
    'SPEC §5: another host’s wording',
  ),
  'error:unofficial-package': rule(
    [['not-passed', 0, 'error-unofficial-package']],
    'tests/corpus: a package named deepseek that is not DeepSeek’s',
  ),

  // --- The page's checks, run by the user and pasted back -----------------------------------
  'check:not-set': rule([['not-set', 5, 'check-not-set']], 'the step-1 check printed "not set"'),
  'check:set': rule([['not-set', 'out', 'check-set']], 'the step-1 check printed the length'),
  'check:quote': rule([['mistyped', 4, 'check-quote']], 'the step-2 check printed a quote'),
  'check:not-hex': rule(
    [['mistyped', 4, 'check-not-hex']],
    'the step-2 check printed an end that is not hex',
  ),
  'check:whitespace': rule(
    [['mistyped', 4, 'check-whitespace']],
    'the step-2 check printed a space or a line break',
  ),
  'check:length': rule([['mistyped', 4, 'check-length']], 'the step-2 check printed a length ≠ 35'),
  'check:other-key': rule(
    [['mistyped', 4, 'check-other-key']],
    'the step-1 check printed another key’s end than the pasted key’s',
  ),
  'check:fits': rule([['mistyped', 0, 'check-fits']], 'the step-1 check printed a key’s shape'),
  'check:shape-ok': rule(
    [
      ['not-set', 'out', 'check-set'],
      ['mistyped', 0, 'check-shape-ok'],
    ],
    'the step-2 check printed "shape OK"',
  ),
  'check:bad-shape': rule(
    [
      ['not-set', 'out', 'check-set'],
      ['mistyped', 5, 'check-bad-shape'],
    ],
    'the step-2 check printed a bad shape',
  ),
  'check:client-no-base-url': rule(
    [['not-passed', 5, 'check-client-no-base-url']],
    'the step-4 check printed base_url None',
  ),
  'check:client-base-url': rule(
    [['not-passed', 5, 'check-client-base-url']],
    'the step-4 check printed another base URL',
  ),
  'check:client-no-key': rule(
    [
      ['not-set', 3, 'check-client-no-key'],
      ['not-passed', 3, 'check-client-no-key'],
    ],
    'the step-4 check printed no key',
  ),
  'check:client-has-key': rule(
    [['not-set', 'out', 'check-client-has-key']],
    'the step-4 check printed the end of a key',
  ),
  'check:client-quote': rule(
    [['mistyped', 4, 'check-quote']],
    'the step-4 check printed a quote at the key’s end',
  ),
  'check:client-not-key': rule(
    [['not-passed', 4, 'check-client-not-key']],
    'the step-4 check printed a name or a template, not a key',
  ),
  'check:client-other-key': rule(
    [['not-passed', 4, 'check-client-other-key']],
    'the step-4 check printed another key’s end',
  ),
  'check:client-ok': rule(
    [['not-passed', 'out', 'check-client-ok']],
    'the step-4 check printed DeepSeek’s URL and the pasted key’s end',
  ),

  // --- The pasted key, linted offline, and the pasted code -----------------------------------
  'lint:other-provider': rule(
    [['mistyped', 4, 'lint-other-provider']],
    'SPEC §1: other providers’ key prefixes',
  ),
  'lint:errors': rule([['mistyped', 3, 'lint-errors']], 'SPEC §1: the key’s shape'),
  'lint:shape-ok': rule([['mistyped', 0, 'lint-shape-ok']], 'SPEC §1: the key’s shape'),
  // The page's terminal test sends "Bearer $DEEPSEEK_API_KEY": no sk- key after Bearer means
  // the variable is empty in that terminal, or holds something other than a key.
  'error:terminal-test-bad-format': rule(
    [['not-set', 2, 'error-terminal-test-bad-format']],
    'src/key-test/terminal-commands.ts (CURL_TEST, POWERSHELL_TEST); SPEC §5',
  ),
  'code:key-given-none-arrived': rule(
    [['verdict', 2, 'code-key-given-none-arrived']],
    'SPEC §5 (governor, empty header) beside a file that holds the key: FoundationAgents/OpenManus#509',
  ),
  'config:key-variable-none-arrived': rule(
    [['not-set', 2, 'config-key-variable-none-arrived']],
    'SPEC §5 (governor) beside a config whose key entry reads a variable: anomalyco/opencode#8665 (checked December 2026)',
    'not-set',
  ),
  'code:passes-key': rule(
    [['not-passed', 'out', 'code-passes-key']],
    'every client reads DEEPSEEK_API_KEY and sets DeepSeek’s base URL',
  ),
  // The code's own key is not the one DeepSeek echoed: something else is sent in its place (an
  // environment variable, a config or a default that wins), and that key was refused.
  'code:dotenv-kept-old': rule(
    [['not-passed', 4, 'code-dotenv-kept-old']],
    'python-dotenv: load_dotenv(override=False) keeps variables already set (huggingface/ml-intern#120)',
  ),
  'code:key-not-sent': rule(
    [['not-passed', 3, 'code-key-not-sent']],
    'DeepSeek echoes the last four characters of the key it received (SPEC §3)',
  ),
  // The key written in the code or file is the one DeepSeek echoed: it was passed, and refused.
  // Old keys in code are most often revoked ones (CODE_EFFECTS' 'hard-coded-key').
  'code:key-malformed': rule(
    [
      ['mistyped', 4, 'code-key-malformed'],
      ['revoked', 'out', 'code-key-malformed'],
    ],
    'SPEC §1: a DeepSeek key is sk- and 32 lowercase hex characters',
  ),
  'code:key-refused': rule(
    [
      ['not-passed', 'out', 'code-key-refused'],
      ['revoked', 2, 'code-key-refused'],
      ['mistyped', 1, 'code-key-refused'],
    ],
    'DeepSeek echoes the last four characters of the key it received (SPEC §3)',
  ),
  'code:environ-set': rule(
    [['not-set', 'out', 'code-environ-set']],
    'os.environ[name] raises when unset: a 401 means it was set',
  ),
} as const satisfies Record<string, Weighing>;

export type WeighingId = keyof typeof WEIGHTS;

/**
 * Tails that show the value was not a key, without saying who put it there: the cause the
 * verdict names leads, and this one stays as likely (tests/corpus: a relay key pasted into the
 * DeepSeek field, guaguastandup/zotero-pdf2zh#331; an app that sent OPENAI_API_KEY,
 * fathah/hermes-desktop#260). A tutorial's placeholder (`****here`, `****-key`) is a template's
 * value never replaced with the key, or typed in as one (virattt/ai-hedge-fund#251, the project's
 * `.env` template; oficcejo/aiagents-stock#12; December 2026).
 */
export const TAIL_ALSO: Partial<Record<Exclude<TailReading['kind'], 'matches'>, CauseId>> = {
  empty: 'not-passed',
  placeholder: 'mistyped',
  short: 'not-passed',
  'not-a-key': 'not-passed',
  // An unfilled `${…}` went out: a tool that fills none (szczyglis-dev/py-gpt#112), or one whose
  // variable or command gave nothing, which leaves the text as written (LibreChat's `${NAME}`;
  // codecompanion.nvim's `cmd:` that failed, round K).
  template: 'not-set',
};

/**
 * Where a finding in code says otherwise than in a config file: an empty key in a config leaves
 * the key unset; written into code, it is what the code hands the client instead of reading the
 * variable (SPEC §2: "builds the client without the key"; RTGS2017/NagaAgent#10, a blank key in
 * config.py, "手动填入即可").
 */
export const CODE_ONLY_EFFECTS: Partial<Record<CodeFindingCode, readonly [CauseId, number]>> = {
  'empty-key': ['not-passed', 4],
};

/** What each code or config finding says about the causes: which one, and how strongly. */
export const CODE_EFFECTS: Partial<Record<CodeFindingCode, readonly [CauseId, number]>> = {
  'no-api-key': ['not-passed', 3],
  'no-base-url': ['not-passed', 4],
  'foreign-base-url': ['not-passed', 4],
  'base-url-path': ['not-passed', 2],
  'wrong-option-name': ['not-passed', 4],
  'wrong-argument-name': ['not-passed', 4],
  'placeholder-key': ['not-passed', 3],
  'key-is-variable-name': ['not-passed', 4],
  'shell-single-quoted': ['not-passed', 4],
  // NAME itself stays unset: cmd set "NAME " (with the space).
  'cmd-set-spaces': ['not-set', 4],
  'setx-same-window': ['not-set', 4],
  // Given to aider under OpenAI's option: a deepseek/ model never reads it.
  'aider-openai-option': ['not-passed', 4],
  // The mask goes out instead of the key (DeepSeek echoes "****").
  'secret-str-sent': ['not-passed', 4],
  // Empty unless the script sets it: the header is "Bearer " whatever the environment holds.
  'powershell-not-env': ['not-passed', 5],
  // Given to the tool through its own store, yet not sent (NousResearch/hermes-agent#42269).
  'tool-key-stored': ['not-passed', 3],
  // A project's own name for the variable (DS_KEY, OPENAI_API_KEY holding the DeepSeek key) works
  // when it is set: a question, not a fault (a round of 36 working repositories, December 2026).
  'env-var-name': ['not-passed', 1],
  'set-name-differs': ['not-set', 4],
  'env-var-other-provider': ['not-passed', 2],
  'unofficial-package': ['not-passed', 1],
  'hard-coded-key': ['revoked', 1],
  'empty-key': ['not-set', 4],
  'getenv-none': ['not-set', 1],
  'getenv-none-http': ['not-set', 1],
  'getenv-none-library': ['not-set', 1],
  'auth-header-no-bearer': ['not-passed', 4],
  'auth-header-double-bearer': ['not-passed', 4],
  'dotenv-not-loaded': ['not-set', 3],
  'dotenv-too-late': ['not-set', 3],
  'dotenv-esm-order': ['not-set', 3],
  'dotenv-missing': ['not-set', 2],
  'node-env-not-loaded': ['not-set', 1],
  'env-name-mismatch': ['not-set', 3],
  'env-empty-key': ['not-set', 4],
  // The key's variable is undefined in the browser, whatever is set (lintBrowserEnv).
  'browser-env-hidden': ['not-set', 4],
  // Config files: the tool sends the text "$VAR", or sends the key elsewhere, or the variable
  // is read with a quote or a carriage return kept.
  'config-var-not-expanded': ['not-passed', 4],
  'config-no-key': ['not-set', 3],
  'ci-fork-secrets': ['not-set', 2],
  'config-base-url-spelling': ['not-passed', 4],
  'compose-env-missing': ['not-set', 4],
  'config-anthropic-path': ['not-passed', 4],
  // A path short of the endpoint: 404 for every request, the key never read (as base-url-path).
  'config-full-endpoint': ['not-passed', 2],
  'other-provider-endpoint': ['not-passed', 3],
  'config-wrong-field': ['not-passed', 2],
  'config-key-spelling': ['not-passed', 4],
  'compose-quotes': ['mistyped', 3],
  'config-key-extra': ['mistyped', 3],
  'config-key-in-variable-field': ['not-passed', 4],
  'env-crlf': ['mistyped', 2],
  'secret-key-newline': ['mistyped', 4],
  'env-spaces': ['not-set', 2],
  'env-export': ['not-set', 1],
};
