import { useReducer } from 'react';
import type { CauseId } from '../domain/causes.ts';
import { pickModel, type SnippetModel } from '../domain/snippets/pick-model.ts';
import type { CodeLanguage } from '../domain/snippets/snippets.ts';
import { useT } from '../i18n/locale.tsx';
import { CausesNav } from './causes-nav.tsx';
import { CauseStep } from './cause-step.tsx';
import { browserPlatform } from './browser-platform.ts';
import { useHashCause } from './use-hash-cause.ts';
import { hashOf } from './step-hash.ts';
import { initialWizardState, nextCause, wizardReducer, type Mark } from './wizard-state.ts';

interface WizardProps {
  /** The cause the evidence points at, marked in the navigation. */
  likely?: CauseId | null;
  /** A model id the user's key listed; the dated default otherwise. */
  model?: SnippetModel;
  /** The user's pasted code is shown repaired in the paste result. */
  repairedAbove?: boolean;
  /** The code tab, shared with every step and the reference. */
  language: CodeLanguage;
  onLanguage: (language: CodeLanguage) => void;
}

/** The four causes as steps; the open step is in the URL hash. */
export function Wizard({
  likely = null,
  model = pickModel(null),
  repairedAbove = false,
  language,
  onLanguage,
}: WizardProps) {
  const t = useT();
  const [state, dispatch] = useReducer(wizardReducer, null, () =>
    initialWizardState(browserPlatform()),
  );
  const [cause, open, openedByUser] = useHashCause();
  const last = cause ? state.marks[cause] : undefined;

  function mark(current: CauseId, value: Mark) {
    dispatch({ type: 'mark', cause: current, mark: value });
    const next = nextCause(current);
    if (value === 'not' && next) open(next);
  }

  return (
    <section className="wizard" id="causes" aria-labelledby="causes-heading">
      <h2 id="causes-heading">{t('wizard.heading')}</h2>
      <p>{t('wizard.intro')}</p>
      <CausesNav current={cause} marks={state.marks} likely={likely} />
      {cause ? (
        <>
          <CauseStep
            key={cause}
            cause={cause}
            state={state}
            dispatch={dispatch}
            onMark={(value) => mark(cause, value)}
            model={model}
            repairedAbove={repairedAbove}
            language={language}
            onLanguage={onLanguage}
            openedByUser={openedByUser}
          />
          {last && (
            <p className="step-result" aria-live="polite">
              {last === 'this' ? t('wizard.solved') : t('wizard.noneMatched')}
            </p>
          )}
        </>
      ) : (
        <a className="button primary" href={hashOf(likely ?? 'not-set')}>
          {likely ? t('wizard.openLikely') : t('wizard.start')}
        </a>
      )}
    </section>
  );
}
