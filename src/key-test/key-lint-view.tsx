import { keyShape, type KeyLint } from '../domain/key/key-lint.ts';
import { useT } from '../i18n/locale.tsx';
import { LinkedText } from '../ui/linked-text.tsx';

interface KeyLintViewProps {
  id: string;
  /** The value as typed or pasted. */
  value: string;
  lint: KeyLint;
  onUseCleaned: () => void;
  /** Another provider's key: send it to DeepSeek all the same, as the user asked. */
  onTestAnyway: () => void;
}

/** Whitespace made visible, so that the value is described as it is. */
const visible = (text: string) =>
  text.replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '␣');

/** What lint found in the key, each finding at its 1-based position, and the one-click fix. */
export function KeyLintView({ id, value, lint, onUseCleaned, onTestAnyway }: KeyLintViewProps) {
  const t = useT();
  // Until it is cleaned, the value is described as it is: quotes and whitespace included.
  const asPasted = value !== lint.cleaned;
  const shape = asPasted ? keyShape(value) : lint.shape;
  return (
    <div id={id} className="kt-lint">
      <p className="kt-shape">
        {/* NOTE: under 8 characters, nothing of the value is shown: only its length. */}
        {shape.lastFour === ''
          ? t('keyLint.shape.short', { length: shape.length })
          : t(asPasted ? 'keyLint.shape.asPasted' : 'keyLint.shape', {
              length: shape.length,
              prefix: visible(shape.prefix),
              lastFour: visible(shape.lastFour),
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
                <LinkedText
                  text={t(`keyLint.${finding.kind}`, {
                    position: finding.index + 1,
                    // Another provider's finding carries its id; the message wants its name.
                    detail:
                      finding.kind === 'other-provider' && lint.otherProvider !== null
                        ? t(`keyLint.provider.${lint.otherProvider}`)
                        : (finding.detail ?? ''),
                    length: finding.length,
                  })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {lint.otherProvider !== null && (
        <>
          <p className="kt-other-provider">
            {t('keyLint.otherProviderNote', {
              provider: t(`keyLint.provider.${lint.otherProvider}`),
            })}
          </p>
          <button type="button" className="button kt-anyway" onClick={onTestAnyway}>
            {t('keyLint.testAnyway')}
          </button>
        </>
      )}
      {lint.canClean && (
        <button type="button" className="button kt-clean" onClick={onUseCleaned}>
          {t('keyLint.clean')}
        </button>
      )}
    </div>
  );
}
