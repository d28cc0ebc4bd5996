import { CAUSE_IDS, type CauseId } from '../causes.ts';
import { DEEPSEEK_BASE_URL, KEY_ENV_VAR } from '../deepseek-facts.ts';
import { isKeyTail, type TailReading } from '../error/deepseek-message.ts';
import type { KeyLint } from '../key/key-lint.ts';
import type { KeyTestOutcome } from '../key-test/key-test-outcome.ts';
import { verdictOfKeyTest, type KeyTestVerdict } from '../key-test/key-test-verdict.ts';
import type { CodeFindingCode, CodeLint } from '../code/findings.ts';
import {
  OTHER_HOSTS,
  chosenHostOf,
  isPrivateAddress,
  type MissingEndpoint,
  type OtherHostId,
} from '../error/other-hosts.ts';
import { ERROR_TRAPS, type ErrorTrapId } from '../error/error-traps.ts';
import { hostOf } from '../url.ts';
import {
  AUTH_FAILURE_KINDS,
  type HttpClient,
  type ErrorSign,
  type KeyCheck,
  type ParsedError,
  type ParsedErrorKind,
  inDeepSeekRefusalWords,
  openAiLookedUp,
} from '../error/parse-error-text.ts';
import {
  CODE_EFFECTS,
  CODE_ONLY_EFFECTS,
  TAIL_ALSO,
  WEIGHTS,
  type Weighing,
  type WeighingId,
} from './weights.ts';

/** Everything the user gave us. Any subset, including none. */
export interface Evidence {
  keyLint?: KeyLint | null;
  keyTest?: KeyTestOutcome | null;
  /** The tested key is the pasted value cleaned of quotes or spaces (the "Use the cleaned key" button). */
  keyCleaned?: boolean;
  parsedError?: ParsedError | null;
  code?: CodeLint | null;
}

export type Standing = 'likely' | 'possible' | 'ruled-out' | 'unknown';

/**
 * Who answered instead of DeepSeek: a host known by its words (other-hosts.ts), or a server that
 * is not named but whose 401 is not in DeepSeek's words (inOtherWords).
 */
export type AnsweringHost = OtherHostId | 'other-words';

/** The problem is real but not one of the four causes of a 401. */
export type NotAuthKind =
  | 'insufficient-balance'
  | 'rate-limited'
  | 'server'
  | 'model'
  /** DeepSeek refused a parameter (400, 422): max_tokens out of range and such. */
  | 'bad-request'
  /** A 404: no endpoint at the address the request went to, whatever the key (ADR 27). */
  | 'not-found'
  | 'network'
  /**
   * No answer in time: the request may well have reached DeepSeek, which was slow
   * (MuiseDestiny/zotero-gpt#447: "ds官方卡了"; deepseek-ai/DeepSeek-R1#430).
   */
  | 'timeout'
  | 'other-http'
  /** An embeddings call: DeepSeek has none. */
  | 'embeddings'
  /** OpenAI's Responses API, answered 404: DeepSeek has served it only since July 2026. */
  | 'responses-api'
  /** An image sent to a model that reads text only (not deepseek-flash, since September 2026). */
  | 'images'
  /** Another host answered (`Diagnosis.otherHost` names it): the request never reached DeepSeek. */
  | 'other-host'
  /** The tool does not know the provider name it was given: nothing was sent. */
  | 'unknown-provider'
  /**
   * A model list asked of DeepSeek's Anthropic-compatible endpoint, which has none: whatever the
   * key, the tool finds no model (SaladDay/cc-switch-cli#166; checked December 2026).
   */
  | 'anthropic-models'
  /** The code stopped on the machine before any request: a module, the SDK's version, a line. */
  | 'local-error'
  /** A local model (Ollama and the like) was meant; the tool called DeepSeek's cloud instead. */
  | 'local-model'
  /** The tool calls from its own servers, which cannot reach the private base URL it was given. */
  | 'private-base-url'
  /**
   * Only words that DeepSeek fails in an app, the error itself in a screenshot: in public reports
   * worded so it was seldom the key (ADR 29, amending ADR 24); the key test, which reads the
   * balance too, tells whether the key is the problem at all.
   */
  | 'words-only'
  /**
   * DeepSeek answered the call itself with 200 (an HTTP client's log of the chat request): the key
   * was accepted, and what failed came after, in the tool (YuanYeYouTao/Yuki-QQbot#31).
   */
  | 'answered';

type TailKind = Exclude<TailReading['kind'], 'matches'>;

/** One sentence of evidence; rendered through the i18n key `diagnosis.reason.<code>`. */
export type DiagnosisReasonCode =
  // The live key test.
  | 'test-key-works'
  | 'test-key-works-code'
  | 'test-key-works-env'
  | 'test-cleaned-key-works'
  | 'test-rejected-well-formed'
  | 'test-rejected-malformed'
  | 'test-other-provider'
  | 'test-bad-format'
  | 'test-no-such-user'
  | 'test-governor'
  | 'test-not-auth'
  | 'test-wrong-base-url'
  | 'test-not-sendable'
  | 'test-unreachable'
  // What DeepSeek's echoed tail says (from the test or the pasted error).
  | `tail-${TailKind}`
  // The pasted error.
  | 'error-key-received'
  | 'error-key-received-untold'
  | 'error-name-sent-unset'
  | 'error-default-key-sent'
  | 'error-sudo-env'
  | 'error-worked-before'
  | 'error-worked-before-refused'
  | 'error-worked-before-401'
  | 'error-anthropic-key-sent'
  | 'words-stated-tail-refused'
  | 'words-stated-tail-cut'
  | 'words-stated-tail-other'
  | 'code-key-given-none-arrived'
  | 'config-key-variable-none-arrived'
  | 'error-terminal-test-bad-format'
  | 'error-key-in-dotenv'
  | 'error-models-listed'
  | 'error-not-deepseek-wording'
  | 'error-tail-matches'
  | 'error-rejected-well-formed'
  | 'error-rejected-malformed'
  | 'error-other-provider'
  | 'error-rejected-unverified'
  | 'error-bad-format'
  | 'error-bad-format-not-revoked'
  | 'error-no-such-user'
  | 'error-no-such-user-status'
  | 'error-governor'
  | 'error-endpoint-embeddings'
  | 'error-endpoint-responses'
  | 'error-endpoint-images'
  | 'error-endpoint-anthropic-models'
  | 'error-default-host'
  | 'error-other-host'
  | 'code-other-host-chosen'
  | 'error-named-endpoint'
  | 'error-other-host-meant'
  | 'error-other-key'
  | 'words-other-key'
  | 'error-openai-tracing'
  | 'error-unknown-401'
  | 'error-openai'
  | 'error-openai-key-sent'
  | 'error-openai-cannot-judge'
  | 'error-openai-host'
  | 'error-openai-unreached'
  | 'error-plain-exception'
  | 'error-no-key'
  | 'error-no-key-client'
  | 'error-no-key-words'
  | 'error-named-unset'
  | 'error-read-unset'
  | 'error-no-key-words-elsewhere'
  | 'error-nothing-sent'
  | 'error-keyerror'
  | 'error-keyerror-name'
  | 'error-invalid-header'
  | 'error-header-has-value'
  | 'error-empty-bearer'
  | 'error-empty-bearer-name'
  | 'code-env-empty-key-connection'
  | 'code-empty-key-connection'
  | 'error-not-auth'
  | 'error-not-auth-elsewhere'
  | 'error-server'
  | 'error-relay-server'
  | 'error-server-words'
  | 'error-intermittent'
  | 'error-empty-body'
  | 'error-print-body'
  | 'error-deepseek-no-detail'
  | 'error-print-body-tool'
  | 'error-shadowed-key'
  | 'error-local-model'
  | 'error-stale-key'
  | 'error-lost-key'
  | 'error-env-key-gone'
  | 'error-works-elsewhere'
  | 'error-sent-as-key'
  | 'error-ignored-variable'
  | 'error-other-variable-sent'
  | 'error-revoked-key'
  | 'error-some-requests-pass'
  | 'error-double-header'
  | 'error-no-auth-header'
  | 'error-placeholder-not-read'
  | 'error-pm2-env'
  | 'error-gui-env'
  | 'error-compose-blank-key'
  | 'error-ci-secret-blank'
  | 'error-env-file-quotes-kept'
  | 'error-secret-key-missing'
  | 'error-flag-holds-key'
  | 'error-auth-conflict'
  | 'error-login-asked'
  | 'error-llm-check-failed'
  | 'error-option-ignored'
  | 'error-quotes-sent'
  | 'error-reached-openai'
  | 'said-key-refused'
  | 'error-network'
  | 'error-network-timeout'
  | 'error-empty-answer'
  | 'error-thinking-mode'
  | 'error-thinking-tool-choice'
  | 'error-broken-character'
  | 'error-content-risk'
  | 'error-content-parts'
  | 'error-no-tools'
  | 'error-json-schema'
  | 'error-answered'
  | 'error-not-found'
  | 'error-doubled-path'
  | 'error-bad-request'
  | 'error-unrecognised'
  | 'error-local-httpx-proxies'
  | 'error-local-sdk-version'
  | 'error-local-module-missing'
  | 'error-local-code'
  | 'error-local-codex-wire-api'
  | 'error-local-chatluna-model'
  | 'error-words-only'
  | 'error-unofficial-package'
  // The page's terminal test, run by the user and pasted back.
  | 'terminal-key-works'
  | 'terminal-key-works-env'
  // The page's own checks, run by the user and pasted back.
  | 'check-not-set'
  | 'check-set'
  | 'check-quote'
  | 'check-whitespace'
  | 'check-length'
  | 'check-not-hex'
  | 'check-fits'
  | 'check-other-key'
  | 'check-shape-ok'
  | 'check-bad-shape'
  | 'check-client-no-base-url'
  | 'check-client-base-url'
  | 'check-client-no-key'
  | 'check-client-has-key'
  | 'check-client-not-key'
  | 'check-client-other-key'
  | 'check-client-ok'
  // The pasted key, linted offline.
  | 'lint-errors'
  | 'lint-other-provider'
  | 'lint-shape-ok'
  // The pasted code.
  | `code-${CodeFindingCode}`
  | 'code-retired-model-now'
  | 'code-openai-model-now'
  | 'code-passes-key'
  | 'code-key-not-sent'
  | 'code-dotenv-kept-old'
  | 'code-auth-header-no-bearer-format'
  | 'code-no-api-key-format'
  | 'code-key-refused'
  | 'code-key-malformed'
  | 'code-base-url-elsewhere'
  | 'code-relay-passed-key'
  | 'code-other-host-unused'
  | 'code-api-key-elsewhere'
  | 'code-environ-set'
  // Two pieces of evidence together.
  | 'key-works-code-fails'
  | 'key-works-same-tail';

export interface DiagnosisReason {
  code: DiagnosisReasonCode;
  vars?: Record<string, string>;
}

export interface CauseStandingView {
  cause: CauseId;
  standing: Standing;
  reasons: DiagnosisReason[];
}

export interface Diagnosis {
  /** The cause to open first, or null when the evidence does not single one out. */
  likely: CauseId | null;
  /**
   * The cause to check first: the likely one, else the first of those the evidence supports (by
   * score, then by what real reports lean to); null when nothing supports any, or when the
   * problem is not one of the four (`notAuth`).
   */
  top: CauseId | null;
  /** All four causes, most likely first. */
  causes: CauseStandingView[];
  /** Set when the evidence shows a problem that is not an authentication one. */
  notAuth: NotAuthKind | null;
  /** Who answered instead of DeepSeek, when `notAuth` is 'other-host'. */
  otherHost: AnsweringHost | null;
  /** The host of the endpoint the error names, when `otherHost` is 'named-endpoint'. */
  endpointHost: string | null;
  /** The other host is the one whose key the reporter says they use, not one that answered. */
  otherHostKey: boolean;
  /**
   * DeepSeek accepted a key: the live test passed, the pasted terminal test got 200, or the pasted
   * error got past authentication.
   */
  keyWorks: boolean;
  /** Evidence that concerns no single cause (a blocked test, an unrecognised error). */
  notes: DiagnosisReason[];
}

/** Weight at or above which evidence for a cause outweighs evidence that rules it out. */
const DECISIVE = 4;
/** A cause becomes likely only with at least this much support, and more than any other. */
const LIKELY_MIN = 2;
/**
 * DeepSeek's messages that public threads show for more than one cause: "auth header format
 * should be Bearer sk-..." for an empty key (LnYo-Cly/ai4j#42), a header without "Bearer " and a
 * variable's name sent as the key; "governor" for a header a tool dropped (usestrix/strix#101) and
 * for a tool with no key to send (BerriAI/litellm#9514). What they add alone marks no cause
 * likely. (A 404 was one too, until ADR 27 made it no cause at all.)
 */
const MESSAGE_ALONE: ReadonlySet<WeighingId> = new Set([
  'error:bad-format',
  'error:governor',
  'error:openai-unreached',
]);

interface Tally {
  score: number;
  /**
   * Orders causes of equal score when the evidence allows several but real reports lean to one
   * (tests/corpus): it ranks, it never makes a cause likely.
   */
  lean: number;
  /** What MESSAGE_ALONE's messages added to `score`. */
  fromMessage: number;
  ruledOut: boolean;
  cannotJudge: boolean;
  reasons: DiagnosisReason[];
  /** The reasons that rule the cause out: all a ruled-out cause shows. */
  against: DiagnosisReason[];
}

/**
 * Ranks the four causes of DeepSeek's 401 from all the evidence present: key lint, live test,
 * pasted error, pasted code. Says why each cause is likely, possible or ruled out. Pure and
 * deterministic: the same evidence always gives the same diagnosis.
 */
export function diagnose(evidence: Evidence): Diagnosis {
  const d = new Diagnoser(evidence);
  return d.result();
}

class Diagnoser {
  private readonly tallies: Record<CauseId, Tally>;
  private readonly notes: DiagnosisReason[] = [];
  private keyWorks = false;
  private notAuth: NotAuthKind | null = null;
  private otherHost: AnsweringHost | null = null;
  private endpointHost: string | null = null;
  private otherHostKey = false;
  private lintConsidered = false;
  /** Set when the pasted error's echoed tail already names what the code sends. */
  private tailSpoke = false;
  /** Causes the reporter's words point at (error-traps.ts): first to check, never likely. */
  private readonly trapped = new Set<CauseId>();
  private readonly evidence: Evidence;

  constructor(evidence: Evidence) {
    this.evidence = evidence;
    const blank = (): Tally => ({
      score: 0,
      lean: 0,
      fromMessage: 0,
      ruledOut: false,
      cannotJudge: false,
      reasons: [],
      against: [],
    });
    this.tallies = {
      'not-set': blank(),
      mistyped: blank(),
      revoked: blank(),
      'not-passed': blank(),
    };
    const { keyTest, parsedError, code } = evidence;
    if (keyTest) this.fromKeyTest(keyTest);
    if (parsedError) this.fromParsedError(parsedError);
    if (code) this.fromCode(code);
    if (!this.lintConsidered && evidence.keyLint) this.fromKeyLint(evidence.keyLint);
  }

  private for(
    cause: CauseId,
    weight: number,
    code: DiagnosisReasonCode,
    vars?: Record<string, string>,
  ) {
    const tally = this.tallies[cause];
    tally.score += weight;
    this.reason(cause, code, vars);
  }

  private against(cause: CauseId, code: DiagnosisReasonCode, vars?: Record<string, string>) {
    const tally = this.tallies[cause];
    tally.ruledOut = true;
    addReason(tally.against, code, vars);
    this.reason(cause, code, vars);
  }

  private reason(cause: CauseId, code: DiagnosisReasonCode, vars?: Record<string, string>) {
    addReason(this.tallies[cause].reasons, code, vars);
  }

  private note(code: DiagnosisReasonCode, vars?: Record<string, string>) {
    if (!this.notes.some((r) => r.code === code)) this.notes.push(vars ? { code, vars } : { code });
  }

  // --- the live test -----------------------------------------------------------------------

  private fromKeyTest(outcome: KeyTestOutcome): void {
    const lint = this.evidence.keyLint ?? null;
    this.lintConsidered = true;
    const verdict = verdictOfKeyTest(outcome, lint);
    const status = 'status' in outcome ? String(outcome.status) : '';
    const tail = outcome.kind === 'unauthorized' ? (outcome.echoedTail ?? '') : '';
    switch (verdict.reason) {
      case 'key-works':
        this.keyWorks = true;
        this.weigh(this.evidence.keyCleaned ? 'test:cleaned-key-works' : 'test:key-works', {
          variable: KEY_ENV_VAR,
        });
        return;
      case 'not-auth-balance':
      case 'not-auth-rate':
        this.keyWorks = true;
        this.weigh('test:not-auth', { status });
        this.notAuth ??=
          verdict.reason === 'not-auth-balance' ? 'insufficient-balance' : 'rate-limited';
        return;
      case 'not-auth-server':
        this.notAuth ??= 'server';
        this.note('test-unreachable');
        return;
      case 'not-auth-other':
        this.notAuth ??= 'other-http';
        return;
      case 'rejected-well-formed':
      case 'rejected-malformed':
      case 'no-such-user':
      case 'wrong-base-url':
      case 'not-sendable':
        this.weigh(`test:${verdict.reason}`);
        return;
      case 'other-provider':
        this.weigh('test:other-provider', { provider: lint?.otherProvider ?? '' });
        return;
      case 'bad-format':
        this.weigh('test:bad-format', undefined, verdict.cause ?? 'not-set');
        return;
      case 'tail-mismatch':
        this.fromTail(verdict, tail, 5);
        return;
      case 'governor':
        this.note('test-governor');
        return;
      case 'rejected-unverified':
      case 'foreign-401':
      case 'forbidden':
      case 'unexpected':
      case 'blocked':
      case 'offline':
      case 'relay-blocked':
      case 'timeout':
      case 'cancelled':
      case 'tester-unavailable':
      case 'empty-key':
        this.note('test-unreachable');
        return;
    }
  }

  private fromTail(verdict: KeyTestVerdict, tail: string, weight: number): void {
    const reading = verdict.tail;
    const cause = verdict.cause;
    if (!cause) return;
    const kind: TailKind = reading && reading.kind !== 'matches' ? reading.kind : 'different-key';
    const lastFour = this.evidence.keyLint?.shape.lastFour ?? '';
    const vars = { tail, lastFour };
    const also = TAIL_ALSO[kind];
    if (!also) {
      this.for(cause, weight, `tail-${kind}`, vars);
      return;
    }
    // The value is not a key, but who put it there is open: the person, or the code or tool.
    this.for(cause, weight - 1, `tail-${kind}`, vars);
    this.for(also, weight - 1, `tail-${kind}`, vars);
    this.lean(cause);
  }

  /**
   * The reporter says their key ends in `stated`; DeepSeek refused a key ending in `tail`. The
   * same: that very key was refused, as the live test's "rejected, well formed" (revoked). Shifted
   * by one character (`81d0` for a key ending `1d0e`): the key sent lacks its last character.
   * Else something other than the key meant went out: most often an old key the tool kept
   * (openhanako#615, settled "not passed"), but also a key cut elsewhere (a line break in `.env`),
   * so it ranks first and is not marked.
   */
  private fromStatedTail(tail: string, stated: string): void {
    this.tailSpoke = true;
    const vars = { tail, lastFour: stated };
    if (tail === stated) this.weigh('words:stated-tail-refused', vars);
    else if (tail.slice(1) === stated.slice(0, 3)) this.weigh('words:stated-tail-cut', vars);
    else {
      this.reason('not-passed', 'words-stated-tail-other', vars);
      this.lean('not-passed', 2);
    }
  }

  /**
   * No key arrived ("governor", or a header not `Bearer sk-…`), yet the pasted file holds the key
   * itself: a second sign beside the message (MESSAGE_ALONE). A file the tool does not read leaves
   * it without a key (not set); a header dropped on the way loses it (not passed). Code that reads
   * a variable is no such sign: the variable may be empty, or hold the key in quotes (round J).
   */
  private givenNoneArrived(cause: CauseId): void {
    if (this.evidence.code?.findings.some((f) => f.code === 'config-key-placeholder')) {
      this.weigh('code:key-given-none-arrived', undefined, cause);
    }
  }

  private lean(cause: CauseId, by = 1): void {
    this.tallies[cause].lean += by;
  }

  /** Applies one row of the weights table (weights.ts). */
  private weigh(id: WeighingId, vars?: Record<string, string>, verdictCause?: CauseId | null) {
    const row: Weighing = WEIGHTS[id];
    for (const [target, weight, code] of row.effects) {
      const cause = target === 'verdict' ? verdictCause : target;
      if (!cause) continue;
      if (weight === 'out') this.against(cause, code, vars);
      else if (weight === 0) this.reason(cause, code, vars);
      else this.for(cause, weight, code, vars);
    }
    if (row.lean) this.lean(row.lean);
    if (MESSAGE_ALONE.has(id)) {
      for (const [target, weight] of row.effects) {
        const cause = target === 'verdict' ? verdictCause : target;
        if (cause && typeof weight === 'number') this.tallies[cause].fromMessage += weight;
      }
    }
  }

  // --- the pasted error --------------------------------------------------------------------

  private fromParsedError(error: ParsedError): void {
    const signs = error.signs;
    const tail = error.echoedTail ?? '';
    if (this.outsideTheFour(error)) return;
    if (signs.includes('unofficial-deepseek-package')) this.weigh('error:unofficial-package');
    switch (error.kind) {
      case 'key-accepted':
        this.keyWorks = true;
        // The chat request itself answered 200: no 401 to explain, the failure came after.
        if (signs.includes('completion-ok')) {
          this.notAuth = 'answered';
          this.note('error-answered');
          break;
        }
        // The terminal test sends the key from the environment: like a live 'valid', it proves
        // the key works, so a 401 comes from how the code gets or passes it.
        this.weigh('error:key-accepted', { variable: KEY_ENV_VAR });
        break;
      case 'key-check':
        break;
      case 'unauthorized':
        this.fromUnauthorized(error);
        if (signs.includes('models-listed')) this.weigh('error:models-listed');
        break;
      case 'openai-key-rejected':
        this.weigh('error:openai-key-rejected');
        if (tail && !/^(?:null|ined|None|NaN)$/.test(tail)) {
          this.weigh('error:openai-key-sent', { tail });
        }
        this.tallies.mistyped.cannotJudge = true;
        this.tallies.revoked.cannotJudge = true;
        break;
      case 'no-key': {
        const name = error.missingVariable;
        const vars = { variable: name ?? KEY_ENV_VAR, expected: KEY_ENV_VAR };
        // OpenAI's variable, read by default where no key was passed (os.environ, Haystack's
        // Secret.from_env_var): the DeepSeek key may be set and never handed over.
        const namesUnset = signs.includes('env-keyerror') || signs.includes('env-named-unset');
        if (namesUnset && name === 'OPENAI_API_KEY') {
          this.weigh('error:keyerror-openai', vars);
        } else if (signs.includes('env-keyerror') && name) {
          this.weigh('error:keyerror', vars);
          if (name !== KEY_ENV_VAR) this.weigh('error:keyerror-other-name', vars);
        } else if (signs.includes('env-read-shown') && name) {
          // The traceback quotes the client reading the key from `name`: it held nothing.
          this.weigh('error:read-unset', vars);
        } else if (signs.includes('env-named-unset') && name) {
          this.weigh('error:named-unset', vars);
          if (name !== KEY_ENV_VAR) this.weigh('error:keyerror-other-name', vars);
        } else {
          // Only the OpenAI SDKs (and LangChain over them) fall back to OPENAI_API_KEY (SPEC §3),
          // and their own words say so; another library's "API key not found" does not.
          this.weigh(openAiLookedUp(error) ? 'error:no-key' : 'error:no-key-words', {
            variable: KEY_ENV_VAR,
          });
          // Who built the client decides which comes first. A framework that wraps the SDK's
          // "no key" built it without the DeepSeek key (agno-agi/agno#2636: its default model is
          // OpenAI's; AntonOsika/gpt-engineer#1196). The SDK's own message alone is most often a
          // script or an app that reads the key from a variable, as DeepSeek's own example does,
          // and found it unset (simonlin1212/TradingAgents-astock#29, #42, #66;
          // idootop/mi-gpt#237).
          // A tool's own words that ask for OPENAI_API_KEY are the tool wanting OpenAI's variable
          // (camel-ai/owl#523).
          const sdkAlone =
            SDK_NO_KEY.some((sign) => signs.includes(sign)) &&
            error.sdk !== 'langchain' &&
            error.sdk !== 'litellm' &&
            !/^(?!openai\.)[a-z_]\w*\.[\w.]*(?:Error|Exception)$/.test(error.errorName ?? '');
          // The AI SDK names the variable of the provider the code created (createOpenAI).
          const ownClient = sdkAlone || error.sdk === 'ai-sdk';
          this.lean(signs.includes('openai-env-fallback') && !ownClient ? 'not-passed' : 'not-set');
        }
        // It worked before: the code passed a key then, so the variable is what went missing.
        // Or a .env holds it: then that file's variables did not reach the process.
        for (const [sign, code] of [
          ['worked-before', 'error-worked-before'],
          ['key-in-dotenv', 'error-key-in-dotenv'],
        ] as const) {
          if (!signs.includes(sign)) continue;
          this.reason('not-set', code);
          this.lean('not-set', 2);
        }
        this.weigh('error:nothing-sent');
        break;
      }
      case 'unknown-provider':
        this.notAuth = 'unknown-provider';
        break;
      case 'local-error':
        // The code stopped before it sent anything: what to change is the line or the install.
        this.notAuth = 'local-error';
        this.note(
          `error-local-${error.local}`,
          error.module ? { module: error.module } : undefined,
        );
        break;
      case 'invalid-header':
        this.weigh(signs.includes('empty-bearer') ? 'error:empty-bearer' : 'error:invalid-header');
        break;
      case 'insufficient-balance':
      case 'rate-limited':
      case 'model':
      case 'bad-request':
        if (signs.includes('openai-host')) {
          this.weigh('error:openai-host');
          break;
        }
        // DeepSeek accepted it only where the answer is DeepSeek's (its host or its words): a 429
        // in Ollama Cloud's words (continuedev/continue#9235) says nothing of the DeepSeek key.
        this.keyWorks = answeredByDeepSeek(error);
        this.notAuth = NOT_AUTH_OF[error.kind];
        if (error.kind === 'bad-request' && error.message) {
          this.note('error-bad-request', { message: error.message.slice(0, 200) });
          // DeepSeek's thinking mode: reasoning_content goes back after a tool call, and never
          // otherwise (its thinking mode guide; RooCodeInc/Roo-Code#12177, charmbracelet/crush#2696,
          // fanfank/alfred-deepseek#6): the tool's handling, not a setting the user can change.
          if (/reasoning_?content|in the thinking mode/i.test(error.message)) {
            this.note('error-thinking-mode');
          }
          // Nor does it take a forced tool_choice (can1357/oh-my-pi#7317: the tool's fix stops
          // forcing one; JetBrains/koog#2179; checked December 2026).
          if (/Thinking\s+mode\s+does\s+not\s+support\s+this\s+tool_choice/i.test(error.message)) {
            this.note('error-thinking-tool-choice');
          }
          // Half a character (a lone UTF-16 surrogate) in the conversation, which DeepSeek's JSON
          // parser refuses: the tool's fix cuts text at whole characters (JohnnyZ93/oai-compatible-
          // copilot#206, its maintainer's analysis; esengine/DeepSeek-Reasonix#1939; checked
          // December 2026).
          if (
            /lone\s+(?:leading|trailing)\s+surrogate|unexpected\s+end\s+of\s+hex\s+escape/i.test(
              error.message,
            )
          ) {
            this.note('error-broken-character');
          }
          // Its content filter, which now and then refuses a normal input (a DeepSeek staff
          // reply, deepseek-ai/awesome-deepseek-integration#13), and a model that takes no tools
          // (NitroRCr/AIaW#14: "我把插件关掉后就正常了").
          if (/Content Exists Risk/i.test(error.message)) this.note('error-content-risk');
          if (/does not support Function Calling/i.test(error.message)) this.note('error-no-tools');
          // A message's content sent as a list of parts, which the model called takes as a string
          // (gptme/gptme#170; browser-use/browser-use#159: "turning off the Use Vision option").
          if (/invalid type: sequence, expected a string/i.test(error.message)) {
            this.note('error-content-parts');
          }
        }
        // Structured outputs, which DeepSeek does not take (the sign's source).
        if (signs.includes('json-schema')) this.note('error-json-schema');
        this.weigh(this.keyWorks ? 'error:not-auth' : 'error:not-auth-elsewhere');
        break;
      case 'server-error':
        this.notAuth = 'server';
        if (relayFailed(error)) {
          this.otherHost = 'named-endpoint';
          this.endpointHost = error.privateAddress;
          this.note('error-relay-server', {
            host: error.privateAddress ?? '',
            status: String(error.status),
          });
        } else if (signs.includes('empty-body')) this.note('error-empty-body');
        else if (signs.includes('empty-answer')) this.note('error-empty-answer');
        else if (signs.includes('intermittent') && error.status === null)
          this.note('error-intermittent');
        else if (error.status === null) this.note('error-server-words');
        else this.note('error-server', { status: String(error.status) });
        break;
      case 'network':
        // Sent to OpenAI's address, and it did not get through: the client has no DeepSeek base
        // URL (zhayujie/CowAgent#2718: "使用的API Base 还是https://api.openai.com/"). Another part
        // of a program (its embeddings) may call OpenAI too: first, not likely.
        if (signs.includes('openai-host')) {
          this.weigh('error:openai-unreached');
          break;
        }
        this.notAuth = error.network === 'timeout' ? 'timeout' : 'network';
        this.note(error.network === 'timeout' ? 'error-network-timeout' : 'error-network');
        break;
      case 'http-error':
        if (signs.includes('openai-host')) {
          this.weigh('error:openai-host');
        } else if (error.status === 404) {
          // No endpoint at that address, whatever the key: the URL is what to fix (ADR 27).
          this.notAuth = 'not-found';
          this.note(signs.includes('doubled-path') ? 'error-doubled-path' : 'error-not-found');
        } else {
          this.notAuth = 'other-http';
          this.note('error-unrecognised');
        }
        break;
      case 'unrecognised':
        if (error.traps.length > 0) break;
        if (error.wordsOnly || error.plainException) {
          // Only words, the error in a screenshot or not given: seldom the key in the threads
          // (ADR 29, ADR 32); the key test reads the key and the balance. Likewise a language's
          // own exception with no failed request in it (ADR 38), in a sentence of its own.
          this.notAuth = 'words-only';
          this.note(error.wordsOnly ? 'error-words-only' : 'error-plain-exception');
        } else this.note('error-unrecognised');
        break;
    }
    const traps = ERROR_TRAPS.filter((row) => error.traps.includes(row.id));
    // Words that describe the key being refused are a failure too, told without its message; a
    // tool's own state (two credentials held, a login asked for) refuses nothing.
    const refused = traps.some((trap) => !TOOL_STATE_TRAPS.includes(trap.id));
    if (refused && error.kind === 'unrecognised') this.weigh('said:key-refused');
    if (isAuthFailure(error) || error.kind === 'unrecognised') {
      for (const trap of traps) {
        // "It works elsewhere" says the failing request carries something else: where the program
        // sent nothing (it has no key), or DeepSeek's echoed tail already shows what it carried,
        // it adds nothing to rank by (round J: "curl 同一个 key 是可以用的" beside agno's "not set").
        if (trap.id === 'works-elsewhere' && (error.kind === 'no-key' || this.tailSpoke)) continue;
        this.reason(trap.leans, `error-${trap.id}`);
        this.trapped.add(trap.leans);
      }
    }
    for (const check of error.checks) this.fromKeyCheck(check);
    // Where the key is missing, sudo is why: it started the program without the shell's variables.
    if (error.signs.includes('sudo-run')) this.reason('not-set', 'error-sudo-env');
    // What the runtime itself says of the key's variable: Compose left it blank, or Kubernetes
    // found no such key in the Secret.
    if (error.signs.includes('compose-blank-key')) this.weigh('error:compose-blank-key');
    if (error.signs.includes('ci-secret-blank')) this.weigh('error:ci-secret-blank');
    if (error.signs.includes('env-file-quotes-kept')) this.weigh('error:env-file-quotes-kept');
    if (error.signs.includes('secret-key-missing')) this.weigh('error:secret-key-missing');
    if (
      this.keyWorks &&
      this.evidence.keyTest?.kind === 'valid' &&
      isAuthFailure(error) &&
      !this.tailSpoke
    ) {
      this.weigh('evidence:key-works-code-fails');
    }
  }

  /**
   * An endpoint DeepSeek lacks, or another host's answer: whatever the key, it is not one of the
   * four. Returns true when the error says so.
   */
  private outsideTheFour(error: ParsedError): boolean {
    if (error.privateBaseUrl) {
      this.notAuth = 'private-base-url';
      return true;
    }
    if (error.missingEndpoint) {
      this.notAuth = ENDPOINT_ANSWER[error.missingEndpoint];
      this.note(`error-endpoint-${error.missingEndpoint}`);
      return true;
    }
    const host = OTHER_HOSTS.find((h) => h.id === error.otherHost);
    if (!host && error.keyNamed && KEY_NAMED_KINDS.includes(error.kind)) {
      return this.otherProvidersKey(error, error.keyNamed);
    }
    // A 401 not in DeepSeek's words, from a server nothing names: a gateway's "Free promotion has
    // ended" (decolua/9router#3270), a relay's "Invalid API key." (NousResearch/hermes-agent#36915),
    // "User is not authorized to access this resource" (crofAI/crof-ai#4).
    if (!host && inOtherWords(error)) {
      this.notAuth = 'other-host';
      this.otherHost = 'other-words';
      this.note('error-not-deepseek-wording', { message: (error.message ?? '').slice(0, 120) });
      this.weigh('error:other-host-meant', { host: 'other-words' });
      return true;
    }
    if (!host) {
      if (!error.localModel || !isAuthFailure(error)) return false;
      this.notAuth = 'local-model';
      this.note('error-local-model');
      return true;
    }
    // OpenAI's own format, where the code names no base URL or OpenAI's address is named: OpenAI
    // itself answered, the client's default host (openlrc#63).
    const openAiItself =
      host.id === 'openai-words' &&
      (error.signs.includes('openai-host') ||
        (this.evidence.code?.findings.some((f) => f.code === 'no-base-url') ?? false));
    if (openAiItself) {
      this.weigh('error:openai-host');
      return true;
    }
    if (host.byDefault) {
      // The client's default host, not DeepSeek: like OpenAI's "Incorrect API key", cause 4.
      this.weigh('error:default-host', { host: host.id });
      return true;
    }
    if (error.kind === 'server-error' && error.signs.includes('deepseek-server-words')) {
      // DeepSeek's own 5xx, passed on by the relay: DeepSeek's side failing, not the relay's.
      this.notAuth = 'server';
      this.note('error-server-words');
      return true;
    }
    if (error.kind === 'bad-request' && inDeepSeekRefusalWords(error.message)) {
      // A relay passed on DeepSeek's refusal of a setting (alexazhou/gt_ai_gateway#17, aaif-goose/
      // goose#9041: thinking mode's reasoning_content; settled "another host" by their threads;
      // checked December 2026):
      // the setting it names is what to change, and the relay is named as the one that answered.
      this.otherHost = host.id;
      this.endpointHost = error.endpointHost;
      return false;
    }
    this.notAuth = 'other-host';
    this.otherHost = host.id;
    this.endpointHost = error.endpointHost;
    if (
      host.id !== 'openai-tracing' &&
      (error.kind === 'rate-limited' ||
        error.kind === 'insufficient-balance' ||
        error.kind === 'server-error')
    ) {
      // Its 5xx is its own failure (SiliconFlow's 503 "System is too busy now", CherryHQ/
      // cherry-studio#4541: "硅基流动服务器问题"): retry or choose another provider there.
      // Its 429 is its own limit (OpenRouter's free models "rate-limited upstream",
      // HacxGPT-Official/HacxGPT-CLI#31): wait or choose another model there; no setting is wrong.
      // Its 402 is a balance there: the reporter's, or, where a plan of its own carries DeepSeek's
      // models, its own DeepSeek account's (anomalyco/opencode#27595: OpenCode Go's DeepSeek
      // route "suddenly returns insufficient balance" while its other models work, and it cleared
      // with no change on the reporter's side). A top-up at DeepSeek reaches neither.
      this.notAuth = NOT_AUTH_OF[error.kind];
      return true;
    }
    if (host.id === 'named-endpoint') {
      this.note('error-named-endpoint', { host: error.endpointHost ?? '' });
    } else {
      this.note(host.id === 'openai-tracing' ? 'error-openai-tracing' : 'error-other-host', {
        host: host.id,
      });
    }
    // If DeepSeek was meant, the tool's provider or base URL points there instead.
    if (host.id !== 'openai-tracing') {
      this.weigh('error:other-host-meant', { host: error.endpointHost ?? host.id });
    }
    return true;
  }

  /**
   * The reporter says the key is another provider's. Refused with a 401, it is a key DeepSeek
   * never issued (the wrong value, as other providers' keys are by shape, SPEC §3); any other
   * failure is that provider's setting, not one of the four (esengine/DeepSeek-Reasonix#1168: the
   * tool reached DashScope).
   */
  private otherProvidersKey(error: ParsedError, host: OtherHostId): boolean {
    if (error.kind === 'unauthorized') {
      this.weigh('words:other-key', { host });
      return false;
    }
    this.notAuth = 'other-host';
    this.otherHost = host;
    this.otherHostKey = true;
    this.note('error-other-key', { host });
    return true;
  }

  private fromUnauthorized(error: Extract<ParsedError, { kind: 'unauthorized' }>): void {
    const lint = this.evidence.keyLint ?? null;
    this.lintConsidered = true;
    const outcome: KeyTestOutcome = {
      kind: 'unauthorized',
      status: 401,
      message: error.message ?? '',
      variant: error.variant,
      echoedTail: error.echoedTail,
      requestId: error.requestId,
      latencyMs: 0,
      viaRelay: false,
    };
    const verdict = verdictOfKeyTest(outcome, lint);
    const tail = error.echoedTail ?? '';
    // A tool that sends a variable's name when the variable is unset: the name's end came back.
    // Or a reference such a tool keeps as it is (LibreChat's "${NAME}", echoed "KEY}"; Roo Code's
    // key field, which expands no "${env:NAME}").
    const named = this.evidence.code?.findings.find(
      (f) =>
        (f.code === 'named-env-key' ||
          f.code === 'config-reference-sent' ||
          f.code === 'config-key-reference') &&
        tail !== '' &&
        (f.vars.sent ?? f.vars.value ?? f.vars.name)?.endsWith(tail),
    );
    if ((verdict.tail?.kind === 'variable-name' || verdict.tail?.kind === 'template') && named) {
      this.tailSpoke = true;
      const name = named.vars.name ?? /([A-Za-z_]\w*)\W*$/.exec(named.vars.value ?? '')?.[1];
      this.weigh('error:name-sent-unset', { tail, name: name ?? '' });
      return;
    }
    // The end of the key the code writes as the default of getenv came back: the variable is
    // unset where the code runs, so the default went out instead (often a cloned project's own).
    const fallback = isKeyTail(tail)
      ? this.evidence.code?.findings.find(
          (f) =>
            f.code === 'key-in-getenv-default' &&
            /^sk-…([0-9a-f]{4})$/.exec(f.vars.shape ?? '')?.[1] === tail,
        )
      : undefined;
    if (fallback) {
      this.tailSpoke = true;
      this.weigh('error:default-key-sent', {
        tail,
        line: String(fallback.line),
        name: fallback.vars.name ?? KEY_ENV_VAR,
      });
      return;
    }
    // A value reached DeepSeek; not where the code sent a variable's name or an unfilled template
    // instead of reading the variable, which says nothing of whether it is set.
    const received =
      verdict.cause !== 'not-set' &&
      verdict.reason !== 'bad-format' &&
      verdict.tail?.kind !== 'variable-name' &&
      verdict.tail?.kind !== 'template' &&
      verdict.tail?.kind !== 'placeholder';
    if (received && error.variant !== 'unknown' && error.variant !== 'governor') {
      this.weigh(tail ? 'error:key-received' : 'error:key-received-untold', { tail });
    }
    if (error.signs.includes('anthropic-key-tail')) {
      this.tailSpoke = true;
      this.weigh('error:anthropic-key-sent', { tail });
      return;
    }
    if (this.evidence.keyTest?.kind === 'valid' && verdict.tail?.kind === 'matches') {
      // The program sent a key that ends like the one DeepSeek accepts now: neither the
      // program's key handling nor the tested key explains the error, so no cause is singled out.
      this.tailSpoke = true;
      this.weigh('error:tail-matches', { tail });
      this.note('key-works-same-tail', { tail });
      return;
    }
    switch (verdict.reason) {
      case 'tail-mismatch':
        this.fromTail(verdict, tail, 4);
        this.tailSpoke = true;
        return;
      case 'rejected-well-formed':
      case 'rejected-malformed':
        this.weigh(`error:${verdict.reason}`);
        if (verdict.tail?.kind === 'matches') this.weigh('error:tail-matches', { tail });
        return;
      case 'other-provider':
        this.weigh('error:other-provider', { provider: lint?.otherProvider ?? '' });
        return;
      case 'bad-format':
        this.weigh('error:bad-format', undefined, verdict.cause ?? 'not-set');
        this.givenNoneArrived('not-set');
        if (error.signs.includes('terminal-test')) this.weigh('error:terminal-test-bad-format');
        return;
      case 'no-such-user':
        this.weigh('error:no-such-user');
        this.note('error-no-such-user-status');
        return;
      case 'governor':
        this.weigh('error:governor');
        this.givenNoneArrived('not-passed');
        // A config that reads the key from a variable sends no header when that variable is
        // unset where the tool runs (anomalyco/opencode#8665: `{env:DEEPSEEK_API_KEY}`, "I forgot
        // to export the environment variable").
        if (this.evidence.code?.keyReads) {
          this.weigh('config:key-variable-none-arrived', { variable: this.evidence.code.keyReads });
        }
        return;
      default:
        if (
          error.variant === 'unknown' &&
          !error.echoedTail &&
          DEEPSEEK_BARE.test(error.message ?? '')
        ) {
          this.weigh('error:deepseek-no-detail');
          return;
        }
        if (error.variant === 'unknown' && !error.echoedTail) {
          this.weigh('error:unknown-401');
          // It worked before, and now a 401 with nothing more: where nothing changed on the
          // reporter's side, the key's standing did (round M: Cherry Studio, "昨天还好好的").
          if (error.signs.includes('worked-before')) {
            this.reason('revoked', 'error-worked-before-401');
            this.lean('revoked', 2);
          }
          // The client dropped DeepSeek's body, which names the cause: how to print it with
          // that client, or where a tool shows it.
          if (error.httpClient) {
            this.note('error-print-body', { how: PRINT_BODY[error.httpClient] });
          } else this.note('error-print-body-tool');
          return;
        }
        this.weigh('error:rejected-unverified', { tail });
        if (!lint && error.statedTail && isKeyTail(tail)) {
          this.fromStatedTail(tail, error.statedTail);
          return;
        }
        // It worked before, and a key's end came back refused: where the reporter changed
        // nothing, the key's standing at DeepSeek did (deleted, disabled). It ranks, no more.
        if (error.signs.includes('worked-before') && isKeyTail(tail)) {
          this.reason('revoked', 'error-worked-before-refused', { tail });
          this.lean('revoked', 2);
        }
    }
  }

  // --- the page's own checks, pasted back -------------------------------------------------

  private fromKeyCheck(check: KeyCheck): void {
    const variable = KEY_ENV_VAR;
    const lastFour = this.evidence.keyLint?.shape.lastFour ?? '';
    switch (check.kind) {
      case 'not-set':
        this.weigh('check:not-set', { variable });
        return;
      case 'set': {
        this.weigh('check:set', { variable });
        const tail = check.tail ?? '';
        if (check.problem) {
          this.weigh(`check:${check.problem}`, {
            tail,
            variable,
            length: String(check.length),
          });
        } else if (tail.length === 4 && lastFour && tail !== lastFour) {
          this.weigh('check:other-key', { variable, tail, lastFour });
        } else if (check.length !== null && check.tail !== null) {
          this.weigh('check:fits', { variable });
        }
        return;
      }
      case 'shape-ok':
        this.weigh('check:shape-ok', { variable });
        return;
      case 'bad-shape':
        this.weigh('check:bad-shape', { variable, length: String(check.length) });
        return;
      case 'client':
        this.fromClientCheck(check, lastFour);
        return;
    }
  }

  /** Step 4's check: the base URL and the end of the key, as the client holds them. */
  private fromClientCheck(check: Extract<KeyCheck, { kind: 'client' }>, lastFour: string): void {
    const { baseUrl: url, tail } = check;
    const toDeepSeek = url !== null && url.startsWith(DEEPSEEK_BASE_URL);
    if (url === 'None') this.weigh('check:client-no-base-url');
    else if (url !== null && !toDeepSeek) this.weigh('check:client-base-url', { url });
    if (!check.hasKey) {
      this.weigh('check:client-no-key');
      return;
    }
    this.weigh('check:client-has-key', { tail });
    if (/["'\u2018\u2019\u201c\u201d`]$/.test(tail)) this.weigh('check:client-quote', { tail });
    else if (/_key$|\}$/i.test(tail)) this.weigh('check:client-not-key', { tail });
    else if (lastFour && tail !== lastFour)
      this.weigh('check:client-other-key', { tail, lastFour });
    else if (lastFour && toDeepSeek) this.weigh('check:client-ok', { tail });
  }

  // --- the pasted code ---------------------------------------------------------------------

  private fromCode(code: CodeLint): void {
    // The code calls an endpoint DeepSeek lacks: what a 404 came from.
    if (code.missingEndpoint && (!this.notAuth || this.notAuth === 'not-found')) {
      this.notAuth = ENDPOINT_ANSWER[code.missingEndpoint];
      this.note(`error-endpoint-${code.missingEndpoint}`);
    }
    // DeepSeek echoed a key's end: the variable the code reads held a key, whatever its name.
    const echoed = this.evidence.parsedError?.echoedTail ?? '';
    const keyArrived = isKeyTail(echoed);
    // The end of a DeepSeek-shaped key written in the code or file, when DeepSeek (not another
    // host) echoed a key's end.
    const deepSeekEchoed = keyArrived && this.evidence.parsedError?.kind === 'unauthorized';
    const ownTail = (shape = '') =>
      deepSeekEchoed ? /^sk-…([0-9a-f]{4})$/.exec(shape)?.[1] : undefined;
    const otherTail = (shape = '') => {
      const own = ownTail(shape);
      return own && own !== echoed ? own : null;
    };
    // A key written in the code, or on a .env line pasted with it.
    const keyLine = (code: string) => code === 'hard-coded-key' || code === 'env-line-key';
    const writtenKey = (code: string) => keyLine(code) || code === 'config-key-placeholder';
    // DeepSeek itself answered: a client with no base URL in the code got DeepSeek's from
    // elsewhere (OPENAI_BASE_URL for the OpenAI SDKs, OPENAI_API_BASE for LangChain).
    const error = this.evidence.parsedError;
    const deepSeekAnswered =
      error?.kind === 'unauthorized' && DEEPSEEK_401_WORDING.test(error.message ?? '');
    // …and it echoed the end of a key written in the code: that key was passed, however.
    const headerFormat = error?.kind === 'unauthorized' && error.variant === 'bad-format';
    const writtenKeyArrived = code.findings.some(
      (f) => writtenKey(f.code) && ownTail(f.vars.shape) === echoed,
    );
    // A config pointed at another provider on purpose (its own model ids, its own failures).
    const chosenElsewhere = code.findings.some(
      (f) => f.code === 'other-provider-endpoint' && chosenHostOf(f.vars.provider ?? '') !== null,
    );
    for (const finding of code.findings) {
      const effect =
        finding.code === 'env-var-name' && keyArrived
          ? undefined
          : ((code.language !== 'other' ? CODE_ONLY_EFFECTS[finding.code] : undefined) ??
            CODE_EFFECTS[finding.code]);
      const vars = { line: String(finding.line), ...finding.vars };
      const chosen =
        finding.code === 'other-provider-endpoint'
          ? chosenHostOf(finding.vars.provider ?? '')
          : null;
      // A base URL at a private address is a relay the user runs on purpose: an answer from it not
      // in DeepSeek's words is its own (NIyueeE/ds-free-api#37: a 404 from a local relay with no
      // /v1/files, where an empty key had marked "not passed" likely; December 2026).
      const relayAnswered =
        finding.code === 'foreign-base-url' &&
        isPrivateAddress(finding.vars.url ?? '') &&
        !deepSeekAnswered &&
        (this.notAuth === null || this.notAuth === 'other-http' || this.notAuth === 'not-found');
      const modelNote = finding.code === 'retired-model' || finding.code === 'openai-model';
      // A base URL that is no address at all ("xxx") is the reporter's blotting out, as a key is
      // (langchain-ai/langgraph#6521: `api_base = "xxx"` beside a gateway's 400; December 2026).
      const blotted =
        BLOTTED_OUT.includes(finding.code) ||
        (finding.code === 'foreign-base-url' && !URL_SHAPED.test(finding.vars.url ?? ''));
      if (finding.code === 'tool-key-stored' && !(error && isAuthFailure(error))) {
        // A key kept in the tool's store matters only where the tool then found none or sent one
        // DeepSeek refused (Hmbown/Codewhale#1104: `auth set` beside a refused flag value; December
        // 2026).
        continue;
      } else if (
        modelNote &&
        ((chosenElsewhere && !this.keyWorks) ||
          (this.notAuth !== null && OUTSIDE_THE_FOUR.includes(this.notAuth)))
      ) {
        // DeepSeek's model names matter only where the call goes to DeepSeek's chat API: not for
        // an embeddings call or another host's model id (OpenRouter's deepseek/deepseek-chat), nor
        // in a config pointed at another provider, unless DeepSeek answered after all.
        continue;
      } else if (modelNote && (this.keyWorks || this.notAuth !== null)) {
        // DeepSeek accepted the key (402, 429) or failed on its own side: no key to fix first.
        this.note(
          finding.code === 'retired-model' ? 'code-retired-model-now' : 'code-openai-model-now',
          vars,
        );
      } else if (relayAnswered) {
        const address = hostOf(finding.vars.url ?? '');
        this.notAuth = 'other-host';
        this.otherHost = 'named-endpoint';
        this.endpointHost = address;
        this.note('code-other-host-chosen', { host: address, line: vars.line });
        this.weigh('error:other-host-meant', { host: address });
      } else if (chosen && deepSeekAnswered) {
        // DeepSeek answered in its own words: the request did not go to the host the file names
        // (bytedance/deer-flow#1283: a Volcengine Ark api_base, DeepSeek's "Your api key:  is
        // invalid").
        this.note('code-other-host-unused', vars);
      } else if (chosen) {
        // A config pointed at another provider on purpose: its failure, not one of the four. A
        // model error not in DeepSeek's words is that provider's too: its model ids are its own
        // (bytedance/UI-TARS-desktop#404: DeepSeek's id sent to DashScope; December 2026). The
        // file's host names the server that OpenAI's error format leaves unnamed.
        if (
          this.notAuth === null ||
          this.notAuth === 'other-http' ||
          (this.notAuth === 'model' && !this.keyWorks) ||
          this.otherHost === 'openai-words'
        ) {
          this.notAuth = 'other-host';
          this.otherHost = chosen;
        }
        // Known from the file's address, not from the error's wording (which may be none).
        this.note('code-other-host-chosen', { host: chosen, line: vars.line });
        this.weigh('error:other-host-meant', { host: chosen });
      } else if (keyLine(finding.code) && finding.vars.provider) {
        // Another provider's key where DeepSeek's should be: the wrong key, not a revoked one.
        this.weigh('lint:other-provider', { provider: finding.vars.provider });
      } else if (finding.code === 'auth-header-no-bearer' && headerFormat) {
        // The code sends the key without "Bearer ": exactly what DeepSeek's answer says (SPEC §5).
        this.for('not-passed', 5, 'code-auth-header-no-bearer-format', vars);
      } else if (finding.code === 'no-api-key' && headerFormat) {
        // A client given no key that sends the request anyway (async-openai reads OPENAI_API_KEY,
        // empty where unset): the header DeepSeek got had no key.
        this.for('not-passed', 5, 'code-no-api-key-format', vars);
      } else if (finding.code === 'env-empty-key' && this.notAuth === 'network') {
        // An empty key makes the header "Bearer ", which httpx refuses before sending: openai-
        // python says "Connection error." (openai/openai-python#961).
        this.notAuth = null;
        this.for('not-set', 5, 'code-env-empty-key-connection', vars);
      } else if (
        finding.code === 'empty-key' &&
        this.notAuth === 'network' &&
        code.language === 'python'
      ) {
        // Likewise an empty key written in Python code (`API_KEY = ''`, 2noise/ChatTTS#70).
        this.notAuth = null;
        this.for('not-set', 5, 'code-empty-key-connection', vars);
      } else if (
        (finding.code === 'foreign-base-url' || finding.code === 'other-provider-endpoint') &&
        !blotted &&
        (this.notAuth === 'other-http' || this.notAuth === 'network')
      ) {
        // The other HTTP error came from the address the code names, not from DeepSeek's API
        // (FoundationAgents/OpenManus#81: a 405 from the console's API keys page); a connection
        // that failed went to that address (a misspelled host resolves nowhere; api.openai.com
        // unreachable where it is blocked, FoundationAgents/OpenManus#113).
        this.notAuth = null;
        this.for('not-passed', 4, `code-${finding.code}`, vars);
      } else if (this.notAuth === 'not-found' && URL_FINDINGS.includes(finding.code)) {
        // The 404's URL is the one the code or file gives: the key goes where it should not, and
        // the repaired line is the fix (ADR 27).
        this.notAuth = null;
        this.for('not-passed', 4, `code-${finding.code}`, vars);
      } else if (finding.code === 'no-base-url' && deepSeekAnswered) {
        this.note('code-base-url-elsewhere', vars);
      } else if (finding.code === 'foreign-base-url' && deepSeekAnswered && writtenKeyArrived) {
        // DeepSeek echoed the end of the key written in the code: the key reached DeepSeek, passed
        // on from that address or sent to DeepSeek's after all; what is left is the key itself.
        this.note('code-relay-passed-key', { ...vars, tail: echoed });
      } else if (finding.code === 'no-api-key' && writtenKeyArrived) {
        this.note('code-api-key-elsewhere', vars);
      } else if (writtenKey(finding.code) && ownTail(finding.vars.shape) === echoed) {
        // DeepSeek refused this very value: wrong where it is not DeepSeek's shape (cut short, a
        // letter too many), else most likely revoked.
        if (finding.vars.malformed)
          this.weigh('code:key-malformed', { line: String(finding.line) });
        else this.weigh('code:key-refused', { line: String(finding.line), tail: echoed });
      } else if (finding.code === 'dotenv-no-override') {
        // Only where DeepSeek echoed another key than the .env's (below).
        continue;
      } else if (keyLine(finding.code) && otherTail(finding.vars.shape)) {
        const kept = code.findings.find((f) => f.code === 'dotenv-no-override');
        if (kept) {
          this.weigh('code:dotenv-kept-old', {
            line: String(kept.line),
            name: kept.vars.name ?? KEY_ENV_VAR,
            own: otherTail(finding.vars.shape)!,
            tail: echoed,
          });
          continue;
        }
        this.weigh('code:key-not-sent', {
          line: String(finding.line),
          own: otherTail(finding.vars.shape)!,
          tail: echoed,
        });
      } else if (effect && effect[1] <= 1 && error && isAuthFailure(error)) {
        // Beside a failed authentication, a finding that only makes a cause possible (an old key in the code,
        // os.getenv's None, Node's unread .env) orders the causes: it never tips one to likely
        // (round G: a NextChat deployment's key read as revoked; round K: Bun, which reads .env
        // itself, read as "not set").
        this.reason(effect[0], `code-${finding.code}`, vars);
        this.lean(effect[0]);
      } else if (effect && error?.kind === 'unrecognised' && !error.saysItFails) {
        // Beside words for another symptom (no output, a tool's own words for something else),
        // not merely that it fails, a finding in the code orders the causes; it never tips one to
        // likely: the symptom may have another cause (Aider-AI/aider#3036, "0 tokens received"
        // during an outage, beside a misnamed variable).
        this.reason(effect[0], `code-${finding.code}`, vars);
        this.lean(effect[0]);
      } else if (
        effect &&
        blotted &&
        !(error && isAuthFailure(error) && !bareUnauthorized(error))
      ) {
        // A key that reads as blotted out (empty, a placeholder) where no error shows a key
        // refused or missing: reporters blot theirs out before posting (deepseek-ai/DeepSeek-V3#599
        // and #721, a JSONDecodeError; MigoXLab/dingo#179, a connection error; continuedev/
        // continue#3452, no error at all), also beside a bare 401 that shows nothing of what
        // arrived (aiming-lab/AutoResearchClaw#121: `api_key: "sk-my api"`). It orders the causes;
        // it never tips one to likely.
        this.reason(effect[0], `code-${finding.code}`, vars);
        this.lean(effect[0]);
      } else if (effect) this.for(effect[0], effect[1], `code-${finding.code}`, vars);
      else if (finding.severity !== 'info' || finding.code === 'no-client') {
        this.note(`code-${finding.code}`, vars);
      }
    }
    if (codePassesKey(code)) this.weigh('code:passes-key', { variable: code.keyVariable });
    const failsLoudly = code.findings.find((f) => f.code === 'environ-fails-loudly');
    if (failsLoudly && this.evidence.parsedError?.kind === 'unauthorized') {
      this.weigh('code:environ-set', { variable: failsLoudly.vars.name ?? KEY_ENV_VAR });
    }
  }

  // --- the pasted key, without a test ------------------------------------------------------

  private fromKeyLint(lint: KeyLint): void {
    if (lint.cleaned === '' && lint.findings.every((f) => f.kind === 'empty')) return;
    if (lint.otherProvider !== null) {
      this.weigh('lint:other-provider', { provider: lint.otherProvider });
      return;
    }
    const errors = lint.findings.filter((f) => f.severity === 'error').length;
    if (errors > 0 || !lint.looksLikeDeepSeek) {
      this.weigh('lint:errors', { count: String(Math.max(errors, 1)) });
    } else {
      this.weigh('lint:shape-ok');
    }
  }

  // --- result ------------------------------------------------------------------------------

  result(): Diagnosis {
    const standing = (cause: CauseId): Standing => {
      const tally = this.tallies[cause];
      if (tally.ruledOut && tally.score < DECISIVE) return 'ruled-out';
      if (tally.cannotJudge && tally.score === 0) return 'unknown';
      if (tally.reasons.length === 0) return 'unknown';
      return 'possible';
    };
    const open = CAUSE_IDS.filter((cause) => standing(cause) === 'possible');
    const scores = open.map((cause) => this.tallies[cause].score).sort((a, b) => b - a);
    const top = scores[0] ?? 0;
    const contenders = open.filter((cause) => this.tallies[cause].score === top);
    // An answer outside the four (an endpoint DeepSeek lacks, another host, a 400, DeepSeek's
    // side failing): no cause is marked likely beside it, whatever the code shows of the key, or
    // the Answer would say both. A placeholder a reporter wrote over theirs is not what a 400
    // answered (Tabing010102/DeepSeekTranslate#3), nor what an empty body was
    // (YILING0013/AI_NovelGenerator#62). Code whose address explains the answer has made it
    // cause 4 already (notAuth null). Words alone name no failure: code that does, wins.
    const outside = this.notAuth !== null && this.notAuth !== 'words-only';
    // The reporter's words that lean to another cause (a trap) leave the evidence mixed: the
    // leading cause is not marked likely against them.
    const against = [...this.trapped].some((cause) => cause !== contenders[0]);
    // A message that threads show for several causes, with nothing else pasted for the cause it
    // leads to, ranks that cause first and no more (ADR 26).
    const leader = contenders.length === 1 ? this.tallies[contenders[0]!] : null;
    const alone =
      !this.evidence.keyLint &&
      !this.evidence.keyTest &&
      leader !== null &&
      leader.fromMessage > 0 &&
      leader.score - leader.fromMessage < LIKELY_MIN;
    const likely =
      !outside &&
      !against &&
      !alone &&
      top >= LIKELY_MIN &&
      contenders.length === 1 &&
      (scores[1] ?? 0) < top
        ? contenders[0]!
        : null;
    const rank = (s: Standing) => ['likely', 'possible', 'unknown', 'ruled-out'].indexOf(s);
    const causes = CAUSE_IDS.map((cause) => {
      const shown = cause === likely ? ('likely' as const) : standing(cause);
      const tally = this.tallies[cause];
      return {
        cause,
        standing: shown,
        reasons: shown === 'ruled-out' ? tally.against : tally.reasons,
      };
    }).sort(
      (a, b) =>
        rank(a.standing) - rank(b.standing) ||
        (likely ? 0 : Number(this.trapped.has(b.cause)) - Number(this.trapped.has(a.cause))) ||
        this.tallies[b.cause].score - this.tallies[a.cause].score ||
        this.tallies[b.cause].lean - this.tallies[a.cause].lean ||
        CAUSE_IDS.indexOf(a.cause) - CAUSE_IDS.indexOf(b.cause),
    );
    // The first cause leads when it has support and more than the next (by score, then lean).
    const [first, second] = causes.map((view) => ({ view, tally: this.tallies[view.cause] }));
    const supported =
      this.notAuth === null &&
      first?.view.standing === 'possible' &&
      (this.trapped.has(first.view.cause) ||
        (first.tally.score > 0 &&
          (second === undefined ||
            second.view.standing !== 'possible' ||
            first.tally.score > second.tally.score ||
            first.tally.lean > second.tally.lean)));
    return {
      likely,
      top: likely ?? (supported ? first.view.cause : null),
      causes,
      notAuth: likely && this.notAuth === 'words-only' ? null : this.notAuth,
      otherHost: this.otherHost,
      endpointHost: this.otherHost === 'named-endpoint' ? this.endpointHost : null,
      otherHostKey: this.otherHostKey,
      keyWorks: this.keyWorks,
      notes: this.notes,
    };
  }
}

/** Every client reads the key from the code's variable and has DeepSeek's base URL. */
export function codePassesKey(code: CodeLint): boolean {
  return (
    code.clients.length > 0 &&
    code.clients.every(
      (c) => c.keySource === 'env' && c.keyVariable === code.keyVariable && c.baseUrlOk === true,
    ) &&
    !code.findings.some((f) => CODE_EFFECTS[f.code]?.[0] === 'not-passed')
  );
}

/**
 * What the threads add to the cause to check first (error-traps.ts): the advice the Answer shows
 * beside it when no cause is certain, since it names where to look.
 */
export function threadAdvice(diagnosis: Diagnosis): DiagnosisReason | null {
  if (diagnosis.likely || diagnosis.notAuth || !diagnosis.top) return null;
  const codes = new Set<string>(ERROR_TRAPS.map((trap) => `error-${trap.id}`));
  const view = diagnosis.causes.find((c) => c.cause === diagnosis.top);
  return view?.reasons.find((reason) => codes.has(reason.code)) ?? null;
}

/**
 * Whether the page's own key test is the check that best separates what is left: nothing decides
 * yet, the key was not tested, no code was pasted, and the error holds no DeepSeek message (a bare
 * 401, a tool's or a reporter's words). There a refused key, an empty balance and a key that works
 * each get their own answer (SPEC §3); a check of the environment or of code tells none of that.
 */
export function keyTestSeparates(diagnosis: Diagnosis, evidence: Evidence): boolean {
  const notAuth = diagnosis.notAuth !== null && diagnosis.notAuth !== 'words-only';
  if (diagnosis.likely || notAuth || evidence.keyTest || evidence.code) return false;
  const error = evidence.parsedError;
  return (
    error?.kind === 'unrecognised' ||
    (error?.kind === 'unauthorized' && error.variant === 'unknown')
  );
}

/**
 * Whether anything points to the cause to check first more than to the others: a reason of its
 * own, not one every cause still open shares ("a 401 without DeepSeek's message: any of the four
 * fits"). Where nothing does, the order is only what real reports lean to, and the Answer names
 * no cause (issue 12 §5: it names the check that tells them apart).
 */
export function topHasOwnReason(diagnosis: Diagnosis): boolean {
  const top = diagnosis.causes.find((view) => view.cause === diagnosis.top);
  return top !== undefined && hasOwnReason(diagnosis, top);
}

/** Whether anything pasted points to some cause more than to the others still open. */
export function anyHasOwnReason(diagnosis: Diagnosis): boolean {
  return diagnosis.causes.some(
    (view) => view.standing !== 'ruled-out' && hasOwnReason(diagnosis, view),
  );
}

function hasOwnReason(diagnosis: Diagnosis, cause: CauseStandingView): boolean {
  const open = diagnosis.causes.filter((view) => view !== cause && view.standing !== 'ruled-out');
  return cause.reasons.some(
    (reason) => !open.every((view) => view.reasons.some((other) => sameReason(other, reason))),
  );
}

function sameReason(a: DiagnosisReason, b: DiagnosisReason): boolean {
  return a.code === b.code && sameVars(a.vars, b.vars);
}

/** How each HTTP library prints the body its error left out (each library's docs). */
const PRINT_BODY: Readonly<Record<HttpClient, string>> = {
  requests: 'print(response.text); response.raise_for_status()',
  httpx: 'except httpx.HTTPStatusError as e: print(e.response.text)',
  aiohttp: 'print(await resp.text()); resp.raise_for_status()',
  axios: 'catch (err) { console.log(err.response?.data) }',
  okhttp: 'System.out.println(response.body().string())',
  spring:
    'catch (WebClientResponseException e) { System.out.println(e.getResponseBodyAsString()); }',
};

/** Errors in which a key named as another provider's decides the reading. */
const KEY_NAMED_KINDS: readonly ParsedErrorKind[] = [
  'unauthorized',
  'http-error',
  'model',
  'unrecognised',
];

/** DeepSeek's 401 message with nothing after it. */
const DEEPSEEK_BARE = /^Authentication Fails\W*$/;

/** The openai SDKs' own "no key" messages. */
const SDK_NO_KEY: readonly ErrorSign[] = ['no-key-python', 'no-key-node', 'missing-credentials'];

/**
 * A gateway's 502 or 504 from an address on the user's own machine or network (Codex's "unexpected
 * status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:15721/v1/responses") is that relay's
 * answer: it got no valid answer, or none in time, from the server behind it. A 500 there may be
 * an app's own server wrapping any failure, DeepSeek's 401 included; a local model's server
 * forwards to nothing. farion1231/cc-switch#3529, its
 * maintainer: "cc-switch 不会主动返回 502：代理返回 502 只在两种情况——上游 provider 自己返回 502（透传），
 * 或 cc-switch 转发到上游时网络层失败", the reporter's local proxy; BigPizzaV3/CodexPlusPlus#1567
 * ("需要关闭代理"). Checked December 2026. Not where DeepSeek's address is named too: then the
 * failure may be DeepSeek's, passed on. Host answers (other-hosts.ts) were read before this.
 */
function relayFailed(error: ParsedError): boolean {
  return (
    error.privateAddress !== null &&
    (error.status === 502 || error.status === 504) &&
    !error.localModel &&
    !error.signs.includes('deepseek-host')
  );
}

/** DeepSeek's own messages for 402, 429 and a wrong model (its Error Codes page, SPEC §5). */
const DEEPSEEK_STATUS_WORDING =
  /^(?:Insufficient Balance|Rate Limit Reached|Model Not Exist|The supported API model names are|Invalid max_tokens value|\d+K max_tokens is only available)/i;

/**
 * An HTTP library's own line for the status, not a server's message (requests' raise_for_status,
 * httpx's, axios'): it says nothing of who answered.
 */
/**
 * A 402, 429 or model error that is DeepSeek's: its host or its words, and no other host's. A
 * 429 in Ollama Cloud's words (continuedev/continue#9235) or OpenAI's quota message says nothing
 * of the DeepSeek key.
 */
export function answeredByDeepSeek(error: ParsedError): boolean {
  return (
    !error.signs.includes('openai-host') &&
    error.otherHost === null &&
    (error.signs.includes('deepseek-host') || DEEPSEEK_STATUS_WORDING.test(error.message ?? ''))
  );
}

const LIBRARY_STATUS_LINE =
  /Unauthorized for url|Client error '401 Unauthorized' for url|Request failed with status code 401/i;
/** The host of the URL a library's status line names (not a link printed after it). */
const LIBRARY_STATUS_URL = /\bfor url:?[ \t]*['"]?https?:\/\/([^/\s'"]+)/i;

/** DeepSeek's 401 wording, or a tool's copy of its variant without the first words (SPEC §5). */
const DEEPSEEK_401_WORDING =
  /Authentication Fails|Your api key: ?\*+|auth header format should be Bearer|\((?:governor|no such user)\)/i;

/**
 * A 401 whose server message is not DeepSeek's: every DeepSeek 401 says "Authentication Fails"
 * (SPEC §5), so something between (a proxy, a gateway, another provider) answered
 * (crofAI/crof-ai#4). An HTTP library's own status line says nothing of who answered.
 */
export function inOtherWords(error: ParsedError): boolean {
  const message = error.message ?? '';
  if (error.kind !== 'unauthorized' || !message || DEEPSEEK_401_WORDING.test(message)) return false;
  // A library's status line names the URL: another host's is another server's 401.
  if (LIBRARY_STATUS_LINE.test(message)) {
    const host = LIBRARY_STATUS_URL.exec(message)?.[1];
    return host !== undefined && !/(^|\.)deepseek\.com$/i.test(host);
  }
  return (
    error.statusOutsideMessage &&
    !NOT_A_SERVERS_MESSAGE.test(message) &&
    message.length <= 240 &&
    // Cut before a quote inside a reporter's sentence ("每次发送消息都报 "): no server's message.
    !/\s$/.test(message)
  );
}

/**
 * What no server's message holds, but a log or a reporter's words read as one do (a whole report
 * quoted in a JSON "detail"): DeepSeek's own address, a status code, the reporter's "I" and "my";
 * or openai-node's words for an answer with no body at all, "401 status code (no body)" (its
 * error.ts), which say nothing of who answered.
 */
const NOT_A_SERVERS_MESSAGE =
  /\bdeepseek\.com\b|\b[45]\d\d\b|\b(?:I|my|me)\b|我|\bstatus code \(no body\)/;

/** Findings of a URL the code or file gives: beside a 404, they are where it came from. */
const URL_FINDINGS: readonly CodeFindingCode[] = [
  'no-base-url',
  'foreign-base-url',
  'base-url-path',
  'config-base-url-spelling',
  'config-anthropic-path',
  'config-full-endpoint',
];

/** Traps that tell what the tool holds or asks for, not that a key was refused. */
const TOOL_STATE_TRAPS: readonly ErrorTrapId[] = [
  'auth-conflict',
  'login-asked',
  'llm-check-failed',
];

/** What DeepSeek answered instead of a 401: the key got past it (or the answer is not DeepSeek's). */
const NOT_AUTH_OF = {
  'insufficient-balance': 'insufficient-balance',
  'rate-limited': 'rate-limited',
  model: 'model',
  'bad-request': 'bad-request',
  'server-error': 'server',
} as const satisfies Partial<Record<ParsedErrorKind, NotAuthKind>>;

/** The answer to a call DeepSeek has no endpoint for (for /responses: had none before July 2026). */
const ENDPOINT_ANSWER: Readonly<Record<MissingEndpoint, NotAuthKind>> = {
  embeddings: 'embeddings',
  responses: 'responses-api',
  images: 'images',
  'anthropic-models': 'anthropic-models',
};

/** A 401 with no message: it shows nothing of what arrived. */
function bareUnauthorized(error: ParsedError): boolean {
  return error.kind === 'unauthorized' && error.variant === 'unknown' && !error.echoedTail;
}

/** Findings of a key that may be the reporter's own blotting out, not what ran. */
const BLOTTED_OUT: readonly string[] = ['placeholder-key', 'empty-key', 'config-no-key'];
/** An address, or a host name with a dot in it: what a base URL that names a server looks like. */
const URL_SHAPED = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|[\w-]+(?:\.[\w-]+)+)/i;

/** Answers that no key can change: the page names them instead of a cause. */
const OUTSIDE_THE_FOUR: readonly NotAuthKind[] = [
  'embeddings',
  'responses-api',
  'images',
  'other-host',
  'unknown-provider',
  'local-error',
  'local-model',
  'private-base-url',
];

function isAuthFailure(error: ParsedError): boolean {
  return AUTH_FAILURE_KINDS.includes(error.kind);
}

function addReason(
  reasons: DiagnosisReason[],
  code: DiagnosisReasonCode,
  vars?: Record<string, string>,
): void {
  if (reasons.some((r) => r.code === code && sameVars(r.vars, vars))) return;
  reasons.push(vars ? { code, vars } : { code });
}

function sameVars(a?: Record<string, string>, b?: Record<string, string>): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}
