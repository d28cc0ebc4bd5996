import { codeFindingText } from '../domain/diagnosis-report.ts';
import type { CodeLint } from '../domain/lint-code.ts';
import { useT } from '../i18n/locale.tsx';
import { SideBySide } from '../ui/side-by-side.tsx';
import type { PasteResult } from './analyse-paste.ts';

interface CodeReadingProps {
  lint: CodeLint;
  repaired: NonNullable<PasteResult['repaired']>;
}

/** The findings in pasted code, by line, and the code as pasted next to the code repaired. */
export function CodeReading({ lint, repaired }: CodeReadingProps) {
  const t = useT();
  const changed = repaired.fixed !== repaired.broken;
  return (
    <div className="ps-code-reading">
      <p>{t(`paste.code.language.${lint.language}`)}</p>
      {lint.findings.length === 0 ? (
        <p>{t('paste.code.noFindings')}</p>
      ) : (
        <ul className="ps-findings">
          {lint.findings.map((finding) => (
            <li
              key={`${finding.line}-${finding.code}`}
              className={`ps-finding ps-finding-${finding.severity}`}
            >
              <span className="ps-severity">{t(`paste.code.severity.${finding.severity}`)}</span>
              {' — '}
              {codeFindingText(t, finding)}
            </li>
          ))}
        </ul>
      )}
      {changed ? (
        <>
          <p className="ps-changed">
            {t('paste.code.changedLines', { lines: repaired.changedLines.join(', ') })}
          </p>
          <SideBySide
            broken={repaired.broken}
            fixed={repaired.fixed}
            language={lint.language === 'other' ? 'shell' : lint.language}
          />
        </>
      ) : (
        <p>{t('paste.code.unchanged')}</p>
      )}
    </div>
  );
}
