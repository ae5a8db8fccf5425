import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGBOOK_TEXT_MAX_CHARS, type LogbookEntry } from '../../shared/api/logbookApi.js';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { deleteEntry, setEntryShared, updateEntry } from '../api/logbookApi.js';
import { formatDay } from '../access/formatDateTime.js';
import { sectionLabel } from './sectionLabel.js';
import { useEntryAction } from './useEntryAction.js';

interface OwnEntryItemProps {
  courseId: string;
  entry: LogbookEntry;
  /** The title of the linked action card, when it still exists. */
  cardTitle: string | null;
  onChanged: (entry: LogbookEntry) => void;
  onDeleted: (entryId: string) => void;
  /** Tells the logbook's live region what happened. */
  announce: (text: string) => void;
}

/**
 * One of my own entries: its text, whether it is private or shared (said in words, not only by colour), and
 * what I can do with it: share or make private again, edit, delete (asked once more before it is gone).
 */
export function OwnEntryItem({ courseId, entry, cardTitle, onChanged, onDeleted, announce }: OwnEntryItemProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.text);
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useEntryAction();
  const shared = entry.sharedAt !== null;
  const draftHasPersonalData = findPersonalData(draft).length > 0;

  const toggleShared = () =>
    run(async () => {
      const next = await setEntryShared(courseId, entry.id, !shared);
      onChanged(next);
      announce(next.sharedAt ? t('learning.logbook.nowShared') : t('learning.logbook.nowPrivate'));
    });

  const saveEdit = () =>
    run(async () => {
      const next = await updateEntry(courseId, entry.id, { text: draft.trim() });
      onChanged(next);
      setEditing(false);
      announce(t('learning.logbook.edited'));
    });

  const remove = () =>
    run(async () => {
      await deleteEntry(courseId, entry.id);
      onDeleted(entry.id);
      announce(t('learning.logbook.deleted'));
    });

  return (
    <li className={`logbook-entry logbook-entry--${shared ? 'shared' : 'private'}`} data-entry-id={entry.id}>
      <article aria-labelledby={`${id}-state`}>
        <p className="logbook-entry__meta">
          <span
            id={`${id}-state`}
            className={`logbook-entry__state logbook-entry__state--${shared ? 'shared' : 'private'}`}
          >
            {shared ? t('learning.logbook.shared') : t('learning.logbook.private')}
          </span>{' '}
          <span>{t('learning.logbook.written', { date: formatDay(entry.createdAt, i18n.language) })}</span>
        </p>
        {editing ? (
          <div className="logbook-entry__edit">
            <label className="field__label" htmlFor={`${id}-edit`}>
              {t('learning.logbook.editLabel')}
            </label>
            <textarea
              id={`${id}-edit`}
              className="field__input"
              rows={4}
              value={draft}
              maxLength={LOGBOOK_TEXT_MAX_CHARS}
              aria-invalid={draftHasPersonalData || undefined}
              aria-describedby={draftHasPersonalData ? `${id}-cpr` : undefined}
              onChange={(event) => setDraft(event.target.value)}
            />
            {draftHasPersonalData && (
              <p id={`${id}-cpr`} className="field__error" role="alert">
                {t('learning.logbook.cprWarning')}
              </p>
            )}
          </div>
        ) : (
          <p className="logbook-entry__text">{entry.text}</p>
        )}
        {cardTitle !== null && <p className="logbook-entry__card">{t('learning.shared.card', { title: cardTitle })}</p>}
        {entry.usedIn.length > 0 && (
          <p className="logbook-entry__used">
            {t('learning.logbook.usedIn', {
              sections: [...new Set(entry.usedIn.map((use) => sectionLabel(use.sectionId, i18n.language)))].join(', '),
            })}
          </p>
        )}
        <div className="logbook-entry__actions">
          {editing ? (
            <>
              <button
                type="button"
                className="button button--primary button--compact"
                disabled={busy || draft.trim() === '' || draftHasPersonalData}
                onClick={() => void saveEdit()}
              >
                {t('learning.logbook.saveEdit')}
              </button>
              <button
                type="button"
                className="button button--quiet button--compact"
                onClick={() => {
                  setEditing(false);
                  setDraft(entry.text);
                }}
              >
                {t('learning.logbook.cancel')}
              </button>
            </>
          ) : confirming ? (
            <>
              <span className="logbook-entry__question">{t('learning.logbook.deleteQuestion')}</span>
              <button
                type="button"
                className="button button--danger button--compact"
                disabled={busy}
                onClick={() => void remove()}
              >
                {t('learning.logbook.confirmDelete')}
              </button>
              <button
                type="button"
                className="button button--quiet button--compact"
                onClick={() => setConfirming(false)}
              >
                {t('learning.logbook.cancel')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button button--secondary button--compact"
                disabled={busy}
                onClick={() => void toggleShared()}
              >
                {shared ? t('learning.logbook.unshare') : t('learning.logbook.share')}
              </button>
              <button
                type="button"
                className="button button--quiet button--compact"
                onClick={() => {
                  setDraft(entry.text);
                  setEditing(true);
                }}
              >
                {t('learning.logbook.edit')}
              </button>
              <button
                type="button"
                className="button button--quiet button--compact"
                onClick={() => setConfirming(true)}
              >
                {t('learning.logbook.delete')}
              </button>
            </>
          )}
        </div>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </article>
    </li>
  );
}
