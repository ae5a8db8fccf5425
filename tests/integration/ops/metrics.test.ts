import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { bytes, openProtocolSocket } from '../../helpers/protocolSocket.js';
import { apiCall } from '../../helpers/apiCall.js';
import { owner, personNamed } from '../../helpers/people.js';
import { startServer, type TestServer } from '../../helpers/startServer.js';

const METRICS_TOKEN = 'prometheus-scraper-secret-0123456789';

/** The value of one sample in Prometheus text format, e.g. `drejebog_rejected_total{reason="text_frame"}`. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const escaped = `${name}${labels}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

describe('GET /metrics', () => {
  let server: TestServer;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ METRICS_TOKEN });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  const scrape = async (): Promise<string> => {
    const response = await fetch(`${server.httpUrl}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('answers only the scraper holding METRICS_TOKEN and signed-in system administrators', async () => {
    expect((await apiCall(server.httpUrl, 'GET', '/metrics')).status).toBe(401);
    const wrong = { authorization: `Bearer ${METRICS_TOKEN.replace('secret', 'guess!')}` };
    expect((await apiCall(server.httpUrl, 'GET', '/metrics', undefined, wrong)).status).toBe(401);
    const admin = await owner(server.httpUrl);
    const asAdmin = await apiCall(server.httpUrl, 'GET', '/metrics', undefined, { cookie: admin.cookie });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.text).toContain('drejebog_connections');
    const plain = await personNamed(server.httpUrl, 'Mette Metrik', 'jobcenter');
    expect((await apiCall(server.httpUrl, 'GET', '/metrics', undefined, { cookie: plain.cookie })).status).toBe(403);
    // Health stays open: load balancers ask it, and it says only ok or unavailable.
    expect((await apiCall(server.httpUrl, 'GET', '/api/health')).body).toEqual({ status: 'ok' });
  });

  it('describes every server metric in Prometheus text format', async () => {
    const text = await scrape();
    for (const [name, type] of [
      ['drejebog_connections', 'gauge'],
      ['drejebog_rooms_loaded', 'gauge'],
      ['drejebog_updates_in_total', 'counter'],
      ['drejebog_rejected_total', 'counter'],
      ['drejebog_persist_seconds', 'histogram'],
    ]) {
      expect(text).toContain(`# TYPE ${name} ${type}`);
      expect(text).toMatch(new RegExp(`^# HELP ${name} \\S`, 'm'));
    }
    expect(sample(text, 'drejebog_connections')).toBe(0);
    expect(sample(text, 'drejebog_rooms_loaded')).toBe(0);
  });

  it('counts connections, loaded rooms, committed updates and their persist time', async () => {
    const before = await scrape();
    const updatesBefore = sample(before, 'drejebog_updates_in_total')!;
    const persistedBefore = sample(before, 'drejebog_persist_seconds_count')!;
    // Counted per message as plain numbers and handed to prom-client when scraped (see HotCount).
    const hotBefore = {
      updatesOut: sample(before, 'drejebog_updates_out_total') ?? 0,
      syncIn: sample(before, 'drejebog_messages_in_total', '{type="sync"}') ?? 0,
      bytesIn: sample(before, 'drejebog_bytes_in_total') ?? 0,
      bytesOut: sample(before, 'drejebog_bytes_out_total') ?? 0,
    };

    const a = connectClient(server.collabUrl, 'metrics-room');
    const b = connectClient(server.collabUrl, 'metrics-room');
    const c = connectClient(server.collabUrl, 'metrics-other-room');
    clients.push(a, b, c);
    await Promise.all([a, b, c].map((client) => synced(client)));
    a.text.insert(0, 'one');
    a.text.insert(3, ' two');
    await vi.waitFor(() => expect(b.text.toString()).toBe('one two'));
    b.text.insert(0, 'three ');
    await vi.waitFor(() => expect(a.text.toString()).toBe('three one two'));

    const after = await scrape();
    expect(sample(after, 'drejebog_connections')).toBe(3);
    expect(sample(after, 'drejebog_rooms_loaded')).toBe(2);
    expect(sample(after, 'drejebog_updates_in_total')).toBe(updatesBefore + 3);
    expect(sample(after, 'drejebog_persist_seconds_count')).toBe(persistedBefore + 3);
    expect(sample(after, 'drejebog_persist_seconds_bucket', '{le="+Inf"}')).toBe(persistedBefore + 3);
    // Each update reached the one other client of its room.
    expect(sample(after, 'drejebog_updates_out_total')).toBe(hotBefore.updatesOut + 3);
    // Three sync handshakes (step 1 and step 2 each) and the three updates at least.
    expect(sample(after, 'drejebog_messages_in_total', '{type="sync"}')).toBeGreaterThanOrEqual(hotBefore.syncIn + 9);
    expect(sample(after, 'drejebog_bytes_in_total')).toBeGreaterThan(hotBefore.bytesIn);
    expect(sample(after, 'drejebog_bytes_out_total')).toBeGreaterThan(hotBefore.bytesOut);
    // Taken once: a second scrape with nothing new reports the same totals, not double.
    const again = await scrape();
    expect(sample(again, 'drejebog_updates_out_total')).toBe(sample(after, 'drejebog_updates_out_total'));
  });

  it.each([
    { rejected: 'a text frame', reason: 'text_frame', message: 'not binary' },
    { rejected: 'a truncated varint', reason: 'malformed', message: bytes(0x80) },
    { rejected: 'garbage as an update', reason: 'update_rejected', message: bytes(0, 2, 3, 0xde, 0xad, 0xbe) },
    { rejected: 'an unknown message type', reason: 'unknown_type', message: bytes(42) },
  ])('increments drejebog_rejected_total{reason="$reason"} once after $rejected', async ({ reason, message }) => {
    const label = `{reason="${reason}"}`;
    const before = sample(await scrape(), 'drejebog_rejected_total', label) ?? 0;

    const sender = await openProtocolSocket(server.collabUrl, 'metrics-rejects');
    sender.send(message);
    await Promise.race([sender.closed, sender.roundTrip().catch(() => undefined)]);
    sender.close();

    await expect.poll(async () => sample(await scrape(), 'drejebog_rejected_total', label)).toBe(before + 1);
  });
});
