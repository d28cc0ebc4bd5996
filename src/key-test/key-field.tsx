import { useId } from 'react';
import { useT } from '../i18n/locale.tsx';

interface KeyFieldProps {
  value: string;
  revealed: boolean;
  onChange: (key: string) => void;
  onToggleReveal: () => void;
  onFocus: () => void;
  describedBy?: string;
}

/** The key, masked unless the user shows it; nothing here ever stores or autocompletes it. */
export function KeyField({
  value,
  revealed,
  onChange,
  onToggleReveal,
  onFocus,
  describedBy,
}: KeyFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="kt-field">
      <label htmlFor={id}>{t('keyTest.label')}</label>
      <div className="kt-field-row">
        <input
          id={id}
          className="kt-key"
          type={revealed ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onFocus={onFocus}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          // NOTE: password managers offer to save anything typed into a password field.
          data-1p-ignore=""
          data-lpignore="true"
          data-bwignore=""
          aria-describedby={describedBy}
        />
        <button
          type="button"
          className="button kt-reveal"
          aria-pressed={revealed}
          onClick={onToggleReveal}
        >
          {t('keyTest.show')}
        </button>
      </div>
    </div>
  );
}
