import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { FramedNotice } from './framed-notice.tsx';
import { LanguageProvider } from './i18n/language.tsx';
import { isFramed } from './is-framed.ts';
import './styles.css';

// createRoot, not hydrateRoot: the built #root holds the English frame (server/prerender-frame.ts),
// which the first render replaces in one commit, in the browser's language (ADR 8). Inside a frame
// it is replaced by a notice instead, and the tools never load (ADR 12).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>{isFramed(window) ? <FramedNotice /> : <App />}</LanguageProvider>
  </StrictMode>,
);
