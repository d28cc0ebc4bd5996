import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/locale.tsx';
import { analysePaste, type PasteEvidence, type PasteResult } from './analyse-paste.ts';
import { CodeReading } from './code-reading.tsx';
import { ErrorReading } from './error-reading.tsx';
import { PasteField } from './paste-field.tsx';

export interface PastePanelProps {
  /** Each diagnosis of the pasted text: the app feeds it to diagnose() with the key evidence. */
  onDiagnose?: (evidence: PasteEvidence) => void;
}

/** "Paste your error" and "Paste your code": read offline, with the code repaired. */
export function PastePanel({ onDiagnose }: PastePanelProps) {
  const t = useT();
  const headingId = useId();
  const resultId = useId();
  const [errorText, setErrorText] = useState('');
  const [codeText, setCodeText] = useState('');
  const [result, setResult] = useState<PasteResult | 'empty' | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Move focus to what was found, so a screen reader reads it after "Diagnose".
  useEffect(() => {
    if (result !== null && result !== 'empty') resultHeading.current?.focus();
  }, [result]);

  function diagnose(event: FormEvent) {
    event.preventDefault();
    if (!errorText.trim() && !codeText.trim()) {
      setResult('empty');
      return;
    }
    const next = analysePaste(errorText, codeText);
    setResult(next);
    onDiagnose?.({ parsedError: next.parsedError, code: next.code, userCode: next.userCode });
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
          onChange={setErrorText}
        />
        <PasteField
          label={t('paste.codeLabel')}
          hint={t('paste.codeHint')}
          value={codeText}
          onChange={setCodeText}
        />
        <button type="submit" className="button ps-diagnose">
          {t('paste.diagnose')}
        </button>
      </form>
      <div role="status" className="ps-status">
        {result === 'empty' && <p>{t('paste.nothing')}</p>}
      </div>
      {result !== null && result !== 'empty' && (
        <section className="ps-result" id="paste-result" aria-labelledby={resultId}>
          <h3 id={resultId} ref={resultHeading} tabIndex={-1}>
            {t('paste.resultHeading')}
          </h3>
          {result.parsedError && (
            <>
              <h4>{t('paste.error.heading')}</h4>
              <ErrorReading parsed={result.parsedError} />
            </>
          )}
          {result.code && result.repaired && (
            <>
              <h4>{t('paste.code.heading')}</h4>
              <CodeReading lint={result.code} repaired={result.repaired} />
            </>
          )}
        </section>
      )}
    </section>
  );
}
