import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { ROLE_COLUMNS } from '../../shared/playbook/RoleLevel.js';
import { roleRows } from '../../shared/playbook/roleRows.js';
import '../styles/structured.css';
import { RoleRowView } from './RoleRowView.js';
import { RolesCheck } from './RolesCheck.js';
import { RolesLegend } from './RolesLegend.js';
import { StructuredIcon } from './StructuredIcon.js';
import { UndoToast } from './UndoToast.js';
import { useListEditor } from './useListEditor.js';

interface RolesMatrixEditorProps {
  doc: Y.Doc;
  /** Show the matrix without any way to change it. @default false */
  readOnly?: boolean;
}

/**
 * The roles matrix (section 6), bound to the playbook's `roles` list: tasks × Jobcenter / A-kasse / Borger
 * with Leder / Bidrager / Informeres, a check for tasks without exactly one leader, and a legend.
 */
export function RolesMatrixEditor({ doc, readOnly = false }: RolesMatrixEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const nameOf = useCallback(
    (row: RoleRow, index: number) => row.task.trim() || t('structured.roles.untitled', { number: index + 1 }),
    [t],
  );
  const {
    items: rows,
    drag,
    removed,
    announcement,
    addButton,
    add,
    move,
    remove,
    undo,
    onDismiss,
    firstFieldRef,
  } = useListEditor({
    doc,
    list: roleRows,
    readOnly,
    nameOf,
    blank: { task: '', jobcenter: null, akasse: null, borger: null },
    addedMessageKey: 'structured.roles.added',
  });

  return (
    <div className="structured roles-editor" data-testid="roles-editor" role="group" aria-labelledby={headingId}>
      <div className="roles-editor__head">
        <h3 id={headingId} className="structured__heading">
          {t('structured.roles.heading')}
        </h3>
        {!readOnly && <p className="structured__hint">{t('structured.roles.hint')}</p>}
      </div>
      <RolesCheck rows={rows} />
      {rows.length === 0 ? <p className="structured__empty">{t('structured.roles.empty')}</p> : null}
      <div className="roles-table__scroller" hidden={rows.length === 0}>
        <table className="roles-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className="roles-table__task-head">
                {t('structured.roles.taskColumn')}
              </th>
              {ROLE_COLUMNS.map((column) => (
                <th key={column} scope="col" className="roles-table__party" data-party={column}>
                  {t(`structured.party.${column}`)}
                </th>
              ))}
              {!readOnly && (
                <th scope="col" className="roles-table__actions-head">
                  <span className="structured-sr-only">{t('structured.roles.actionsColumn')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody {...drag.listProps}>
            {rows.map((row, index) => {
              const { onDragOver, onDrop } = drag.itemProps(index);
              return (
                <RoleRowView
                  key={row.id}
                  row={row}
                  index={index}
                  count={rows.length}
                  name={nameOf(row, index)}
                  readOnly={readOnly}
                  onChange={(patch) => roleRows.update(doc, row.id, patch)}
                  onMove={(target) => move(row, target)}
                  onRemove={() => remove(row, index)}
                  taskRef={firstFieldRef(row.id)}
                  dragHandleProps={drag.handleProps(row.id)}
                  dropProps={{ onDragOver, onDrop }}
                  dropPosition={drag.dropPosition(index)}
                  dragging={drag.dragging === row.id}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {!readOnly && (
        <button ref={addButton} type="button" className="structured-add" onClick={add} data-testid="roles-add">
          <StructuredIcon name="plus" />
          {t('structured.roles.add')}
        </button>
      )}
      <RolesLegend />
      <p className="structured-sr-only" aria-live="polite" data-testid="roles-announcer">
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
