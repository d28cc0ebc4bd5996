import { CHECK_HIGHLIGHT, type Command, type Shell } from '../domain/snippets/cause-checks.ts';
import { useT } from '../i18n/locale.tsx';
import { Choice } from '../ui/choice.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { ExpectedOutput } from '../ui/expected-output.tsx';

/**
 * Commands for several shells (or stacks), one shown at a time, with where it goes, a copy
 * button and the expected output.
 */
export function CheckCommands({
  commands,
  shell,
  onShell,
}: {
  commands: readonly Command[];
  shell: Shell;
  onShell: (shell: Shell) => void;
}) {
  const t = useT();
  const command = commands.find((c) => c.shell === shell) ?? commands[0];
  if (!command) return null;
  return (
    <div className="check">
      {commands.length > 1 && (
        <Choice
          label={t('wizard.shell')}
          options={commands.map((c) => ({ value: c.shell, label: t(`code.shell.${c.shell}`) }))}
          value={command.shell}
          onChange={onShell}
        />
      )}
      {command.placement && <p>{t(`wizard.checkWhere.${command.placement}`)}</p>}
      <CodeBlock code={command.command} language={CHECK_HIGHLIGHT[command.shell]} />
      <CopyButton text={command.command} label={t('code.copyCommand')} />
      {command.expect && <ExpectedOutput expect={command.expect} />}
    </div>
  );
}
