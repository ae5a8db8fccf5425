import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalUser } from './LocalUser.js';
import { ORGANISATIONS, colourFor, type Organisation } from './Organisation.js';
import { USER_NAME_MAX_CHARS } from './useLocalUser.js';

interface IdentityDialogProps {
  user: LocalUser;
  onSave: (name: string, organisation: Organisation) => void;
  onClose: () => void;
}

/**
 * "Hvem er du?": your name and organisation type, shown to the others next to your caret and in the list of
 * who is here, remembered in this browser until accounts exist. A modal dialog (focus stays inside,
 * Escape closes it); skipping keeps you as a guest. Mount it to open it; it starts from `user` each time.
 */
export function IdentityDialog({ user, onSave, onClose }: IdentityDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(user.confirmed ? user.name : '');
  const [organisation, setOrganisation] = useState<Organisation | null>(user.confirmed ? user.organisation : null);
  const [showErrors, setShowErrors] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    // No close() on cleanup: removing the element ends the modal state, and StrictMode's trial unmount
    // would otherwise fire a close event that shuts the dialog for real.
    if (element && !element.open) element.showModal();
  }, []);

  const nameMissing = name.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameMissing || organisation === null) {
      setShowErrors(true);
      return;
    }
    onSave(name, organisation);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="identity-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={onClose}
      data-testid="identity-dialog"
    >
      <form className="identity-dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="identity-dialog__title">
          {t('editor.identity.title')}
        </h2>
        <p id={`${id}-intro`} className="identity-dialog__intro">
          {t('editor.identity.intro')}
        </p>
        <div className={`field${showErrors && nameMissing ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('editor.identity.name')}
          </label>
          <input
            id={`${id}-name`}
            className="field__input"
            type="text"
            autoComplete="name"
            maxLength={USER_NAME_MAX_CHARS}
            value={name}
            aria-invalid={showErrors && nameMissing ? true : undefined}
            aria-describedby={showErrors && nameMissing ? `${id}-name-error` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {showErrors && nameMissing && (
            <p id={`${id}-name-error`} className="field__error">
              {t('editor.identity.nameMissing')}
            </p>
          )}
        </div>
        <fieldset className="field identity-dialog__organisations">
          <legend className="field__label">{t('editor.identity.organisation')}</legend>
          {ORGANISATIONS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={`${id}-organisation`}
                value={option}
                checked={organisation === option}
                onChange={() => setOrganisation(option)}
              />
              <span
                className="choice__swatch"
                style={{ backgroundColor: colourFor(option, name) }}
                aria-hidden="true"
              />
              <span className="choice__text">{t(`editor.identity.organisations.${option}`)}</span>
            </label>
          ))}
          {showErrors && organisation === null && (
            <p className="field__error">{t('editor.identity.organisationMissing')}</p>
          )}
        </fieldset>
        <p className="field__hint">{t('editor.identity.storage')}</p>
        <div className="identity-dialog__actions">
          <button type="submit" className="button button--primary">
            {t('editor.identity.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {user.confirmed ? t('editor.identity.cancel') : t('editor.identity.skip')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
