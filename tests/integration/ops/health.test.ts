import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../../server/storage/DocumentStore.js';
import { SqliteDocumentStore } from '../../../server/storage/SqliteDocumentStore.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';

type Failure = 'none' | 'throws' | 'rejects';

/**
 * The real SQLite store, wrapped so its ping can fail the way a lost disk (throws) or a lost database
 * connection (rejects) would.
 */
function breakableStore(file: string): DocumentStore & { failure: Failure } {
  const inner = new SqliteDocumentStore({ file, synchronous: 'NORMAL' });
  return {
    failure: 'none',
    load: (docId) => inner.load(docId),
    appendUpdate: (docId, update) => inner.appendUpdate(docId, update),
    compact: (docId, snapshot, upToSeq) => inner.compact(docId, snapshot, upToSeq),
    list: () => inner.list(),
    delete: (docId) => inner.delete(docId),
    close: () => inner.close(),
    ping() {
      if (this.failure === 'throws') throw new Error('disk I/O error');
      if (this.failure === 'rejects') return Promise.reject(new Error('connection refused'));
      return inner.ping();
    },
  };
}

describe('GET /api/health', () => {
  let server: TestServer | undefined;
  let dataDir = '';

  afterEach(async () => {
    await server?.stop();
    if (dataDir) removeDataDir(dataDir);
  });

  const health = async (): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${server!.httpUrl}/api/health`);
    return { status: response.status, body: await response.json() };
  };

  it('is 200 while storage answers and 503 while its ping throws or rejects', async () => {
    dataDir = makeDataDir();
    const store = breakableStore(path.join(dataDir, 'health.sqlite'));
    server = await startServer({}, { store });

    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });

    store.failure = 'throws';
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', code: 'storage_unavailable' } });

    store.failure = 'rejects';
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', code: 'storage_unavailable' } });

    store.failure = 'none';
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('does not leak the storage error message', async () => {
    dataDir = makeDataDir();
    const store = breakableStore(path.join(dataDir, 'health.sqlite'));
    server = await startServer({}, { store });
    store.failure = 'throws';

    const response = await fetch(`${server.httpUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain('disk I/O error');
  });

  it('stays 200 while clients are connected and editing', async () => {
    server = await startServer();
    const client = connectClient(server.collabUrl, 'health-room');
    try {
      await synced(client);
      client.text.insert(0, 'busy');
      expect((await health()).status).toBe(200);
    } finally {
      client.destroy();
    }
  });
});
