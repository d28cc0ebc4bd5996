import type { KeyLint } from '../domain/key/key-lint.ts';
import { useT } from '../i18n/locale.tsx';

interface KeyLintViewProps {
  id: string;
  lint: KeyLint;
  onUseCleaned: () => void;
}

/** What lint found in the key, each finding at its 1-based position, and the one-click fix. */
export function KeyLintView({ id, lint, onUseCleaned }: KeyLintViewProps) {
  const t = useT();
  const { shape } = lint;
  return (
    <div id={id} className="kt-lint">
      <p className="kt-shape">
        {/* NOTE: under 8 characters, nothing of the value is shown: only its length. */}
        {shape.lastFour === ''
          ? t('keyLint.shape.short', { length: shape.length })
          : t('keyLint.shape', {
              length: shape.length,
              prefix: shape.prefix,
              lastFour: shape.lastFour,
            })}
      </p>
      {lint.findings.length === 0 ? (
        <p className="kt-lint-ok">{t('keyLint.ok')}</p>
      ) : (
        <>
          <h3 className="kt-lint-heading">{t('keyLint.heading')}</h3>
          <ul className="kt-findings">
            {lint.findings.map((finding) => (
              <li
                key={`${finding.kind}-${finding.index}`}
                className={`kt-finding kt-finding-${finding.severity}`}
              >
                {t(`keyLint.${finding.kind}`, {
                  position: finding.index + 1,
                  // Another provider's finding carries its id; the message wants its name.
                  detail:
                    finding.kind === 'other-provider' && lint.otherProvider !== null
                      ? t(`keyLint.provider.${lint.otherProvider}`)
                      : (finding.detail ?? ''),
                  length: finding.length,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {lint.otherProvider !== null && (
        <p className="kt-other-provider">
          {t('keyLint.otherProviderNote', {
            provider: t(`keyLint.provider.${lint.otherProvider}`),
          })}
        </p>
      )}
      {lint.canClean && (
        <button type="button" className="button kt-clean" onClick={onUseCleaned}>
          {t('keyLint.clean')}
        </button>
      )}
    </div>
  );
}
