import {
  initialKeyTestState,
  keyTestReducer,
  keyTestResultOf,
  type KeyTestAction,
  type KeyTestState,
} from './key-test/key-test-state.ts';
import {
  forgetInPaste,
  pasteEvidenceOf,
  initialPasteState,
  pasteReducer,
  type PasteAction,
  type PasteState,
} from './paste/paste-state.ts';

/** Where the Answer shows: under the panel the user last used. */
export type AnswerPlace = 'key' | 'paste';

/** All the evidence the page holds, in one place: the panels show it and send intents here. */
export interface WorkbenchState {
  keyTest: KeyTestState;
  paste: PasteState;
  answerAt: AnswerPlace | null;
}

export type WorkbenchAction = KeyTestAction | PasteAction;

export const initialWorkbenchState: WorkbenchState = {
  keyTest: initialKeyTestState,
  paste: initialPasteState,
  answerAt: null,
};

const PASTE_ACTIONS: ReadonlySet<string> = new Set<PasteAction['type']>([
  'error-text-changed',
  'code-text-changed',
  'diagnosed',
]);
const isPasteAction = (action: WorkbenchAction): action is PasteAction =>
  PASTE_ACTIONS.has(action.type);

/**
 * Where the Answer shows: under the panel last used while that panel still has something to say
 * (a finished test, a read paste), else under the other one; null when neither has.
 */
export function answerPlaceOf(state: WorkbenchState): AnswerPlace | null {
  const has = {
    key: keyTestResultOf(state.keyTest) !== null,
    paste: pasteEvidenceOf(state.paste) !== null,
  };
  const first = state.answerAt ?? 'paste';
  const other = first === 'key' ? 'paste' : 'key';
  if (has[first]) return first;
  return has[other] ? other : null;
}

/**
 * One reducer for both panels. "Forget key" is one action: the key, its verdict, and every
 * pasted box or result that holds the key (as typed, or as last tested) go at once.
 */
export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  if (isPasteAction(action)) {
    const paste = pasteReducer(state.paste, action);
    const answerAt =
      action.type === 'diagnosed' && action.result !== 'empty' ? 'paste' : state.answerAt;
    return { ...state, paste, answerAt };
  }
  const keyTest = keyTestReducer(state.keyTest, action);
  if (action.type === 'forgotten') {
    const { key, phase } = state.keyTest;
    const keys = phase.kind === 'done' ? [key, phase.testedKey] : [key];
    const paste = forgetInPaste(state.paste, keys);
    return { keyTest, paste, answerAt: pasteEvidenceOf(paste) ? 'paste' : null };
  }
  const answerAt =
    keyTest.phase.kind === 'done' && state.keyTest.phase.kind !== 'done' ? 'key' : state.answerAt;
  return { ...state, keyTest, answerAt };
}
