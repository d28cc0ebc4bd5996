import type { Shell } from '../domain/cause-checks.ts';
import { CAUSE_IDS, type CauseId } from '../domain/causes.ts';
import type { EnvironmentId } from '../domain/key-setup.ts';
import { defaultEnvironment, defaultShell, environmentOrder } from '../domain/platform.ts';

export type Mark = 'this' | 'not';

export interface WizardState {
  marks: Partial<Record<CauseId, Mark>>;
  /** The shell the check commands are shown in. */
  shell: Shell;
  /** Where the key set-up is shown for, and the order to offer the others in. */
  environment: EnvironmentId;
  environments: readonly EnvironmentId[];
}

export type WizardAction =
  | { type: 'mark'; cause: CauseId; mark: Mark }
  | { type: 'choose-shell'; shell: Shell }
  | { type: 'choose-environment'; environment: EnvironmentId }
  | { type: 'reset-marks' };

/** Defaults from the user's platform: PowerShell on Windows, bash/zsh elsewhere. */
export function initialWizardState(platform: string): WizardState {
  return {
    marks: {},
    shell: defaultShell(platform),
    environment: defaultEnvironment(platform),
    environments: environmentOrder(platform),
  };
}

/** Each action is one user intent; the open step itself lives in the URL hash. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'mark':
      return { ...state, marks: { ...state.marks, [action.cause]: action.mark } };
    case 'choose-shell':
      return { ...state, shell: action.shell };
    case 'choose-environment':
      return { ...state, environment: action.environment };
    case 'reset-marks':
      return { ...state, marks: {} };
  }
}

/** The cause after this one, or null after the last. */
export function nextCause(cause: CauseId): CauseId | null {
  return CAUSE_IDS[CAUSE_IDS.indexOf(cause) + 1] ?? null;
}
