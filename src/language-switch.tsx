import { useId } from 'react';
import { useLanguage, useShellT } from './i18n/language.tsx';
import { LOCALE_NAMES, LOCALES, type Locale } from './i18n/pick-locale.ts';

/** The page's language, switchable at any time; each name written in its own language. */
export function LanguageSwitch() {
  const t = useShellT();
  const { requested, setLocale } = useLanguage();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={requested}
        onChange={(event) => setLocale(event.target.value as Locale)}
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LOCALE_NAMES[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
