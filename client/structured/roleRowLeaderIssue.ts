import type { RoleRow } from '../../shared/playbook/playbookFileSchema.js';
import { ROLE_COLUMNS } from '../../shared/playbook/RoleLevel.js';

/** What is wrong with a task's leadership: nobody leads it, or more than one party does. */
export type LeaderIssue = 'noLeader' | 'manyLeaders';

/** Every task of the roles matrix should have exactly one "Leder"; returns the problem, or null when it has. */
export function roleRowLeaderIssue(row: Pick<RoleRow, 'jobcenter' | 'akasse' | 'borger'>): LeaderIssue | null {
  const leaders = ROLE_COLUMNS.filter((column) => row[column] === 'leder').length;
  if (leaders === 0) return 'noLeader';
  return leaders > 1 ? 'manyLeaders' : null;
}
