import { useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/locale.tsx';

interface KeyFieldProps {
  id: string;
  value: string;
  revealed: boolean;
  onChange: (key: string) => void;
  onToggleReveal: () => void;
  onFocus: () => void;
  describedBy?: string;
}

/** The key, masked unless the user shows it; nothing here ever stores or autocompletes it. */
export function KeyField({
  id,
  value,
  revealed,
  onChange,
  onToggleReveal,
  onFocus,
  describedBy,
}: KeyFieldProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  // NOTE: uncontrolled: React copies a controlled input's value into its `value` attribute, which
  // would put the key in the page's HTML (a saved page, an extension reading the DOM). So the
  // value is set here, as a property, only when it differs ("Use the cleaned key", "Forget key").
  useLayoutEffect(() => {
    if (input.current && input.current.value !== value) input.current.value = value;
  }, [value]);
  return (
    <div className="kt-field">
      <label htmlFor={id}>{t('keyTest.label')}</label>
      <div className="kt-field-row">
        <input
          id={id}
          className="kt-key"
          type={revealed ? 'text' : 'password'}
          ref={input}
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
