import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { cyclicReferenceUpdate, forwardReferenceUpdate, selfReferenceUpdate } from '../../helpers/craftedUpdates.js';
import { openProtocolSocket, recordUpdates, syncUpdate } from '../../helpers/protocolSocket.js';
import { SyncStep } from '../../../shared/protocol/messageTypes.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

function secondOfTwoUpdates(): Uint8Array {
  const doc = new Y.Doc();
  const updates = recordUpdates(doc);
  doc.getText('text').insert(0, 'first');
  doc.getText('text').insert(5, ' second');
  return updates[1]!;
}

function insertionNextToUnknownContent(): Uint8Array {
  const a = new Y.Doc();
  a.getText('text').insert(0, 'never sent');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const updates = recordUpdates(b);
  b.getText('text').insert(5, '!'); // its origin is an item of `a`, which the server never received
  return updates[0]!;
}

function deletionOfUnknownContent(): Uint8Array {
  const doc = new Y.Doc();
  const updates = recordUpdates(doc);
  doc.getText('text').insert(0, 'never sent');
  doc.getText('text').delete(0, 5);
  return updates[1]!;
}

// Updates a real client emits, sent without what they build on.
const incomplete: Array<{ update: string; make: () => Uint8Array }> = [
  { update: 'the second of two updates', make: secondOfTwoUpdates },
  { update: 'an insertion next to content the server never received', make: insertionNextToUnknownContent },
  { update: 'a deletion of content the server never received', make: deletionOfUnknownContent },
];
// Hand-made updates whose items refer to each other in ways no Yjs client produces: each refers only to
// ids inside the update, yet none can be integrated.
const selfContradictory: Array<{ update: string; make: () => Uint8Array }> = [
  { update: 'an item placed before a later item of its own client', make: forwardReferenceUpdate },
  { update: 'an item placed after itself', make: selfReferenceUpdate },
  { update: 'two items of two clients placed after each other', make: cyclicReferenceUpdate },
];

const HELD_UPDATE_TIMEOUT_MS = 200;

/** A sync step 2 (the client's answer to the server's sync step 1) carrying `update`. */
function syncStep2(update: Uint8Array): Uint8Array {
  const message = syncUpdate(update);
  message[1] = SyncStep.step2;
  return message;
}

/** The sync answer of a client that has nothing the server lacks. */
const EMPTY_SYNC_ANSWER = syncStep2(Y.encodeStateAsUpdate(new Y.Doc()));

describe('updates with missing dependencies', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  let rooms = 0;

  beforeAll(async () => {
    server = await startServer({ HELD_UPDATE_TIMEOUT_MS });
  });

  // A room of its own for every case: what one case breaks cannot fail the next.
  beforeEach(async () => {
    bystanders = await startBystanders(server, `missing-deps-${++rooms}`);
  });

  afterEach(() => {
    bystanders?.destroy();
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** The attacked room still holds exactly what the bystanders have, and a newcomer gets it without anything pending. */
  async function expectRoomIntact(): Promise<void> {
    await bystanders.expectUnharmed();
    // Yjs re-sends structs it keeps pending to every client that syncs, so a newcomer would receive them.
    const newcomer = connectClient(server.collabUrl, bystanders.attackedRoom);
    try {
      await synced(newcomer);
      expect(newcomer.doc.store.pendingStructs).toBeNull();
      expect(newcomer.doc.store.pendingDs).toBeNull();
      expect(newcomer.text.toString()).toBe(bystanders.sameRoom[0].text.toString());
    } finally {
      newcomer.destroy();
    }
  }

  it.each([...incomplete, ...selfContradictory])(
    'refuses $update sent as the sync answer with 4422 and leaves the room intact',
    async ({ make }) => {
      const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
      attacker.send(syncStep2(make()));

      expect(await attacker.closedWithin(1500)).toEqual(CloseCodes.updateRejected);
      await expectRoomIntact();
    },
  );

  it.each(incomplete)(
    'refuses $update sent as an update with 4422 once the sync answer lacks what it needs',
    async ({ make }) => {
      const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
      attacker.send(syncUpdate(make()));
      attacker.send(EMPTY_SYNC_ANSWER);

      expect(await attacker.closedWithin(1500)).toEqual(CloseCodes.updateRejected);
      await expectRoomIntact();
    },
  );

  it('refuses an update whose dependencies never come with 4422 after HELD_UPDATE_TIMEOUT_MS', async () => {
    const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    const sentAt = Date.now();
    attacker.send(syncUpdate(secondOfTwoUpdates()));

    // The server's own check runs once a second, so the wait is at most about that much longer.
    expect(await attacker.closedWithin(HELD_UPDATE_TIMEOUT_MS + 2500)).toEqual(CloseCodes.updateRejected);
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(HELD_UPDATE_TIMEOUT_MS);
    await expectRoomIntact();
  });
});
