import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../../../server/storage/SqliteDocumentStore.js';
import { WalCheckpointer } from '../../../server/storage/WalCheckpointer.js';

// The real worker thread and the real SQLite file: what is checked is where the data is on disk.
describe('WAL checkpoints in a worker thread', () => {
  const dirs: string[] = [];
  const stores: SqliteDocumentStore[] = [];

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function open(checkpointIntervalMs: number): { store: SqliteDocumentStore; file: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drejebog-wal-'));
    dirs.push(dir);
    const file = path.join(dir, 'drejebog.sqlite');
    const store = new SqliteDocumentStore({ file, synchronous: 'NORMAL', checkpointIntervalMs });
    stores.push(store);
    return { store, file };
  }

  const update = (i: number) => new Uint8Array(1000).fill(i % 256);

  it('turns SQLite’s own checkpoints off and copies the log into the file from the worker', async () => {
    const { store, file } = open(50);
    expect(store.database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const sizeBefore = fs.statSync(file).size;
    // About 300 pages: below the 1000 at which SQLite would checkpoint by itself, so only the worker can
    // have moved them into the database file.
    for (let i = 0; i < 300; i++) store.appendUpdate('doc', update(i), i);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(300 * 1000);
    await expect.poll(() => fs.statSync(file).size, { timeout: 5_000 }).toBeGreaterThan(sizeBefore + 300 * 1000);
  });

  it('leaves the automatic checkpoints on without an interval', () => {
    const { store } = open(0);
    expect(store.database.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('keeps every update across close and reopen', async () => {
    const { store, file } = open(10_000);
    for (let i = 0; i < 50; i++) store.appendUpdate('doc', update(i), i);
    await store.close();
    // The last connection checkpointed the rest on close and removed the log.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const reopened = new SqliteDocumentStore({ file, synchronous: 'NORMAL', checkpointIntervalMs: 10_000 });
    stores.push(reopened);
    const loaded = reopened.load('doc');
    expect(loaded.lastSeq).toBe(50);
    expect(loaded.updates.map((u) => u[0])).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('reports a worker that cannot do its job, so the store can fall back to SQLite’s own checkpoints', async () => {
    const failure = new Promise<Error>((resolve) => {
      new WalCheckpointer({
        file: path.join(os.tmpdir(), `drejebog-no-such-dir-${process.pid}`, 'missing.sqlite'),
        synchronous: 'NORMAL',
        intervalMs: 50,
        onFailure: resolve,
      });
    });
    expect((await failure).message).toMatch(/directory does not exist|unable to open|exited/i);
  });
});
