import path from 'node:path';
import * as prng from 'lib0/prng';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteDocumentStore } from '../../../server/storage/SqliteDocumentStore.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { DelayedDocumentStore } from '../../helpers/DelayedDocumentStore.js';
import { docContent } from '../../helpers/docContent.js';
import { makeDataDir, removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';
import { waitForConvergence } from '../../helpers/waitForConvergence.js';

const SEED = 1_592_598_564;
const CLIENTS = 6;
const STEPS = 1500;
// Danish letters too: multi-byte UTF-8 in every update.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøåÆØÅ ';

// Random edits from N clients, each randomly going offline and coming back, in an order chosen by a seeded
// generator (the network adds its own timing on top). At the end every client, a fresh late joiner and the
// stored document must agree, and every entry any client appended to the `log` array must be there once.
describe.each([
  { label: 'embedded SQLite store', delayed: false },
  { label: 'asynchronous store', delayed: true },
])('randomized convergence with the $label', ({ delayed }) => {
  let server: TestServer;
  let clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    await server.stop();
    removeDataDir(server.dataDir);
  });

  function randomWord(gen: prng.PRNG): string {
    let word = '';
    for (let n = prng.uint32(gen, 1, 6); n > 0; n--) word += ALPHABET[prng.uint32(gen, 0, ALPHABET.length - 1)];
    return word;
  }

  it(`converges after ${STEPS} random edits, disconnects and reconnects of ${CLIENTS} clients (seed ${SEED})`, async () => {
    const dataDir = makeDataDir();
    const store = delayed
      ? new DelayedDocumentStore(
          new SqliteDocumentStore({ file: path.join(dataDir, 'drejebog.sqlite'), synchronous: 'NORMAL' }),
          1,
        )
      : undefined;
    server = await startServer({ DATA_DIR: dataDir, COMPACT_AFTER_UPDATES: 40 }, store ? { store } : {});
    const room = 'randomized';
    const gen = prng.create(SEED);
    clients = Array.from({ length: CLIENTS }, () => connectClient(server.collabUrl, room));
    await Promise.all(clients.map((client) => synced(client)));
    let step = 0;
    const refusals: string[] = [];
    clients.forEach((client, i) =>
      client.provider.on('connection-close', (event) => {
        if (event && event.code >= 4400 && event.code < 4500) {
          refusals.push(`client ${i} at step ${step}: ${event.code}`);
        }
      }),
    );

    const appended: string[] = [];
    const lastOwnValue = new Map<number, number>();
    for (; step < STEPS; step++) {
      const i = prng.uint32(gen, 0, CLIENTS - 1);
      const client = clients[i]!;
      const text = client.text;
      const map = client.doc.getMap('map');
      const roll = prng.real53(gen);
      if (roll < 0.35) {
        text.insert(prng.uint32(gen, 0, text.length), randomWord(gen));
      } else if (roll < 0.5) {
        if (text.length > 0) {
          const at = prng.uint32(gen, 0, text.length - 1);
          text.delete(at, prng.uint32(gen, 1, Math.min(8, text.length - at)));
        }
      } else if (roll < 0.65) {
        const key = `k${prng.uint32(gen, 0, 4)}`;
        if (prng.bool(gen)) map.set(key, prng.bool(gen) ? randomWord(gen) : prng.int32(gen, -1000, 1000));
        else map.delete(key);
      } else if (roll < 0.75) {
        // A key only this client writes: its last value must survive whatever else happens.
        map.set(`own-${i}`, step);
        lastOwnValue.set(i, step);
      } else if (roll < 0.88) {
        const entry = `${i}:${step}`;
        client.doc.getArray<string>('log').push([entry]);
        appended.push(entry);
      } else if (client.provider.shouldConnect) {
        client.provider.disconnect();
      } else {
        client.provider.connect();
      }
      // Let the network and the server run in between, for a random number of turns.
      if (prng.real53(gen) < 0.3) await new Promise((resolve) => setTimeout(resolve, prng.uint32(gen, 0, 2)));
    }

    for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();
    await Promise.all(clients.map((client) => synced(client)));
    const docs: Y.Doc[] = clients.map((client) => client.doc);
    // A stock client stops for good after a 44xx close, so a refused client would never converge.
    await vi.waitFor(
      () => {
        if (refusals.length > 0) return;
        const [first, ...rest] = docs.map(docContent);
        for (const content of rest) expect(content).toEqual(first);
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(refusals, 'clients the server refused (44xx close codes)').toEqual([]);
    const agreed = await waitForConvergence(docs);
    const logs = docs.map((doc) => [...doc.getArray<string>('log').toArray()].sort());
    for (const log of logs) expect(log).toEqual([...appended].sort());
    for (const [i, step] of lastOwnValue) expect(agreed.map[`own-${i}`], `own-${i}`).toBe(step);
    expect(agreed.text.length).toBeGreaterThan(0);

    const late = connectClient(server.collabUrl, room);
    clients.push(late);
    await synced(late);
    expect(docContent(late.doc)).toEqual(agreed);
    expect([...late.doc.getArray<string>('log').toArray()].sort()).toEqual([...appended].sort());

    const fromStore = await storedDoc(server.app.store, room);
    expect(docContent(fromStore)).toEqual(agreed);
  });
});
