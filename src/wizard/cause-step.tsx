import { useEffect, useRef, type RefObject } from 'react';
import { CAUSE_CHECKS, type Shell } from '../domain/snippets/cause-checks.ts';
import { CAUSE_IDS, type CauseId } from '../domain/causes.ts';
import type { SnippetModel } from '../domain/snippets/pick-model.ts';
import type { CodeLanguage } from '../domain/snippets/snippets.ts';
import { useT } from '../i18n/locale.tsx';
import { CheckCommands } from './check-commands.tsx';
import { KeySetup } from './key-setup.tsx';
import { LinkedText } from '../ui/linked-text.tsx';
import { StepCode } from './step-code.tsx';
import {
  chooseCheck,
  shownCheck,
  type Mark,
  type WizardAction,
  type WizardState,
} from './wizard-state.ts';

interface CauseStepProps {
  cause: CauseId;
  state: WizardState;
  dispatch: (action: WizardAction) => void;
  onMark: (mark: Mark) => void;
  model: SnippetModel;
  /** The user's pasted code is shown repaired in the paste result: no example beside it. */
  repairedAbove: boolean;
  language: CodeLanguage;
  onLanguage: (language: CodeLanguage) => void;
  /** True once the user has opened a step: a step opened then takes focus. */
  openedByUser: RefObject<boolean>;
}

/** Takes the user to the repaired paste without touching the hash, which holds the open step. */
function showPasteResult() {
  const details = document.querySelector<HTMLDetailsElement>('#paste-result details');
  if (details) details.open = true;
  // Focusing the heading also scrolls it into view.
  document.querySelector<HTMLElement>('#paste-result [tabindex="-1"]')?.focus();
}

/** One cause: what it means, how to check it, how to fix it, and the code before and after. */
export function CauseStep({
  cause,
  state,
  dispatch,
  onMark,
  model,
  repairedAbove,
  language,
  onLanguage,
  openedByUser,
}: CauseStepProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (openedByUser.current) heading.current?.focus();
  }, [openedByUser]);

  const onShell = (shell: Shell) => dispatch(chooseCheck(cause, language, shell));
  const title = t(`wizard.cause.${cause}.title`);

  return (
    <section className="step" id={`cause-${cause}`} aria-labelledby={`step-${cause}`}>
      <p className="step-count">{t('wizard.stepOf', { n: CAUSE_IDS.indexOf(cause) + 1 })}</p>
      <h3 id={`step-${cause}`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p className="lead">{t(`wizard.cause.${cause}.summary`)}</p>

      <details className="fold">
        <summary>
          <h4>{t('wizard.meaning')}</h4>
        </summary>
        <p>
          <LinkedText text={t(`wizard.cause.${cause}.meaning`)} />
        </p>
      </details>

      <h4>{t('wizard.check')}</h4>
      <p>{t(`wizard.cause.${cause}.check`)}</p>
      <CheckCommands
        commands={CAUSE_CHECKS[cause]}
        shell={shownCheck(state, cause, language)}
        onShell={onShell}
      />
      <p>{t(`wizard.cause.${cause}.expect`)}</p>

      <h4>{t('wizard.fix')}</h4>
      <p>
        <LinkedText text={t(`wizard.cause.${cause}.fix`)} />
      </p>
      {cause === 'not-set' && (
        <details className="fold">
          <summary>
            <h5>{t('setup.heading')}</h5>
          </summary>
          <KeySetup
            order={state.environments}
            environment={state.environment}
            onEnvironment={(environment) => dispatch({ type: 'choose-environment', environment })}
          />
        </details>
      )}

      <h4>{t('wizard.code')}</h4>
      {repairedAbove ? (
        <p>
          {t('code.yourCode')}{' '}
          <button type="button" className="link-button" onClick={showPasteResult}>
            {t('code.yourCodeLink')}
          </button>
        </p>
      ) : (
        <StepCode cause={cause} model={model} language={language} onLanguage={onLanguage} />
      )}

      <div className="step-actions">
        <button type="button" className="button primary" onClick={() => onMark('this')}>
          {t('wizard.thisWasIt')}
        </button>
        <button type="button" className="button" onClick={() => onMark('not')}>
          {t('wizard.notThis')}
        </button>
      </div>
    </section>
  );
}
