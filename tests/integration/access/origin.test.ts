import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../../../server/config.js';
import { owner } from '../../helpers/people.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

/** Opens a socket with the given Origin header; resolves 'open' or the HTTP status of a refused upgrade. */
function connectFrom(server: TestServer, origin: string | undefined): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.collabUrl}/origin-room`, origin === undefined ? {} : { origin });
    ws.on('open', () => {
      resolve('open');
      ws.close();
    });
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

describe('the websocket Origin check', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
  });

  it("admits pages of the app's own origin and clients without an Origin, and refuses other sites with 403", async () => {
    server = await startServer();
    expect(await connectFrom(server, `http://127.0.0.1:${server.port}`)).toBe('open');
    expect(await connectFrom(server, undefined)).toBe('open');
    expect(await connectFrom(server, 'https://evil.example')).toBe(403);
    expect(await connectFrom(server, `http://127.0.0.1:${server.port + 1}`)).toBe(403);
    expect(await connectFrom(server, 'not a url')).toBe(403);
    const admin = { cookie: (await owner(server.httpUrl)).cookie };
    const metrics = await (await fetch(`${server.httpUrl}/metrics`, { headers: admin })).text();
    expect(metrics).toMatch(/drejebog_rejected_total\{reason="cross_origin"\} 3/);
  });

  it('admits the origins configured in ALLOWED_ORIGINS', async () => {
    server = await startServer({ ALLOWED_ORIGINS: 'http://localhost:5173, https://drejebog.example/' });
    expect(await connectFrom(server, 'http://localhost:5173')).toBe('open');
    expect(await connectFrom(server, 'https://drejebog.example')).toBe('open');
    expect(await connectFrom(server, 'https://other.example')).toBe(403);
  });

  it('refuses to start with an ALLOWED_ORIGINS entry that is not an origin', () => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'localhost:5173' })).toThrow(ConfigError);
  });
});
