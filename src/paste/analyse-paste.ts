import { lintCode, repairCode, type CodeLint } from '../domain/lint-code.ts';
import { parseErrorText, type ParsedError } from '../domain/parse-error-text.ts';

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
  repaired: { broken: string; fixed: string; changedLines: number[] } | null;
}

/** Reads both boxes: the error parsed, the code linted and repaired. Pure; no network. */
export function analysePaste(errorText: string, codeText: string): PasteResult {
  const parsedError = errorText.trim() ? parseErrorText(errorText) : null;
  if (!codeText.trim()) return { parsedError, code: null, userCode: null, repaired: null };
  const code = lintCode(codeText);
  const { fixed, changedLines } = repairCode(codeText, code);
  const repaired = { broken: codeText, fixed, changedLines };
  const userCode = code.language === 'other' ? null : { ...repaired, language: code.language };
  return { parsedError, code, userCode, repaired };
}
