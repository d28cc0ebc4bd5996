import { lintKey } from '../domain/key/key-lint.ts';
import { codeTabFor, type CodeLint, type RepairedCode } from '../domain/code/findings.ts';
import { readableCode } from '../domain/code/prepare.ts';
import { repairCode } from '../domain/code/repair.ts';
import { parseErrorText, type ParsedError } from '../domain/error/parse-error-text.ts';
import { causeCode, type CodeLanguage } from '../domain/snippets/snippets.ts';

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
}

type CodeReader = typeof import('../domain/code/lint-code.ts');

/** Set once the code reader's chunk has loaded; it stays loaded. */
let codeReader: CodeReader | null = null;

/**
 * The code reader and its parsers (@lezer/python, @lezer/javascript): a chunk of their own,
 * loaded when code is first pasted, so neither the page nor the tools wait for them. Rejects
 * when the chunk cannot be loaded (offline after a deploy, say).
 */
export async function loadCodeReader(): Promise<CodeReader> {
  codeReader ??= await import('../domain/code/lint-code.ts');
  return codeReader;
}

/**
 * Reads both boxes: the error parsed, the code linted and repaired. Of long code only the part
 * that lintCode reads is shown (`code.truncated` says so). No network, but pasted code loads the
 * code reader's chunk first (see loadCodeReader), which can reject.
 */
export async function analysePaste(errorText: string, codeText: string): Promise<PasteResult> {
  const reader = codeText.trim() ? await loadCodeReader() : null;
  return readPaste(errorText, codeText, reader);
}

function readPaste(errorText: string, codeText: string, reader: CodeReader | null): PasteResult {
  const parsedError = errorText.trim() ? parseErrorText(errorText) : null;
  if (!codeText.trim() || !reader)
    return { parsedError, code: null, userCode: null, repaired: null };
  const code = reader.lintCode(codeText);
  const broken = readableCode(codeText).code;
  const { fixed, changedLines } = code.otherSdk ? standardClient(code) : repairCode(codeText, code);
  const unread = code.otherSdk ? '' : codeText.slice(broken.length);
  const repaired = { broken, fixed, changedLines, unread };
  const userCode =
    code.language === 'other' ? null : { broken, fixed, changedLines, language: code.language };
  return { parsedError, code, userCode, repaired };
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
  switch (evidence.parsedError?.sdk) {
    case 'node-openai':
      return 'node';
    case 'python-openai':
      return PYTHON_TABS.includes(current) ? current : 'python';
    case 'litellm':
      return 'litellm';
    // LangChain's errors look alike in Python and JS; curl's and PowerShell's output may be the
    // page's own test or check.
    case 'langchain':
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
  // A result that read code had the code reader loaded: reading again needs no chunk.
  return { ...next, result: left ? readPaste(next.errorText, next.codeText, codeReader) : null };
}
