import type Database from 'better-sqlite3';
import type { DocumentStore, StoredDocument } from './DocumentStore.js';
import type { Logger } from '../logger.js';
import { openSqlite } from './openSqlite.js';
import { WalCheckpointer } from './WalCheckpointer.js';

export interface SqliteOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** `synchronous` pragma; NORMAL with WAL keeps every commit across a process crash. */
  synchronous: 'NORMAL' | 'FULL';
}

export interface SqliteDocumentStoreOptions extends SqliteOptions {
  /** Checkpoints by a worker thread this often (see WalCheckpointer); 0 or absent: SQLite's own. */
  checkpointIntervalMs?: number;
  /** Where a failing checkpoint worker is reported. */
  log?: Pick<Logger, 'error'>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS doc_updates (
  doc_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (doc_id, seq)
) STRICT, WITHOUT ROWID;
`;

/**
 * The embedded default store: one SQLite file in WAL mode. Every call is synchronous, so an update is
 * committed before the call returns and before the room relays it.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly stmts;
  private readonly checkpointer: WalCheckpointer | null = null;

  constructor(options: SqliteDocumentStoreOptions) {
    this.db = openSqlite(options);
    this.db.exec(SCHEMA);
    const { file, synchronous, checkpointIntervalMs: intervalMs = 0, log } = options;
    if (file !== ':memory:' && intervalMs > 0) {
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new WalCheckpointer({
        file,
        synchronous,
        intervalMs,
        onFailure: (error) => {
          log?.error({ err: error }, 'the WAL checkpoint worker failed; SQLite checkpoints by itself again');
          if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
        },
      });
    }
    this.stmts = {
      snapshot: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_snapshots WHERE doc_id = ?',
      ),
      updatesAfter: this.db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq',
      ),
      // A loaded room knows its next sequence number; without one (a playbook created or imported through
      // the API) it is computed in the insert itself, so nothing per document is remembered in memory.
      insertNextUpdate: this.db.prepare<[string, number, Uint8Array]>(
        'INSERT INTO doc_updates (doc_id, seq, data) VALUES (?, ?, ?)',
      ),
      insertUpdate: this.db.prepare<{ docId: string; data: Uint8Array }, { seq: number }>(
        `INSERT INTO doc_updates (doc_id, seq, data)
         SELECT $docId, coalesce(max(seq), (SELECT seq FROM doc_snapshots WHERE doc_id = $docId), 0) + 1, $data
         FROM doc_updates WHERE doc_id = $docId
         RETURNING seq`,
      ),
      upsertSnapshot: this.db.prepare<[string, number, Uint8Array, number]>(
        `INSERT INTO doc_snapshots (doc_id, seq, data, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET seq = excluded.seq, data = excluded.data, updated_at = excluded.updated_at`,
      ),
      deleteUpdatesUpTo: this.db.prepare<[string, number]>('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?'),
      listIds: this.db.prepare<[], { doc_id: string }>(
        'SELECT doc_id FROM doc_snapshots UNION SELECT DISTINCT doc_id FROM doc_updates ORDER BY doc_id',
      ),
      deleteSnapshot: this.db.prepare<[string]>('DELETE FROM doc_snapshots WHERE doc_id = ?'),
      deleteUpdates: this.db.prepare<[string]>('DELETE FROM doc_updates WHERE doc_id = ?'),
      ping: this.db.prepare('SELECT 1'),
    };
  }

  /**
   * The open connection, for tables that belong in the same file (the playbook catalogue). Whoever uses it
   * must not close it: `close()` here does.
   */
  get database(): Database.Database {
    return this.db;
  }

  load(docId: string): StoredDocument {
    return this.db.transaction((): StoredDocument => {
      const snap = this.stmts.snapshot.get(docId);
      const rows = this.stmts.updatesAfter.all(docId, snap?.seq ?? 0);
      const updates = rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
      const lastSeq = rows.length > 0 ? rows[rows.length - 1]!.seq : (snap?.seq ?? 0);
      const totalBytes = (snap?.data.byteLength ?? 0) + updates.reduce((sum, u) => sum + u.byteLength, 0);
      return { snapshot: snap ? new Uint8Array(snap.data) : null, updates, lastSeq, totalBytes };
    })();
  }

  appendUpdate(docId: string, update: Uint8Array, afterSeq?: number): number {
    if (afterSeq === undefined) return this.stmts.insertUpdate.get({ docId, data: update })!.seq;
    // The primary key refuses a taken number (SQLITE_CONSTRAINT_PRIMARYKEY): the room breaks and reloads.
    this.stmts.insertNextUpdate.run(docId, afterSeq + 1, update);
    return afterSeq + 1;
  }

  compact(docId: string, snapshot: Uint8Array, upToSeq: number): void {
    this.db.transaction(() => {
      this.stmts.upsertSnapshot.run(docId, upToSeq, snapshot, Date.now());
      this.stmts.deleteUpdatesUpTo.run(docId, upToSeq);
    })();
  }

  list(): string[] {
    return this.stmts.listIds.all().map((r) => r.doc_id);
  }

  delete(docId: string): void {
    this.db.transaction(() => {
      this.stmts.deleteSnapshot.run(docId);
      this.stmts.deleteUpdates.run(docId);
    })();
  }

  ping(): void {
    this.stmts.ping.get();
  }

  /** Stops the checkpoint worker (after a last checkpoint), then closes the connection. */
  async close(): Promise<void> {
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }
}
