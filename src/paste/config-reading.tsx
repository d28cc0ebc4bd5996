import type { ConfigOwner, ConfigReading } from '../domain/config/read-config.ts';
import { isToolId, toolRow } from '../domain/stacks/tools.ts';
import { useT } from '../i18n/locale.tsx';
import type { Translate } from '../i18n/t.ts';
import { SideBySide } from '../ui/side-by-side.tsx';
import { codeFindingText } from './diagnosis-report.ts';

/** A pasted config file: whose it is, what is wrong, and the file repaired in its own format. */
export function ConfigReadingView({ reading }: { reading: ConfigReading }) {
  const t = useT();
  const format = t(`paste.config.format.${reading.format}`);
  const changed = reading.fixed !== reading.broken;
  return (
    <div className="ps-code-reading">
      <p>
        {/* A generic .env file is its format: naming it twice says nothing. */}
        {reading.owner && reading.owner !== 'env-file'
          ? t('paste.config.readAs', { format, tool: ownerName(t, reading.owner) })
          : t('paste.config.readAsFormat', { format })}
      </p>
      {!reading.brokenParses && <p>{t('paste.config.brokenParse', { format })}</p>}
      {reading.findings.length === 0 ? (
        <p>{t('paste.code.noFindings')}</p>
      ) : (
        <ul className="ps-findings">
          {reading.findings.map((finding, index) => (
            <li
              // One line may hold two findings of a kind (two models in a list).
              key={`${finding.line}-${finding.code}-${index}`}
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
            {t('paste.config.repaired', {
              lines: reading.changedLines.join(', '),
              format,
            })}
          </p>
          <SideBySide broken={reading.broken} fixed={reading.fixed} language={reading.format} />
        </>
      ) : (
        <p>{t('paste.code.unchanged')}</p>
      )}
    </div>
  );
}

/** A tool's own name, or the page's words for a Compose or `.env` file. */
export function ownerName(t: Translate, owner: ConfigOwner): string {
  return isToolId(owner) ? toolRow(owner).name : t(`paste.config.owner.${owner}`);
}
