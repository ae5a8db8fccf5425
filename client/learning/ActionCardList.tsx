import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CoursePerson } from '../../shared/api/coursesApi.js';
import { actionCards, blankActionCard, type ActionCard } from '../../shared/course/actionCards.js';
import { newItemId } from '../../shared/playbook/newItemId.js';
import { StructuredIcon } from '../structured/StructuredIcon.js';
import { UndoToast } from '../structured/UndoToast.js';
import { useAnnouncer } from '../structured/useAnnouncer.js';
import { useRemovalUndo } from '../structured/useRemovalUndo.js';
import { ActionCardView } from './ActionCardView.js';

interface ActionCardListProps {
  doc: Y.Doc;
  cards: readonly ActionCard[];
  members: readonly CoursePerson[];
  readOnly: boolean;
  /** The working space has not arrived from the server yet. */
  loading: boolean;
}

/** Today as `YYYY-MM-DD` in the person's own time zone (due dates are calendar days). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The group's action cards, live from the working space: add (focus moves to the new card's title), edit any
 * field together, delete with undo. Cards keep the order they were made in; reordering is not needed.
 */
export function ActionCardList({ doc, cards, members, readOnly, loading }: ActionCardListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [announcement, announce] = useAnnouncer();
  const removal = useRemovalUndo(doc, actionCards);
  const titles = useRef(new Map<string, HTMLTextAreaElement>());
  const focusTitleOf = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = localToday();

  useEffect(() => {
    const id = focusTitleOf.current;
    const field = id === null ? undefined : titles.current.get(id);
    if (!field) return;
    focusTitleOf.current = null;
    field.focus();
  }, [cards]);

  const nameOf = (card: ActionCard, index: number) =>
    card.title.trim() || t('learning.cards.untitled', { number: index + 1 });

  const add = () => {
    const id = newItemId();
    actionCards.insert(doc, blankActionCard(id, new Date()));
    focusTitleOf.current = id;
    announce(t('learning.cards.added', { position: cards.length + 1 }));
  };

  const { dismiss } = removal;
  const onDismiss = useCallback(
    (byPerson: boolean) => {
      dismiss();
      if (byPerson) addButton.current?.focus();
    },
    [dismiss],
  );

  return (
    <section className="learning-section" aria-labelledby={headingId} data-testid="action-cards">
      <h2 id={headingId}>{t('learning.cards.heading')}</h2>
      <p className="learning-section__intro">{t('learning.cards.intro')}</p>
      {loading ? (
        <p role="status">{t('learning.cards.connecting')}</p>
      ) : (
        <>
          {readOnly && <p className="learning-note">{t('learning.cards.readOnly')}</p>}
          {cards.length === 0 && <p className="learning-empty">{t('learning.cards.empty')}</p>}
          <ol className="action-card-list" hidden={cards.length === 0}>
            {cards.map((card, index) => (
              <ActionCardView
                key={card.id}
                card={card}
                name={nameOf(card, index)}
                members={members}
                today={today}
                readOnly={readOnly}
                onChange={(patch) => actionCards.update(doc, card.id, patch)}
                onRemove={() => {
                  removal.remove(card, index);
                  announce(t('learning.cards.removed', { name: nameOf(card, index) }));
                }}
                titleRef={(element) => {
                  if (element) titles.current.set(card.id, element);
                  else titles.current.delete(card.id);
                }}
              />
            ))}
          </ol>
          {!readOnly && (
            <button ref={addButton} type="button" className="structured-add" onClick={add}>
              <StructuredIcon name="plus" />
              {t('learning.cards.add')}
            </button>
          )}
        </>
      )}
      <p className="structured-sr-only" aria-live="polite">
        {announcement}
      </p>
      {removal.removed && (
        <UndoToast
          message={t('learning.cards.removed', { name: nameOf(removal.removed.item, removal.removed.index) })}
          onUndo={() => {
            const restored = removal.undo();
            if (restored) focusTitleOf.current = restored.id;
          }}
          onDismiss={onDismiss}
        />
      )}
    </section>
  );
}
