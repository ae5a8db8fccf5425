import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { agendaItems } from '../../shared/playbook/agendaItems.js';
import { newItemId } from '../../shared/playbook/newItemId.js';
import type { AgendaItem } from '../../shared/playbook/playbookFileSchema.js';
import '../styles/structured.css';
import { AgendaItemCard } from './AgendaItemCard.js';
import { AgendaSummary } from './AgendaSummary.js';
import { agendaTimeline } from './agendaTimeline.js';
import { StructuredIcon } from './StructuredIcon.js';
import { UndoToast } from './UndoToast.js';
import { useAnnouncer } from './useAnnouncer.js';
import { useDragReorder } from './useDragReorder.js';
import { useRemovalUndo } from './useRemovalUndo.js';
import { useYList } from './useYList.js';

interface AgendaEditorProps {
  doc: Y.Doc;
  /** Show the agenda without any way to change it. @default false */
  readOnly?: boolean;
}

/**
 * The agenda of the joint interview (section 5), bound to the playbook's `agenda` list: add, edit, delete
 * with undo, reorder by drag, buttons or Alt+arrow keys, with the running total of minutes.
 */
export function AgendaEditor({ doc, readOnly = false }: AgendaEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const items = useYList(doc, agendaItems);
  const timeline = useMemo(() => agendaTimeline(items), [items]);
  const [announcement, announce] = useAnnouncer();
  const addButton = useRef<HTMLButtonElement>(null);
  const titles = useRef(new Map<string, HTMLTextAreaElement>());
  // The item whose first field gets focus once it shows (just added, or put back by undo).
  const focusTitleOf = useRef<string | null>(null);
  const removal = useRemovalUndo(doc, agendaItems);

  useEffect(() => {
    const id = focusTitleOf.current;
    const field = id === null ? undefined : titles.current.get(id);
    if (!field) return;
    focusTitleOf.current = null;
    field.focus();
  }, [items]);

  const nameOf = useCallback(
    (item: AgendaItem, index: number) => item.title.trim() || t('structured.agenda.untitled', { number: index + 1 }),
    [t],
  );

  const move = (item: AgendaItem, index: number) => {
    agendaItems.move(doc, item.id, index);
    announce(t('structured.announce.moved', { name: nameOf(item, index), position: index + 1, count: items.length }));
  };

  const drag = useDragReorder({
    ids: items.map((item) => item.id),
    enabled: !readOnly,
    onMove: (id, index) => {
      const item = items.find((candidate) => candidate.id === id);
      if (item) move(item, index);
    },
  });

  const add = () => {
    const id = newItemId();
    agendaItems.insert(doc, {
      id,
      title: '',
      purpose: '',
      lead: 'faelles',
      minutes: null,
      mustCover: false,
      keyQuestions: [],
    });
    focusTitleOf.current = id;
    announce(t('structured.agenda.added', { position: items.length + 1 }));
  };

  const undo = () => {
    const index = removal.removed?.index ?? 0;
    const restored = removal.undo();
    if (!restored) return;
    focusTitleOf.current = restored.id;
    announce(t('structured.announce.restored', { name: nameOf(restored, index) }));
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
    <div className="structured agenda-editor" data-testid="agenda-editor" role="group" aria-labelledby={headingId}>
      <AgendaSummary headingId={headingId} items={items} timeline={timeline} readOnly={readOnly} />
      {items.length === 0 && <p className="structured__empty">{t('structured.agenda.empty')}</p>}
      <ol className="agenda-list" aria-labelledby={headingId} hidden={items.length === 0} {...drag.listProps}>
        {items.map((item, index) => {
          const { onDragOver, onDrop } = drag.itemProps(index);
          return (
            <AgendaItemCard
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              slot={timeline.slots[index] ?? { start: 0, end: 0, timed: false }}
              name={nameOf(item, index)}
              readOnly={readOnly}
              onChange={(patch) => agendaItems.update(doc, item.id, patch)}
              onMove={(target) => move(item, target)}
              onRemove={() => {
                removal.remove(item, index);
                announce(t('structured.announce.removed', { name: nameOf(item, index) }));
              }}
              titleRef={(element) => {
                if (element) titles.current.set(item.id, element);
                else titles.current.delete(item.id);
              }}
              dragHandleProps={drag.handleProps(item.id)}
              dropProps={{ onDragOver, onDrop }}
              dropPosition={drag.dropPosition(index)}
              dragging={drag.dragging === item.id}
            />
          );
        })}
      </ol>
      {!readOnly && (
        <button ref={addButton} type="button" className="structured-add" onClick={add} data-testid="agenda-add">
          <StructuredIcon name="plus" />
          {t('structured.agenda.add')}
        </button>
      )}
      <p className="structured-sr-only" aria-live="polite" data-testid="agenda-announcer">
        {announcement}
      </p>
      {removal.removed && (
        <UndoToast
          message={t('structured.announce.removed', { name: nameOf(removal.removed.item, removal.removed.index) })}
          onUndo={undo}
          onDismiss={onDismiss}
        />
      )}
    </div>
  );
}
