import { lintKey } from '../domain/key/key-lint.ts';
import {
  codeTabFor,
  type CodeLint,
  type PastedCodeTab,
  type RepairedCode,
} from '../domain/code/findings.ts';
import { readableCode } from '../domain/code/prepare.ts';
import { repairCode } from '../domain/code/repair.ts';
import {
  dockerKeepsQuotes,
  parseErrorText,
  type ErrorSign,
  type ParsedError,
} from '../domain/error/parse-error-text.ts';
import { causeCode, type CodeLanguage } from '../domain/snippets/snippets.ts';
import { configFormatOf, configPartOf, type ConfigFormat } from '../domain/config/config-format.ts';
import { redactKeys } from '../domain/code/secrets.ts';
import type { ConfigReading } from '../domain/config/read-config.ts';
import { isToolId, toolOfErrorText, type ToolId } from '../domain/stacks/tools.ts';

/** The user's own code and its repair, in the shape the wizard shows code in. */
export interface PastedCode {
  broken: string;
  fixed: string;
  /** 1-based lines of `fixed` that the repair changed. */
  changedLines: number[];
  language: 'python' | 'node';
}

/** What a paste gives the diagnosis; null for a box left empty. */
export interface PasteEvidence {
  parsedError: ParsedError | null;
  code: CodeLint | null;
  /** Set for Python and JS/TS code, so the wizard can show the user's code repaired. */
  userCode: PastedCode | null;
  /** The tool the paste comes from: its config file, or the wrapper around its error. */
  tool?: ToolId | null;
}

export interface PasteResult extends PasteEvidence {
  /** The repair of any pasted code, including code that is neither Python nor JS/TS. */
  repaired: {
    broken: string;
    fixed: string;
    changedLines: number[];
    /** The end of a long paste, not read or shown but copied with the fix, so nothing is lost. */
    unread: string;
  } | null;
  /** Set when the pasted "code" is a config file: read and repaired in its own format. */
  config?: ConfigReading | null;
}

type CodeReader = typeof import('../domain/code/lint-code.ts');
type ConfigReader = typeof import('../domain/config/read-config.ts');

/** Set once each reader's chunk has loaded; they stay loaded. */
let codeReader: CodeReader | null = null;
let configReader: ConfigReader | null = null;

/**
 * The code reader and its parsers (@lezer/python, @lezer/javascript): a chunk of their own,
 * loaded when code is first pasted, so neither the page nor the tools wait for them. Rejects
 * when the chunk cannot be loaded (offline after a deploy, say).
 */
export async function loadCodeReader(): Promise<CodeReader> {
  codeReader ??= await import('../domain/code/lint-code.ts');
  return codeReader;
}

/** The config reader and its parsers (jsonc-parser, yaml, smol-toml), likewise. */
async function loadConfigReader(): Promise<ConfigReader> {
  configReader ??= await import('../domain/config/read-config.ts');
  return configReader;
}

/**
 * Reads both boxes: the error parsed, the code linted and repaired, or a config file read and
 * repaired in its own format (its findings reach the diagnosis as code findings). Of long code
 * only the part that lintCode reads is shown (`code.truncated` says so). No network, but a paste
 * loads its reader's chunk first, which can reject.
 */
export async function analysePaste(errorText: string, codeText: string): Promise<PasteResult> {
  // Before the whole paste is taken for one file: JSON and shell lines together can read as YAML.
  const part = configPartOf(codeText);
  if (part) return readConfigPart(errorText, codeText, part, await loadConfigReader());
  const format = configFormatOf(codeText);
  if (format) {
    const result = readConfigPaste(errorText, codeText, format, await loadConfigReader());
    const config = result.config!;
    // Not that file after all, where it neither parses nor holds anything the reader knows
    // (settings copied as text beside a shell profile and a JSON file): read as code instead.
    const unread =
      !config.brokenParses && config.owner === null && !config.keyEntry && !config.findings.length;
    if (!unread) return result;
  }
  const reader = codeText.trim() ? await loadCodeReader() : null;
  return readPaste(errorText, codeText, reader);
}

/**
 * A config file pasted between the shell or .env lines that go with it: the file is read and
 * repaired; the lines around it are kept as pasted, with any key in them redacted (SPEC §4).
 */
function readConfigPart(
  errorText: string,
  codeText: string,
  part: NonNullable<ReturnType<typeof configPartOf>>,
  reader: ConfigReader,
): PasteResult {
  const result = readConfigPaste(
    errorText,
    codeText.slice(part.start, part.end),
    part.format,
    reader,
  );
  const before = codeText.slice(0, part.start);
  const after = codeText.slice(part.end);
  const offset = before.split('\n').length - 1;
  const changed = new Set(result.repaired!.changedLines.map((line) => line + offset));
  const fixedBefore = redactKeys(before, (line) => changed.add(line));
  const fixedAfter = redactKeys(after, (line) =>
    changed.add(line + offset + result.repaired!.fixed.split('\n').length - 1),
  );
  const fixed = `${fixedBefore}${result.repaired!.fixed}${fixedAfter}`;
  const changedLines = [...changed].sort((a, b) => a - b);
  // Lines are the whole paste's, as the user sees it.
  const shift = <T extends { line: number }>(finding: T): T => ({
    ...finding,
    line: finding.line + offset,
  });
  const config = result.config!;
  return {
    ...result,
    code: result.code && { ...result.code, findings: result.code.findings.map(shift) },
    config: {
      ...config,
      broken: codeText,
      fixed,
      changedLines,
      findings: config.findings.map(shift),
    },
    repaired: { broken: codeText, fixed, changedLines, unread: '' },
  };
}

function readConfigPaste(
  errorText: string,
  codeText: string,
  format: ConfigFormat,
  reader: ConfigReader,
): PasteResult {
  const config = reader.readConfig(readableCode(codeText).code, format);
  const { broken, fixed, changedLines } = config;
  return {
    parsedError: errorText.trim() ? parseErrorText(errorText) : null,
    code: reader.configLint(config),
    userCode: null,
    repaired: { broken, fixed, changedLines, unread: '' },
    config,
    tool: isToolId(config.owner) ? config.owner : toolOfErrorText(errorText),
  };
}

/**
 * What the code box says of the failure in words, for the error pasted beside it: people paste
 * their account and their terminal there too ("worked for weeks", "deleted the old key", `pm2
 * restart`, an `echo $DEEPSEEK_API_KEY` that printed nothing). The reporter's words (error-traps.ts,
 * and the signs below), the runtime's own lines and the checks' outputs join the error's; the
 * code's other signs (a host it names, OPENAI_API_KEY in it) are the code reader's to read.
 */
function withCodeBoxWords(
  parsedError: ParsedError | null,
  codeText: string,
  errorText: string,
): ParsedError | null {
  if (!parsedError || !codeText.trim()) return parsedError;
  const words = parseErrorText(codeText);
  const known = new Set(parsedError.checks.map((check) => JSON.stringify(check)));
  const checks = words.checks.filter((check) => !known.has(JSON.stringify(check)));
  const traps = words.traps.filter((trap) => !parsedError.traps.includes(trap));
  const signs = words.signs.filter(
    (sign) => WORDS_SIGNS.includes(sign) && !parsedError.signs.includes(sign),
  );
  // The command in one box, the .env line in the other.
  if (dockerKeepsQuotes(`${errorText}\n${codeText}`)) signs.push('env-file-quotes-kept');
  if (!checks.length && !traps.length && !signs.length) return parsedError;
  return {
    ...parsedError,
    checks: [...parsedError.checks, ...checks],
    traps: [...parsedError.traps, ...traps],
    signs: [...parsedError.signs, ...signs],
  };
}

/** Signs that are the reporter's words or the runtime's own lines, wherever they were pasted. */
const WORDS_SIGNS: readonly ErrorSign[] = [
  'worked-before',
  'key-in-dotenv',
  'sudo-run',
  'compose-blank-key',
  'secret-key-missing',
  'env-file-passed',
];

/** The OpenAI-compatible library of each language the page reads but does not rewrite. */
const LIBRARY_OF: Partial<Record<PastedCodeTab, ToolId>> = {
  java: 'java-openai',
  go: 'go-openai',
  csharp: 'csharp-openai',
  php: 'php-openai',
  rust: 'rust-async-openai',
};

function readPaste(errorText: string, codeText: string, reader: CodeReader | null): PasteResult {
  const parsedError = withCodeBoxWords(
    errorText.trim() ? parseErrorText(errorText) : null,
    codeText,
    errorText,
  );
  const tool = toolOfErrorText(errorText);
  if (!codeText.trim() || !reader)
    return { parsedError, code: null, userCode: null, repaired: null, tool };
  const signs = parsedError?.signs ?? [];
  const code = reader.lintCode(codeText, {
    browser: signs.includes('browser-console'),
    envFile: signs.includes('env-file-quotes-kept')
      ? 'quotes-kept'
      : signs.includes('env-file-passed')
        ? 'passed'
        : null,
  });
  const broken = readableCode(codeText).code;
  const { fixed, changedLines } = code.otherSdk ? standardClient(code) : repairCode(codeText, code);
  const unread = code.otherSdk ? '' : codeText.slice(broken.length);
  const repaired = { broken, fixed, changedLines, unread };
  const userCode =
    code.language === 'other' ? null : { broken, fixed, changedLines, language: code.language };
  const library = code.language === 'other' && code.tab ? LIBRARY_OF[code.tab] : undefined;
  return { parsedError, code, userCode, repaired, tool: tool ?? library ?? null };
}

/**
 * Code written for another provider's SDK cannot be repaired line by line: its fixed side is the
 * wizard's DeepSeek client (the `openai` package with DeepSeek's base URL) for the same stack.
 */
function standardClient(code: CodeLint): RepairedCode {
  const tab = code.tab ?? (code.language === 'node' ? 'node' : 'python');
  const fixed = causeCode('not-passed', tab).fixed;
  const count = fixed.replace(/\n$/, '').split('\n').length;
  return { fixed, changedLines: Array.from({ length: count }, (_, i) => i + 1) };
}

const PYTHON_TABS: readonly CodeLanguage[] = ['python', 'langchain', 'litellm'];

/**
 * The code tab after a paste. Pasted Python or JS/TS code decides (see codeTabFor); else the SDK
 * that printed a pasted error: Node's openai, or Python's (the current tab stays when it is
 * Python already, as LangChain and LiteLLM are), or LiteLLM. Otherwise the tab does not change.
 */
export function codeTabOf(evidence: PasteEvidence, current: CodeLanguage): CodeLanguage {
  if (evidence.userCode && evidence.code) return codeTabFor(evidence.code, current);
  // Java, Go, C#, PHP or Rust: read, not rewritten; the tab shows the working example.
  if (evidence.code?.tab) return evidence.code.tab;
  switch (evidence.parsedError?.sdk) {
    case 'node-openai':
      return 'node';
    case 'python-openai':
      return PYTHON_TABS.includes(current) ? current : 'python';
    case 'litellm':
      return 'litellm';
    // LangChain's errors look alike in Python and JS; the AI SDK's come from tools built on it as
    // well; curl's and PowerShell's output may be the page's own test or check.
    case 'langchain':
    case 'ai-sdk':
    case 'curl':
    case 'powershell':
    case 'unknown':
    case undefined:
      return current;
  }
}

/** What the paste panel holds: the two boxes and the result of the last Diagnose. */
export interface PasteBoxes {
  errorText: string;
  codeText: string;
  result: PasteResult | null;
}

/** Shorter than this, a "key" would match ordinary text: no box is cleared for it. */
const MIN_KEY_LENGTH = 8;

/**
 * The boxes without the keys the user asked the page to forget: each box that holds one is
 * emptied, and a result that holds one is read again from what is left (null when nothing is).
 * Returns null when neither the boxes nor the result hold any. Pure.
 */
export function forgetKeyIn(boxes: PasteBoxes, keys: readonly string[]): PasteBoxes | null {
  const forms = [...new Set(keys.flatMap((key) => [key.trim(), lintKey(key).cleaned]))].filter(
    (form) => form.length >= MIN_KEY_LENGTH,
  );
  const holds = (text: string) => forms.some((form) => text.includes(form));
  const { errorText, codeText, result } = boxes;
  const resultHolds =
    result !== null &&
    (holds(result.repaired?.broken ?? '') || holds(JSON.stringify(result.parsedError ?? '')));
  if (!holds(errorText) && !holds(codeText) && !resultHolds) return null;
  const next = {
    errorText: holds(errorText) ? '' : errorText,
    codeText: holds(codeText) ? '' : codeText,
  };
  if (!resultHolds) return { ...next, result };
  const left = next.errorText.trim() || next.codeText.trim();
  if (!left) return { ...next, result: null };
  // A config that stays is not read again: only the error is. A result that read code had the
  // code reader loaded, so reading again needs no chunk.
  if (result.config && next.codeText) {
    const { code, userCode, repaired, config, tool } = result;
    const error = readPaste(next.errorText, '', null);
    return { ...next, result: { ...error, code, userCode, repaired, config, tool } };
  }
  return { ...next, result: readPaste(next.errorText, next.codeText, codeReader) };
}
