import type { DragEvent, HTMLAttributes, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../shared/playbook/playbookFileSchema.js';
import type { AgendaSlot } from './agendaTimeline.js';
import { BoundTextField } from './BoundTextField.js';
import { ItemActions } from './ItemActions.js';
import { KeyQuestionsEditor } from './KeyQuestionsEditor.js';
import { LeadPicker } from './LeadPicker.js';
import { MinutesField } from './MinutesField.js';
import { StructuredIcon } from './StructuredIcon.js';
import type { DropPosition } from './useDragReorder.js';
import { moveKeyDelta } from './moveKeyDelta.js';

/** Patch of an agenda item's fields, written to its Y.Map field by field. */
export type AgendaItemPatch = Partial<Omit<AgendaItem, 'id'>>;

interface AgendaItemCardProps {
  item: AgendaItem;
  index: number;
  count: number;
  slot: AgendaSlot;
  /** The item's name for buttons and announcements: its title, or "Punkt 3" while it has none. */
  name: string;
  readOnly: boolean;
  onChange: (patch: AgendaItemPatch) => void;
  onMove: (index: number) => void;
  onRemove: () => void;
  titleRef: (element: HTMLTextAreaElement | null) => void;
  dragHandleProps: HTMLAttributes<HTMLElement> & { draggable: boolean };
  dropProps: { onDragOver(event: DragEvent<HTMLElement>): void; onDrop(event: DragEvent): void };
  dropPosition: DropPosition;
  dragging: boolean;
}

/** One agenda item: title, time slot, purpose, lead, minutes, "skal dækkes" and key questions. */
export function AgendaItemCard(props: AgendaItemCardProps) {
  const { item, index, count, slot, name, readOnly, onChange, onMove } = props;
  const { t } = useTranslation();
  const number = index + 1;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    // Alt+ArrowDown opens a select's list: keep that for keyboard users of the role cells.
    const delta = readOnly || event.target instanceof HTMLSelectElement ? 0 : moveKeyDelta(event);
    if (delta === 0) return;
    event.preventDefault();
    const target = index + delta;
    if (target >= 0 && target < count) onMove(target);
  };

  const classes = ['agenda-item'];
  if (props.dropPosition) classes.push(`structured-drop--${props.dropPosition}`);
  if (props.dragging) classes.push('is-dragging');

  return (
    <li
      className={classes.join(' ')}
      data-lead={item.lead}
      data-testid="agenda-item"
      data-item-id={item.id}
      onKeyDown={onKeyDown}
      {...props.dropProps}
      data-drag-item
    >
      <div className="agenda-item__head">
        {!readOnly && (
          <span
            className="drag-handle"
            title={t('structured.actions.drag', { name })}
            aria-hidden="true"
            data-testid="drag-handle"
            {...props.dragHandleProps}
          >
            <StructuredIcon name="grip" />
          </span>
        )}
        <span className="agenda-item__number" aria-hidden="true">
          {number}
        </span>
        <BoundTextField
          value={item.title}
          onChange={(title) => onChange({ title })}
          label={t('structured.agenda.item.titleLabel', { number })}
          placeholder={t('structured.agenda.item.titlePlaceholder')}
          readOnly={readOnly}
          className="agenda-item__title"
          maxLength={200}
          inputRef={props.titleRef}
          testId="agenda-title"
        />
        <p className={`agenda-item__slot${slot.timed ? '' : ' agenda-item__slot--untimed'}`} data-testid="agenda-slot">
          <StructuredIcon name={slot.timed ? 'clock' : 'warning'} />
          {slot.timed
            ? t('structured.agenda.item.slot', { start: slot.start, end: slot.end })
            : t('structured.agenda.item.slotUntimed', { start: slot.start })}
        </p>
        {!readOnly && <ItemActions name={name} index={index} count={count} onMove={onMove} onRemove={props.onRemove} />}
      </div>
      <div className="agenda-item__body">
        <BoundTextField
          value={item.purpose}
          onChange={(purpose) => onChange({ purpose })}
          label={t('structured.agenda.item.purposeLabel')}
          visibleLabel
          multiline
          placeholder={t('structured.agenda.item.purposePlaceholder')}
          readOnly={readOnly}
          maxLength={2000}
          testId="agenda-purpose"
        />
        <div className="agenda-item__meta">
          <LeadPicker value={item.lead} onChange={(lead) => onChange({ lead })} readOnly={readOnly} />
          <MinutesField value={item.minutes} onChange={(minutes) => onChange({ minutes })} readOnly={readOnly} />
          <label className="must-cover">
            <input
              type="checkbox"
              className="must-cover__input"
              checked={item.mustCover}
              disabled={readOnly}
              onChange={(event) => onChange({ mustCover: event.currentTarget.checked })}
              data-testid="must-cover"
            />
            <span className="must-cover__text">{t('structured.agenda.item.mustCover')}</span>
          </label>
        </div>
        <KeyQuestionsEditor
          questions={item.keyQuestions}
          onChange={(keyQuestions) => onChange({ keyQuestions })}
          readOnly={readOnly}
        />
      </div>
    </li>
  );
}
