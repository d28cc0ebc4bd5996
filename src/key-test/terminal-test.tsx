import { useT } from '../i18n/locale.tsx';
import { CodeBlock } from '../ui/code-block.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { CURL_TEST, POWERSHELL_TEST } from './terminal-commands.ts';

interface TerminalTestProps {
  /** Shown when this project's relay answered: one retry through it. */
  onRetryThroughRelay: (() => void) | null;
}

/** When the browser cannot reach DeepSeek: the same test from a terminal, and the relay. */
export function TerminalTest({ onRetryThroughRelay }: TerminalTestProps) {
  const t = useT();
  return (
    <div className="kt-terminal">
      {onRetryThroughRelay && (
        <div className="kt-relay">
          <p>{t('keyTest.relay.offer')}</p>
          <button type="button" className="button kt-relay-retry" onClick={onRetryThroughRelay}>
            {t('keyTest.relay.retry')}
          </button>
        </div>
      )}
      <h4>{t('keyTest.blocked.heading')}</h4>
      <p>{t('keyTest.blocked.intro')}</p>
      <CodeBlock code={CURL_TEST} language="shell" title={t('keyTest.blocked.curl')} />
      <CopyButton text={CURL_TEST} label={t('keyTest.blocked.copyCurl')} />
      <CodeBlock
        code={POWERSHELL_TEST}
        language="powershell"
        title={t('keyTest.blocked.powershell')}
      />
      <CopyButton text={POWERSHELL_TEST} label={t('keyTest.blocked.copyPowershell')} />
    </div>
  );
}
