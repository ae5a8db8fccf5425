import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqliteOptions } from './SqliteDocumentStore.js';

/** Opens (creating its folder) the SQLite file in WAL mode with the pragmas every connection of ours uses. */
export function openSqlite(options: SqliteOptions): Database.Database {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous}`);
  db.pragma('busy_timeout = 5000');
  return db;
}
