import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorLine } from '../access/ErrorLine.js';
import { toApiError } from '../api/ApiError.js';
import { createPlaybook } from '../api/playbooksApi.js';
import { Icon } from '../components/Icon.js';
import { Modal } from '../components/Modal.js';
import { navigate } from '../routing/navigate.js';
import { playbookHref } from './PlaybookCard.js';
import { BLANK_CHOICE, defaultTemplateId, TemplateChoice } from './TemplateChoice.js';
import type { TemplatesState } from './useTemplates.js';
import { TITLE_MAX_CHARS, validateTitle } from './validateTitle.js';

/** "Ny drejebog": a title and what to start from; creating opens the new playbook. */
export function NewPlaybookDialog({
  templates,
  onRetryTemplates,
  onClose,
}: {
  templates: TemplatesState;
  onRetryTemplates: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [showProblems, setShowProblems] = useState(false);
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const choice = picked ?? (templates.kind === 'ready' ? defaultTemplateId(templates.templates) : undefined);
  const titleProblem = validateTitle(title);
  const titleError = showProblems && titleProblem ? t(titleProblem.key, titleProblem.values) : null;
  const choiceError = showProblems && choice === undefined ? t('list.create.choiceRequired') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    if (titleProblem || choice === undefined) {
      setShowProblems(true);
      if (titleProblem) titleRef.current?.focus();
      return;
    }
    setCreating(true);
    setFailure(null);
    try {
      const created = await createPlaybook({
        title: title.trim(),
        templateId: choice === BLANK_CHOICE ? null : choice,
      });
      navigate(playbookHref(created.id));
    } catch (error: unknown) {
      // reason: the server's issues are technical English; the fields were checked here already.
      setFailure(`${t('list.create.failed')} ${t(toApiError(error).messageKey)}`);
      setCreating(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-heading`} describedBy={`${id}-intro`} onClose={onClose} initialFocus={titleRef}>
      <form className="modal__form" noValidate onSubmit={(event) => void submit(event)}>
        <header className="modal__header">
          <h2 id={`${id}-heading`} className="modal__title">
            {t('list.create.title')}
          </h2>
          <button type="button" className="modal__close" aria-label={t('list.create.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="modal__body">
          <p id={`${id}-intro`} className="modal__intro">
            {t('list.create.intro')}
          </p>
          <div className={`field${titleError ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-title`}>
              {t('list.create.titleLabel')}
            </label>
            <p id={`${id}-hint`} className="field__hint">
              {t('list.create.titleHint')}
            </p>
            {titleError && (
              <p id={`${id}-title-error`} className="field__error" role="alert">
                {titleError}
              </p>
            )}
            <input
              ref={titleRef}
              id={`${id}-title`}
              name="title"
              className="field__input"
              type="text"
              autoComplete="off"
              maxLength={TITLE_MAX_CHARS + 50}
              value={title}
              aria-invalid={titleError !== null}
              aria-describedby={titleError ? `${id}-title-error ${id}-hint` : `${id}-hint`}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <TemplateChoice
            name={`${id}-template`}
            state={templates}
            value={choice}
            error={choiceError}
            onChange={setPicked}
            onRetry={onRetryTemplates}
          />
          <ErrorLine message={failure} />
        </div>
        <footer className="modal__footer">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('list.create.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={creating}>
            {creating ? t('list.create.submitting') : t('list.create.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
