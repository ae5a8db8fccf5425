import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import WebSocket from 'ws';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { awarenessUpdate, openProtocolSocket, type ProtocolSocket } from '../../helpers/protocolSocket.js';
import { roleFromQuery } from '../../helpers/roleFromQuery.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

/** An awareness update for `clientID` at `clock` with `state`, built with y-protocols' own encoder. */
function presence(clientID: number, clock: number, state: Record<string, unknown>): Uint8Array {
  const awareness = new Awareness(new Y.Doc());
  awareness.clientID = clientID;
  awareness.states.set(clientID, state);
  awareness.meta.set(clientID, { clock, lastUpdated: Date.now() });
  const update = encodeAwarenessUpdate(awareness, [clientID]);
  awareness.destroy();
  return update;
}

describe('presence', () => {
  let server: TestServer;
  const sockets: ProtocolSocket[] = [];
  const clients: TestClient[] = [];
  beforeEach(async () => {
    server = await startServer({}, { authorize: roleFromQuery });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });
  const socket = async (room: string) => {
    const opened = await openProtocolSocket(server.collabUrl, room);
    sockets.push(opened);
    return opened;
  };
  const client = async (room: string, params: Record<string, string> = {}) => {
    const joined = connectClient(server.collabUrl, room, { params });
    clients.push(joined);
    await synced(joined);
    return joined;
  };
  const nameSeenBy = (observer: TestClient, clientID: number) =>
    (observer.provider.awareness.getStates().get(clientID)?.user as { name?: string } | undefined)?.name;

  it("cannot be changed by another person: a socket speaking for someone else's id is closed", async () => {
    const anna = await client('presence-forge', { name: 'Anna', org: 'jobcenter' });
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    const observer = await client('presence-forge');
    await expect.poll(() => nameSeenBy(observer, anna.doc.clientID)).toBe('Anna');

    const forger = await socket('presence-forge?name=Mallory&org=anden');
    forger.send(awarenessUpdate(presence(anna.doc.clientID, 1000, { user: { name: 'Not Anna' } })));
    expect((await forger.closedWithin()).code).toBe(CloseCodes.forbidden.code);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(nameSeenBy(observer, anna.doc.clientID)).toBe('Anna');
  });

  it('passes to the same person reconnecting while the server still holds their dropped socket', async () => {
    const observer = await client('presence-handover');
    const dropped = await socket('presence-handover?name=Bo&org=akasse');
    dropped.send(awarenessUpdate(presence(77, 1, { user: { name: 'Bo' }, section: 'purpose' })));
    await expect.poll(() => nameSeenBy(observer, 77)).toBe('Bo');
    // Bo's network came back before the server noticed the old socket was gone.
    const again = await socket('presence-handover?name=Bo&org=akasse');
    again.send(awarenessUpdate(presence(77, 2, { user: { name: 'Bo' }, section: 'agenda' })));
    await again.roundTrip();
    await expect.poll((): unknown => observer.provider.awareness.getStates().get(77)?.section).toBe('agenda');
    // When the old socket finally goes, Bo's presence stays: it belongs to the new one now.
    dropped.close();
    await dropped.closed;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(nameSeenBy(observer, 77)).toBe('Bo');
    again.close();
    await expect.poll(() => nameSeenBy(observer, 77)).toBeUndefined();
  });

  it('cannot be multiplied: one socket may not introduce a crowd of presences', async () => {
    const forger = await socket('presence-crowd');
    for (let id = 1; id <= 4; id++) forger.send(awarenessUpdate(presence(id, 1, { user: { name: `ghost ${id}` } })));
    await forger.roundTrip();
    forger.send(awarenessUpdate(presence(5, 1, { user: { name: 'ghost 5' } })));
    expect((await forger.closedWithin()).code).toBe(CloseCodes.forbidden.code);
  });

  it('shows the name and organisation the server knows, not what the client claims', async () => {
    const anna = await client('presence-vouched', { name: 'Anna Jensen', org: 'jobcenter' });
    anna.provider.awareness.setLocalStateField('user', {
      name: 'Someone Else',
      organisation: 'akasse',
      color: '#1d4ed8',
    });
    const observer = await client('presence-vouched');
    await expect
      .poll((): unknown => observer.provider.awareness.getStates().get(anna.doc.clientID)?.user)
      .toMatchObject({ name: 'Anna Jensen', organisation: 'jobcenter', color: '#1d4ed8' });
  });

  it('caps the sockets one address may hold open', async () => {
    await server.stop();
    server = await startServer({ MAX_CONNECTIONS_PER_ADDRESS: 2 }, { authorize: roleFromQuery });
    const first = await socket('capped');
    await socket('capped');
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.collabUrl}/capped`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
    });
    expect(refused).toBe(429);
    first.close();
    await first.closed;
    await expect
      .poll(async () => {
        try {
          const again = await socket('capped');
          return again.ws.readyState === WebSocket.OPEN;
        } catch {
          return false;
        }
      })
      .toBe(true);
  });
});
