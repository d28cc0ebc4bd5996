import { hashOf } from './wizard/step-hash.ts';
import { useShellT } from './i18n/language.tsx';

/** How long a click waits for the tools' chunk (ADR 7) before it gives up. */
const WAIT_FOR_TOOLS_MS = 10_000;

/**
 * Brings a section into view and puts the cursor in its first field. Before the tools' lazy chunk
 * has rendered the section, it does so once the section arrives, rather than nothing at all.
 */
function focusSection(id: string) {
  const go = (section: HTMLElement) => {
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLElement>('textarea, input')?.focus();
  };
  const section = document.getElementById(id);
  if (section) return go(section);
  const observer = new MutationObserver(() => {
    const arrived = document.getElementById(id);
    if (!arrived) return;
    observer.disconnect();
    go(arrived);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), WAIT_FOR_TOOLS_MS);
}

/** The landing's three entries: an error in hand, a key to test, or the walk through causes. */
export function WaysIn() {
  const t = useShellT();
  return (
    <nav className="ways-in" aria-label={t('app.waysIn')}>
      <button type="button" className="way" onClick={() => focusSection('paste')}>
        <strong>{t('app.way.error')}</strong>
        <span>{t('app.way.error.text')}</span>
      </button>
      <button type="button" className="way" onClick={() => focusSection('key-test')}>
        <strong>{t('app.way.key')}</strong>
        <span>{t('app.way.key.text')}</span>
      </button>
      <a className="way" href={hashOf('not-set')}>
        <strong>{t('app.way.walk')}</strong>
        <span>{t('app.way.walk.text')}</span>
      </a>
    </nav>
  );
}
