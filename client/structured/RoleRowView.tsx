import { type DragEvent, type HTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { ROLE_COLUMNS } from '../../shared/playbook/RoleLevel.js';
import { BoundTextField } from './BoundTextField.js';
import { ItemActions } from './ItemActions.js';
import { moveKeyDelta } from './moveKeyDelta.js';
import { RoleLevelSelect } from './RoleLevelSelect.js';
import { roleRowLeaderIssue } from './roleRowLeaderIssue.js';
import { StructuredIcon } from './StructuredIcon.js';
import type { DropPosition } from './useDragReorder.js';

/** Patch of a role row's fields, written to its Y.Map field by field. */
export type RoleRowPatch = Partial<Omit<RoleRow, 'id'>>;

interface RoleRowViewProps {
  row: RoleRow;
  index: number;
  count: number;
  /** The task's name for buttons and announcements: its text, or "Opgave 3" while it has none. */
  name: string;
  readOnly: boolean;
  onChange: (patch: RoleRowPatch) => void;
  onMove: (index: number) => void;
  onRemove: () => void;
  taskRef: (element: HTMLTextAreaElement | null) => void;
  dragHandleProps: HTMLAttributes<HTMLElement> & { draggable: boolean };
  dropProps: { onDragOver(event: DragEvent<HTMLElement>): void; onDrop(event: DragEvent): void };
  dropPosition: DropPosition;
  dragging: boolean;
}

/** One task of the roles matrix: its text, one cell per party, the leader check and the row's actions. */
export function RoleRowView(props: RoleRowViewProps) {
  const { row, index, count, name, readOnly, onChange, onMove } = props;
  const { t } = useTranslation();
  const issue = roleRowLeaderIssue(row);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Alt+ArrowDown opens a select's list: keep that for keyboard users of the role cells.
    const delta = readOnly || event.target instanceof HTMLSelectElement ? 0 : moveKeyDelta(event);
    if (delta === 0) return;
    event.preventDefault();
    const target = index + delta;
    if (target >= 0 && target < count) onMove(target);
  };

  const classes = ['roles-row'];
  if (issue) classes.push('roles-row--issue');
  if (props.dropPosition) classes.push(`structured-drop--${props.dropPosition}`);
  if (props.dragging) classes.push('is-dragging');

  return (
    <tr
      className={classes.join(' ')}
      data-testid="role-row"
      data-item-id={row.id}
      data-issue={issue ?? undefined}
      onKeyDown={onKeyDown}
      {...props.dropProps}
      data-drag-item
    >
      <th scope="row" className="roles-row__task">
        <div className="roles-row__task-line">
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
          <BoundTextField
            value={row.task}
            onChange={(task) => onChange({ task })}
            label={t('structured.roles.taskLabel', { number: index + 1 })}
            placeholder={t('structured.roles.taskPlaceholder')}
            readOnly={readOnly}
            maxLength={200}
            inputRef={props.taskRef}
            testId="role-task"
          />
        </div>
        {issue && (
          <p className="role-issue" data-testid="role-issue">
            <StructuredIcon name="warning" />
            {t(`structured.roles.issue.${issue}`)}
          </p>
        )}
      </th>
      {ROLE_COLUMNS.map((column) => (
        <td key={column} className="roles-row__cell" data-label={t(`structured.party.${column}`)}>
          <RoleLevelSelect
            value={row[column]}
            onChange={(level) => onChange({ [column]: level })}
            label={t('structured.roles.cellLabel', { party: t(`structured.party.${column}`), task: name })}
            readOnly={readOnly}
          />
        </td>
      ))}
      {!readOnly && (
        <td className="roles-row__actions">
          <ItemActions name={name} index={index} count={count} onMove={onMove} onRemove={props.onRemove} />
        </td>
      )}
    </tr>
  );
}
