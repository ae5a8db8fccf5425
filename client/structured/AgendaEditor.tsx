import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { agendaItems } from '../../shared/playbook/agendaItems.js';
import type { AgendaItem } from '../../shared/playbook/playbookFileSchema.js';
import '../styles/structured.css';
import { AgendaItemCard } from './AgendaItemCard.js';
import { AgendaSummary } from './AgendaSummary.js';
import { agendaTimeline } from './agendaTimeline.js';
import { StructuredIcon } from './StructuredIcon.js';
import { UndoToast } from './UndoToast.js';
import { useListEditor } from './useListEditor.js';

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
  const nameOf = useCallback(
    (item: AgendaItem, index: number) => item.title.trim() || t('structured.agenda.untitled', { number: index + 1 }),
    [t],
  );
  const { items, drag, removed, announcement, addButton, add, move, remove, undo, onDismiss, firstFieldRef } =
    useListEditor({
      doc,
      list: agendaItems,
      readOnly,
      nameOf,
      blank: { title: '', purpose: '', lead: 'faelles', minutes: null, mustCover: false, keyQuestions: [] },
      addedMessageKey: 'structured.agenda.added',
    });
  const timeline = useMemo(() => agendaTimeline(items), [items]);

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
              onRemove={() => remove(item, index)}
              titleRef={firstFieldRef(item.id)}
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
      {removed && (
        <UndoToast
          message={t('structured.announce.removed', { name: nameOf(removed.item, removed.index) })}
          onUndo={undo}
          onDismiss={onDismiss}
        />
      )}
    </div>
  );
}
