import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { logbookEntrySchema, logbookListSchema, type LogbookEntry } from '../../../shared/api/logbookApi.js';
import { observeSharedLogbook, sharedLogbookChangedAt } from '../../../shared/course/sharedLogbookSignal.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { courseWithGroups, type TestCourse } from '../../helpers/courseWithGroups.js';
import { addMember, callAs, owner, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { apiCall } from '../../helpers/apiCall.js';
import { storedDoc } from '../../helpers/storedDoc.js';

/** Whether any stored or synced form of `doc` holds `text` (the whole encoded state, every root type). */
function docHolds(doc: Y.Doc, text: string): boolean {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).includes(Buffer.from(text, 'utf8'));
}

describe('private logbook entries', () => {
  let server: TestServer;
  let url: string;
  let anna: TestPerson; // group 1, jobcenter: the author
  let bo: TestPerson; // group 1, a-kasse
  let cai: TestPerson; // group 2
  let olga: TestPerson; // not in the course
  let facilitator: TestPerson;
  let course: TestCourse;

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
    facilitator = await owner(url);
    anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    bo = await personNamed(url, 'Bo Akasse', 'akasse');
    cai = await personNamed(url, 'Cai Jobcenter', 'jobcenter');
    olga = await personNamed(url, 'Olga Udenfor', 'akasse');
    course = await courseWithGroups(url, { 'Gruppe 1': [anna, bo], 'Gruppe 2': [cai] });
  });
  afterAll(() => server.stop());

  const base = () => `/api/courses/${course.courseId}`;
  const group1 = () => `${base()}/groups/${course.groups['Gruppe 1']!.id}/logbook`;
  const group2 = () => `${base()}/groups/${course.groups['Gruppe 2']!.id}/logbook`;

  async function write(who: TestPerson, text: string): Promise<LogbookEntry> {
    const answer = await callAs(who, url, 'POST', `${base()}/logbook`, { text });
    expect(answer.status, answer.text).toBe(201);
    return logbookEntrySchema.parse(answer.body);
  }

  async function list(who: TestPerson, path: string): Promise<LogbookEntry[]> {
    const answer = await callAs(who, url, 'GET', path);
    expect(answer.status, answer.text).toBe(200);
    return logbookListSchema.parse(answer.body).entries;
  }

  it('are listed and shown to their author only; every operation of anyone else answers 404 like an unknown id', async () => {
    const secret = 'Privat: jeg glemte at spørge til borgerens egen dagsorden';
    const entry = await write(anna, secret);
    expect(entry).toMatchObject({ sharedAt: null, groupId: course.groups['Gruppe 1']!.id, usedIn: [] });
    expect(entry.author).toMatchObject({ userId: anna.userId, displayName: 'Anna Jobcenter' });
    expect(entry.author.organisation?.kind).toBe('kommune');
    expect((await list(anna, `${base()}/logbook`)).map((e) => e.text)).toEqual([secret]);
    expect((await callAs(anna, url, 'GET', `${base()}/logbook/${entry.id}`)).status).toBe(200);

    const unknown = '00000000-0000-4000-8000-000000000000';
    const operations = (id: string): Array<[string, string, unknown?]> => [
      ['GET', `${base()}/logbook/${id}`],
      ['PATCH', `${base()}/logbook/${id}`, { text: 'overskrevet' }],
      ['PUT', `${base()}/logbook/${id}/shared`, { shared: true }],
      ['POST', `${base()}/logbook/${id}/use`, { sectionId: 'agenda' }],
      ['DELETE', `${base()}/logbook/${id}`],
    ];
    for (const who of [bo, facilitator, cai]) {
      // Their own list and the group lists never hold it.
      expect(await list(who, `${base()}/logbook`)).toEqual([]);
      for (const [method, path, body] of operations(entry.id)) {
        const answer = await callAs(who, url, method, path, body);
        const unknownAnswer = await callAs(who, url, method, path.replace(entry.id, unknown), body);
        expect([answer.status, answer.body], `${who.displayName}: ${method} ${path}`).toEqual([
          unknownAnswer.status,
          unknownAnswer.body,
        ]);
        expect(answer.status).toBe(404);
        expect(answer.text).not.toContain(secret);
      }
    }
    expect(await list(bo, group1())).toEqual([]);
    expect(await list(facilitator, group1())).toEqual([]);
    // Someone outside the course does not even see the course.
    for (const [method, path, body] of operations(entry.id)) {
      const answer = await callAs(olga, url, method, path, body);
      expect([answer.status, (answer.body as { code: string }).code]).toEqual([404, 'not_found']);
    }
    expect((await callAs(olga, url, 'GET', group1())).status).toBe(404);

    // Nothing of it changed, and it is still there for its author.
    const after = await callAs(anna, url, 'GET', `${base()}/logbook/${entry.id}`);
    expect(logbookEntrySchema.parse(after.body)).toMatchObject({ text: secret, sharedAt: null, usedIn: [] });
  });

  it('become visible to the group and the facilitator when shared, never to another group, and disappear when made private again', async () => {
    const entry = await write(anna, 'Delt: borgeren talte mest, da vi spurgte åbent');
    const shared = await callAs(anna, url, 'PUT', `${base()}/logbook/${entry.id}/shared`, { shared: true });
    expect(shared.status, shared.text).toBe(200);
    expect(logbookEntrySchema.parse(shared.body).sharedAt).not.toBeNull();

    for (const who of [anna, bo, facilitator]) {
      const seen = await list(who, group1());
      expect(
        seen.map((e) => e.id),
        who.displayName,
      ).toEqual([entry.id]);
      expect(seen[0]!.author).toMatchObject({ displayName: 'Anna Jobcenter' });
      expect((await callAs(who, url, 'GET', `${base()}/logbook/${entry.id}`)).status).toBe(200);
    }
    // Shared is not theirs: only the author changes, unshares or deletes it.
    for (const who of [bo, facilitator]) {
      expect((await callAs(who, url, 'PATCH', `${base()}/logbook/${entry.id}`, { text: 'x' })).status).toBe(404);
      expect((await callAs(who, url, 'PUT', `${base()}/logbook/${entry.id}/shared`, { shared: false })).status).toBe(
        404,
      );
      expect((await callAs(who, url, 'DELETE', `${base()}/logbook/${entry.id}`)).status).toBe(404);
    }
    // Another group sees neither the entry nor group 1's list; group 1 cannot read group 2's list.
    expect((await callAs(cai, url, 'GET', group1())).status).toBe(404);
    expect((await callAs(cai, url, 'GET', `${base()}/logbook/${entry.id}`)).status).toBe(404);
    expect((await callAs(bo, url, 'GET', group2())).status).toBe(404);
    expect(await list(cai, group2())).toEqual([]);

    const unshared = await callAs(anna, url, 'PUT', `${base()}/logbook/${entry.id}/shared`, { shared: false });
    expect(logbookEntrySchema.parse(unshared.body).sharedAt).toBeNull();
    expect(await list(bo, group1())).toEqual([]);
    expect(await list(facilitator, group1())).toEqual([]);
    expect((await callAs(bo, url, 'GET', `${base()}/logbook/${entry.id}`)).status).toBe(404);
    expect((await callAs(anna, url, 'GET', `${base()}/logbook/${entry.id}`)).status).toBe(200);

    // The author edits and deletes their own entry.
    const edited = await callAs(anna, url, 'PATCH', `${base()}/logbook/${entry.id}`, { text: 'Rettet tekst' });
    expect(logbookEntrySchema.parse(edited.body).text).toBe('Rettet tekst');
    expect((await callAs(anna, url, 'DELETE', `${base()}/logbook/${entry.id}`)).status).toBe(204);
    expect((await callAs(anna, url, 'GET', `${base()}/logbook/${entry.id}`)).status).toBe(404);
  });

  it('never reach any websocket client: the working space and the course playbook hold no private text', async () => {
    const secret = `Hemmelig observation ${Date.now()}`;
    await write(anna, secret);
    await write(bo, `${secret} (Bo)`);
    // A shared entry used as draft text on the way, so the one path that writes into a document runs too.
    const used = await write(anna, 'Delt og brugt: vi åbnede med borgerens ønsker');
    await callAs(anna, url, 'PUT', `${base()}/logbook/${used.id}/shared`, { shared: true });
    const clients: TestClient[] = [];
    const workspace = course.groups['Gruppe 1']!.playbookId;
    for (const [who, room] of [
      [anna, workspace],
      [bo, workspace],
      [facilitator, workspace],
      [facilitator, course.playbookId],
      [anna, course.playbookId],
    ] as const) {
      const client = connectClient(server.collabUrl, room, { cookie: who.cookie });
      clients.push(client);
      await synced(client);
    }
    const answer = await callAs(bo, url, 'POST', `${base()}/logbook/${used.id}/use`, { sectionId: 'agenda' });
    expect(answer.status, answer.text).toBe(200);
    await expect.poll(() => docHolds(clients[0]!.doc, 'Delt og brugt')).toBe(true);

    for (const client of clients) expect(docHolds(client.doc, secret)).toBe(false);
    for (const id of await server.app.store.list()) {
      const doc = await storedDoc(server.app.store, id);
      expect(docHolds(doc, secret), id).toBe(false);
      doc.destroy();
    }
    for (const client of clients) client.destroy();
  });

  it("signal a change of the group's shared entries through the working space, never with their text", async () => {
    const workspace = course.groups['Gruppe 1']!.playbookId;
    const watcher = connectClient(server.collabUrl, workspace, { cookie: bo.cookie });
    await synced(watcher);
    let signals = 0;
    const stop = observeSharedLogbook(watcher.doc, () => (signals += 1));
    const entry = await write(anna, 'Signalet må aldrig bære denne tekst');

    expect((await callAs(anna, url, 'PUT', `${base()}/logbook/${entry.id}/shared`, { shared: true })).status).toBe(200);
    await expect.poll(() => signals).toBe(1);
    expect(sharedLogbookChangedAt(watcher.doc)).toEqual(expect.any(Number));
    expect((await callAs(anna, url, 'PUT', `${base()}/logbook/${entry.id}/shared`, { shared: false })).status).toBe(
      200,
    );
    await expect.poll(() => signals).toBe(2);
    // Writing a private entry signals nothing: the group cannot see it.
    await write(anna, 'Endnu en privat tanke');
    expect((await callAs(anna, url, 'PUT', `${base()}/logbook/${entry.id}/shared`, { shared: true })).status).toBe(200);
    await expect.poll(() => signals).toBe(3);
    stop();
    expect(docHolds(watcher.doc, entry.text)).toBe(false);
    watcher.destroy();
  });

  it("are in their author's downloaded logbook only, private and shared alike", async () => {
    const secret = await write(anna, 'Min egen tanke om samtalen i Rønne');
    const given = await write(anna, 'Det her deler jeg med gruppen');
    expect((await callAs(anna, url, 'PUT', `${base()}/logbook/${given.id}/shared`, { shared: true })).status).toBe(200);

    const mine = await callAs(anna, url, 'GET', `${base()}/logbook.md`);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; filename="logbog-[A-Za-z0-9-]+\.md"$/);
    expect(mine.text).toContain('Min egen tanke om samtalen i Rønne');
    expect(mine.text).toMatch(/\(privat\)\n\nMin egen tanke/);
    expect(mine.text).toMatch(/\(delt med gruppen [^)]+\)\n\nDet her deler jeg med gruppen/);

    // Nobody else's download holds them, not even the facilitator's or a group member's.
    for (const other of [bo, cai, facilitator]) {
      const theirs = await callAs(other, url, 'GET', `${base()}/logbook.md`);
      expect(theirs.status).toBe(200);
      expect(theirs.text).not.toContain(secret.text);
      expect(theirs.text).not.toContain(given.text);
    }
    expect((await callAs(olga, url, 'GET', `${base()}/logbook.md`)).status).toBe(404);
    expect((await apiCall(url, 'GET', `${base()}/logbook.md`)).status).toBe(401);
  });

  it("deletes a leaver's private entries and keeps what they shared with the group", async () => {
    const eva = await personNamed(url, 'Eva Akasse', 'akasse');
    const mixed = await courseWithGroups(url, { Gruppe: [anna, eva] });
    const path = `/api/courses/${mixed.courseId}/logbook`;
    const kept = await callAs(eva, url, 'POST', path, { text: 'Delt før jeg gik' });
    await callAs(eva, url, 'PUT', `${path}/${(kept.body as { id: string }).id}/shared`, { shared: true });
    await callAs(eva, url, 'POST', path, { text: 'Kun til mig selv' });

    const left = await callAs(eva, url, 'DELETE', `/api/playbooks/${mixed.playbookId}/members/${eva.userId}`);
    expect(left.status, left.text).toBe(204);
    const groupPath = `/api/courses/${mixed.courseId}/groups/${mixed.groups.Gruppe!.id}/logbook`;
    await expect
      .poll(async () => (await list(facilitator, groupPath)).map((e) => e.text))
      .toEqual(['Delt før jeg gik']);
    expect((await callAs(eva, url, 'GET', path)).status).toBe(404);

    // Back in the course, only the shared entry is still hers.
    await addMember(url, mixed.playbookId, eva, 'editor');
    await expect.poll(async () => (await list(eva, path)).map((e) => e.text)).toEqual(['Delt før jeg gik']);
  });
});
