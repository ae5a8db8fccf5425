import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { waitForConvergence } from '../../helpers/waitForConvergence.js';

// A stock y-websocket client sends each local edit the moment its socket is open, before the sync handshake
// has delivered the edits it made offline. An edit typed in that window builds on offline content the
// server has not seen yet; it arrives a moment later in the client's sync step 2.
describe('a client that reconnects after editing offline', () => {
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

  async function join(room: string): Promise<TestClient> {
    const client = connectClient(server.collabUrl, room);
    clients.push(client);
    await synced(client);
    return client;
  }

  it('keeps its offline edits and the ones it types while the handshake runs', async () => {
    const a = await join('reconnect-typing');
    const b = await join('reconnect-typing');
    a.text.insert(0, 'online. ');
    await waitForConvergence([a.doc, b.doc]);

    a.provider.disconnect();
    a.text.insert(a.text.length, 'offline.');
    const closes: number[] = [];
    a.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    // Typed as soon as the socket opens: continues the offline text, before the handshake sends it.
    let typed = false;
    a.provider.on('status', ({ status }) => {
      if (status !== 'connected' || typed) return;
      typed = true;
      a.text.insert(a.text.length, ' typed while reconnecting.');
    });
    a.provider.connect();

    const expected = 'online. offline. typed while reconnecting.';
    await vi.waitFor(() => closes.length > 0 || expect(b.text.toString()).toBe(expected), {
      timeout: 5_000,
      interval: 20,
    });
    // A refused edit closes the socket, and the stock client gives up for good on a 44xx close code.
    expect(closes, 'close codes the server sent to the reconnecting client').toEqual([]);
    const agreed = await waitForConvergence([a.doc, b.doc]);
    expect(agreed.text).toBe(expected);
    expect(a.provider.wsconnected).toBe(true);
  });
});
