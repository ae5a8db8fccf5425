import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type { StoredVersion, VersionStore, VersionSummary } from './VersionStore.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS playbook_versions (
  playbook_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  label TEXT NOT NULL,
  state BLOB NOT NULL,
  approved_by TEXT NOT NULL,
  approved_by_user TEXT NOT NULL,
  approved_at INTEGER NOT NULL,
  PRIMARY KEY (playbook_id, number)
) STRICT, WITHOUT ROWID;
`;

interface Row {
  playbook_id: string;
  number: number;
  label: string;
  approved_by: string;
  approved_by_user: string;
  approved_at: number;
}

const SUMMARY_COLUMNS = 'playbook_id, number, label, approved_by, approved_by_user, approved_at';

function toSummary(row: Row): VersionSummary {
  return {
    playbookId: row.playbook_id,
    number: row.number,
    label: row.label,
    approvedBy: row.approved_by,
    approvedByUser: row.approved_by_user,
    approvedAt: row.approved_at,
  };
}

/** Approved versions in the SQLite file of the document store. */
export class SqliteVersionStore extends SqliteTables implements VersionStore {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA);
    this.stmts = {
      insert: this.db.prepare<
        [
          {
            playbookId: string;
            label: string;
            state: Uint8Array;
            approvedBy: string;
            approvedByUser: string;
            approvedAt: number;
          },
        ]
      >(
        `INSERT INTO playbook_versions (playbook_id, number, label, state, approved_by, approved_by_user, approved_at)
         VALUES (@playbookId,
                 (SELECT coalesce(max(number), 0) + 1 FROM playbook_versions WHERE playbook_id = @playbookId),
                 @label, @state, @approvedBy, @approvedByUser, @approvedAt)`,
      ),
      list: this.db.prepare<[string], Row>(
        `SELECT ${SUMMARY_COLUMNS} FROM playbook_versions WHERE playbook_id = ? ORDER BY number DESC`,
      ),
      latest: this.db.prepare<[string], Row & { state: Buffer }>(
        `SELECT ${SUMMARY_COLUMNS}, state FROM playbook_versions WHERE playbook_id = ? ORDER BY number DESC LIMIT 1`,
      ),
    };
  }

  add(version: Omit<StoredVersion, 'number'>): VersionSummary {
    // The number is computed inside the INSERT, so two approvals at once still get distinct numbers.
    return this.db
      .transaction(() => {
        this.stmts.insert.run(version);
        const row = this.stmts.list.get(version.playbookId)!;
        return toSummary(row);
      })
      .immediate();
  }

  list(playbookId: string): VersionSummary[] {
    return this.stmts.list.all(playbookId).map(toSummary);
  }

  latest(playbookId: string): StoredVersion | null {
    const row = this.stmts.latest.get(playbookId);
    return row ? { ...toSummary(row), state: new Uint8Array(row.state) } : null;
  }
}
