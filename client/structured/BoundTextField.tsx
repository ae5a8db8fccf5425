import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { removePersonalData } from '../../shared/playbook/removePersonalData.js';
import { mapCaret } from './mapCaret.js';

interface BoundTextFieldProps {
  /** The field's value in the Y.Doc. */
  value: string;
  /** Called on every keystroke with the new text: the write goes straight into the Y.Doc. */
  onChange: (value: string) => void;
  /** Accessible name; shown as a visible label only when `visibleLabel` is set. */
  label: string;
  visibleLabel?: boolean;
  /** Several paragraphs; otherwise one line that wraps (Enter adds no line break, pasted ones become spaces). */
  multiline?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  className?: string;
  maxLength?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** Lets the parent focus the field, e.g. the title of an item just added. */
  inputRef?: (element: HTMLTextAreaElement | null) => void;
  testId?: string;
}

/**
 * A text field bound to one string field of a Y.Map. Every keystroke is written to the Y.Doc at once, so
 * people editing different fields never overwrite each other. The field is uncontrolled: a remote change is
 * copied into it by hand, with the caret moved through the change instead of jumping to the end. Always a
 * textarea that grows with its text, so long titles wrap instead of hiding on a phone.
 */
export function BoundTextField(props: BoundTextFieldProps) {
  const { value, onChange, label, visibleLabel, multiline, readOnly, placeholder, className, maxLength } = props;
  const { t } = useTranslation();
  const [removed, setRemoved] = useState(false);
  const id = useId();
  const element = useRef<HTMLTextAreaElement | null>(null);

  useLayoutEffect(() => {
    const input = element.current;
    if (!input || input.value === value) return;
    if (document.activeElement !== input) {
      input.value = value;
      return;
    }
    const before = input.value;
    const start = mapCaret(before, value, input.selectionStart ?? before.length);
    const end = mapCaret(before, value, input.selectionEnd ?? before.length);
    input.value = value;
    input.setSelectionRange(start, Math.max(start, end));
  }, [value]);

  // Shown after this person's CPR number was removed, or when one arrived from elsewhere.
  const warning = removed || findPersonalData(value).length > 0;
  const warningId = `${id}-warning`;
  const ownClass = multiline ? 'structured-input--multiline' : 'structured-input--line';
  return (
    <div className="structured-field">
      {visibleLabel && (
        <label className="structured-field__label" htmlFor={id}>
          {label}
        </label>
      )}
      <textarea
        id={id}
        ref={(node) => {
          element.current = node;
          props.inputRef?.(node);
        }}
        rows={multiline ? 2 : 1}
        defaultValue={value}
        onInput={(event) => {
          const input = event.currentTarget;
          const text = multiline ? input.value : input.value.replace(/\r?\n/g, ' ');
          // A playbook never holds data about a citizen: a CPR number is removed before it is written.
          const clean = removePersonalData(text);
          setRemoved(clean !== text);
          if (clean !== text) {
            const caret = Math.max(0, (input.selectionStart ?? text.length) - (text.length - clean.length));
            input.value = clean;
            input.setSelectionRange(caret, caret);
          }
          onChange(clean);
        }}
        onKeyDown={(event) => {
          props.onKeyDown?.(event);
          if (!multiline && event.key === 'Enter' && !event.defaultPrevented && !event.nativeEvent.isComposing) {
            event.preventDefault();
          }
        }}
        readOnly={readOnly}
        placeholder={placeholder}
        maxLength={maxLength}
        className={`structured-input ${ownClass} ${className ?? ''}`.trim()}
        aria-label={visibleLabel ? undefined : label}
        aria-invalid={warning || undefined}
        aria-describedby={warning ? warningId : undefined}
        data-testid={props.testId}
        spellCheck
      />
      {warning && (
        <p id={warningId} className="structured-field__warning" role="alert">
          {t('structured.personalData')}
        </p>
      )}
    </div>
  );
}
