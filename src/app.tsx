import { lazy, Suspense } from 'react';
import { CHECKED_VERSIONS, FACTS_CHECKED_ON } from './domain/deepseek-facts.ts';
import { useShellT } from './i18n/language.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { LoadFailure } from './load-failure.tsx';
import { WaysIn } from './ways-in.tsx';

// The frame paints first; the tools (and the dictionaries) follow in one lazy chunk.
const Workbench = lazy(() => import('./workbench.tsx').then((m) => ({ default: m.Workbench })));

/** The page frame: what paints first, around the lazily loaded tools. */
export function App() {
  const t = useShellT();
  return (
    <>
      <header className="site-header">
        <span className="brand">{t('app.title')}</span>
        <LanguageSwitch />
      </header>
      <main>
        <section className="intro" aria-labelledby="page-title">
          <h1 id="page-title">{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <WaysIn />
          <p className="privacy">{t('app.privacy')}</p>
        </section>
        <LoadFailure>
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <Workbench />
          </Suspense>
        </LoadFailure>
      </main>
      <footer className="site-footer">
        <p>
          {t('app.footer', {
            date: FACTS_CHECKED_ON,
            node: CHECKED_VERSIONS.openaiNode,
            python: CHECKED_VERSIONS.openaiPython,
          })}
        </p>
      </footer>
    </>
  );
}
