import { useEffect, useState } from 'react';
import { useT } from '../i18n/locale.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text and says so, visibly and to screen readers, for a few seconds. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button" onClick={copy}>
        {state === 'copied' && <span aria-hidden="true">✓ </span>}
        {label}
      </button>
      <span className={`copy-feedback copy-${state}`} aria-live="polite">
        {state === 'copied' && t('code.copied')}
        {state === 'failed' && t('code.copyFailed')}
      </span>
    </span>
  );
}
