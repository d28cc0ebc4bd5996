import { CHECKED_VERSIONS, FACTS_CHECKED_ON } from './domain/deepseek-facts.ts';
import { useT } from './i18n/locale.tsx';
import { ErrorReference } from './reference/ErrorReference.tsx';
import { WaysIn } from './WaysIn.tsx';
import { Wizard } from './wizard/Wizard.tsx';

/** Composition only: the evidence flows from the panels into one diagnosis and the wizard. */
export function App() {
  const t = useT();
  return (
    <>
      <header className="site-header">
        <span className="brand">{t('app.title')}</span>
      </header>
      <main>
        <section className="intro" aria-labelledby="page-title">
          <h1 id="page-title">{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <WaysIn />
          <p className="privacy">{t('app.privacy')}</p>
        </section>
        <Wizard />
        <ErrorReference />
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
