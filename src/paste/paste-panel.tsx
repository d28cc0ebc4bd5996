import { useId, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/locale.tsx';
import { analysePaste, type PasteResult } from './analyse-paste.ts';
import { CodeReading } from './code-reading.tsx';
import { ConfigReadingView } from './config-reading.tsx';
import { ErrorReading } from './error-reading.tsx';
import type { PasteAction, PasteState } from './paste-state.ts';
import { PasteField } from './paste-field.tsx';

export interface PastePanelProps {
  /** The panel's state, held by the page with the rest of the evidence. */
  state: PasteState;
  dispatch: (action: PasteAction) => void;
  /** Each Diagnose with something pasted, after it is in the state. */
  onDiagnosed?: (result: PasteResult) => void;
  /** The Answer, when this panel was the last one used: right under the Diagnose button. */
  answer?: ReactNode;
}

/** "Paste your error" and "Paste your code": read offline, with the code repaired. */
export function PastePanel({ state, dispatch, onDiagnosed, answer }: PastePanelProps) {
  const t = useT();
  const headingId = useId();
  const resultId = useId();
  const { errorText, codeText, result, cleared } = state;

  async function diagnose(event: FormEvent) {
    event.preventDefault();
    if (!errorText.trim() && !codeText.trim()) {
      dispatch({ type: 'diagnosed', result: 'empty' });
      return;
    }
    let next: PasteResult;
    try {
      next = await analysePaste(errorText, codeText);
    } catch {
      // The reader's chunk did not load (offline, or a new deploy replaced it).
      dispatch({ type: 'diagnosed', result: 'reader-failed' });
      return;
    }
    // NOTE: after the await this is no longer the click's event: flushSync commits the result
    // before the Answer takes the focus.
    flushSync(() => dispatch({ type: 'diagnosed', result: next }));
    onDiagnosed?.(next);
  }

  return (
    <section className="ps-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('paste.heading')}</h2>
      <p className="ps-intro">{t('paste.intro')}</p>
      <form className="ps-form" onSubmit={diagnose}>
        <PasteField
          label={t('paste.errorLabel')}
          hint={t('paste.errorHint')}
          value={errorText}
          onChange={(text) => dispatch({ type: 'error-text-changed', text })}
        />
        <PasteField
          label={t('paste.codeLabel')}
          hint={t('paste.codeHint')}
          value={codeText}
          onChange={(text) => dispatch({ type: 'code-text-changed', text })}
        />
        <button type="submit" className="button ps-diagnose">
          {t('paste.diagnose')}
        </button>
      </form>
      <div role="status" className="ps-status">
        {result === 'empty' && <p>{t('paste.nothing')}</p>}
        {result === 'reader-failed' && <p>{t('paste.readerFailed')}</p>}
        {cleared && <p>{t('paste.cleared')}</p>}
      </div>
      {answer}
      {result !== null && typeof result !== 'string' && (
        <section className="ps-result" id="paste-result" aria-labelledby={resultId}>
          {/* Folded: the Answer above says what it means; this is the reading in full. */}
          <details className="fold">
            <summary>
              <h3 id={resultId} tabIndex={-1}>
                {t('paste.resultHeading')}
              </h3>
            </summary>
            {result.parsedError && (
              <>
                <h4>{t('paste.error.heading')}</h4>
                <ErrorReading parsed={result.parsedError} tool={result.tool ?? null} />
              </>
            )}
            {result.config ? (
              <>
                <h4>{t('paste.config.heading')}</h4>
                <ConfigReadingView reading={result.config} />
              </>
            ) : (
              result.code &&
              result.repaired && (
                <>
                  <h4>{t('paste.code.heading')}</h4>
                  <CodeReading lint={result.code} repaired={result.repaired} />
                </>
              )
            )}
          </details>
        </section>
      )}
    </section>
  );
}
