import {
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  type FormEvent,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/locale.tsx';
import {
  analysePaste,
  forgetKeyIn,
  type PasteEvidence,
  type PasteResult,
} from './analyse-paste.ts';
import { CodeReading } from './code-reading.tsx';
import { ConfigReadingView } from './config-reading.tsx';
import { ErrorReading } from './error-reading.tsx';
import { PasteField } from './paste-field.tsx';

/** What the page can ask of the panel. */
export interface PastePanelHandle {
  /**
   * Empties every box and the result that hold one of `keys` ("Forget key"). Returns the evidence
   * that is left, or undefined when it did not change.
   */
  forgetKeys(keys: readonly string[]): PasteEvidence | null | undefined;
}

export interface PastePanelProps {
  /** Each diagnosis of the pasted text: the app feeds it to diagnose() with the key evidence. */
  onDiagnose?: (evidence: PasteEvidence) => void;
  ref?: Ref<PastePanelHandle>;
}

const evidenceOf = (result: PasteResult): PasteEvidence => ({
  parsedError: result.parsedError,
  code: result.code,
  userCode: result.userCode,
  tool: result.tool ?? null,
});

/** "Paste your error" and "Paste your code": read offline, with the code repaired. */
export function PastePanel({ onDiagnose, ref }: PastePanelProps) {
  const t = useT();
  const headingId = useId();
  const resultId = useId();
  const [errorText, setErrorText] = useState('');
  const [codeText, setCodeText] = useState('');
  const [result, setResult] = useState<PasteResult | 'empty' | null>(null);
  const [cleared, setCleared] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // Only Diagnose moves the focus: a result read again after "Forget key" leaves it there.
  const focusResult = useRef(false);

  // Move focus to what was found, so a screen reader reads it after "Diagnose".
  useEffect(() => {
    if (focusResult.current && result !== null && result !== 'empty') {
      focusResult.current = false;
      resultHeading.current?.focus();
    }
  }, [result]);

  useImperativeHandle(ref, () => ({
    forgetKeys(keys) {
      const shown = result === 'empty' ? null : result;
      const next = forgetKeyIn({ errorText, codeText, result: shown }, keys);
      if (!next) return undefined;
      setErrorText(next.errorText);
      setCodeText(next.codeText);
      setResult(next.result);
      setCleared(true);
      if (next.result === shown) return undefined;
      return next.result && evidenceOf(next.result);
    },
  }));

  async function diagnose(event: FormEvent) {
    event.preventDefault();
    setCleared(false);
    setLoadFailed(false);
    if (!errorText.trim() && !codeText.trim()) {
      setResult('empty');
      return;
    }
    let next: PasteResult;
    try {
      next = await analysePaste(errorText, codeText);
    } catch {
      // The code reader's chunk did not load (offline, or a new deploy replaced it).
      setLoadFailed(true);
      return;
    }
    focusResult.current = true;
    // NOTE: after the await this is no longer the click's event: flushSync commits the result
    // (and moves the focus to it) before the page reacts to the step the diagnosis opens.
    flushSync(() => {
      setResult(next);
      onDiagnose?.(evidenceOf(next));
    });
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
        {cleared && <p>{t('paste.cleared')}</p>}
        {loadFailed && <p>{t('paste.readerFailed')}</p>}
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
        </section>
      )}
    </section>
  );
}
