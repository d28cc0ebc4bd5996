import type { CauseId } from '../domain/causes.ts';
import type { Diagnosis, Evidence } from '../domain/diagnosis/diagnose.ts';
import { diagnosisReport, reasonText } from './diagnosis-report.ts';
import { useT } from '../i18n/locale.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { LinkedText } from '../ui/linked-text.tsx';
import { hashOf } from '../wizard/step-hash.ts';

export interface DiagnosisSummaryProps {
  diagnosis: Diagnosis;
  /** The evidence the diagnosis came from, for the report. */
  evidence: Evidence;
  /** Printed in the report. */
  appVersion: string;
  /** The day the report is made (ISO), printed in it. */
  date: string;
  /** The day the facts about DeepSeek were checked, printed in the report apart from `date`. */
  factsDate?: string;
  /** Strings the report must never contain, such as the raw pasted key. */
  secrets?: readonly string[];
  /** Reasons the Answer already says above (its advice): not said again here. */
  saidAbove?: readonly string[];
  /** The cause the Answer names (likely, or to check first), or null when it names none. */
  named?: CauseId | null;
}

/**
 * Under the Answer, folded: why the likely cause is likely (the evidence), the other causes with
 * their standing, and a redacted report to copy.
 */
export function DiagnosisSummary(props: DiagnosisSummaryProps) {
  const { diagnosis } = props;
  const t = useT();
  const report = diagnosisReport({ ...props, t });
  const causeTitle = (cause: CauseId) => t(`wizard.cause.${cause}.title`);
  const reasons = diagnosis.causes.flatMap((view) =>
    view.cause === diagnosis.likely || !diagnosis.likely ? view.reasons : [],
  );
  // Each reason reads once: one that concerns every cause (a bare 401) here, not again under
  // each; the Answer's advice above, not here too.
  const shown = new Set(props.saidAbove);
  const once = (texts: string[]) =>
    texts.filter((text) => {
      if (shown.has(text)) return false;
      shown.add(text);
      return true;
    });
  const why = once([...reasons, ...diagnosis.notes].map((r) => reasonText(t, r)));
  // The cause the Answer names (likely, or to check first) is not one of "the other causes".
  const named = props.named === undefined ? (diagnosis.likely ?? diagnosis.top) : props.named;
  // Outside the four, a cause nothing speaks of ("cannot tell yet") is noise: no key was judged.
  const others = diagnosis.causes
    .filter((view) => view.cause !== named)
    .map((view) => ({ ...view, reasons: once(view.reasons.map((r) => reasonText(t, r))) }))
    .filter((view) => !diagnosis.notAuth || view.standing !== 'unknown' || view.reasons.length > 0);

  return (
    <div className="ps-diagnosis">
      {why.length > 0 && (
        <details className="fold">
          <summary>{t('answer.why')}</summary>
          {/* Outside the four, the first sentence already says what got past the key. */}
          {diagnosis.keyWorks && !diagnosis.notAuth && <p>{t('diagnosis.keyWorks')}</p>}
          <ul className="ps-reasons">
            {why.map((text) => (
              <li key={text}>
                <LinkedText text={text} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {others.length > 0 && (
        <details className="fold">
          <summary>{t('answer.others')}</summary>
          <ol className="ps-causes">
            {others.map((view) => (
              <li key={view.cause} className={`ps-cause ps-cause-${view.standing}`}>
                <span className="ps-cause-title">{causeTitle(view.cause)}</span>{' '}
                <span className="ps-standing">
                  {t('paste.standing', { standing: t(`diagnosis.standing.${view.standing}`) })}
                </span>{' '}
                <a
                  href={hashOf(view.cause)}
                  className="ps-open"
                  aria-label={t('diagnosis.openCauseNamed', { cause: causeTitle(view.cause) })}
                >
                  {t('diagnosis.openCause')}
                </a>
                {view.reasons.length > 0 && (
                  <ul className="ps-reasons">
                    {view.reasons.map((text) => (
                      <li key={text}>
                        <LinkedText text={text} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
      <p className="ps-copy-hint">{t('diagnosis.copyHint')}</p>
      <CopyButton text={report} label={t('diagnosis.copy')} />
    </div>
  );
}
