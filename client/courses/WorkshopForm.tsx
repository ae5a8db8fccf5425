import { useId, useRef, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopBody } from '../../shared/api/coursesApi.js';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';

/** One workshop's facts as a form: title and day are required; place and notes are optional. */
export function WorkshopForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: WorkshopBody;
  submitLabel: string;
  /** Resolves when saved; rejects (with a message already shown by the caller) when not. */
  onSubmit: (body: WorkshopBody) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({ place: '', notes: '', ...initial });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => titleRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (values.title.trim() === '' || values.date === '') {
      setProblem(t('courseEditing.workshop.missing'));
      return;
    }
    if ([values.title, values.place, values.notes].some((text) => findPersonalData(text).length > 0)) {
      setProblem(t('courseEditing.personalData'));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await onSubmit({
        title: values.title.trim(),
        date: values.date,
        place: values.place.trim(),
        notes: values.notes.trim(),
      });
    } catch {
      setSaving(false);
    }
  };

  const field = (name: 'title' | 'place', label: string, max: number) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        ref={name === 'title' ? titleRef : undefined}
        id={`${id}-${name}`}
        className="field__input"
        type="text"
        maxLength={max}
        value={values[name]}
        onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
      />
    </div>
  );

  return (
    <form
      className="workshop-form"
      noValidate
      data-testid="workshop-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="workshop-form__row">
        {field('title', t('courseEditing.workshop.title'), 200)}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>
            {t('courseEditing.workshop.date')}
          </label>
          <input
            id={`${id}-date`}
            className="field__input"
            type="date"
            value={values.date}
            onChange={(event) => setValues((v) => ({ ...v, date: event.target.value }))}
          />
        </div>
        {field('place', t('courseEditing.workshop.place'), 200)}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-notes`}>
          {t('courseEditing.workshop.notes')}
        </label>
        <textarea
          id={`${id}-notes`}
          className="field__input"
          rows={2}
          maxLength={2000}
          value={values.notes}
          onChange={(event) => setValues((v) => ({ ...v, notes: event.target.value }))}
        />
      </div>
      {problem && (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      )}
      <div className="workshop-form__actions">
        <button type="submit" className="button button--primary button--compact" aria-disabled={saving}>
          {saving ? t('courseEditing.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary button--compact" onClick={onCancel}>
          {t('courseEditing.cancel')}
        </button>
      </div>
    </form>
  );
}
