import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookEntry } from '../../shared/api/logbookApi.js';
import type { ActionCard } from '../../shared/course/actionCards.js';
import { listOwnEntries } from '../api/logbookApi.js';
import { useAnnouncer } from '../structured/useAnnouncer.js';
import { logbookErrorText } from './logbookErrorText.js';
import { OwnEntryItem } from './OwnEntryItem.js';
import { QuickEntryForm } from './QuickEntryForm.js';

interface LogbookPanelProps {
  courseId: string;
  cards: readonly ActionCard[];
  /** Called after a change that the group's shared list may show (shared, unshared, edited, deleted). */
  onSharedChanged: () => void;
}

/**
 * "Min logbog": the quick entry first, then my own entries, newest first. Everything here comes from
 * `GET /api/courses/:id/logbook`, which only ever answers with the caller's own entries.
 */
export function LogbookPanel({ courseId, cards, onSharedChanged }: LogbookPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [entries, setEntries] = useState<LogbookEntry[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();

  const load = useCallback(
    (signal?: AbortSignal) => {
      listOwnEntries(courseId, signal).then(
        (found) => {
          setEntries(found);
          setFailed(null);
        },
        (error: unknown) => {
          if (!signal?.aborted) setFailed(logbookErrorText(error, t));
        },
      );
    },
    [courseId, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const replace = (entry: LogbookEntry) => {
    setEntries((current) => current?.map((e) => (e.id === entry.id ? entry : e)) ?? [entry]);
    onSharedChanged();
  };

  return (
    <section className="learning-section logbook" aria-labelledby={headingId} data-testid="own-logbook">
      <h2 id={headingId}>{t('learning.logbook.heading')}</h2>
      <p className="learning-section__intro">{t('learning.logbook.intro')}</p>
      <QuickEntryForm
        courseId={courseId}
        cards={cards}
        onSaved={(entry) => setEntries((current) => [entry, ...(current ?? [])])}
      />
      {failed && (
        <p className="inline-error" role="alert">
          {failed}
        </p>
      )}
      {entries === null && !failed && <p role="status">{t('learning.logbook.loading')}</p>}
      {entries?.length === 0 && <p className="learning-empty">{t('learning.logbook.empty')}</p>}
      {entries && entries.length > 0 && (
        <p className="logbook__download">
          <a href={`/api/courses/${encodeURIComponent(courseId)}/logbook.md`} download data-testid="logbook-download">
            {t('learning.logbook.download')}
          </a>
        </p>
      )}
      {entries && entries.length > 0 && (
        <ul className="logbook-list">
          {entries.map((entry) => (
            <OwnEntryItem
              key={entry.id}
              courseId={courseId}
              entry={entry}
              cardTitle={cards.find((card) => card.id === entry.actionCardId)?.title.trim() || null}
              onChanged={replace}
              onDeleted={(id) => {
                setEntries((current) => current?.filter((e) => e.id !== id) ?? null);
                onSharedChanged();
              }}
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
