import { useId, useState } from 'react';
import {
  ENVIRONMENT_GROUPS,
  keyEnvironment,
  type EnvironmentGroup,
  type EnvironmentId,
  type SetupBlock,
} from '../domain/snippets/key-setup.ts';
import { useT } from '../i18n/locale.tsx';
import { Choice } from '../ui/choice.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { ExpectedOutput } from '../ui/expected-output.tsx';

interface KeySetupProps {
  /** The environments in the order to offer them (this platform's first). */
  order: readonly EnvironmentId[];
  environment: EnvironmentId;
  onEnvironment: (environment: EnvironmentId) => void;
}

/** The shells of the .env and container set-ups, which have a PowerShell variant. */
const SHELLS = ['bash', 'powershell'] as const;

/** Setting DEEPSEEK_API_KEY where the code runs, then a check that never prints the key. */
export function KeySetup({ order, environment, onEnvironment }: KeySetupProps) {
  const t = useT();
  const selectId = useId();
  // The order starts with this platform's terminals (platform.ts): PowerShell's on Windows.
  const [shell, setShell] = useState<(typeof SHELLS)[number]>(() =>
    order[0] === 'powershell-session' ? 'powershell' : 'bash',
  );
  const chosen = keyEnvironment(environment);
  const shown = shell === 'powershell' && chosen.windows ? chosen.windows : chosen;
  const inGroup = (group: EnvironmentGroup) =>
    order.filter((id) => keyEnvironment(id).group === group);
  return (
    <div className="key-setup">
      <p>{t('setup.intro')}</p>
      <div className="key-setup-choice">
        <label htmlFor={selectId}>{t('setup.environment')}</label>
        <select
          id={selectId}
          value={environment}
          onChange={(event) => onEnvironment(event.target.value as EnvironmentId)}
        >
          {ENVIRONMENT_GROUPS.map((group) => (
            <optgroup key={group} label={t(`setup.group.${group}`)}>
              {inGroup(group).map((id) => (
                <option key={id} value={id}>
                  {t(`setup.env.${id}.label`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <p>{t(`setup.env.${environment}.note`)}</p>
      {chosen.windows && (
        <Choice
          label={t('setup.shell')}
          options={SHELLS.map((value) => ({ value, label: t(`code.shell.${value}`) }))}
          value={shell}
          onChange={setShell}
        />
      )}
      {shown.setup.map((block, index) => (
        <SetupCode key={`${environment}-${shell}-${index}`} block={block} />
      ))}
      {chosen.needsNewTerminal && <p className="kt-warning">{t('setup.newTerminal')}</p>}
      <h5>{t('setup.verify')}</h5>
      <CodeBlock code={shown.verify.command} language={shown.verify.language} />
      <CopyButton text={shown.verify.command} label={t('code.copyCommand')} />
      <ExpectedOutput expect={shown.verify.expect} />
    </div>
  );
}

function SetupCode({ block }: { block: SetupBlock }) {
  const t = useT();
  return (
    <>
      {block.file && <p className="setup-file">{t('setup.inFile', { file: block.file })}</p>}
      <CodeBlock code={block.code} language={block.language} />
      <CopyButton
        text={block.code}
        label={block.file ? t('code.copySetupFile', { file: block.file }) : t('code.copySetup')}
      />
    </>
  );
}
