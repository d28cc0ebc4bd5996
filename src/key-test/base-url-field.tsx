import { useId } from 'react';
import { readBaseUrl } from '../domain/key-test/base-url.ts';
import { DEEPSEEK_BASE_URL } from '../domain/deepseek-facts.ts';
import { useT } from '../i18n/locale.tsx';

interface BaseUrlFieldProps {
  id: string;
  value: string;
  onChange: (baseURL: string) => void;
}

/**
 * Another API base URL, typed by hand only (never read from the page's URL), for a proxy the
 * user runs. Folded away by default, with a warning that the key goes to that host instead.
 */
export function BaseUrlField({ id, value, onChange }: BaseUrlFieldProps) {
  const t = useT();
  const noteId = useId();
  const reading = readBaseUrl(value);
  return (
    <details className="kt-advanced">
      <summary>{t('keyTest.baseUrl.summary')}</summary>
      <label htmlFor={id}>{t('keyTest.baseUrl.label')}</label>
      <input
        id={id}
        className="kt-base-url"
        type="url"
        inputMode="url"
        value={value}
        placeholder={DEEPSEEK_BASE_URL}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={reading.kind === 'invalid' || undefined}
        aria-describedby={noteId}
      />
      <p id={noteId} className={reading.kind === 'deepseek' ? 'kt-hint' : 'kt-warning'}>
        {reading.kind === 'deepseek' && t('keyTest.baseUrl.hint')}
        {reading.kind === 'custom' && t('keyTest.baseUrl.warning', { host: reading.host })}
        {reading.kind === 'invalid' && t(`keyTest.baseUrl.invalid.${reading.reason}`)}
      </p>
    </details>
  );
}
