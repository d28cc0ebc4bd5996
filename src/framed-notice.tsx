import { useShellT } from './i18n/language.tsx';

/**
 * What the page shows inside a frame instead of its tools: a sentence and a way out to its own
 * tab. The tools' chunk, which holds the key field, is never loaded.
 */
export function FramedNotice() {
  const t = useShellT();
  return (
    <main className="framed-notice">
      <h1>{t('app.title')}</h1>
      <p>{t('app.framed')}</p>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          {t('app.framed.open')}
        </a>
      </p>
    </main>
  );
}
