import { isSectionId } from '../../shared/playbook/sectionIds.js';
import { SqliteTables, type SqliteSource } from '../storage/SqliteTables.js';
import type { SectionActivityStore, SectionEdit } from './SectionActivityStore.js';

// Times are epoch milliseconds. Only the organisation is kept, never the person: the live view says
// "edited by the a-kasse", and a row per section is all the history there is.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS section_activity (
  playbook_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  organisation TEXT NOT NULL,
  organisation_name TEXT NOT NULL,
  PRIMARY KEY (playbook_id, section_id)
) STRICT, WITHOUT ROWID;
`;

interface Row {
  playbook_id: string;
  section_id: string;
  at: number;
  organisation: string;
  organisation_name: string;
}

const ORGANISATIONS = new Set<string>(['jobcenter', 'akasse', 'anden']);

/** Section activity in the app's SQLite file (`{ database }` shares a connection, closed by its owner). */
export class SqliteSectionActivityStore extends SqliteTables implements SectionActivityStore {
  private readonly stmts;

  constructor(source: SqliteSource) {
    super(source, SCHEMA);
    this.stmts = {
      upsert: this.db.prepare<[string, string, number, string, string]>(
        `INSERT INTO section_activity (playbook_id, section_id, at, organisation, organisation_name)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (playbook_id, section_id) DO UPDATE SET at = excluded.at,
         organisation = excluded.organisation, organisation_name = excluded.organisation_name
         WHERE excluded.at >= section_activity.at`,
      ),
      ofPlaybooks: this.db.prepare<[string], Row>(
        `SELECT playbook_id, section_id, at, organisation, organisation_name FROM section_activity
         WHERE playbook_id IN (SELECT value FROM json_each(?))`,
      ),
    };
  }

  save(edits: readonly SectionEdit[]): void {
    this.db.transaction(() => {
      for (const edit of edits) {
        this.stmts.upsert.run(edit.playbookId, edit.sectionId, edit.at, edit.organisation, edit.organisationName);
      }
    })();
  }

  lastEdits(playbookIds: readonly string[]): SectionEdit[] {
    const edits: SectionEdit[] = [];
    for (const row of this.stmts.ofPlaybooks.all(JSON.stringify(playbookIds))) {
      // Rows written by a newer version with other values are left out rather than misread.
      if (!isSectionId(row.section_id) || !ORGANISATIONS.has(row.organisation)) continue;
      edits.push({
        playbookId: row.playbook_id,
        sectionId: row.section_id,
        at: row.at,
        organisation: row.organisation as SectionEdit['organisation'],
        organisationName: row.organisation_name,
      });
    }
    return edits;
  }
}
