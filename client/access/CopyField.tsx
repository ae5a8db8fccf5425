import { useId, useRef, useState } from 'react';

/**
 * A secret shown once (an invitation link, an access token): a read-only field with a copy button. When the
 * clipboard is not available (plain http, a refused permission) the text is selected in the field, so
 * Ctrl+C copies it, and the note says so.
 */
export function CopyField({
  label,
  value,
  copyLabel,
  copiedText,
  failedText,
  testId,
}: {
  label: string;
  value: string;
  copyLabel: string;
  copiedText: string;
  failedText: string;
  testId: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      // reason: navigator.clipboard is missing outside secure contexts and throws without permission.
      input.current?.focus();
      input.current?.select();
      setOutcome('failed');
    }
  };

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="field__input field__input--mono copy-field__input"
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="copy-field__outcome" role="status">
        {outcome === 'copied' ? copiedText : outcome === 'failed' ? failedText : ''}
      </p>
    </div>
  );
}
