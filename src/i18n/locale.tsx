import { createContext, useContext } from 'react';
import { en } from './en.ts';
import { translate, type Translate } from './t.ts';

const englishT: Translate = (key, vars) => translate(en, key, vars);

const TranslateContext = createContext<Translate>(englishT);

/** The current locale's `t()`. English until a provider says otherwise. */
export function useT(): Translate {
  return useContext(TranslateContext);
}

export const TranslateProvider = TranslateContext.Provider;
