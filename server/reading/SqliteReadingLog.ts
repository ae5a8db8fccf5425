import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';

// Times are epoch milliseconds. `subject` is `user:<id>` or `token:<id>`. A section's `changed_at` is the
// first time a reading page saw its current content (0: it looked like this when first seen).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS reading_visits (
  subject TEXT NOT NULL,
  playbook_id TEXT NOT NULL,
  visited_at INTEGER NOT NULL,
  PRIMARY KEY (subject, playbook_id)
) STRICT;
CREATE TABLE IF NOT EXISTS reading_sections (
  playbook_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  PRIMARY KEY (playbook_id, section_id)
) STRICT;
`;

/** What the reader view needs to say "what's new": the reader's previous visit and the sections changed since. */
export interface VisitRecord {
  /** The reader's previous visit, or null on the first one. */
  previousVisit: number | null;
  /** Sections whose content changed after the previous visit (none on the first visit). */
  changedSections: SectionId[];
}

/**
 * Remembers when each reader last opened a playbook's reader view, and when each section's readable
 * content last changed (by its hash). Detecting changes when a page is rendered is exact for "changed since
 * your last visit": every visit renders, so a change made before a visit has been seen by that visit at the
 * latest, and a change seen later is later than the visit.
 */
export class SqliteReadingLog extends SqliteTables {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA);
    this.stmts = {
      sections: this.db.prepare<[string], { section_id: string; content_hash: string; changed_at: number }>(
        'SELECT section_id, content_hash, changed_at FROM reading_sections WHERE playbook_id = ?',
      ),
      upsertSection: this.db.prepare<[string, string, string, number]>(
        `INSERT INTO reading_sections (playbook_id, section_id, content_hash, changed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (playbook_id, section_id) DO UPDATE SET content_hash = excluded.content_hash,
         changed_at = excluded.changed_at`,
      ),
      visit: this.db.prepare<[string, string], { visited_at: number }>(
        'SELECT visited_at FROM reading_visits WHERE subject = ? AND playbook_id = ?',
      ),
      upsertVisit: this.db.prepare<[string, string, number]>(
        `INSERT INTO reading_visits (subject, playbook_id, visited_at) VALUES (?, ?, ?)
         ON CONFLICT (subject, playbook_id) DO UPDATE SET visited_at = excluded.visited_at`,
      ),
    };
  }

  /**
   * Notes the sections' current hashes (a new hash is a change at `now`), then the visit of `subject` at
   * `now`, and answers which sections changed since the subject's previous visit. One transaction.
   */
  recordVisit(subject: string, playbookId: string, hashes: ReadonlyMap<SectionId, string>, now: number): VisitRecord {
    return this.db.transaction((): VisitRecord => {
      const known = new Map(this.stmts.sections.all(playbookId).map((row) => [row.section_id, row]));
      const changedAt = new Map<SectionId, number>();
      for (const [sectionId, hash] of hashes) {
        const row = known.get(sectionId);
        if (row && row.content_hash === hash) {
          changedAt.set(sectionId, row.changed_at);
          continue;
        }
        // Never seen before: it looked like this all along, as far as anyone can tell.
        const when = row ? now : 0;
        this.stmts.upsertSection.run(playbookId, sectionId, hash, when);
        changedAt.set(sectionId, when);
      }
      const previousVisit = this.stmts.visit.get(subject, playbookId)?.visited_at ?? null;
      this.stmts.upsertVisit.run(subject, playbookId, now);
      const changedSections =
        previousVisit === null ? [] : [...changedAt].filter(([, when]) => when > previousVisit).map(([id]) => id);
      return { previousVisit, changedSections };
    })();
  }
}
