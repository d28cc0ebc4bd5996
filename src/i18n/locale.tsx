import { createContext, use, useContext, useMemo } from 'react';
import { en } from './en.ts';
import { loadChinese, useLanguage } from './language.tsx';
import { translate, type Translate } from './t.ts';

const englishT: Translate = (key, vars) => translate(en, key, vars);

const TranslateContext = createContext<Translate>(englishT);

/** The current locale's `t()`. English until a provider says otherwise. */
export function useT(): Translate {
  return useContext(TranslateContext);
}

export const TranslateProvider = TranslateContext.Provider;

/**
 * The page language's full `t()`, for the provider around the tools. Suspends while the Chinese
 * dictionary loads; a key it lacks falls back to English.
 */
export function useLanguageT(): Translate {
  const { locale } = useLanguage();
  // NOTE: `use` may be called conditionally.
  const chinese = locale === 'zh-CN' ? use(loadChinese()) : null;
  return useMemo<Translate>(() => {
    if (!chinese) return englishT;
    const messages = { ...en, ...chinese };
    return (key, vars) => translate(messages, key, vars);
  }, [chinese]);
}
