import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovedVersion } from '../../shared/api/versionsApi.js';
import { accessErrorKey } from '../access/accessErrorKey.js';
import { ErrorLine } from '../access/ErrorLine.js';
import { formatDay } from '../access/formatDateTime.js';
import { Icon } from '../components/Icon.js';
import { Modal } from '../components/Modal.js';
import { approveVersion, listVersions } from './versionsApi.js';

/**
 * "Godkend version" for facilitators: freezes the playbook as it is now for readers and the interview
 * card, after saying what that means, and lists the versions approved before.
 */
export function ApproveVersionDialog({ playbookId, onClose }: { playbookId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const labelRef = useRef<HTMLInputElement>(null);
  const [versions, setVersions] = useState<ApprovedVersion[] | null>(null);
  const [label, setLabel] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [approved, setApproved] = useState<ApprovedVersion | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    listVersions(playbookId, abort.signal).then(setVersions, (reason: unknown) => {
      if (!abort.signal.aborted) setError(t(accessErrorKey(reason)));
    });
    return () => abort.abort();
  }, [playbookId, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        ...(label.trim() ? { label: label.trim() } : {}),
        ...(approvedBy.trim() ? { approvedBy: approvedBy.trim() } : {}),
      };
      const version = await approveVersion(playbookId, body);
      setApproved(version);
      setVersions((list) => [version, ...(list ?? [])]);
    } catch (reason) {
      setError(t(accessErrorKey(reason)));
    } finally {
      setBusy(false);
    }
  };

  const nextNumber = (versions?.length ?? 0) + 1;
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-intro`} onClose={onClose} initialFocus={labelRef}>
      <form className="modal__form" onSubmit={(event) => void submit(event)} data-testid="approve-dialog">
        <header className="modal__header">
          <h2 id={`${id}-title`} className="modal__title">
            {t('versions.title')}
          </h2>
          <button type="button" className="modal__close" aria-label={t('versions.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="modal__body">
          <p id={`${id}-intro`} className="modal__intro">
            {t('versions.intro')}
          </p>
          {approved ? (
            <p className="versions__done" role="status" data-testid="approve-done">
              {t('versions.done', { label: approved.label })}
            </p>
          ) : (
            <>
              <label className="field">
                <span className="field__label">{t('versions.label')}</span>
                <input
                  ref={labelRef}
                  className="field__input"
                  value={label}
                  maxLength={20}
                  placeholder={String(nextNumber)}
                  onChange={(event) => setLabel(event.target.value)}
                  data-testid="approve-label"
                />
              </label>
              <label className="field">
                <span className="field__label">{t('versions.approvedBy')}</span>
                <input
                  className="field__input"
                  value={approvedBy}
                  maxLength={200}
                  placeholder={t('versions.approvedByPlaceholder')}
                  onChange={(event) => setApprovedBy(event.target.value)}
                />
              </label>
            </>
          )}
          <ErrorLine message={error} testId="approve-error" />
          <h3 className="versions__heading">{t('versions.earlier')}</h3>
          {versions === null ? (
            <p>{t('versions.loading')}</p>
          ) : versions.length === 0 ? (
            <p>{t('versions.none')}</p>
          ) : (
            <ul className="versions__list" data-testid="approved-versions">
              {versions.map((version) => (
                <li key={version.number}>
                  {t('versions.entry', {
                    label: version.label,
                    by: version.approvedBy,
                    at: formatDay(version.approvedAt, i18n.language),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
        <footer className="modal__footer">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {approved ? t('versions.close') : t('versions.cancel')}
          </button>
          {!approved && (
            <button type="submit" className="button button--primary" disabled={busy} data-testid="approve-submit">
              {t('versions.approve')}
            </button>
          )}
        </footer>
      </form>
    </Modal>
  );
}
