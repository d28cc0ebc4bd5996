import type { Shell } from '../domain/cause-checks.ts';
import { CAUSE_IDS, isCauseId, type CauseId } from '../domain/causes.ts';

export type Mark = 'this' | 'not';

export interface WizardState {
  marks: Partial<Record<CauseId, Mark>>;
  shell: Shell;
}

export type WizardAction =
  | { type: 'mark'; cause: CauseId; mark: Mark }
  | { type: 'choose-shell'; shell: Shell }
  | { type: 'reset-marks' };

export const initialWizardState: WizardState = { marks: {}, shell: 'bash' };

/** Each action is one user intent; the open step itself lives in the URL hash. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'mark':
      return { ...state, marks: { ...state.marks, [action.cause]: action.mark } };
    case 'choose-shell':
      return { ...state, shell: action.shell };
    case 'reset-marks':
      return { ...state, marks: {} };
  }
}

/** The cause after this one, or null after the last. */
export function nextCause(cause: CauseId): CauseId | null {
  return CAUSE_IDS[CAUSE_IDS.indexOf(cause) + 1] ?? null;
}

const HASH_PREFIX = '#cause-';

/** The URL hash for a step. The hash carries the step and nothing else. */
export function hashOf(cause: CauseId): string {
  return `${HASH_PREFIX}${cause}`;
}

export function causeFromHash(hash: string): CauseId | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  const id = hash.slice(HASH_PREFIX.length);
  return isCauseId(id) ? id : null;
}
