import type { CauseId } from '../domain/causes.ts';
import { changedLines } from '../domain/code/line-diff.ts';
import { KEY_ENV_VAR } from '../domain/deepseek-facts.ts';
import type { CodeLint } from '../domain/code/findings.ts';
import { redactKeys } from '../domain/code/secrets.ts';
import type { HighlightLanguage } from '../domain/code/highlight.ts';
import { setupEnvironment, type EnvironmentFix } from '../domain/diagnosis/environment-fix.ts';
import {
  CAUSE_CHECKS,
  CHECK_HIGHLIGHT,
  firstCheck,
  REQUEST_OBJECT,
  type Command,
  type Terminal,
} from '../domain/snippets/cause-checks.ts';
import { keyEnvironment, NOTEBOOK_DOTENV, type SetupBlock } from '../domain/snippets/key-setup.ts';
import { defaultShell } from '../domain/snippets/platform.ts';
import { causeCode, type CodeLanguage } from '../domain/snippets/snippets.ts';
import { KEY_PLACEHOLDER, UNKNOWN_APP } from '../domain/config/config-format.ts';
import type { ConfigOwner } from '../domain/config/read-config.ts';
import { codePassesKey } from '../domain/diagnosis/diagnose.ts';
import { isKeyTail } from '../domain/error/deepseek-message.ts';
import { CODE_EFFECTS } from '../domain/diagnosis/weights.ts';
import {
  KEY_LENGTH,
  lengthCheck,
  TOOL_SETUPS,
  type ToolSetup,
} from '../domain/stacks/tool-setups.ts';
import { isToolId, toolRow, type ToolId } from '../domain/stacks/tools.ts';
import type { PasteResult } from '../paste/analyse-paste.ts';

/** Config findings about where the file puts the key (not its base URL). */
const KEY_FIELD_FINDINGS = new Set([
  'config-var-not-expanded',
  'config-key-spelling',
  'config-wrong-field',
  'config-key-in-variable-field',
  'placeholder-key',
  'empty-key',
]);

/**
 * Python code that loads `.env` wrongly (or not), and ES modules that load it after the imports
 * that read it, decide whether a missing key is the code's fault. Node's note that it reads no `.env` does not: the variable may be set in the shell, by
 * Next.js or Vite, or by `--env-file`, so the key is set where the code reads it.
 */
const DOTENV_FINDINGS = new Set([
  'dotenv-not-loaded',
  'dotenv-too-late',
  'dotenv-missing',
  'dotenv-esm-order',
]);

/** The fix as code: only the changed lines are shown, the whole program is copied. */
export interface CodeFix {
  kind: 'code';
  /** The changed lines of the fixed code, in order. */
  change: string;
  copy: string;
  language: HighlightLanguage;
  /** True when it is the user's own code, repaired. */
  yours: boolean;
  /**
   * The repair is not what "give the client DEEPSEEK_API_KEY and DeepSeek's base URL" says: the
   * code builds no SDK client (requests, fetch), or keeps its own variable (ADR 20).
   */
  ownTerms?: boolean;
  /** The code never loads the .env it mentions (or loads it too late): the change loads it. */
  loadsDotenv?: boolean;
  /** The .env pasted with the code leaves the key empty: the change gives it a slot. */
  fillsDotenv?: boolean;
  /**
   * Set when what was repaired is a config file: its owner (null for a tool the page does not
   * know), and whether a finding that keeps the key from DeepSeek is what the repair changed.
   */
  config?: {
    owner: ConfigOwner | null;
    passesKey: boolean;
    keyField: boolean;
    /** The repaired file holds a placeholder for the key and reads no variable. */
    placeholderOnly: boolean;
  };
}

/** The fix as an environment set-up: the code stays as it is. */
export interface EnvironmentSetupFix {
  kind: 'environment';
  environment: EnvironmentFix;
  setup: SetupBlock;
  /** The user pasted code, which reads the key correctly. */
  codeStays: boolean;
  /** The pasted code reads the key from another variable: set that one, or read DEEPSEEK_API_KEY. */
  readsOther: string | null;
  /** The variable the set-up sets: the one the code reads, where it can be set so. */
  variable: string;
  /** Nothing pasted shows code of the user's: an app or a tool may make the call instead. */
  orTool: boolean;
}

/**
 * The fix in a tool the error came from, where no code or file was pasted: the tool keeps the
 * key in its own settings, so no code example fits.
 */
export interface ToolFix {
  kind: 'tool';
  /** A revoked key is replaced at DeepSeek, not in the tool: it gets no tool fix. */
  cause: Exclude<CauseId, 'revoked'>;
  tool: ToolId;
  /** The tool's own name (a proper noun). */
  name: string;
  /** Where the tool reads the key and the base URL (tools.ts), when checked. */
  keyField: string | null;
  baseUrlField: string | null;
  baseUrl: string | null;
  /** The tool's own set-up file, fixed, when it has one (tool-setups.ts). */
  setup: ToolSetup | null;
}

/**
 * The pasted file (or code) is right for the likely cause: nothing in it keeps the key out, so no
 * change to it fixes anything. What DeepSeek received says where the key is lost: no key at all
 * ("governor", an empty header) or something else in its place (an echoed tail).
 */
export interface GivenFix {
  kind: 'given';
  cause: 'not-set' | 'not-passed';
  /** The config file's owner (null for a tool the page does not know); undefined for code. */
  config?: ConfigOwner | null;
  /** DeepSeek received no Authorization header ("governor", SPEC §5). */
  noHeader: boolean;
  /** DeepSeek echoed the end of what it received, and that is no key's end (`_KEY`, `KEY}`). */
  sentTail: string | null;
  /**
   * OpenAI answered: the tool sent the request to OpenAI's address, not DeepSeek's; it read the
   * base URL from elsewhere (agentscope-ai/agentscope#614: inside its client arguments) or not at
   * all (firecrawl/firecrawl#1511: only OPENAI_BASE_URL).
   */
  toOpenAi: boolean;
  /** The variable the file reads the key from: unset where the tool runs, it sends no key. */
  variable: string | null;
  /**
   * The model is named `deepseek/…`: tools built on LiteLLM then sent no header for a key given
   * only in their own settings (usestrix/strix#101); `openai/` with DeepSeek's base URL, or
   * DEEPSEEK_API_KEY in the environment, worked (usestrix/strix#101, #504).
   */
  providerPrefix: boolean;
}

/**
 * Browser code reads the key under a name its bundler does not inline (lintBrowserEnv): no shell
 * or `.env` set-up reaches it, so the fix is where the call is made.
 */
export interface BrowserFix {
  kind: 'browser';
  /** The browser-env-hidden finding's vars: name, bundler, prefix. */
  vars: Record<string, string>;
}

export type AnswerFix =
  CodeFix | EnvironmentSetupFix | ToolFix | GivenFix | BrowserFix | { kind: 'key' };

/** The one check that confirms a cause: a command that never prints the key. */
export interface AnswerCheck {
  command: string;
  language: HighlightLanguage;
  expect: string | undefined;
}

export interface FixInput {
  cause: CauseId;
  /** The last Diagnose, with the user's code read and repaired, or null. */
  pasted: PasteResult | null;
  language: CodeLanguage;
  model: string;
  environment: EnvironmentFix;
  platform: string;
  /** The terminal the paste was typed in, if it shows one: set-ups and checks are for it. */
  terminal?: Terminal | null;
}

/** The terminal to show set-ups and checks for: the one the paste shows, else the platform's. */
export function terminalOf({ platform, terminal }: Pick<FixInput, 'platform' | 'terminal'>) {
  return terminal ?? defaultShell(platform);
}

const isWindows = (terminal: Terminal) => terminal === 'powershell' || terminal === 'cmd';

/**
 * The one fix for a cause. A key that is not set is fixed where the evidence says the code runs,
 * unless the code itself never loads its `.env`: code that reads the variable is left alone (no
 * `os.getenv` turned into `os.environ[…]`, which would only change the error).
 */
export function answerFix({
  cause,
  pasted,
  language,
  model,
  environment,
  ...where
}: FixInput): AnswerFix {
  // An error from a tool (not a library), with no code or file pasted: its settings are the fix.
  const tool = pasted && !pasted.code && pasted.tool ? toolRow(pasted.tool) : null;
  if (tool && (tool.kind === 'coding-tool' || tool.kind === 'app') && cause !== 'revoked') {
    return {
      kind: 'tool',
      cause,
      tool: tool.id,
      name: tool.name,
      keyField: tool.keyField?.value ?? tool.keyEnv?.value ?? null,
      baseUrlField: tool.baseUrlField?.value ?? null,
      baseUrl: tool.baseUrl?.value ?? null,
      setup: TOOL_SETUPS[tool.id] ?? null,
    };
  }
  const repaired = pasted?.repaired ?? null;
  if ((cause === 'not-passed' || cause === 'not-set') && pasted && keyGiven(cause, pasted)) {
    const error = pasted.parsedError;
    return {
      kind: 'given',
      cause,
      ...(pasted.config && { config: pasted.config.owner }),
      noHeader: error?.kind === 'unauthorized' && error.variant === 'governor',
      sentTail:
        error?.kind === 'unauthorized' && error.echoedTail && !isKeyTail(error.echoedTail)
          ? error.echoedTail
          : null,
      toOpenAi: error?.kind === 'openai-key-rejected',
      variable: pasted.config?.keyReads ?? null,
      providerPrefix: /(?:^|[\s"'=:])deepseek\/deepseek-/m.test(repaired?.broken ?? ''),
    };
  }
  // A copy that only hides a key is no repair.
  const changed =
    repaired !== null && repaired.fixed !== redactKeys(repaired.broken) && !pasted?.code?.otherSdk;
  const hidden = pasted?.code?.findings.find((f) => f.code === 'browser-env-hidden');
  if (cause === 'not-set' && hidden) return { kind: 'browser', vars: hidden.vars };
  const loadsNoDotenv = Boolean(pasted?.code?.findings.some((f) => DOTENV_FINDINGS.has(f.code)));
  const emptyInDotenv = Boolean(pasted?.code?.findings.some((f) => f.code === 'env-empty-key'));
  // A pasted file that leaves the key empty or unread is fixed in the file itself; one that holds
  // no key and belongs to no tool the page knows, where the paste shows the program runs as a
  // service or in a container (a systemd unit, a Dockerfile), is that place: its set-up is the fix.
  const placeFile =
    pasted?.config?.owner === null &&
    !pasted.config.keyEntry &&
    !pasted.config.findings.some((f) => f.code === 'empty-key') &&
    (environment === 'container' || environment === 'service');
  if (cause === 'not-set' && !loadsNoDotenv && !emptyInDotenv && (!pasted?.config || placeFile)) {
    const terminal = terminalOf(where);
    const env = keyEnvironment(setupEnvironment(environment, terminal));
    const windows = isWindows(terminal) && env.windows;
    const setup = environment === 'notebook' ? NOTEBOOK_DOTENV : (windows || env).setup[0]!;
    const readsOther = otherVariableRead(pasted?.code ?? null) ?? shellVariableRead(pasted);
    const variable = readsOther && /^[A-Za-z_]\w*$/.test(readsOther) ? readsOther : KEY_ENV_VAR;
    return {
      kind: 'environment',
      environment,
      setup: { ...setup, code: setup.code.replaceAll(KEY_ENV_VAR, variable) },
      variable,
      // Said only of code whose reading of the key the page follows (not a shell script), and
      // which reads DEEPSEEK_API_KEY rather than giving a key of its own (2noise/ChatTTS#70:
      // `api_key=""`).
      codeStays:
        pasted?.code != null &&
        readsOther === null &&
        stackOf(pasted!) !== 'unknown' &&
        (repaired?.broken ?? '').includes(KEY_ENV_VAR) &&
        !pasted.code.findings.some((f) => KEY_GIVEN.has(f.code)),
      readsOther,
      orTool:
        !pasted?.code && environment === 'terminal' && (!pasted || stackOf(pasted) === 'unknown'),
    };
  }
  if (cause === 'mistyped' || cause === 'revoked') {
    if (!changed) return { kind: 'key' };
  }
  if (changed && repaired && pasted?.code) {
    const fix: CodeFix = {
      kind: 'code',
      change: changedOnly(repaired.fixed, repaired.changedLines),
      copy: repaired.fixed + redactKeys(repaired.unread),
      language: pasted.config ? pasted.config.format : highlightOf(pasted.code),
      yours: true,
      ownTerms: pasted.code.clients.length === 0 || !repaired.fixed.includes(KEY_ENV_VAR),
      loadsDotenv: loadsNoDotenv,
      fillsDotenv: emptyInDotenv,
      ...(pasted.config && {
        config: {
          owner: pasted.config.owner,
          passesKey: pasted.code.findings.some((f) => CODE_EFFECTS[f.code]?.[0] === 'not-passed'),
          keyField: pasted.code.findings.some((f) => KEY_FIELD_FINDINGS.has(f.code)),
          placeholderOnly:
            repaired.fixed.includes(KEY_PLACEHOLDER) && !repaired.fixed.includes(KEY_ENV_VAR),
        },
      }),
    };
    // A repair is the fix only where it mends what keeps the key out (or where the key itself is
    // the cause): else what it changes (a model, a hidden key) fixes nothing, and a file gets
    // words alone, code the example for its stack.
    const keyIsCause = cause === 'mistyped' || cause === 'revoked';
    if (pasted.config) return keyIsCause || fixesFile(cause, fix) ? fix : { kind: 'key' };
    // (A variable's own name is kept, ADR 20: no repair of it.)
    const mends = pasted.code.findings.some(
      (f) => CODE_EFFECTS[f.code] !== undefined && f.code !== 'env-var-name',
    );
    if (keyIsCause || mends) return fix;
  }
  // Nothing pasted shows the stack that makes the call (a tool's words, a bare message, a shell
  // script), or the code calls through another library (LiteLLM, CrewAI, DSPy, ChatDeepSeek): an
  // example of an openai client would be a guess.
  if (pasted && (stackOf(pasted) === 'unknown' || callsThroughLibrary(pasted.code))) {
    return { kind: 'key' };
  }
  const snippet = causeCode(cause, language, model);
  return {
    kind: 'code',
    change: changedOnly(snippet.fixed, changedLines(snippet.broken, snippet.fixed).added),
    copy: snippet.fixed,
    language,
    yours: false,
  };
}

/** The repair of a pasted file is the fix: it gives the key where it was empty or not passed. */
export function fixesFile(
  cause: CauseId,
  fix: AnswerFix,
): fix is CodeFix & { config: NonNullable<CodeFix['config']> } {
  return (
    fix.kind === 'code' &&
    fix.config !== undefined &&
    (cause === 'not-set' || (cause === 'not-passed' && fix.config.passesKey))
  );
}

/**
 * Whether what was pasted is right for the cause: a file with no finding that bears on it, or
 * code that hands the key to every client at DeepSeek's address while DeepSeek received no key
 * header ("governor").
 */
function keyGiven(cause: 'not-set' | 'not-passed', pasted: PasteResult): boolean {
  const { code, parsedError: error } = pasted;
  if (!code) return false;
  if (pasted.config) {
    return (
      pasted.config.keyEntry && !code.findings.some((f) => CODE_EFFECTS[f.code]?.[0] === cause)
    );
  }
  return (
    cause === 'not-passed' &&
    error?.kind === 'unauthorized' &&
    error.variant === 'governor' &&
    codePassesKey(code)
  );
}

/** Code that builds no openai client yet calls something (the code reader says 'no-client' else). */
function callsThroughLibrary(code: CodeLint | null): boolean {
  return (
    code !== null &&
    code.language !== 'other' &&
    code.clients.length === 0 &&
    !code.findings.some((f) => f.code === 'no-client')
  );
}

/** The variable the code reads the key from, when it is not DEEPSEEK_API_KEY. */
function otherVariableRead(code: CodeLint | null): string | null {
  for (const finding of code?.findings ?? []) {
    const name =
      finding.code === 'named-env-key'
        ? finding.vars.name
        : finding.code === 'env-var-name'
          ? finding.vars.read
          : undefined;
    if (name && name !== KEY_ENV_VAR) return name;
  }
  // A framework's prefix (VITE_DEEPSEEK_API_KEY) is part of the name to set.
  return (
    code?.clients.find((c) => c.keyVariable && c.keyVariable !== KEY_ENV_VAR)?.keyVariable ?? null
  );
}

/**
 * The variable a pasted shell script or transcript holds the key in, when it is not
 * DEEPSEEK_API_KEY: the one a transcript saved with setx before starting the program in the same
 * window, or the one its Bearer header sends (`-H "Authorization: Bearer $KEY"`).
 */
function shellVariableRead(pasted: PasteResult | null): string | null {
  if (!pasted?.code || pasted.code.language !== 'other' || pasted.code.tab !== null) return null;
  // A key's variable saved by setx where the program that reads it did not see it.
  // Not a misnamed one, which the repair renames (set-name-differs).
  const misnamed = pasted.code.findings.find((f) => f.code === 'set-name-differs')?.vars.name;
  const saved = pasted.code.findings.find(
    (f) =>
      f.code === 'setx-same-window' &&
      /(?:KEY|TOKEN)$/.test(f.vars.name ?? '') &&
      f.vars.name !== misnamed,
  )?.vars.name;
  const name = saved ?? pasted.code.headerVariable;
  return name && name !== KEY_ENV_VAR ? name : null;
}

/** Findings of a key the code gives itself, not one it reads from the environment. */
const KEY_GIVEN: ReadonlySet<string> = new Set([
  'empty-key',
  'hard-coded-key',
  'placeholder-key',
  'key-is-variable-name',
  'no-api-key',
]);

function highlightOf(code: CodeLint): HighlightLanguage {
  if (code.language === 'other') return 'shell';
  return code.tab ?? code.language;
}

function changedOnly(fixed: string, lines: readonly number[]): string {
  const all = fixed.replace(/\n$/, '').split('\n');
  return lines.map((n) => all[n - 1] ?? '').join('\n');
}

/**
 * The check for a cause: the set-up's own check for a missing key; for a tool's config file that
 * did not pass the key, that tool's check, or the length of the variable the repaired file reads
 * (none where it holds a placeholder to replace: the fix is the step); else the step's first,
 * where the paste shows the stack it runs in: 'key-test' where it does not (SPEC §3: the page's
 * key test then separates the causes).
 */
export function answerCheck(
  cause: CauseId,
  fix: AnswerFix,
  language: CodeLanguage,
  terminal: Terminal,
  pasted: PasteResult | null = null,
): AnswerCheck | 'key-test' | 'paste-source' | null {
  if (fix.kind === 'tool') {
    return fix.setup
      ? { command: fix.setup.check, language: 'shell', expect: fix.setup.expect }
      : 'key-test';
  }
  if (fix.kind === 'given' && fix.variable) {
    return variableCheck(fix.config ?? null, fix.variable, pasted);
  }
  // No shell reaches browser code: the fix, where the call is made, is the step.
  if (fix.kind === 'browser') return null;
  // A file that holds the key itself: only the key test reaches the tool's side.
  if (fix.kind === 'given' && fix.config !== undefined) return 'key-test';
  // A container that is not given the variable: the check runs inside it.
  const container = pasted?.code?.findings.find((f) => f.code === 'compose-env-missing')?.vars;
  if (cause === 'not-set' && container?.service && container.name) {
    return lengthCheckIn(`docker compose exec ${container.service}`, container.name);
  }
  // No fix yet for a pasted file: whether it has a key is checked where the file reads it, not
  // in DEEPSEEK_API_KEY; any other cause, with the key test.
  if (fix.kind === 'key' && pasted?.config) {
    if (cause !== 'not-set') return 'key-test';
    // A CI workflow maps a secret into the job: only a step of the job sees the variable.
    const mapped = SECRET_MAPPED.exec(pasted.repaired?.broken ?? '')?.[1];
    if (mapped) {
      const { verify } = keyEnvironment('github-actions');
      return { ...verify, command: verify.command.replaceAll(KEY_ENV_VAR, mapped) };
    }
    const { owner, keyReads, keyEntry } = pasted.config;
    if (keyReads) return variableCheck(owner, keyReads, pasted);
    return !keyEntry && UNKNOWN_APP.includes(owner) ? 'paste-source' : 'key-test';
  }
  if (fixesFile(cause, fix)) {
    // A check of the variable only where the repaired file reads it: not for a base URL, nor
    // for a file where the key itself goes in place of a placeholder.
    const { owner, keyField } = fix.config;
    if (!keyField || fix.copy.includes(KEY_PLACEHOLDER) || !fix.copy.includes(KEY_ENV_VAR)) {
      return null;
    }
    const setup = owner && isToolId(owner) ? TOOL_SETUPS[owner] : undefined;
    return setup
      ? { command: setup.check, language: 'shell', expect: setup.expect }
      : { command: lengthCheck(KEY_ENV_VAR), language: 'shell', expect: KEY_LENGTH };
  }
  if (fix.kind === 'environment' && fix.environment !== 'terminal') {
    const env = keyEnvironment(setupEnvironment(fix.environment, terminal));
    const verify = (isWindows(terminal) && env.windows?.verify) || env.verify;
    // The variable the set-up above sets.
    const command = verify.command.replaceAll(KEY_ENV_VAR, fix.variable);
    return { command, language: verify.language, expect: verify.expect };
  }
  const shell = firstCheck(cause, language, terminal);
  const command: Command =
    CAUSE_CHECKS[cause].find((c) => c.shell === shell) ?? CAUSE_CHECKS[cause][0]!;
  const stack = pasted && stackOf(pasted);
  // A paste from a tool or an app: its key is where the tool keeps it, which only the key test
  // reaches; a missing key is still checked where the program runs.
  if (stack === 'unknown' && cause !== 'not-set') return 'key-test';
  const request = REQUEST_OBJECT[command.shell];
  if (request && pasted?.code && !request.test(pasted.repaired?.broken ?? '')) {
    return 'key-test';
  }
  // The code reads the key from another variable: the presence check looks at that one.
  const other =
    cause === 'not-set'
      ? (otherVariableRead(pasted?.code ?? null) ?? shellVariableRead(pasted))
      : null;
  if (cause === 'not-set' && !other && hidesKeySource(pasted)) return 'paste-source';
  if (other && /^\w+$/.test(other)) {
    return {
      command: command.command.replaceAll(KEY_ENV_VAR, other),
      language: CHECK_HIGHLIGHT[command.shell],
      expect: command.expect,
    };
  }
  if (stack && command.placement === 'after-client') {
    // The SDK raised before it built a client: whether the variable is set tells the rest (the
    // one the pasted code reads, where it was pasted).
    if (stack === 'no-client') return answerCheck('not-set', fix, language, terminal, pasted);
    if (typeof stack === 'object') {
      const name = stack.clients.find((client) => client.name)?.name;
      if (!name) return 'key-test';
      return {
        command: command.command.replace(/\b(?:client|llm)\b(?=\.)/g, name),
        language: CHECK_HIGHLIGHT[command.shell],
        expect: command.expect,
      };
    }
  }
  return {
    command: command.command,
    language: CHECK_HIGHLIGHT[command.shell],
    expect: command.expect,
  };
}

/**
 * Code in a language the page does not follow (Java, Go, a JSON fragment) that shows nothing of
 * where the key comes from: no key, no variable by its name, no reference to one. A check of
 * DEEPSEEK_API_KEY would test a variable it may never read (LnYo-Cly/ai4j#42: the key is in the
 * framework's application.yml); what it reads is the thing to paste.
 */
function hidesKeySource(pasted: PasteResult | null): boolean {
  if (!pasted?.code || pasted.code.language !== 'other') return false;
  // The error names the variable the program looked up: that is where the key comes from.
  const error = pasted.parsedError;
  if (error?.kind === 'no-key' && error.missingVariable) return false;
  return !KEY_SOURCE.test(pasted.repaired?.broken ?? '');
}

/**
 * Where code shows a key, or the variable it gets one from by name: a key, a value written after
 * a key's name, a read of a named variable, a `${…}` reference.
 */
const KEY_SOURCE =
  /\bsk-|(?:api[-_]?key|token|secret)["']?\s*[:=(]\s*["'][^"'\n]|getenv\s*\(\s*["']|\benviron\b|process\.env|ENV\[|GetEnvironmentVariable\(\s*"|env::var\(\s*"|\$\{|\$env:\w|DEEPSEEK_API_KEY/i;

/** The length check, run by another command (`sudo`, `docker compose exec api`) in its own shell. */
function lengthCheckIn(runner: string, variable: string): AnswerCheck {
  const inside = lengthCheck(variable).replaceAll("'", '"');
  return { command: `${runner} sh -c '${inside}'`, language: 'shell', expect: KEY_LENGTH };
}

/** A workflow's `NAME: ${{ secrets.X }}`: group 1 the variable the job gets. */
const SECRET_MAPPED = /^[ \t-]*([A-Za-z_]\w*):[ \t]*["']?\$\{\{\s*secrets\.\w+\s*\}\}/m;

/**
 * Whether a variable a tool reads is set: the tool's own check where it looks the variable up
 * elsewhere (Continue: .continue/.env), else its length in the shell (as sudo sees it, where the
 * program was started with sudo).
 */
function variableCheck(
  owner: ConfigOwner | null,
  variable: string,
  pasted: PasteResult | null,
): AnswerCheck {
  // A program started with sudo gets none of the shell's variables: checked as sudo sees them.
  if (pasted?.parsedError?.signs.includes('sudo-run')) return lengthCheckIn('sudo', variable);
  const setup = owner && isToolId(owner) ? TOOL_SETUPS[owner] : undefined;
  return setup?.check.includes(variable)
    ? { command: setup.check, language: 'shell', expect: setup.expect }
    : { command: lengthCheck(variable), language: 'shell', expect: KEY_LENGTH };
}

/**
 * What a paste shows of the stack a check would run in: the code itself; an SDK's error, from a
 * client it built ('sdk') or raised before building one ('no-client'); or neither, a tool's or a
 * reporter's words ('unknown').
 */
function stackOf(pasted: PasteResult): CodeLint | 'sdk' | 'no-client' | 'unknown' {
  // A tool's config file: the tool holds the client.
  if (pasted.config) return 'unknown';
  const error = pasted.parsedError;
  // Code of a language with no code tab (a shell script, curl, a tool's command): no SDK to
  // check, whatever the error (NousResearch/hermes-agent#42269: `hermes auth add deepseek`).
  if (pasted.code?.language === 'other' && pasted.code.tab === null) return 'unknown';
  // The pasted error is the client's constructor failing: there is no client to print.
  if (pasted.code && error?.kind === 'no-key') return 'no-client';
  if (pasted.code && pasted.code.language !== 'other') return pasted.code;
  if (pasted.code) return 'sdk';
  // The AI SDK's errors come from tools built on it (opencode) as often as from one's own code;
  // curl's and PowerShell's come from a command, with no client to print.
  if (!error || ['unknown', 'ai-sdk', 'curl', 'powershell'].includes(error.sdk)) return 'unknown';
  return error.kind === 'no-key' ? 'no-client' : 'sdk';
}
