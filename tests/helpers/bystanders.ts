import { expect, vi } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStore } from '../../server/storage/DocumentStore.js';
import { connectClient, synced, type TestClient } from './connectClient.js';
import type { TestServer } from './startServer.js';

/**
 * Healthy stock clients that watch an attack happen: a pair in the attacked room and a pair in a room of
 * their own. `expectUnharmed` proves the attack closed nothing but the attacker's socket and changed no
 * stored document.
 */
export interface Bystanders {
  attackedRoom: string;
  otherRoom: string;
  /** Two clients in the room under attack. */
  sameRoom: [TestClient, TestClient];
  /** Two clients in another room. */
  elsewhere: [TestClient, TestClient];
  /** Close codes the bystanders' sockets saw; a bystander of a well-behaved server sees none. */
  closes: Array<{ room: string; code: number | undefined }>;
  /**
   * Every bystander edits and each edit reaches its peer over the socket it had before the attack; no
   * bystander socket was closed; each room's stored document equals its clients' state; health is 200.
   */
  expectUnharmed(): Promise<void>;
  destroy(): void;
}

let edits = 0;

/** Connects the bystanders, lets each write a line and waits until each pair agrees. */
export async function startBystanders(server: TestServer, attackedRoom: string): Promise<Bystanders> {
  const otherRoom = `${attackedRoom}-elsewhere`;
  const closes: Bystanders['closes'] = [];
  let destroyed = false;
  const connect = (room: string): TestClient => {
    const client = connectClient(server.collabUrl, room);
    client.provider.on('connection-close', (event) => {
      if (!destroyed) closes.push({ room, code: event?.code });
    });
    return client;
  };
  const sameRoom: [TestClient, TestClient] = [connect(attackedRoom), connect(attackedRoom)];
  const elsewhere: [TestClient, TestClient] = [connect(otherRoom), connect(otherRoom)];
  const all = [...sameRoom, ...elsewhere];
  await Promise.all(all.map((client) => synced(client)));

  const editAndSync = async () => {
    for (const [a, b] of [sameRoom, elsewhere]) {
      const lineA = `edit ${++edits} from the first bystander\n`;
      const lineB = `edit ${++edits} from the second bystander\n`;
      a.text.insert(a.text.length, lineA);
      b.text.insert(0, lineB);
      await vi.waitFor(
        () => {
          expect(b.text.toString()).toContain(lineA);
          expect(a.text.toString()).toContain(lineB);
          expect(a.text.toString()).toBe(b.text.toString());
        },
        { timeout: 5000, interval: 10 },
      );
    }
  };
  await editAndSync();

  return {
    attackedRoom,
    otherRoom,
    sameRoom,
    elsewhere,
    closes,
    async expectUnharmed() {
      try {
        await editAndSync();
      } catch (error) {
        throw new Error(`bystanders stopped syncing; close codes they saw: ${JSON.stringify(closes)}`, {
          cause: error,
        });
      }
      const seen = [...closes];
      // Cleared, so a failure in one test case is not reported again by the next.
      closes.length = 0;
      expect(seen, 'bystander sockets were closed').toEqual([]);
      for (const [room, [a, b]] of [
        [attackedRoom, sameRoom],
        [otherRoom, elsewhere],
      ] as const) {
        const stored = await loadStoredDoc(server.app.store, room);
        try {
          // The store commits before relaying, so what the peers received is stored.
          expect(a.doc.store.pendingStructs).toBeNull();
          expect(b.doc.store.pendingStructs).toBeNull();
          expect(stored.getText('text').toString()).toBe(a.text.toString());
          expect(stored.getText('text').toString()).toBe(b.text.toString());
          // Same state vector and delete set: nothing stored that the clients lack, and the reverse.
          expect(
            Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(a.doc)),
            `stored ${room} differs from its clients`,
          ).toBe(true);
        } finally {
          stored.destroy();
        }
      }
      const health = await fetch(`${server.httpUrl}/api/health`);
      expect(health.status).toBe(200);
    },
    destroy() {
      destroyed = true;
      for (const client of all) client.destroy();
    },
  };
}

/**
 * Rebuilds a stored playbook the way a room loads it; fails when a stored update cannot be integrated
 * (Yjs would keep it pending and every later reader would silently miss it).
 */
export async function loadStoredDoc(store: DocumentStore, room: string): Promise<Y.Doc> {
  const stored = await store.load(room);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  expect(doc.store.pendingStructs, `stored ${room} has updates with missing dependencies`).toBeNull();
  expect(doc.store.pendingDs, `stored ${room} has deletions of missing content`).toBeNull();
  return doc;
}
