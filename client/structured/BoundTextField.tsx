import { useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { mapCaret } from './mapCaret.js';

interface BoundTextFieldProps {
  /** The field's value in the Y.Doc. */
  value: string;
  /** Called on every keystroke with the new text: the write goes straight into the Y.Doc. */
  onChange: (value: string) => void;
  /** Accessible name; shown as a visible label only when `visibleLabel` is set. */
  label: string;
  visibleLabel?: boolean;
  multiline?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  className?: string;
  maxLength?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  /** Lets the parent focus the field, e.g. the title of an item just added. */
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  testId?: string;
}

/**
 * A text input bound to one string field of a Y.Map. Every keystroke is written to the Y.Doc at once, so
 * people editing different fields never overwrite each other. The input is uncontrolled: a remote change is
 * copied into it by hand, with the caret moved through the change instead of jumping to the end.
 */
export function BoundTextField(props: BoundTextFieldProps) {
  const { value, onChange, label, visibleLabel, multiline, readOnly, placeholder, className, maxLength } = props;
  const { t } = useTranslation();
  const id = useId();
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

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

  const warning = findPersonalData(value).length > 0;
  const warningId = `${id}-warning`;
  const shared = {
    id,
    ref: (node: HTMLInputElement | HTMLTextAreaElement | null) => {
      element.current = node;
      props.inputRef?.(node);
    },
    defaultValue: value,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onChange(event.currentTarget.value),
    onKeyDown: props.onKeyDown,
    readOnly,
    placeholder,
    maxLength,
    className: `structured-input ${multiline ? 'structured-input--multiline' : ''} ${className ?? ''}`.trim(),
    'aria-label': visibleLabel ? undefined : label,
    'aria-invalid': warning || undefined,
    'aria-describedby': warning ? warningId : undefined,
    'data-testid': props.testId,
    spellCheck: true,
  };

  return (
    <div className="structured-field">
      {visibleLabel && (
        <label className="structured-field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {multiline ? <textarea {...shared} rows={2} /> : <input {...shared} type="text" />}
      {warning && (
        <p id={warningId} className="structured-field__warning" role="alert">
          {t('structured.personalData')}
        </p>
      )}
    </div>
  );
}
