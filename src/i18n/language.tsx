import { createContext, startTransition, useContext, useLayoutEffect, useState } from 'react';
import { app as enApp } from './en/app.ts';
import { pickLocale, type Locale } from './pick-locale.ts';
import { translate, type Messages, type Vars } from './t.ts';
import { app as zhApp } from './zh-CN/app.ts';

interface Language {
  locale: Locale;
  /** The language last chosen, shown by the menu while its messages load. */
  requested: Locale;
  setLocale: (locale: Locale) => void;
}

const LanguageContext = createContext<Language>({
  locale: 'en',
  requested: 'en',
  setLocale: () => {},
});

/** The page's language: the browser's choice at first, then the user's. Kept in memory only. */
export function LanguageProvider({ children }: { children: React.ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() =>
    // No navigator when the frame is rendered at build time (server/prerender-frame.ts): English.
    typeof navigator === 'undefined' ? 'en' : pickLocale(navigator.languages ?? []),
  );
  // A layout effect: <html lang>, the title and the description change in the same commit as
  // the text.
  useLayoutEffect(() => {
    const messages = shellMessages(locale);
    document.documentElement.lang = locale;
    document.title = messages['app.documentTitle'];
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', messages['app.description']);
    // Fetch the dictionary beside the tools' chunk rather than after it.
    if (locale === 'zh-CN') void loadChinese();
  }, [locale]);
  const [requested, setRequested] = useState(locale);
  // A transition keeps the page as it is while the other language's messages load.
  const value = {
    locale,
    requested,
    setLocale: (next: Locale) => {
      setRequested(next);
      startTransition(() => setLocale(next));
    },
  };
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

type ShellKey = keyof typeof enApp;
const SHELL: Readonly<Record<Locale, Partial<Record<ShellKey, string>>>> = {
  en: enApp,
  'zh-CN': zhApp,
};

/**
 * `t()` for the page frame, which loads first: only the "app." messages, so that the full
 * dictionaries stay in the lazy chunks.
 */
export function useShellT() {
  const messages = shellMessages(useLanguage().locale);
  return (key: ShellKey, vars?: Vars) => translate(messages, key, vars);
}

/** The "app." messages of a locale, English where it has none. */
function shellMessages(locale: Locale): Record<ShellKey, string> {
  return { ...enApp, ...SHELL[locale] };
}

let chinese: Promise<Partial<Messages> | null> | null = null;

/**
 * The Chinese dictionary, fetched once; started early by a Chinese page so nothing waits on it.
 * Null when it cannot be fetched (the page stays in English; the next call tries again).
 */
export function loadChinese(): Promise<Partial<Messages> | null> {
  chinese ??= import('./zh-CN.ts').then(
    (module) => module.zhCN,
    () => {
      chinese = null;
      return null;
    },
  );
  return chinese;
}
