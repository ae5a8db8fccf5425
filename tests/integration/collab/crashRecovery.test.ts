import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { owner } from '../../helpers/people.js';
import { makeDataDir, removeDataDir } from '../../helpers/startServer.js';
import { killAllServerProcesses, startServerProcess } from '../../helpers/serverProcess.js';

// The server process is killed with SIGKILL while a client types: no shutdown hook, no final compaction.
// The server relays an update only after committing it, so whatever another client had received at the
// moment of the kill must come back after a restart.
describe.each<{ label: string; env: Record<string, string> }>([
  { label: 'default compaction', env: {} },
  { label: 'compaction every 5 updates', env: { COMPACT_AFTER_UPDATES: '5' } },
])('a server killed with SIGKILL ($label)', ({ env }) => {
  const dataDirs: string[] = [];
  let clients: TestClient[] = [];
  let typing: NodeJS.Timeout | undefined;

  afterEach(async () => {
    clearInterval(typing);
    for (const client of clients) client.destroy();
    clients = [];
    await killAllServerProcesses();
    for (const dir of dataDirs.splice(0)) removeDataDir(dir);
  });

  afterAll(killAllServerProcesses);

  async function join(collabUrl: string, room: string): Promise<TestClient> {
    // Signed in as the first administrator (set up on the first server; the account survives the restart).
    const httpUrl = collabUrl.replace(/^ws:/, 'http:').replace(/\/collab$/, '');
    const client = connectClient(collabUrl, room, { cookie: (await owner(httpUrl)).cookie });
    clients.push(client);
    await synced(client);
    return client;
  }

  it('restarts with every edit another client had received before the kill', async () => {
    const dataDir = makeDataDir();
    dataDirs.push(dataDir);
    const first = await startServerProcess(dataDir, env);
    // The production server opens only playbooks created through the API.
    const { id } = await createPlaybook(`http://127.0.0.1:${first.port}`, { title: 'Crash' });
    const writer = await join(first.collabUrl, id);
    const reader = await join(first.collabUrl, id);

    // One token per update, appended every 2 ms; tokens are distinct so a lost or reordered one shows.
    let next = 0;
    typing = setInterval(() => {
      writer.text.insert(writer.text.length, `${next++}.`);
    }, 2);
    await expect.poll(() => reader.text.length, { timeout: 10_000 }).toBeGreaterThan(1500);

    await first.kill('SIGKILL');
    // Read once the process is gone: everything the reader holds came from the dead server (a superset of
    // what it held when the signal was sent), and the server relays only what it had committed.
    const received = reader.text.toString();
    const typedAtKill = next;
    clearInterval(typing);
    for (const client of clients) client.destroy();
    clients = [];
    expect(typedAtKill).toBeGreaterThan(received.split('.').length - 1);

    const second = await startServerProcess(dataDir, env);
    const fresh = await join(second.collabUrl, id);
    const restored = fresh.text.toString();
    console.log(
      `received ${received.split('.').length - 1} tokens before the kill, restored ${restored.split('.').length - 1}, typed ${typedAtKill}`,
    );
    expect(
      restored.startsWith(received),
      `restored text lacks what the reader had:\n${received}\n---\n${restored}`,
    ).toBe(true);
    // Nothing invented or reordered either: the tokens are 0, 1, 2, … with no gap.
    const tokens = restored.split('.').slice(0, -1).map(Number);
    expect(tokens).toEqual(tokens.map((_, i) => i));
    expect(second.output.join('\n')).not.toMatch(/"level":(50|60)/);
  });
});
