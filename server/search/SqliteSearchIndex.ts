import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type { SearchEntry } from './playbookSearchEntries.js';
import { MATCH_END, MATCH_START, type RawHit, type SearchIndex } from './SearchIndex.js';

// FTS5 with the trigram tokenizer: a query word matches wherever it occurs inside a word, which suits
// Danish, where inflections are suffixes ("borger", "borgeren", "borgernes") and words compound freely
// ("samtale" in "fællessamtalen"). Case and diacritics are folded (ø and å are letters, not diacritics).
const SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS search_entries USING fts5(
  playbook_id UNINDEXED,
  section_id UNINDEXED,
  heading,
  body,
  tokenize = 'trigram remove_diacritics 1'
);
CREATE TABLE IF NOT EXISTS search_indexed (
  playbook_id TEXT PRIMARY KEY,
  indexed_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
`;

/** A term as an FTS5 string: double quotes doubled, so no query syntax gets through. */
const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** The search index in the SQLite file of the document store (shares its connection when given one). */
export class SqliteSearchIndex extends SqliteTables implements SearchIndex {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA);
    this.stmts = {
      deleteEntries: this.db.prepare<[string]>('DELETE FROM search_entries WHERE playbook_id = ?'),
      insertEntry: this.db.prepare<[string, string | null, string, string]>(
        'INSERT INTO search_entries (playbook_id, section_id, heading, body) VALUES (?, ?, ?, ?)',
      ),
      setIndexed: this.db.prepare<[string, number]>(
        `INSERT INTO search_indexed (playbook_id, indexed_at) VALUES (?, ?)
         ON CONFLICT (playbook_id) DO UPDATE SET indexed_at = excluded.indexed_at`,
      ),
      indexedAt: this.db.prepare<[string], { playbook_id: string; indexed_at: number }>(
        'SELECT playbook_id, indexed_at FROM search_indexed WHERE playbook_id IN (SELECT value FROM json_each(?))',
      ),
      search: this.db.prepare<
        [string, string, string, string, number],
        { playbook_id: string; section_id: string | null; snippet: string }
      >(
        `SELECT playbook_id, section_id,
                snippet(search_entries, -1, ?, ?, '…', 64) AS snippet
           FROM search_entries
          WHERE search_entries MATCH ?
            AND playbook_id IN (SELECT value FROM json_each(?))
          ORDER BY bm25(search_entries, 0, 0, 4.0, 1.0)
          LIMIT ?`,
      ),
    };
  }

  replace(playbookId: string, entries: SearchEntry[], indexedAt: number): void {
    this.db.transaction(() => {
      this.stmts.deleteEntries.run(playbookId);
      for (const entry of entries) this.stmts.insertEntry.run(playbookId, entry.sectionId, entry.heading, entry.body);
      this.stmts.setIndexed.run(playbookId, indexedAt);
    })();
  }

  indexedAt(playbookIds: string[]): Map<string, number> {
    const rows = this.stmts.indexedAt.all(JSON.stringify(playbookIds));
    return new Map(rows.map((row) => [row.playbook_id, row.indexed_at]));
  }

  search(terms: string[], playbookIds: string[], limit: number): RawHit[] {
    if (terms.length === 0 || playbookIds.length === 0) return [];
    const match = terms.map(quote).join(' AND ');
    return this.stmts.search
      .all(MATCH_START, MATCH_END, match, JSON.stringify(playbookIds), limit)
      .map((row) => ({ playbookId: row.playbook_id, sectionId: row.section_id, markedSnippet: row.snippet }));
  }
}
