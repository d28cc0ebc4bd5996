import { firstCheck, type Shell } from '../domain/snippets/cause-checks.ts';
import { CAUSE_IDS, type CauseId } from '../domain/causes.ts';
import type { EnvironmentId } from '../domain/snippets/key-setup.ts';
import { defaultEnvironment, defaultShell, environmentOrder } from '../domain/snippets/platform.ts';
import type { CodeLanguage } from '../domain/snippets/snippets.ts';

export type Mark = 'this' | 'not';

export interface WizardState {
  marks: Partial<Record<CauseId, Mark>>;
  /** The terminal the check commands of steps 1–3 are shown in. */
  shell: Shell;
  /**
   * The check the user picked in step 4, for the code tab it was picked under: choosing another
   * tab shows that tab's check again.
   */
  codeCheck: { language: CodeLanguage; shell: Shell } | null;
  /** Where the key set-up is shown for, and the order to offer the others in. */
  environment: EnvironmentId;
  environments: readonly EnvironmentId[];
}

export type WizardAction =
  | { type: 'mark'; cause: CauseId; mark: Mark }
  | { type: 'choose-shell'; shell: Shell }
  | { type: 'choose-code-check'; language: CodeLanguage; shell: Shell }
  | { type: 'choose-environment'; environment: EnvironmentId };

/** Defaults from the user's platform: PowerShell on Windows, bash/zsh elsewhere. */
export function initialWizardState(platform: string): WizardState {
  return {
    marks: {},
    shell: defaultShell(platform),
    codeCheck: null,
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
    case 'choose-code-check':
      return { ...state, codeCheck: { language: action.language, shell: action.shell } };
    case 'choose-environment':
      return { ...state, environment: action.environment };
  }
}

/** The check a step shows: the user's pick, else the one for the terminal or the code tab. */
export function shownCheck(state: WizardState, cause: CauseId, language: CodeLanguage): Shell {
  const picked = state.codeCheck;
  if (cause === 'not-passed' && picked?.language === language) return picked.shell;
  return firstCheck(cause, language, state.shell);
}

/** Picking a check: a terminal for steps 1–3, the check for this code tab in step 4. */
export function chooseCheck(cause: CauseId, language: CodeLanguage, shell: Shell): WizardAction {
  return cause === 'not-passed'
    ? { type: 'choose-code-check', language, shell }
    : { type: 'choose-shell', shell };
}

/** The cause after this one, or null after the last. */
export function nextCause(cause: CauseId): CauseId | null {
  return CAUSE_IDS[CAUSE_IDS.indexOf(cause) + 1] ?? null;
}
