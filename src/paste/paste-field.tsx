import { useId } from 'react';

interface PasteFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text area for pasted text: no spellcheck, no autocorrect, no autofill. */
export function PasteField({ label, hint, value, onChange }: PasteFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="ps-field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="ps-hint">
        {hint}
      </p>
      <textarea
        id={id}
        className="ps-textarea"
        aria-describedby={hintId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={8}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        data-gramm="false"
      />
    </div>
  );
}
