import { forgetKeyIn, type PasteEvidence, type PasteResult } from './analyse-paste.ts';

/** What the paste panel shows: the two boxes and the result of the last Diagnose. */
export interface PasteState {
  errorText: string;
  codeText: string;
  /**
   * 'empty' after a Diagnose with both boxes empty; 'reader-failed' when the chunk that reads the
   * pasted code or config could not load (offline after a deploy, say).
   */
  result: PasteResult | 'empty' | 'reader-failed' | null;
  /** Shown once after "Forget key" emptied a box that held the key. */
  cleared: boolean;
}

export type PasteAction =
  | { type: 'error-text-changed'; text: string }
  | { type: 'code-text-changed'; text: string }
  | { type: 'diagnosed'; result: PasteResult | 'empty' | 'reader-failed' };

export const initialPasteState: PasteState = {
  errorText: '',
  codeText: '',
  result: null,
  cleared: false,
};

/** Each action is one user intent in the paste panel. */
export function pasteReducer(state: PasteState, action: PasteAction): PasteState {
  switch (action.type) {
    case 'error-text-changed':
      return { ...state, errorText: action.text };
    case 'code-text-changed':
      return { ...state, codeText: action.text };
    case 'diagnosed':
      return { ...state, result: action.result, cleared: false };
  }
}

/** "Forget key": every box and result that holds one of `keys` is emptied or read again. */
export function forgetInPaste(state: PasteState, keys: readonly string[]): PasteState {
  const shown = typeof state.result === 'string' ? null : state.result;
  const next = forgetKeyIn(
    { errorText: state.errorText, codeText: state.codeText, result: shown },
    keys,
  );
  return next ? { ...next, cleared: true } : state;
}

/** What the paste gives the diagnosis, or null before any Diagnose. */
export function pasteEvidenceOf(state: PasteState): PasteEvidence | null {
  const { result } = state;
  if (result === null || typeof result === 'string') return null;
  const { parsedError, code, userCode, tool } = result;
  return { parsedError, code, userCode, tool: tool ?? null };
}
