import type { InputHTMLAttributes, Ref } from 'react';

interface AuthFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  /** Shown under the label, and read with the field. */
  hint?: string;
  /** The problem to show, already translated; null when none. */
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/** One labelled text input of the sign-in and setup forms, with its hint and error tied to it for screen readers. */
export function AuthField({ id, label, hint, error, inputRef, ...input }: AuthFieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <input
        {...input}
        ref={inputRef}
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
