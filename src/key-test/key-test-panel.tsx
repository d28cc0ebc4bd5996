import { useId, type ReactNode } from 'react';
import { prepareCheck as realPrepareCheck } from '../deepseek/check-key.ts';
import { detectRelay as realDetectRelay } from '../deepseek/detect-relay.ts';
import { prefetchSdk } from '../deepseek/load-sdk.ts';
import { readBaseUrl } from '../domain/key-test/base-url.ts';
import { lintKey } from '../domain/key/key-lint.ts';
import { useT } from '../i18n/locale.tsx';
import { LinkedText } from '../ui/linked-text.tsx';
import { BaseUrlField } from './base-url-field.tsx';
import { KeyField } from './key-field.tsx';
import { KeyLintView } from './key-lint-view.tsx';
import { KeyTestActions } from './key-test-actions.tsx';
import { canRetryThroughRelay, type KeyTestAction, type KeyTestState } from './key-test-state.ts';
import { TerminalTest } from './terminal-test.tsx';
import { useKeyTest } from './use-key-test.ts';
import { needsTerminalTest } from './verdict-message.ts';
import { VerdictView } from './verdict-view.tsx';

export interface KeyTestPanelProps {
  /** The panel's state, held by the page with the rest of the evidence. */
  state: KeyTestState;
  dispatch: (action: KeyTestAction) => void;
  /** The adapter; component tests inject a fake. */
  prepareCheck?: typeof realPrepareCheck;
  detectRelay?: typeof realDetectRelay;
  /** The Answer, when this panel was the last one used: right under the verdict. */
  answer?: ReactNode;
}

/** Paste a key, lint it offline, test it live with DeepSeek, and read the verdict. */
export function KeyTestPanel({
  state,
  dispatch,
  prepareCheck = realPrepareCheck,
  detectRelay = realDetectRelay,
  answer,
}: KeyTestPanelProps) {
  const t = useT();
  const headingId = useId();
  const lintId = useId();
  const baseId = useId();
  const keyId = useId();
  const keyTest = useKeyTest({ state, dispatch, prepareCheck, detectRelay });
  const { phase } = state;
  const lint = lintKey(state.key);
  const isRunning = phase.kind === 'running';

  return (
    <section className="kt-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('keyTest.heading')}</h2>
      <p className="kt-intro">{t('keyTest.intro')}</p>
      <form
        className="kt-form"
        // NOTE: the test starts from the button's click (Enter in a field clicks it too), one
        // event earlier than the form's submit, so the request leaves sooner.
        onSubmit={(event) => event.preventDefault()}
      >
        <KeyField
          id={keyId}
          value={state.key}
          revealed={state.revealed}
          onChange={keyTest.changeKey}
          onToggleReveal={keyTest.toggleReveal}
          onFocus={prefetchSdk}
          describedBy={state.key ? lintId : undefined}
        />
        {state.key !== '' && (
          <KeyLintView
            id={lintId}
            value={state.key}
            lint={lint}
            onTestAnyway={() => void keyTest.test(false, true)}
            onUseCleaned={() => {
              keyTest.cleanKey(lint.cleaned);
              // The button goes away with the problem: the cursor goes back to the key.
              document.getElementById(keyId)?.focus();
            }}
          />
        )}
        <BaseUrlField id={baseId} value={state.baseURL} onChange={keyTest.changeBaseURL} />
        <KeyTestActions
          isRunning={isRunning}
          onTest={(event) => {
            event.preventDefault();
            // An address that cannot be used: send nothing, and take the user to its message,
            // unfolding "Advanced" if it was folded away.
            if (readBaseUrl(state.baseURL).kind === 'invalid') {
              const field = document.getElementById(baseId);
              const advanced = field?.closest('details');
              if (advanced) advanced.open = true;
              field?.focus();
              return;
            }
            void keyTest.test(false);
          }}
          onCancel={keyTest.cancel}
          onForget={keyTest.forget}
        />
      </form>
      <div role="status" className="kt-status">
        {isRunning && (
          <p className="kt-running">
            {t(phase.viaRelay ? 'keyTest.runningRelay' : 'keyTest.running')}
          </p>
        )}
        {phase.kind === 'held' && (
          <p className="kt-held">
            <LinkedText
              text={t('keyTest.held', { provider: t(`keyLint.provider.${phase.provider}`) })}
            />
          </p>
        )}
        {phase.kind === 'done' && (
          <VerdictView
            outcome={phase.outcome}
            lint={lintKey(phase.testedKey)}
            customBase={phase.customBase}
            cleaned={state.cleaned}
          />
        )}
        {state.forgotten && <p className="kt-forgotten">{t('keyTest.forgotten')}</p>}
      </div>
      {answer}
      {phase.kind === 'done' && needsTerminalTest(phase.outcome) && (
        <TerminalTest
          onRetryThroughRelay={canRetryThroughRelay(state) ? () => void keyTest.test(true) : null}
        />
      )}
    </section>
  );
}
