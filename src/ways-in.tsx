import { hashOf } from './wizard/step-hash.ts';
import { useShellT } from './i18n/language.tsx';

/** Brings a section into view and puts the cursor in its first field. */
function focusSection(id: string) {
  const section = document.getElementById(id);
  section?.scrollIntoView({ block: 'start' });
  section?.querySelector<HTMLElement>('textarea, input')?.focus();
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
