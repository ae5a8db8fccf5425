import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal.js';
import '../styles/list.css';

/**
 * Asks before signing out while this browser holds changes the server has not confirmed: signing out deletes
 * the local copies (a shared computer must not keep them), so those changes would be lost.
 * "Annullér" has the focus: the safe choice is the default.
 */
export function UnsavedSignOutDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onCancel} initialFocus={cancelRef}>
      <div className="modal__form" data-testid="unsaved-sign-out">
        <header className="modal__header">
          <h2 id={`${id}-title`} className="modal__title">
            {t('privacy.signOutDialog.title')}
          </h2>
        </header>
        <div className="modal__body">
          <p id={`${id}-body`}>{t('privacy.signOutDialog.body')}</p>
        </div>
        <footer className="modal__footer">
          <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
            {t('privacy.signOutDialog.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {t('privacy.signOutDialog.confirm')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
