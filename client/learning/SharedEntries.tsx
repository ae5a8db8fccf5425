import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logbookEntryAnchor, type LogbookEntry } from '../../shared/api/logbookApi.js';
import type * as Y from 'yjs';
import type { ActionCard } from '../../shared/course/actionCards.js';
import { observeSharedLogbook } from '../../shared/course/sharedLogbookSignal.js';
import { listGroupEntries } from '../api/logbookApi.js';
import { useAnnouncer } from '../structured/useAnnouncer.js';
import { logbookErrorText } from './logbookErrorText.js';
import { SharedEntryItem } from './SharedEntryItem.js';

/**
 * How often the group's shared entries are fetched again while the page is visible, in case the signal in
 * the working space (below) cannot arrive, e.g. while its connection is being re-established.
 */
export const SHARED_ENTRIES_POLL_MS = 30_000;

interface SharedEntriesProps {
  courseId: string;
  groupId: string;
  cards: readonly ActionCard[];
  /** Changes whenever this person shared, unshared, edited or deleted one of their own entries. */
  reloadKey: number;
  /**
   * The group's working-space document, when open: the server bumps a signal in it whenever the group's
   * shared entries change (shared/course/sharedLogbookSignal.ts), and the list is fetched again at once.
   */
  doc?: Y.Doc | null;
}

/**
 * The group's shared entries (author, organisation, date), each with "Brug i drejebogen". Fetched again as soon
 * as the server signals a change through the working space (and every half minute as a fallback), so what
 * someone shares shows up without a reload. An address with
 * `#logbog-<id>` (the back-link the server writes into the playbook) scrolls to that entry.
 */
export function SharedEntries({ courseId, groupId, cards, reloadKey, doc = null }: SharedEntriesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [entries, setEntries] = useState<LogbookEntry[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();

  const load = useCallback(
    (signal?: AbortSignal) => {
      listGroupEntries(courseId, groupId, signal).then(
        (found) => {
          setEntries(found);
          setFailed(null);
        },
        (error: unknown) => {
          if (!signal?.aborted) setFailed(logbookErrorText(error, t));
        },
      );
    },
    [courseId, groupId, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') load(controller.signal);
    }, SHARED_ENTRIES_POLL_MS);
    const unobserve = doc ? observeSharedLogbook(doc, () => load(controller.signal)) : () => undefined;
    return () => {
      window.clearInterval(timer);
      unobserve();
      controller.abort();
    };
  }, [load, reloadKey, doc]);

  const hasEntries = entries !== null && entries.length > 0;
  useEffect(() => {
    if (!hasEntries) return;
    const target = document.getElementById(window.location.hash.slice(1));
    if (target?.classList.contains('shared-entry')) target.scrollIntoView({ block: 'center' });
  }, [hasEntries]);

  return (
    <section className="learning-section" aria-labelledby={headingId} data-testid="shared-logbook">
      <h2 id={headingId}>{t('learning.shared.heading')}</h2>
      <p className="learning-section__intro">{t('learning.shared.intro')}</p>
      <button type="button" className="button button--quiet button--compact" onClick={() => load()}>
        {t('learning.shared.refresh')}
      </button>
      {failed && (
        <p className="inline-error" role="alert">
          {failed}
        </p>
      )}
      {entries === null && !failed && <p role="status">{t('learning.shared.loading')}</p>}
      {entries?.length === 0 && <p className="learning-empty">{t('learning.shared.empty')}</p>}
      {hasEntries && (
        <ul className="logbook-list">
          {entries.map((entry) => (
            <SharedEntryItem
              key={entry.id}
              anchor={logbookEntryAnchor(entry.id)}
              courseId={courseId}
              entry={entry}
              cardTitle={cards.find((card) => card.id === entry.actionCardId)?.title.trim() || null}
              onUsed={(next) => setEntries((current) => current?.map((e) => (e.id === next.id ? next : e)) ?? null)}
              announce={announce}
            />
          ))}
        </ul>
      )}
      <p className="structured-sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
