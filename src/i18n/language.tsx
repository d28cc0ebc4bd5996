import { createContext, startTransition, useContext, useLayoutEffect, useState } from 'react';
import { app as enApp } from './en/app.ts';
import { pickLocale, type Locale } from './pick-locale.ts';
import { translate, type Messages, type Vars } from './t.ts';
import { app as zhApp } from './zh-CN/app.ts';

interface Language {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LanguageContext = createContext<Language>({ locale: 'en', setLocale: () => {} });

/** The page's language: the browser's choice at first, then the user's. Kept in memory only. */
export function LanguageProvider({ children }: { children: React.ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() =>
    // No navigator when the frame is rendered at build time (server/prerender-frame.ts): English.
    typeof navigator === 'undefined' ? 'en' : pickLocale(navigator.languages ?? []),
  );
  // A layout effect: <html lang> changes in the same commit as the text.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    // Fetch the dictionary beside the tools' chunk rather than after it.
    if (locale === 'zh-CN') void loadChinese().catch(() => {});
  }, [locale]);
  // A transition keeps the page as it is while the other language's messages load.
  const value = { locale, setLocale: (next: Locale) => startTransition(() => setLocale(next)) };
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
 * `t()` for the page frame, which loads first: only the "app." and "ref." messages, so that the
 * full dictionaries stay in the lazy chunks.
 */
export function useShellT() {
  const { locale } = useLanguage();
  const messages: Record<ShellKey, string> = { ...enApp, ...SHELL[locale] };
  return (key: ShellKey, vars?: Vars) => translate(messages, key, vars);
}

let chinese: Promise<Partial<Messages>> | null = null;

/** The Chinese dictionary, fetched once; started early by a Chinese page so nothing waits on it. */
export function loadChinese(): Promise<Partial<Messages>> {
  chinese ??= import('./zh-CN.ts').then((module) => module.zhCN);
  return chinese;
}
