import type Database from 'better-sqlite3';
import { openSqlite } from './openSqlite.js';
import type { SqliteOptions } from './SqliteDocumentStore.js';

/** Where a store keeps its tables: a connection it shares (the app: one file for everything) or its own file. */
export type SqliteSource = { database: Database.Database } | SqliteOptions;

/**
 * The base of every store that keeps its tables in SQLite next to the documents: it uses the shared
 * connection or opens its own file, turns on foreign keys where its tables reference other stores' rows,
 * creates its tables (`CREATE … IF NOT EXISTS`), and closes only a connection it opened itself.
 */
export abstract class SqliteTables {
  protected readonly db: Database.Database;
  private readonly ownsDatabase: boolean;

  protected constructor(source: SqliteSource, schema: string, options: { foreignKeys?: boolean } = {}) {
    this.ownsDatabase = !('database' in source);
    this.db = 'database' in source ? source.database : openSqlite(source);
    if (options.foreignKeys) this.db.pragma('foreign_keys = ON');
    this.db.exec(schema);
  }

  close(): void {
    if (this.ownsDatabase && this.db.open) this.db.close();
  }
}
