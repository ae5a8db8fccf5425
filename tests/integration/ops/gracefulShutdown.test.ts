import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { owner } from '../../helpers/people.js';
import { spawnMain, type MainProcess } from '../../helpers/mainProcess.js';
import { makeDataDir, removeDataDir } from '../../helpers/startServer.js';

describe('graceful shutdown of server/main.ts', () => {
  const processes: MainProcess[] = [];
  const clients: TestClient[] = [];
  let dataDir = '';

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const p of processes.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    if (dataDir) removeDataDir(dataDir);
  });

  // The production server opens only playbooks created through the API; created on the first start.
  let playbookId = '';
  let cookie = '';
  const start = async (): Promise<{ main: MainProcess; collabUrl: string }> => {
    const main = spawnMain({ DATA_DIR: dataDir });
    processes.push(main);
    const port = await main.port;
    // A session outlives a restart: it is stored with the documents.
    cookie ||= (await owner(`http://127.0.0.1:${port}`)).cookie;
    playbookId ||= (await createPlaybook(`http://127.0.0.1:${port}`, { title: 'Nedlukning' })).id;
    return { main, collabUrl: `ws://127.0.0.1:${port}/collab` };
  };
  const connect = (collabUrl: string): TestClient => {
    const client = connectClient(collabUrl, playbookId, { cookie });
    clients.push(client);
    return client;
  };

  it('on SIGTERM closes clients with 1001, exits 0 within seconds and keeps every committed edit', async () => {
    dataDir = makeDataDir();
    const first = await start();
    const writer = connect(first.collabUrl);
    const reader = connect(first.collabUrl);
    await Promise.all([synced(writer), synced(reader)]);
    const closeCodes: Array<number | undefined> = [];
    writer.provider.on('connection-close', (event) => closeCodes.push(event?.code));
    // Many small edits, so the shutdown compacts a real update log.
    for (let i = 0; i < 50; i++) writer.text.insert(writer.text.length, `line ${i}\n`);
    await vi.waitFor(() => expect(reader.text.toString()).toContain('line 49\n'), { timeout: 5000 });
    const expected = writer.text.toString();

    const signalledAt = Date.now();
    first.main.child.kill('SIGTERM');
    const exit = await first.main.exited;
    const shutdownMs = Date.now() - signalledAt;

    expect(exit, first.main.stderr.join('\n')).toEqual({ code: 0, signal: null });
    expect(shutdownMs).toBeLessThan(3000);
    await vi.waitFor(() => expect(closeCodes[0]).toBe(CloseCodes.serverShutdown.code), { timeout: 2000 });
    expect(first.main.stdout.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    for (const client of clients.splice(0)) client.destroy();

    const second = await start();
    const returning = connect(second.collabUrl);
    await synced(returning);
    expect(returning.text.toString()).toBe(expected);

    second.main.child.kill('SIGTERM');
    expect((await second.main.exited).code).toBe(0);
  });
});
