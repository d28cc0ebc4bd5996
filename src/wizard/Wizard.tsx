import { useEffect, useReducer, useRef } from 'react';
import type { CauseId } from '../domain/causes.ts';
import { DEFAULT_MODEL } from '../domain/deepseek-facts.ts';
import { useT } from '../i18n/locale.tsx';
import { CausesNav } from './CausesNav.tsx';
import { CauseStep, type UserCode } from './CauseStep.tsx';
import { useHashCause } from './use-hash-cause.ts';
import { hashOf, initialWizardState, nextCause, wizardReducer, type Mark } from './wizard-state.ts';

interface WizardProps {
  /** The cause the evidence points at, marked in the navigation. */
  likely?: CauseId | null;
  /** A model id the user's key can use; the dated default otherwise. */
  model?: string;
  userCode?: UserCode | null;
}

/** The four causes as steps; the open step is in the URL hash. */
export function Wizard({ likely = null, model = DEFAULT_MODEL, userCode = null }: WizardProps) {
  const t = useT();
  const [state, dispatch] = useReducer(wizardReducer, initialWizardState);
  const [cause, open] = useHashCause();
  // A step opened by a link or a button takes focus; one opened by loading the page does not.
  // Child effects run before this one, so the first step sees `false`.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
  }, []);
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
            userCode={userCode}
            pageReady={mounted}
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
