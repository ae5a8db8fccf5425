import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { newItemId } from '../../shared/playbook/newItemId.js';
import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { ROLE_COLUMNS } from '../../shared/playbook/RoleLevel.js';
import { roleRows } from '../../shared/playbook/roleRows.js';
import '../styles/structured.css';
import { RoleRowView } from './RoleRowView.js';
import { RolesCheck } from './RolesCheck.js';
import { RolesLegend } from './RolesLegend.js';
import { StructuredIcon } from './StructuredIcon.js';
import { UndoToast } from './UndoToast.js';
import { useAnnouncer } from './useAnnouncer.js';
import { useDragReorder } from './useDragReorder.js';
import { useRemovalUndo } from './useRemovalUndo.js';
import { useYList } from './useYList.js';

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
  const rows = useYList(doc, roleRows);
  const [announcement, announce] = useAnnouncer();
  const addButton = useRef<HTMLButtonElement>(null);
  const tasks = useRef(new Map<string, HTMLTextAreaElement>());
  // The item whose first field gets focus once it shows (just added, or put back by undo).
  const focusTaskOf = useRef<string | null>(null);
  const removal = useRemovalUndo(doc, roleRows);

  useEffect(() => {
    const id = focusTaskOf.current;
    const field = id === null ? undefined : tasks.current.get(id);
    if (!field) return;
    focusTaskOf.current = null;
    field.focus();
  }, [rows]);

  const nameOf = useCallback(
    (row: RoleRow, index: number) => row.task.trim() || t('structured.roles.untitled', { number: index + 1 }),
    [t],
  );

  const move = (row: RoleRow, index: number) => {
    roleRows.move(doc, row.id, index);
    announce(t('structured.announce.moved', { name: nameOf(row, index), position: index + 1, count: rows.length }));
  };

  const drag = useDragReorder({
    ids: rows.map((row) => row.id),
    enabled: !readOnly,
    onMove: (id, index) => {
      const row = rows.find((candidate) => candidate.id === id);
      if (row) move(row, index);
    },
  });

  const add = () => {
    const id = newItemId();
    roleRows.insert(doc, { id, task: '', jobcenter: null, akasse: null, borger: null });
    focusTaskOf.current = id;
    announce(t('structured.roles.added', { position: rows.length + 1 }));
  };

  const undo = () => {
    const index = removal.removed?.index ?? 0;
    const restored = removal.undo();
    if (!restored) return;
    focusTaskOf.current = restored.id;
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
                  onRemove={() => {
                    removal.remove(row, index);
                    announce(t('structured.announce.removed', { name: nameOf(row, index) }));
                  }}
                  taskRef={(element) => {
                    if (element) tasks.current.set(row.id, element);
                    else tasks.current.delete(row.id);
                  }}
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
