import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ITEM_MINUTES, parseMinutes } from './parseMinutes.js';

interface MinutesFieldProps {
  /** The time box in the Y.Doc; null while undecided. */
  value: number | null;
  onChange: (minutes: number | null) => void;
  readOnly: boolean;
}

/**
 * The time box of an agenda item in minutes. Valid numbers are written at once (the total updates live for
 * everyone); while the field has focus it shows what the person typed, even when that is not valid yet.
 */
export function MinutesField({ value, onChange, readOnly }: MinutesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? undefined : parseMinutes(draft);
  const invalid = draft !== null && typed === undefined;
  // Show the person's own text while it is invalid or says what the document says ("05" stays "05"); a
  // different valid value in the document came from someone else, later, and wins.
  const text = draft !== null && (invalid || typed === value) ? draft : value === null ? '' : String(value);

  return (
    <div className="structured-field minutes-field">
      <label className="structured-field__label" htmlFor={id}>
        {t('structured.agenda.item.minutesLabel')}
      </label>
      <div className="minutes-field__control">
        <input
          id={id}
          className="structured-input minutes-field__input"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ITEM_MINUTES}
          step={1}
          value={text}
          readOnly={readOnly}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          data-testid="minutes"
          onChange={(event) => {
            // A number input reports '' for text it cannot read (e.g. "1e"): that is not "no time box".
            const next = event.currentTarget.validity.badInput ? '?' : event.currentTarget.value;
            setDraft(next);
            const minutes = parseMinutes(next);
            if (minutes !== undefined && minutes !== value) onChange(minutes);
          }}
          onFocus={() => setDraft(value === null ? '' : String(value))}
          onBlur={() => setDraft(null)}
        />
        <span className="minutes-field__unit" aria-hidden="true">
          {t('structured.agenda.item.minutesUnit')}
        </span>
      </div>
      {invalid && (
        <p id={`${id}-error`} className="structured-field__warning">
          {t('structured.agenda.item.minutesInvalid', { max: MAX_ITEM_MINUTES })}
        </p>
      )}
    </div>
  );
}
