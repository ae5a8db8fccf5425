import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { startBystanders, type Bystanders } from '../../helpers/bystanders.js';
import { openProtocolSocket, syncUpdate } from '../../helpers/protocolSocket.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const MAX_DOCUMENT_BYTES = 4096;

describe('an update that would grow the document past MAX_DOCUMENT_BYTES', () => {
  let server: TestServer;
  let bystanders: Bystanders;

  beforeAll(async () => {
    // Messages may be far larger than the document limit, so only the document limit is in play.
    server = await startServer({ MAX_DOCUMENT_BYTES, MAX_MESSAGE_BYTES: 64 * 1024 });
    bystanders = await startBystanders(server, 'too-large');
  });

  afterAll(async () => {
    bystanders?.destroy();
    await server?.stop();
  });

  it('is refused with 4413 and the stored document stays as it was', async () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'x'.repeat(MAX_DOCUMENT_BYTES));
    const update = Y.encodeStateAsUpdate(doc);
    const before = (await server.app.store.load(bystanders.attackedRoom)).totalBytes;
    expect(before + update.byteLength).toBeGreaterThan(MAX_DOCUMENT_BYTES);

    const attacker = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    attacker.send(syncUpdate(update));

    const closed = await attacker.closedWithin();
    expect(closed).toEqual(CloseCodes.documentTooLarge);
    expect(bystanders.sameRoom[0].text.toString()).not.toContain('xxxx');
    await bystanders.expectUnharmed();
  });

  it('accepts an update that keeps the document within the limit', async () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'small but welcome\n');
    const writer = await openProtocolSocket(server.collabUrl, bystanders.attackedRoom);
    writer.send(syncUpdate(Y.encodeStateAsUpdate(doc)));
    await writer.roundTrip();

    expect(writer.ws.readyState).toBe(writer.ws.OPEN);
    await expect.poll(() => bystanders.sameRoom[1].text.toString()).toContain('small but welcome');
    writer.close();
    await bystanders.expectUnharmed();
  });
});
