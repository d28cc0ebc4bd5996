import { useId } from 'react';
import type { CauseId } from '../domain/causes.ts';
import type { Diagnosis, Evidence } from '../domain/diagnosis/diagnose.ts';
import { diagnosisReport, notAuthText, reasonText } from './diagnosis-report.ts';
import { useT } from '../i18n/locale.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { hashOf } from '../wizard/step-hash.ts';

export interface DiagnosisSummaryProps {
  diagnosis: Diagnosis;
  /** The evidence the diagnosis came from, for the report. */
  evidence: Evidence;
  /** Printed in the report. */
  appVersion: string;
  /** Printed in the report, e.g. an ISO date. */
  date: string;
  /** Strings the report must never contain, such as the raw pasted key. */
  secrets?: readonly string[];
  /** Called when the user opens a step from here (the link also sets the URL hash). */
  onOpenCause?: (cause: CauseId) => void;
}

/** The four causes ranked, each with its reasons, and a redacted report to copy. */
export function DiagnosisSummary(props: DiagnosisSummaryProps) {
  const { diagnosis, onOpenCause } = props;
  const t = useT();
  const headingId = useId();
  const report = diagnosisReport({ ...props, t });
  const hasEvidence =
    diagnosis.causes.some((view) => view.reasons.length > 0) || diagnosis.notes.length > 0;
  const causeTitle = (cause: CauseId) => t(`wizard.cause.${cause}.title`);

  return (
    <section className="ps-diagnosis" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('diagnosis.heading')}</h2>
      {diagnosis.notAuth && <p className="ps-not-auth">{notAuthText(t, diagnosis)}</p>}
      <p className="ps-verdict">
        {diagnosis.likely
          ? t('diagnosis.likely', { cause: causeTitle(diagnosis.likely) })
          : t(hasEvidence ? 'diagnosis.noLikely' : 'diagnosis.noEvidence')}
      </p>
      {diagnosis.keyWorks && <p>{t('diagnosis.keyWorks')}</p>}
      <ol className="ps-causes">
        {diagnosis.causes.map((view) => (
          <li key={view.cause} className={`ps-cause ps-cause-${view.standing}`}>
            <span className="ps-cause-title">{causeTitle(view.cause)}</span>{' '}
            <span className="ps-standing">
              {t('paste.standing', { standing: t(`diagnosis.standing.${view.standing}`) })}
            </span>{' '}
            <a
              href={hashOf(view.cause)}
              className="ps-open"
              aria-label={t('diagnosis.openCauseNamed', { cause: causeTitle(view.cause) })}
              onClick={() => onOpenCause?.(view.cause)}
            >
              {t('diagnosis.openCause')}
            </a>
            {view.reasons.length > 0 && (
              <ul className="ps-reasons">
                {view.reasons.map((reason, index) => (
                  <li key={index}>{reasonText(t, reason)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {diagnosis.notes.length > 0 && (
        <>
          <h3>{t('diagnosis.notesHeading')}</h3>
          <ul className="ps-notes">
            {diagnosis.notes.map((note, index) => (
              <li key={index}>{reasonText(t, note)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="ps-copy-hint">{t('diagnosis.copyHint')}</p>
      <CopyButton text={report} label={t('diagnosis.copy')} />
    </section>
  );
}
