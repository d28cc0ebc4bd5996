import type { KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import { lintKey, type KeyLint } from '../domain/key/key-lint.ts';
import type { OtherProvider } from '../domain/deepseek-facts.ts';

/** What the panel knows; the key lives here, in memory only. */
export interface KeyTestState {
  key: string;
  revealed: boolean;
  /** The API base URL as typed in the page; empty means DeepSeek's. */
  baseURL: string;
  /** Increases with each test, so that a late answer to an abandoned test is ignored. */
  run: number;
  /**
   * The key on screen is the cleaned form of what was pasted ("Use the cleaned key"): what was
   * cleaned off is probably still where the variable is set.
   */
  cleaned: boolean;
  phase:
    | { kind: 'idle' }
    /** Not sent: the key looks like another provider's, and the user has not said "send it anyway". */
    | { kind: 'held'; provider: OtherProvider }
    | { kind: 'running'; viaRelay: boolean }
    | {
        kind: 'done';
        outcome: KeyTestOutcome;
        testedKey: string;
        /** The other address the key was sent to, or null for DeepSeek. */
        customBase: string | null;
      };
  /** Where this project's relay answers, once a blocked test has found it. */
  relayURL: string | null;
  /** Shown once after "Forget key", so that screen-reader users hear it happened. */
  forgotten: boolean;
}

export type KeyTestAction =
  | { type: 'key-changed'; key: string }
  | { type: 'key-cleaned'; key: string }
  | { type: 'test-held'; provider: OtherProvider }
  | { type: 'reveal-toggled' }
  | { type: 'base-url-changed'; baseURL: string }
  | { type: 'test-started'; viaRelay: boolean }
  | { type: 'test-finished'; run: number; outcome: KeyTestOutcome; customBase: string | null }
  | { type: 'relay-found'; run: number; relayURL: string | null }
  | { type: 'forgotten' };

export const initialKeyTestState: KeyTestState = {
  key: '',
  revealed: false,
  cleaned: false,
  baseURL: '',
  run: 0,
  phase: { kind: 'idle' },
  relayURL: null,
  forgotten: false,
};

/** Each action is one user intent, or one answer arriving for the current test. */
export function keyTestReducer(state: KeyTestState, action: KeyTestAction): KeyTestState {
  switch (action.type) {
    case 'key-changed':
      // A verdict is about the key that was tested: a new key makes it stale, and a running
      // test is abandoned (the panel aborts it).
      if (action.key === state.key) return state;
      return {
        ...state,
        key: action.key,
        cleaned: false,
        run: state.run + 1,
        phase: { kind: 'idle' },
        forgotten: false,
      };
    case 'key-cleaned':
      if (action.key === state.key) return state;
      return {
        ...state,
        key: action.key,
        cleaned: true,
        run: state.run + 1,
        phase: { kind: 'idle' },
        forgotten: false,
      };
    case 'test-held':
      return { ...state, phase: { kind: 'held', provider: action.provider }, forgotten: false };
    case 'reveal-toggled':
      return { ...state, revealed: !state.revealed };
    case 'base-url-changed':
      // Like a new key, a new address makes the verdict stale and abandons a running test.
      if (action.baseURL === state.baseURL) return state;
      return { ...state, baseURL: action.baseURL, run: state.run + 1, phase: { kind: 'idle' } };
    case 'test-started':
      return {
        ...state,
        run: state.run + 1,
        phase: { kind: 'running', viaRelay: action.viaRelay },
        forgotten: false,
      };
    case 'test-finished':
      if (action.run !== state.run || state.phase.kind !== 'running') return state;
      return {
        ...state,
        phase: {
          kind: 'done',
          outcome: action.outcome,
          testedKey: state.key,
          customBase: action.customBase,
        },
      };
    case 'relay-found':
      if (action.run !== state.run) return state;
      return { ...state, relayURL: action.relayURL };
    case 'forgotten':
      return { ...initialKeyTestState, run: state.run + 1, forgotten: true };
  }
}

/** What a finished test gives the diagnosis: null before a test, or once the key changed. */
export type KeyTestResult = {
  lint: KeyLint;
  outcome: KeyTestOutcome;
  /** The other address tested, or null for DeepSeek. */
  customBase: string | null;
} | null;

export function keyTestResultOf(state: KeyTestState): KeyTestResult {
  const { phase } = state;
  if (phase.kind !== 'done') return null;
  return { lint: lintKey(phase.testedKey), outcome: phase.outcome, customBase: phase.customBase };
}

/** Offer the relay once: after a direct test that got no HTTP status, when the relay answers. */
export function canRetryThroughRelay(state: KeyTestState): boolean {
  const { phase } = state;
  return (
    state.relayURL !== null &&
    phase.kind === 'done' &&
    phase.outcome.kind === 'network-blocked' &&
    !phase.outcome.viaRelay &&
    // The relay forwards to DeepSeek only: no help for a test of another address.
    phase.customBase === null
  );
}
