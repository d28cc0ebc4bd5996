import { describe, expect, it } from 'vitest';
import { analysePaste } from '../../src/paste/analyse-paste.ts';
import {
  answerPlaceOf,
  initialWorkbenchState,
  workbenchReducer,
  type WorkbenchAction,
  type WorkbenchState,
} from '../../src/workbench-state.ts';

const KEY = 'sk-0123456789abcdef0123456789ab1a2b';
const CODE = `from openai import OpenAI\nclient = OpenAI(api_key="${KEY}")\n`;
const ERROR = 'Authentication Fails, Your api key: ****1a2b is invalid';

const run = (...actions: WorkbenchAction[]): WorkbenchState =>
  actions.reduce(workbenchReducer, initialWorkbenchState);

describe('workbenchReducer', () => {
  it('"Forget key" is one action: the key, and every pasted box and result that holds it', async () => {
    const state = run(
      { type: 'key-changed', key: KEY },
      { type: 'error-text-changed', text: ERROR },
      { type: 'code-text-changed', text: CODE },
      { type: 'diagnosed', result: await analysePaste(ERROR, CODE) },
      { type: 'forgotten' },
    );
    expect(state.keyTest.key).toBe('');
    expect(state.keyTest.forgotten).toBe(true);
    expect(state.paste.codeText).toBe('');
    expect(state.paste.errorText).toBe(ERROR);
    expect(state.paste.cleared).toBe(true);
    expect(JSON.stringify(state)).not.toContain(KEY);
    // The error is read again on its own, and the Answer stays under the paste panel.
    expect(state.paste.result).toMatchObject({ code: null });
    expect(answerPlaceOf(state)).toBe('paste');
  });

  it('leaves the paste alone when it does not hold the key', async () => {
    const before = run(
      { type: 'code-text-changed', text: CODE.replace(KEY, 'sk-' + 'f'.repeat(32)) },
      { type: 'key-changed', key: KEY },
    );
    const after = workbenchReducer(before, { type: 'forgotten' });
    expect(after.paste).toBe(before.paste);
  });

  it('puts the Answer under the panel last used, and nowhere before any result', async () => {
    expect(answerPlaceOf(initialWorkbenchState)).toBeNull();
    const pasted = run(
      { type: 'error-text-changed', text: ERROR },
      { type: 'diagnosed', result: await analysePaste(ERROR, '') },
    );
    expect(answerPlaceOf(pasted)).toBe('paste');
    const empty = workbenchReducer(initialWorkbenchState, { type: 'diagnosed', result: 'empty' });
    expect(answerPlaceOf(empty)).toBeNull();
  });
});
