import type { PlaybookCatalogEntry } from '../../shared/api/playbooksApi.js';
import { PLAYBOOK_STATUSES, type PlaybookStatus } from '../../shared/playbook/PlaybookStatus.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type { ArchivedFilter, NewPlaybook, PlaybookCatalog, PlaybookListing } from './PlaybookCatalog.js';

// Times are epoch milliseconds. `title_search` is the title lower-cased in JavaScript with Danish rules:
// SQLite's LIKE and lower() fold ASCII only, so "Ø" would never find "ø".
const SCHEMA = `
CREATE TABLE IF NOT EXISTS playbooks (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  title_search TEXT NOT NULL,
  status TEXT NOT NULL,
  area TEXT NOT NULL,
  template_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  archived_at INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS playbooks_by_updated_at ON playbooks (updated_at DESC);
`;

interface Row {
  id: string;
  title: string;
  status: string;
  area: string;
  template_id: string | null;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
}

const COLUMNS = 'id, title, status, area, template_id, created_at, updated_at, archived_at';

/** The text a title search compares: Unicode-normalised and lower-cased the Danish way. */
export function titleSearchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da');
}

/**
 * The catalogue in the SQLite file of the document store. Pass `{ database }` to share the store's
 * connection (one handle, closed by the store), or the store's file options to open a second connection
 * (WAL lets both work on the file; this catalogue then closes its own).
 */
export class SqlitePlaybookCatalog extends SqliteTables implements PlaybookCatalog {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA);
    this.stmts = {
      insert: this.db.prepare<[string, string, string, string, string, string | null, number, number]>(
        `INSERT INTO playbooks (id, title, title_search, status, area, template_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM playbooks WHERE id = ?`),
      list: this.db.prepare<{ archived: ArchivedFilter; q: string | null }, Row>(
        `SELECT ${COLUMNS} FROM playbooks
         WHERE (:archived = 'include' OR (:archived = 'only') = (archived_at IS NOT NULL))
           AND (:q IS NULL OR instr(title_search, :q) > 0)
         ORDER BY updated_at DESC, id`,
      ),
      update: this.db.prepare<[string | null, string | null, string | null, string | null, number, string]>(
        `UPDATE playbooks SET title = coalesce(?, title), title_search = coalesce(?, title_search),
           status = coalesce(?, status), area = coalesce(?, area), updated_at = ?
         WHERE id = ?`,
      ),
      setArchived: this.db.prepare<{ now: number | null; id: string }>(
        `UPDATE playbooks SET archived_at = CASE WHEN :now IS NULL THEN NULL ELSE coalesce(archived_at, :now) END
         WHERE id = :id`,
      ),
    };
  }

  create(playbook: NewPlaybook): PlaybookCatalogEntry {
    const { id, title, status, area, templateId, now } = playbook;
    this.stmts.insert.run(id, title, titleSearchKey(title), status, area, templateId, now, now);
    return this.get(id)!;
  }

  get(id: string): PlaybookCatalogEntry | null {
    const row = this.stmts.get.get(id);
    return row ? toSummary(row) : null;
  }

  list(filter: { q?: string; archived: ArchivedFilter }): PlaybookCatalogEntry[] {
    const q = filter.q?.trim() ? titleSearchKey(filter.q.trim()) : null;
    return this.stmts.list.all({ archived: filter.archived, q }).map(toSummary);
  }

  update(id: string, patch: Partial<PlaybookListing>, now: number): PlaybookCatalogEntry | null {
    const { title, status, area } = patch;
    const search = title === undefined ? null : titleSearchKey(title);
    this.stmts.update.run(title ?? null, search, status ?? null, area ?? null, now, id);
    return this.get(id);
  }

  setArchived(id: string, now: number | null): PlaybookCatalogEntry | null {
    this.stmts.setArchived.run({ now, id });
    return this.get(id);
  }
}

function toSummary(row: Row): PlaybookCatalogEntry {
  return {
    id: row.id,
    title: row.title,
    status: isStatus(row.status) ? row.status : 'kladde',
    area: row.area,
    templateId: row.template_id,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    archivedAt: row.archived_at === null ? null : new Date(row.archived_at).toISOString(),
  };
}

function isStatus(value: string): value is PlaybookStatus {
  return (PLAYBOOK_STATUSES as readonly string[]).includes(value);
}
