import type { CodeLint } from '../domain/code/findings.ts';
import { redactKeys } from '../domain/code/secrets.ts';
import { useT } from '../i18n/locale.tsx';
import { SideBySide } from '../ui/side-by-side.tsx';
import type { PasteResult } from './analyse-paste.ts';
import { codeFindingText } from './diagnosis-report.ts';

interface CodeReadingProps {
  lint: CodeLint;
  repaired: NonNullable<PasteResult['repaired']>;
}

/** The findings in pasted code, by line, and the code as pasted next to the code repaired. */
export function CodeReading({ lint, repaired }: CodeReadingProps) {
  const t = useT();
  const changed = repaired.fixed !== repaired.broken;
  const { otherSdk } = lint;
  // Code for another SDK: "no OpenAI client" is said, better, by the paragraph on that SDK.
  const findings = otherSdk ? lint.findings.filter((f) => f.code !== 'no-client') : lint.findings;
  const linesRead = repaired.broken.replace(/\n$/, '').split('\n').length;
  return (
    <div className="ps-code-reading">
      <p>
        {lint.language === 'other'
          ? lint.tab
            ? t('paste.code.readOnly', { language: t(`paste.code.language.${lint.tab}`) })
            : lint.untabbed
              ? t('paste.code.readUntabbed', {
                  language: t(`paste.code.language.${lint.untabbed}`),
                })
              : t('paste.code.language.other')
          : t('paste.code.languageIs', {
              language: t(`paste.code.language.${lint.tab ?? lint.language}`),
            })}
      </p>
      {lint.truncated && (
        <p className="ps-truncated">{t('paste.code.truncated', { lines: linesRead })}</p>
      )}
      {otherSdk && (
        <p className="ps-other-sdk">
          {t('paste.code.otherSdk', { module: otherSdk.module, line: otherSdk.line })}
        </p>
      )}
      {findings.length === 0 ? (
        !otherSdk && <p>{t('paste.code.noFindings')}</p>
      ) : (
        <ul className="ps-findings">
          {findings.map((finding, index) => (
            <li
              // One line may hold two findings of a kind (two models in a list).
              key={`${finding.line}-${finding.code}-${index}`}
              className={`ps-finding ps-finding-${finding.severity}`}
            >
              <span className="ps-severity">{t(`paste.code.severity.${finding.severity}`)}</span>
              {' — '}
              {codeFindingText(t, finding, lint.language)}
            </li>
          ))}
        </ul>
      )}
      {changed ? (
        <>
          {!otherSdk && (
            <p className="ps-changed">
              {t('paste.code.changedLines', { lines: repaired.changedLines.join(', ') })}
            </p>
          )}
          <SideBySide
            broken={repaired.broken}
            fixed={repaired.fixed}
            // The unread rest of a long paste is copied too: no key may go with it (SPEC §4).
            copyText={repaired.fixed + redactKeys(repaired.unread)}
            language={lint.language === 'other' ? 'shell' : lint.language}
          />
        </>
      ) : (
        <p>{t('paste.code.unchanged')}</p>
      )}
    </div>
  );
}
