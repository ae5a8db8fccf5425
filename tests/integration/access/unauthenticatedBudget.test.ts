import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import type { Authorize } from '../../../server/collab/authorize.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

// An authorisation that never answers (a hung identity store), so every socket stays unauthenticated.
const neverAnswers: Authorize = () => new Promise(() => {});

function open(server: TestServer): Promise<WebSocket> {
  const ws = new WebSocket(`${server.collabUrl}/budget-room`);
  ws.on('error', () => {});
  return new Promise((resolve) => ws.once('open', () => resolve(ws)));
}

const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

describe('a socket that is not authorised yet', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ AUTH_TIMEOUT_MS: 400 }, { authorize: neverAnswers });
  });
  afterAll(() => server.stop());

  it('is closed with 4401 when authorisation takes longer than AUTH_TIMEOUT_MS', async () => {
    const ws = await open(server);
    const started = Date.now();
    expect(await closed(ws)).toBe(CloseCodes.unauthorized.code);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('may send only a few messages before it is closed as a flood (4029)', async () => {
    const ws = await open(server);
    const code = closed(ws);
    // 17 small messages: one more than the unauthenticated budget, far below the rate limit of a signed-in one.
    for (let i = 0; i < 17; i += 1) ws.send(new Uint8Array([1, 0]));
    expect(await code).toBe(CloseCodes.rateLimited.code);
  });

  it('may not park a large message before it is authorised', async () => {
    const ws = await open(server);
    const code = closed(ws);
    ws.send(new Uint8Array(300 * 1024));
    expect(await code).toBe(CloseCodes.rateLimited.code);
  });
});
