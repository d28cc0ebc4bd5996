import { useId } from 'react';
import { TOOL_SETUPS } from '../domain/stacks/tool-setups.ts';
import { TOOLS, isToolId, toolRow, type ToolId, type ToolRow } from '../domain/stacks/tools.ts';
import { useT } from '../i18n/locale.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { SideBySide } from '../ui/side-by-side.tsx';

interface ToolSetupProps {
  tool: ToolId | null;
  onTool: (tool: ToolId) => void;
}

const FACTS = [
  'keyEnv',
  'keyField',
  'secretRef',
  'baseUrlField',
  'baseUrl',
  'modelForm',
  'error401',
] as const;

/** "Where do you call DeepSeek?": the chosen tool's facts, its set-up broken and fixed, a check. */
export function ToolSetupSection({ tool, onTool }: ToolSetupProps) {
  const t = useT();
  const headingId = useId();
  const selectId = useId();
  const row = tool ? toolRow(tool) : null;
  const setup = tool ? TOOL_SETUPS[tool] : undefined;
  return (
    <section className="tool-setup" id="tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tools.heading')}</h2>
      <p>{t('tools.intro')}</p>
      <label htmlFor={selectId}>{t('tools.label')}</label>{' '}
      <select
        id={selectId}
        value={tool ?? ''}
        onChange={(event) => {
          if (isToolId(event.target.value)) onTool(event.target.value);
        }}
      >
        <option value="" disabled>
          {t('tools.choose')}
        </option>
        {TOOLS.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      {row && <ToolFacts row={row} />}
      {setup ? (
        // Folded, as the rest of the reference: the Answer above holds the fix for a paste.
        <details className="fold">
          <summary>
            <h3>{t('tools.file', { file: setup.file })}</h3>
          </summary>
          <SideBySide broken={setup.broken} fixed={setup.fixed} language={setup.format} />
          <h3>{t('tools.check')}</h3>
          <CodeBlock code={setup.check} language="shell" />
          <p>{t('tools.checkExpect', { expect: setup.expect })}</p>
        </details>
      ) : (
        row && (
          <p>
            {t(row.kind === 'library' || row.kind === 'client' ? 'tools.inCode' : 'tools.inScreen')}
          </p>
        )
      )}
    </section>
  );
}

function ToolFacts({ row }: { row: ToolRow }) {
  const t = useT();
  return (
    <>
      <details className="fold">
        <summary>
          <h3>{t('tools.facts')}</h3>
        </summary>
        <dl className="tool-facts">
          {FACTS.map((name) => {
            const fact = row[name];
            if (!fact) return null;
            return (
              <div key={name}>
                <dt>{t(`tools.fact.${name}`)}</dt>
                <dd>
                  <code>{fact.value}</code>{' '}
                  <a href={fact.source} rel="noreferrer" target="_blank">
                    ({t('tools.source')})
                  </a>
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
      {row.traps.length > 0 && (
        <>
          <h3>{t('tools.traps')}</h3>
          <ul>
            {row.traps.map((trap) => (
              <li key={trap.value}>
                {t(`tools.trap.${trap.value}`)}{' '}
                <a href={trap.source} rel="noreferrer" target="_blank">
                  ({t('tools.source')})
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
