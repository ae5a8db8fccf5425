import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { ROLE_COLUMNS } from '../../shared/playbook/RoleLevel.js';
import type { ReadingTexts } from './readingTexts.js';

/** The roles matrix: one row per task, one column per party, the cell saying how the party takes part. */
export function RolesTable({ rows, texts }: { rows: readonly RoleRow[]; texts: ReadingTexts }) {
  if (rows.length === 0) return null;
  return (
    <table className="roles" data-testid="roles-table">
      <thead>
        <tr>
          <th scope="col">{texts.task}</th>
          {ROLE_COLUMNS.map((column) => (
            <th scope="col" key={column}>
              {texts.roleColumns[column]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="role-row">
            <th scope="row">{row.task}</th>
            {ROLE_COLUMNS.map((column) => {
              const level = row[column];
              return (
                <td key={column} className={level ? `level level--${level}` : 'level'}>
                  {level ? texts.roleLevels[level] : texts.noPart}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
