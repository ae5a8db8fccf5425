import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { ROLE_COLUMNS, ROLE_LEVELS } from '../../shared/playbook/RoleLevel.js';
import type { ReadingTexts } from './readingTexts.js';

/**
 * The roles matrix as a list, one line per task ("Rådighed – Leder: A-kasse · Bidrager: Borger"): on a
 * phone a four-column table would not fit at a readable size.
 */
export function RolesList({ rows, texts }: { rows: readonly RoleRow[]; texts: ReadingTexts }) {
  if (rows.length === 0) return null;
  return (
    <ul className="roles-list" data-testid="roles-list">
      {rows.map((row) => {
        const parts = ROLE_LEVELS.map((level) => ({
          level,
          who: ROLE_COLUMNS.filter((column) => row[column] === level).map((column) => texts.roleColumns[column]),
        })).filter((part) => part.who.length > 0);
        return (
          <li key={row.id} data-testid="role-row">
            <strong>{row.task}</strong>
            {parts.map((part) => (
              <span key={part.level} className={`roles-list__part level--${part.level}`}>
                {' · '}
                {texts.roleLevels[part.level]}: {part.who.join(', ')}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
