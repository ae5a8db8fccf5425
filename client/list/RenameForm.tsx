import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { toApiError } from '../api/ApiError.js';
import { renamePlaybook } from '../api/playbooksApi.js';
import { validateTitle, TITLE_MAX_CHARS } from './validateTitle.js';

/** Renames a playbook in place of its title: Enter saves, Esc cancels; problems are shown under the field. */
export function RenameForm({
  playbook,
  onDone,
}: {
  playbook: PlaybookSummary;
  /** Called with the renamed playbook, or null when cancelled. */
  onDone: (renamed: PlaybookSummary | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(playbook.title);
  const [showProblem, setShowProblem] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problem = validateTitle(title);

  useEffect(() => {
    inputRef.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (problem) {
      setShowProblem(true);
      inputRef.current?.focus();
      return;
    }
    if (title.trim() === playbook.title) {
      onDone(null);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      onDone(await renamePlaybook(playbook.id, title.trim()));
    } catch (error: unknown) {
      setFailure(t(toApiError(error).messageKey));
      setSaving(false);
      inputRef.current?.focus();
    }
  };

  const message = showProblem && problem ? t(problem.key, problem.values) : failure;
  return (
    <form
      className="rename-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(null);
        }
      }}
    >
      <label className="visually-hidden" htmlFor={`${id}-title`}>
        {t('list.rename.label')}
      </label>
      <div className="rename-form__row">
        <input
          ref={inputRef}
          id={`${id}-title`}
          className="field__input rename-form__input"
          type="text"
          autoComplete="off"
          value={title}
          maxLength={TITLE_MAX_CHARS + 50}
          aria-invalid={message !== null}
          aria-describedby={message !== null ? `${id}-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            if (!validateTitle(event.target.value)) setShowProblem(false);
          }}
        />
        <div className="rename-form__actions">
          <button type="submit" className="button button--primary button--compact" aria-disabled={saving}>
            {saving ? t('list.rename.saving') : t('list.rename.save')}
          </button>
          <button type="button" className="button button--secondary button--compact" onClick={() => onDone(null)}>
            {t('list.rename.cancel')}
          </button>
        </div>
      </div>
      {message !== null && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
