import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { LanguageProvider } from './i18n/language.tsx';
import './styles.css';

// createRoot, not hydrateRoot: the built #root holds the English frame (server/prerender-frame.ts),
// which the first render replaces in one commit, in the browser's language (ADR 8).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
