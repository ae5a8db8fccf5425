import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidRoomName, ROOM_NAME_MAX_CHARS } from '../../shared/protocol/roomName.js';
import { AppHeader } from '../components/AppHeader.js';
import { navigate } from '../routing/navigate.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { suggestPlaybookId } from './suggestPlaybookId.js';

/** The front page: what Drejebog is, and a field to open a playbook by its id. */
export function StartPage() {
  const { t } = useTranslation();
  useDocumentTitle();
  const id = useId();
  const [playbookId, setPlaybookId] = useState(suggestPlaybookId);
  const [showError, setShowError] = useState(false);
  const trimmed = playbookId.trim();
  const error =
    trimmed === ''
      ? t('start.idEmpty')
      : isValidRoomName(trimmed)
        ? null
        : t('start.idInvalid', { max: ROOM_NAME_MAX_CHARS });
  const errorVisible = showError && error !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (error !== null) {
      setShowError(true);
      document.getElementById(`${id}-input`)?.focus();
      return;
    }
    navigate(`/p/${encodeURIComponent(trimmed)}`);
  };

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow">
        <section className="intro">
          <h1 className="intro__title">{t('start.title')}</h1>
          <p className="intro__lead">{t('start.lead')}</p>
          <p className="intro__body">{t('start.how')}</p>
        </section>
        <form className="card open-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="card__heading">
            {t('start.openHeading')}
          </h2>
          <div className={`field${errorVisible ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-input`}>
              {t('start.idLabel')}
            </label>
            <p id={`${id}-hint`} className="field__hint">
              {t('start.idHint')} {t('start.idRule', { max: ROOM_NAME_MAX_CHARS })}
            </p>
            {errorVisible && (
              <p id={`${id}-error`} className="field__error" role="alert">
                {error}
              </p>
            )}
            <div className="open-form__row">
              <input
                id={`${id}-input`}
                name="playbookId"
                className="field__input field__input--mono"
                type="text"
                inputMode="url"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={playbookId}
                aria-invalid={errorVisible}
                aria-describedby={errorVisible ? `${id}-error ${id}-hint` : `${id}-hint`}
                onChange={(event) => {
                  setPlaybookId(event.target.value);
                  if (isValidRoomName(event.target.value.trim())) setShowError(false);
                }}
                onBlur={() => setShowError(error !== null)}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setPlaybookId(suggestPlaybookId());
                  setShowError(false);
                }}
              >
                {t('start.suggestNew')}
              </button>
            </div>
          </div>
          <button type="submit" className="button button--primary">
            {t('start.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
