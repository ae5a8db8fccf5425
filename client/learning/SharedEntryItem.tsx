import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookEntry } from '../../shared/api/logbookApi.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { OrganisationTag } from '../access/OrganisationTag.js';
import { formatDay } from '../access/formatDateTime.js';
import { insertEntryAsDraft } from '../api/logbookApi.js';
import { SectionSelect } from './SectionSelect.js';
import { sectionLabel } from './sectionLabel.js';
import { useEntryAction } from './useEntryAction.js';

interface SharedEntryItemProps {
  /** The element id the server's back-link points at (`logbog-<entry id>`). */
  anchor: string;
  courseId: string;
  entry: LogbookEntry;
  cardTitle: string | null;
  onUsed: (entry: LogbookEntry) => void;
  announce: (text: string) => void;
}

/**
 * A shared entry as the group sees it: who wrote it (name and organisation), when, the text, where it was
 * used, and "Brug i drejebogen": choose a section, and the server inserts the text there as a draft with a
 * link back here.
 */
export function SharedEntryItem({ anchor, courseId, entry, cardTitle, onUsed, announce }: SharedEntryItemProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const [sectionId, setSectionId] = useState<SectionId>(entry.usedIn.at(-1)?.sectionId ?? 'learning-log');
  const { busy, error, run } = useEntryAction();

  const insert = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      onUsed(await insertEntryAsDraft(courseId, entry.id, sectionId));
      setChoosing(false);
      announce(t('learning.shared.inserted', { section: sectionLabel(sectionId, i18n.language) }));
    });
  };

  return (
    <li id={anchor} className="logbook-entry shared-entry" tabIndex={-1} data-entry-id={entry.id}>
      <article aria-labelledby={`${id}-author`}>
        <p className="logbook-entry__meta">
          <strong id={`${id}-author`}>{entry.author.displayName}</strong>{' '}
          {entry.author.organisation && <OrganisationTag organisation={entry.author.organisation} />}{' '}
          <span>
            {t('learning.shared.sharedOn', { date: formatDay(entry.sharedAt ?? entry.createdAt, i18n.language) })}
          </span>
        </p>
        <p className="logbook-entry__text">{entry.text}</p>
        {cardTitle !== null && <p className="logbook-entry__card">{t('learning.shared.card', { title: cardTitle })}</p>}
        {entry.usedIn.length > 0 && (
          <p className="logbook-entry__used">
            {t('learning.logbook.usedIn', {
              sections: [...new Set(entry.usedIn.map((use) => sectionLabel(use.sectionId, i18n.language)))].join(', '),
            })}
          </p>
        )}
        {choosing ? (
          <form className="shared-entry__use" onSubmit={(event) => void insert(event)}>
            <fieldset>
              <legend>{t('learning.shared.useLegend')}</legend>
              <label className="field__label" htmlFor={`${id}-section`}>
                {t('learning.shared.chooseSection')}
              </label>
              <SectionSelect id={`${id}-section`} value={sectionId} onChange={(next) => next && setSectionId(next)} />
              <div className="logbook-entry__actions">
                <button type="submit" className="button button--primary button--compact" disabled={busy}>
                  {busy ? t('learning.shared.inserting') : t('learning.shared.insert')}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--compact"
                  onClick={() => setChoosing(false)}
                >
                  {t('learning.shared.cancel')}
                </button>
              </div>
            </fieldset>
          </form>
        ) : (
          <div className="logbook-entry__actions">
            <button
              type="button"
              className="button button--secondary button--compact"
              onClick={() => setChoosing(true)}
            >
              {t('learning.shared.use')}
            </button>
          </div>
        )}
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </article>
    </li>
  );
}
