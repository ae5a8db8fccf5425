import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { removeDataDir, startServer, type TestServer } from '../../helpers/startServer.js';
import { waitForConvergence } from '../../helpers/waitForConvergence.js';

// Concurrent edits: every client edits in the same synchronous block, before any message can travel, so
// no client has seen another's edits when it makes its own.
describe('convergence', () => {
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

  async function connectMany(room: string, count: number): Promise<TestClient[]> {
    const created = Array.from({ length: count }, () => connectClient(server.collabUrl, room));
    clients.push(...created);
    await Promise.all(created.map((client) => synced(client)));
    return created;
  }

  /** Each client types its own word several times at both ends and in the middle, and sets map keys. */
  function editConcurrently(group: TestClient[], rounds: number): void {
    for (let round = 0; round < rounds; round++) {
      group.forEach((client, i) => {
        const text = client.text;
        // Start, end, or the word boundary nearest the middle (never inside a word, so words stay countable).
        const middle = text.toString().indexOf('>', Math.floor(text.length / 2)) + 1;
        const position = round % 3 === 0 ? 0 : round % 3 === 1 ? text.length : middle;
        text.insert(position, `<c${i}r${round}>`);
        const map = client.doc.getMap('map');
        map.set(`own-${i}`, round);
        map.set('contested', `client ${i} round ${round}`);
      });
    }
    // A concurrent deletion as well: the first client removes what it sees of its own first word.
    group[0]!.text.delete(group[0]!.text.toString().indexOf('<c0r0>'), '<c0r0>'.length);
  }

  function expectEveryEditKept(text: string, map: Record<string, unknown>, count: number, rounds: number): void {
    for (let i = 0; i < count; i++) {
      for (let round = 0; round < rounds; round++) {
        const word = `<c${i}r${round}>`;
        const occurrences = text.split(word).length - 1;
        expect(occurrences, word).toBe(i === 0 && round === 0 ? 0 : 1);
      }
      expect(map[`own-${i}`]).toBe(rounds - 1);
    }
    expect(map.contested).toMatch(new RegExp(`^client \\d+ round ${rounds - 1}$`));
  }

  it('makes two clients converge after concurrent edits', async () => {
    const group = await connectMany('converge-two', 2);
    editConcurrently(group, 5);
    const { text, map } = await waitForConvergence(group.map((c) => c.doc));
    expectEveryEditKept(text, map, 2, 5);
  });

  it('makes ten clients converge after concurrent edits', async () => {
    const group = await connectMany('converge-ten', 10);
    editConcurrently(group, 10);
    const { text, map } = await waitForConvergence(group.map((c) => c.doc));
    expectEveryEditKept(text, map, 10, 10);
  });
});
