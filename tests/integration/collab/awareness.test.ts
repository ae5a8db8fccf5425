import type WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';

describe('awareness', () => {
  let server: TestServer;
  let clients: TestClient[] = [];

  beforeEach(async () => {
    server = await startServer();
  });

  afterEach(async () => {
    for (const client of clients) client.destroy();
    clients = [];
    await server.stop();
    removeDataDir(server.dataDir);
  });

  async function join(room: string, name: string): Promise<TestClient> {
    const client = connectClient(server.collabUrl, room);
    clients.push(client);
    client.provider.awareness.setLocalStateField('user', { name, color: '#336699' });
    await synced(client);
    return client;
  }

  /** The awareness state `observer` holds for `subject`, or undefined when it holds none. */
  function seenBy(observer: TestClient, subject: TestClient): unknown {
    return observer.provider.awareness.getStates().get(subject.doc.clientID);
  }

  const poll = { timeout: 5_000, interval: 20 };

  it('reaches every other client, both ways, and follows changes', async () => {
    const [a, b, c] = [await join('aw-reach', 'A'), await join('aw-reach', 'B'), await join('aw-reach', 'C')];
    for (const [observer, subject, name] of [
      [b, a, 'A'],
      [c, a, 'A'],
      [a, b, 'B'],
      [a, c, 'C'],
      [c, b, 'B'],
    ] as const) {
      await expect.poll(() => seenBy(observer, subject), poll).toEqual({ user: { name, color: '#336699' } });
    }
    a.provider.awareness.setLocalStateField('cursor', { anchor: 3, head: 7 });
    await expect.poll(() => seenBy(c, a), poll).toMatchObject({ cursor: { anchor: 3, head: 7 } });
  });

  it('reaches a client that joins later', async () => {
    const a = await join('aw-later', 'A');
    const b = await join('aw-later', 'B');
    await expect.poll(() => seenBy(b, a), poll).toBeDefined();
    const late = await join('aw-later', 'Late');
    await expect.poll(() => seenBy(late, a), poll).toMatchObject({ user: { name: 'A' } });
    await expect.poll(() => seenBy(late, b), poll).toMatchObject({ user: { name: 'B' } });
  });

  it('is removed for the others when its client is destroyed', async () => {
    const a = await join('aw-destroy', 'A');
    const b = await join('aw-destroy', 'B');
    const c = await join('aw-destroy', 'C');
    await expect.poll(() => seenBy(b, a), poll).toBeDefined();
    await expect.poll(() => seenBy(c, a), poll).toBeDefined();
    a.destroy();
    await expect.poll(() => seenBy(b, a), poll).toBeUndefined();
    await expect.poll(() => seenBy(c, a), poll).toBeUndefined();
    // The others are still there for each other.
    expect(seenBy(b, c)).toBeDefined();
    expect(seenBy(c, b)).toBeDefined();
  });

  it('is removed for the others when its socket closes without a goodbye', async () => {
    const a = await join('aw-socket', 'A');
    const b = await join('aw-socket', 'B');
    await expect.poll(() => seenBy(b, a), poll).toBeDefined();
    // A dead network: no "state is null" message from A, the server only sees the socket go away.
    a.provider.shouldConnect = false;
    (a.provider.ws as unknown as WebSocket).terminate();
    await expect.poll(() => seenBy(b, a), poll).toBeUndefined();
    expect(server.app.collab.connectionCount()).toBe(1);
  });

  it('is removed when its client disconnects and shown again when it reconnects', async () => {
    const a = await join('aw-reconnect', 'A');
    const b = await join('aw-reconnect', 'B');
    await expect.poll(() => seenBy(b, a), poll).toBeDefined();
    // The stock provider re-announces its state with an unchanged clock, which every peer ignores as
    // old (yjs/y-websocket#122); the app bumps the clock on connect, as this does.
    a.provider.on('status', ({ status }) => {
      if (status === 'connected') a.provider.awareness.setLocalState(a.provider.awareness.getLocalState());
    });
    a.provider.disconnect();
    await expect.poll(() => seenBy(b, a), poll).toBeUndefined();
    a.provider.connect();
    await expect.poll(() => seenBy(b, a), poll).toMatchObject({ user: { name: 'A' } });
    await expect.poll(() => seenBy(a, b), poll).toMatchObject({ user: { name: 'B' } });
  });
});
