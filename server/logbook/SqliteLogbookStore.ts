import { isSectionId } from '../../shared/playbook/sectionIds.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type { LogbookEntryPatch, LogbookStore, StoredLogbookEntry, StoredLogbookUse } from './LogbookStore.js';

// After the identity and course tables: an entry belongs to a course and an author; deleting either deletes
// the entry (an account deleted is a person gone, with everything they wrote for themselves). `group_id` is
// not a foreign key: a shared entry of a deleted group stays its author's. `used_in` is a JSON array.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS logbook_entries (
  id TEXT PRIMARY KEY,
  course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  author_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  group_id TEXT,
  action_card_id TEXT,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  shared_at INTEGER,
  used_in TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX IF NOT EXISTS logbook_entries_by_author ON logbook_entries (course_id, author_id, created_at);
CREATE INDEX IF NOT EXISTS logbook_entries_shared ON logbook_entries (course_id, group_id, shared_at)
  WHERE shared_at IS NOT NULL;
`;

interface EntryRow {
  id: string;
  course_id: string;
  author_id: string;
  group_id: string | null;
  action_card_id: string | null;
  text: string;
  created_at: number;
  updated_at: number;
  shared_at: number | null;
  used_in: string;
}

const COLUMNS = 'id, course_id, author_id, group_id, action_card_id, text, created_at, updated_at, shared_at, used_in';

function toUses(json: string): StoredLogbookUse[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((use: unknown) => {
    if (typeof use !== 'object' || use === null) return [];
    const { playbookId, sectionId, at } = use as Record<string, unknown>;
    return typeof playbookId === 'string' && isSectionId(sectionId) && typeof at === 'number'
      ? [{ playbookId, sectionId, at }]
      : [];
  });
}

const toEntry = (row: EntryRow): StoredLogbookEntry => ({
  id: row.id,
  courseId: row.course_id,
  authorId: row.author_id,
  groupId: row.group_id,
  actionCardId: row.action_card_id,
  text: row.text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  sharedAt: row.shared_at,
  usedIn: toUses(row.used_in),
});

/**
 * Logbook entries in the app's SQLite file. Pass `{ database }` to share a connection (closed by its owner)
 * or the file options to open one of its own.
 */
export class SqliteLogbookStore extends SqliteTables implements LogbookStore {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA, { foreignKeys: true });
    this.stmts = {
      insert: this.db.prepare<[string, string, string, string | null, string | null, string, number, number]>(
        `INSERT INTO logbook_entries (id, course_id, author_id, group_id, action_card_id, text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: this.db.prepare<[string, string], EntryRow>(
        `SELECT ${COLUMNS} FROM logbook_entries WHERE course_id = ? AND id = ?`,
      ),
      byAuthor: this.db.prepare<[string, string], EntryRow>(
        `SELECT ${COLUMNS} FROM logbook_entries WHERE course_id = ? AND author_id = ?
         ORDER BY created_at DESC, id`,
      ),
      countByAuthor: this.db.prepare<[string, string], { n: number }>(
        'SELECT count(*) AS n FROM logbook_entries WHERE course_id = ? AND author_id = ?',
      ),
      sharedOfGroup: this.db.prepare<[string, string], EntryRow>(
        `SELECT ${COLUMNS} FROM logbook_entries WHERE course_id = ? AND group_id = ? AND shared_at IS NOT NULL
         ORDER BY shared_at DESC, id`,
      ),
      update: this.db.prepare<[string, string | null, number, string, string, string]>(
        `UPDATE logbook_entries SET text = ?, action_card_id = ?, updated_at = ?
         WHERE course_id = ? AND author_id = ? AND id = ?`,
      ),
      setShared: this.db.prepare<[number | null, string | null, string, string, string]>(
        `UPDATE logbook_entries SET shared_at = ?, group_id = ?
         WHERE course_id = ? AND author_id = ? AND id = ?`,
      ),
      setUses: this.db.prepare<[string, string, string]>(
        'UPDATE logbook_entries SET used_in = ? WHERE course_id = ? AND id = ?',
      ),
      delete: this.db.prepare<[string, string, string]>(
        'DELETE FROM logbook_entries WHERE course_id = ? AND author_id = ? AND id = ?',
      ),
      deletePrivate: this.db.prepare<[string, string]>(
        'DELETE FROM logbook_entries WHERE course_id = ? AND author_id = ? AND shared_at IS NULL',
      ),
    };
  }

  create(entry: StoredLogbookEntry): void {
    this.stmts.insert.run(
      entry.id,
      entry.courseId,
      entry.authorId,
      entry.groupId,
      entry.actionCardId,
      entry.text,
      entry.createdAt,
      entry.updatedAt,
    );
  }

  get(courseId: string, id: string): StoredLogbookEntry | null {
    const row = this.stmts.get.get(courseId, id);
    return row ? toEntry(row) : null;
  }

  listByAuthor(courseId: string, authorId: string): StoredLogbookEntry[] {
    return this.stmts.byAuthor.all(courseId, authorId).map(toEntry);
  }

  countByAuthor(courseId: string, authorId: string): number {
    return this.stmts.countByAuthor.get(courseId, authorId)?.n ?? 0;
  }

  listSharedOfGroup(courseId: string, groupId: string): StoredLogbookEntry[] {
    return this.stmts.sharedOfGroup.all(courseId, groupId).map(toEntry);
  }

  update(courseId: string, authorId: string, id: string, patch: LogbookEntryPatch): boolean {
    return this.db.transaction(() => {
      const current = this.get(courseId, id);
      if (!current || current.authorId !== authorId) return false;
      const text = patch.text ?? current.text;
      const actionCardId = patch.actionCardId === undefined ? current.actionCardId : patch.actionCardId;
      return this.stmts.update.run(text, actionCardId, patch.updatedAt, courseId, authorId, id).changes > 0;
    })();
  }

  setShared(courseId: string, authorId: string, id: string, sharedAt: number | null, groupId: string | null): boolean {
    return this.stmts.setShared.run(sharedAt, groupId, courseId, authorId, id).changes > 0;
  }

  addUse(courseId: string, id: string, use: StoredLogbookUse): boolean {
    return this.db.transaction(() => {
      const current = this.get(courseId, id);
      if (!current) return false;
      return this.stmts.setUses.run(JSON.stringify([...current.usedIn, use]), courseId, id).changes > 0;
    })();
  }

  delete(courseId: string, authorId: string, id: string): boolean {
    return this.stmts.delete.run(courseId, authorId, id).changes > 0;
  }

  deletePrivateOf(courseId: string, authorId: string): number {
    return this.stmts.deletePrivate.run(courseId, authorId).changes;
  }
}
