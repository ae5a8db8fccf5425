import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { courseOverviewSchema, type CourseOverview } from '../../../shared/api/coursesApi.js';
import { playbookCourseAnswerSchema, workshopRoomAnswerSchema } from '../../../shared/api/workshopRoomApi.js';
import { readCourseRoom } from '../../../shared/course/courseRoom.js';
import { courseRoomId } from '../../../shared/course/courseRoomId.js';
import { AuthMessage, MessageType } from '../../../shared/protocol/messageTypes.js';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { addMember, callAs, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { openProtocolSocket, recordUpdates, syncUpdate } from '../../helpers/protocolSocket.js';
import { closeCodeOf } from '../../helpers/socketClose.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const MINUTE = 60_000;
const isPermissionDenied = (m: Uint8Array) => m[0] === MessageType.auth && m[1] === AuthMessage.permissionDenied;

describe('the live workshop room of a course', () => {
  let server: TestServer;
  let url: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => server.stop());

  /** A course by the owner (its facilitator) with `people` as participants and one group of all of them. */
  async function course(people: TestPerson[]): Promise<{ overview: CourseOverview; groupId: string }> {
    const created = await ownerCall(url, 'POST', '/api/courses', { title: 'Workshopforløb', templateId: 'standard' });
    expect(created.status, created.text).toBe(201);
    const { course } = courseOverviewSchema.parse(created.body);
    for (const person of people) await addMember(url, course.playbookId, person, 'editor');
    const grouped = await ownerCall(url, 'POST', `/api/courses/${course.id}/groups`, { name: 'Gruppe 1' });
    const groupId = courseOverviewSchema.parse(grouped.body).groups[0]!.id;
    const placed = await ownerCall(url, 'PUT', `/api/courses/${course.id}/groups/${groupId}/members`, {
      userIds: people.map((p) => p.userId),
    });
    expect(placed.status, placed.text).toBe(200);
    return { overview: courseOverviewSchema.parse(placed.body), groupId };
  }

  /** A participant's stock y-websocket client following the course room with their session cookie. */
  async function follower(courseId: string, who: TestPerson): Promise<TestClient> {
    const client = connectClient(server.collabUrl, courseRoomId(courseId), { cookie: who.cookie });
    clients.push(client);
    await synced(client);
    return client;
  }

  const room = (courseId: string) => `/api/courses/${courseId}/room`;

  it("shows every facilitator change live to a participant's client, with the server's clock in each answer", async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const bo = await personNamed(url, 'Bo Akasse', 'akasse');
    const { overview, groupId } = await course([anna, bo]);
    const id = overview.course.id;
    const annaRoom = await follower(id, anna);
    const seen = () => readCourseRoom(annaRoom.doc);
    expect(seen().timer.status).toBe('idle');

    const before = Date.now();
    const started = await ownerCall(url, 'POST', `${room(id)}/timer`, {
      action: 'start',
      minutes: 5,
      label: 'Runde 1',
    });
    expect(started.status, started.text).toBe(200);
    const answer = workshopRoomAnswerSchema.parse(started.body);
    expect(answer.serverNow).toBeGreaterThanOrEqual(before);
    expect(answer.state.timer).toMatchObject({ status: 'running', durationMs: 5 * MINUTE, label: 'Runde 1' });
    await expect.poll(() => seen().timer.status).toBe('running');
    const endsAt = seen().timer.endsAt!;
    expect(endsAt - answer.serverNow).toBeGreaterThan(5 * MINUTE - 2000);
    expect(endsAt - answer.serverNow).toBeLessThanOrEqual(5 * MINUTE);

    await ownerCall(url, 'POST', `${room(id)}/timer`, { action: 'pause' });
    await expect.poll(() => seen().timer.status).toBe('paused');
    const remaining = seen().timer.remainingMs!;
    expect(remaining).toBeGreaterThan(5 * MINUTE - 5000);
    expect(seen().timer.endsAt).toBeNull();

    await ownerCall(url, 'POST', `${room(id)}/timer`, { action: 'extend', minutes: 5 });
    await expect.poll(() => seen().timer.remainingMs).toBe(remaining + 5 * MINUTE);
    const resumed = workshopRoomAnswerSchema.parse(
      (await ownerCall(url, 'POST', `${room(id)}/timer`, { action: 'resume' })).body,
    );
    await expect.poll(() => seen().timer.status).toBe('running');
    expect(seen().timer.endsAt! - resumed.serverNow).toBeLessThanOrEqual(remaining + 5 * MINUTE);

    await ownerCall(url, 'PUT', `${room(id)}/prompts`, { prompts: 'hidden' });
    await ownerCall(url, 'PUT', `${room(id)}/message`, { text: '  Skriv tre spørgsmål til borgeren  ' });
    await ownerCall(url, 'PUT', `${room(id)}/follow`, { sectionId: 'agenda' });
    const phased = await ownerCall(url, 'PUT', `/api/courses/${id}/groups/${groupId}/phase`, { phase: 'observe' });
    expect(phased.status, phased.text).toBe(200);
    await expect.poll(() => seen().phases[groupId]).toBe('observe');
    // A second group's phase goes with the group when it is deleted.
    const second = await ownerCall(url, 'POST', `/api/courses/${id}/groups`, { name: 'Gruppe 2' });
    const secondId = courseOverviewSchema.parse(second.body).groups.find((g) => g.name === 'Gruppe 2')!.id;
    await ownerCall(url, 'PUT', `/api/courses/${id}/groups/${secondId}/phase`, { phase: 'reflect' });
    await expect.poll(() => seen().phases[secondId]).toBe('reflect');
    expect((await ownerCall(url, 'DELETE', `/api/courses/${id}/groups/${secondId}`)).status).toBe(200);
    await expect.poll(() => Object.keys(seen().phases)).toEqual([groupId]);
    expect(seen()).toMatchObject({
      prompts: 'hidden',
      message: 'Skriv tre spørgsmål til borgeren',
      follow: { sectionId: 'agenda', userId: (await owner(url)).userId, name: 'Facilitator Test' },
    });

    // Everyone in the course reads the same room over HTTP too.
    const read = workshopRoomAnswerSchema.parse((await callAs(bo, url, 'GET', room(id))).body);
    expect(read.state).toEqual(seen());

    await ownerCall(url, 'PUT', `${room(id)}/follow`, { sectionId: null });
    await ownerCall(url, 'PUT', `${room(id)}/message`, { text: '' });
    await ownerCall(url, 'PUT', `${room(id)}/prompts`, { prompts: null });
    await ownerCall(url, 'POST', `${room(id)}/timer`, { action: 'reset' });
    await expect.poll(() => seen().timer.status).toBe('idle');
    expect(seen()).toMatchObject({ prompts: null, message: null, follow: null });
  });

  it('lets only facilitators change the room: participants 403, outsiders and unknown ids 404, no session 401, bad bodies 400', async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const outsider = await personNamed(url, 'Olga Udenfor', 'akasse');
    const { overview, groupId } = await course([anna]);
    const id = overview.course.id;
    const changes: Array<[string, string, unknown]> = [
      ['POST', `${room(id)}/timer`, { action: 'start', minutes: 5 }],
      ['PUT', `${room(id)}/prompts`, { prompts: 'shown' }],
      ['PUT', `${room(id)}/message`, { text: 'Pause til 10.30' }],
      ['PUT', `${room(id)}/follow`, { sectionId: 'roles' }],
      ['PUT', `/api/courses/${id}/groups/${groupId}/phase`, { phase: 'act' }],
    ];
    for (const [method, path, body] of changes) {
      expect((await callAs(anna, url, method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await callAs(outsider, url, method, path, body)).status, `${method} ${path}`).toBe(404);
      expect((await fetch(`${url}${path}`, { method, body: JSON.stringify(body) })).status).toBe(401);
    }
    expect((await callAs(anna, url, 'GET', room(id))).status).toBe(200);
    expect((await callAs(outsider, url, 'GET', room(id))).status).toBe(404);
    expect((await fetch(`${url}${room(id)}`)).status).toBe(401);
    expect((await ownerCall(url, 'GET', room('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
    expect((await ownerCall(url, 'GET', room('ikke-et-id'))).status).toBe(404);
    const unknownGroup = `/api/courses/${id}/groups/00000000-0000-4000-8000-000000000000/phase`;
    expect((await ownerCall(url, 'PUT', unknownGroup, { phase: 'act' })).status).toBe(404);
    // Nothing a refused caller sent reached the room.
    const state = workshopRoomAnswerSchema.parse((await ownerCall(url, 'GET', room(id))).body).state;
    expect(state).toMatchObject({ timer: { status: 'idle' }, prompts: null, message: null, follow: null, phases: {} });

    const bad: Array<[string, string, unknown]> = [
      ['POST', `${room(id)}/timer`, { action: 'start', minutes: 0 }],
      ['POST', `${room(id)}/timer`, { action: 'start', minutes: 181 }],
      ['POST', `${room(id)}/timer`, { action: 'start', minutes: 2.5 }],
      ['POST', `${room(id)}/timer`, { action: 'extend', minutes: 61 }],
      ['POST', `${room(id)}/timer`, { action: 'explode' }],
      ['POST', `${room(id)}/timer`, { action: 'pause', minutes: 3 }],
      ['POST', `${room(id)}/timer`, { action: 'start', minutes: 5, label: 'Borger 010203-1234' }],
      ['PUT', `${room(id)}/prompts`, { prompts: 'maybe' }],
      ['PUT', `${room(id)}/prompts`, {}],
      ['PUT', `${room(id)}/message`, { text: 'x'.repeat(281) }],
      ['PUT', `${room(id)}/message`, { text: 'Ring til 0102031234 efter pausen' }],
      ['PUT', `${room(id)}/follow`, { sectionId: 'kapitel-99' }],
      ['PUT', `/api/courses/${id}/groups/${groupId}/phase`, { phase: 'celebrate' }],
    ];
    for (const [method, path, body] of bad) {
      const answer = await ownerCall(url, method, path, body);
      expect([answer.status, (answer.body as { code: string }).code], JSON.stringify(body)).toEqual([
        400,
        'invalid_request',
      ]);
    }
    const notJson = await callAs(await owner(url), url, 'PUT', `${room(id)}/prompts`, 'prompts=shown', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(400);

    // Actions that do not fit the timer as it is: 409.
    const timer = (body: unknown) => ownerCall(url, 'POST', `${room(id)}/timer`, body);
    expect((await timer({ action: 'pause' })).body).toMatchObject({ code: 'timer_not_running' });
    expect((await timer({ action: 'resume' })).body).toMatchObject({ code: 'timer_not_paused' });
    expect((await timer({ action: 'extend', minutes: 1 })).status).toBe(409);
    expect((await timer({ action: 'start', minutes: 170 })).status).toBe(200);
    expect((await timer({ action: 'extend', minutes: 20 })).body).toMatchObject({ code: 'timer_too_long' });
  });

  it('refuses every client write to the course room, the facilitator’s included, and leaves the stored room unchanged', async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const { overview } = await course([anna]);
    const id = overview.course.id;
    await ownerCall(url, 'PUT', `${room(id)}/message`, { text: 'Velkommen' });
    const stored = async () => {
      const doc = new Y.Doc();
      const loaded = await server.app.store.load(courseRoomId(id));
      if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
      for (const update of loaded.updates) Y.applyUpdate(doc, update);
      return { state: readCourseRoom(doc), updates: loaded.updates.length };
    };
    const before = await stored();
    expect(before.state.message).toBe('Velkommen');

    for (const who of [anna, await owner(url)]) {
      const socket = await openProtocolSocket(server.collabUrl, courseRoomId(id), { headers: { cookie: who.cookie } });
      const forged = new Y.Doc();
      const updates = recordUpdates(forged);
      forged.getMap('room').set('message', `Skrevet af ${who.displayName}`);
      forged.getMap('timer').set('status', 'running');
      socket.send(syncUpdate(updates[0]!));
      await socket.waitForMessage(isPermissionDenied);
      await socket.roundTrip();
      socket.close();
    }
    // A stock client that writes anyway: its change never reaches the server.
    const client = await follower(id, anna);
    client.doc.getMap('room').set('prompts', 'hidden');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const after = await stored();
    expect(after).toEqual(before);
    const read = workshopRoomAnswerSchema.parse((await ownerCall(url, 'GET', room(id))).body).state;
    expect(read).toMatchObject({ message: 'Velkommen', prompts: null, timer: { status: 'idle' } });
  });

  it('admits only people in the course to its room socket: 4401 without a session, 4404 for outsiders and unknown courses', async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const outsider = await personNamed(url, 'Olga Udenfor', 'akasse');
    const { overview } = await course([anna]);
    const roomId = courseRoomId(overview.course.id);
    expect(await closeCodeOf(server.collabUrl, roomId)).toBe(CloseCodes.unauthorized.code);
    expect(await closeCodeOf(server.collabUrl, roomId, { cookie: outsider.cookie })).toBe(CloseCodes.invalidRoom.code);
    const unknown = courseRoomId('00000000-0000-4000-8000-000000000000');
    expect(await closeCodeOf(server.collabUrl, unknown, { cookie: anna.cookie })).toBe(CloseCodes.invalidRoom.code);
    expect(await closeCodeOf(server.collabUrl, 'forloeb-ikke-et-id', { cookie: anna.cookie })).toBe(
      CloseCodes.invalidRoom.code,
    );
    expect(await closeCodeOf(server.collabUrl, roomId, { cookie: anna.cookie })).toBeNull();
    // The course room is not a playbook: its id opens no playbook route.
    expect((await ownerCall(url, 'GET', `/api/playbooks/${roomId}`)).status).toBe(404);
  });

  it("closes a participant's course room socket when they leave the course playbook", async () => {
    const karen = await personNamed(url, 'Karen Jobcenter', 'jobcenter');
    const { overview } = await course([karen]);
    const socket = new WebSocket(`${server.collabUrl}/${courseRoomId(overview.course.id)}`, {
      headers: { cookie: karen.cookie },
    });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const left = await callAs(
      karen,
      url,
      'DELETE',
      `/api/playbooks/${overview.course.playbookId}/members/${karen.userId}`,
    );
    expect(left.status, left.text).toBe(204);
    expect(await closed).toBe(CloseCodes.removed.code);
  });

  it('tells which course a playbook belongs to: the target playbook, a working space, none, and 404 for outsiders', async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const bo = await personNamed(url, 'Bo Akasse', 'akasse');
    const outsider = await personNamed(url, 'Olga Udenfor', 'akasse');
    const { overview, groupId } = await course([anna, bo]);
    const { course: c, groups } = overview;
    const workspace = groups[0]!.playbookId;
    const courseOf = async (who: TestPerson, playbookId: string) => {
      const answer = await callAs(who, url, 'GET', `/api/playbooks/${playbookId}/course`);
      return answer.status === 200 ? playbookCourseAnswerSchema.parse(answer.body).course : answer.status;
    };
    expect(await courseOf(await owner(url), c.playbookId)).toEqual({
      courseId: c.id,
      groupId: null,
      role: 'facilitator',
      ownGroupId: null,
    });
    expect(await courseOf(anna, c.playbookId)).toEqual({
      courseId: c.id,
      groupId: null,
      role: 'editor',
      ownGroupId: groupId,
    });
    expect(await courseOf(bo, workspace)).toEqual({ courseId: c.id, groupId, role: 'editor', ownGroupId: groupId });
    expect(await courseOf(await owner(url), workspace)).toMatchObject({ groupId, role: 'facilitator' });

    const unrelated = await ownerCall(url, 'POST', '/api/playbooks', { title: 'Ikke et forløb', templateId: null });
    const unrelatedId = (unrelated.body as { id: string }).id;
    // A member of a playbook in no course hears so plainly; outsiders and unknown ids get 404.
    expect(await courseOf(await owner(url), unrelatedId)).toBeNull();
    expect(await courseOf(anna, unrelatedId)).toBe(404);
    expect(await courseOf(outsider, c.playbookId)).toBe(404);
    expect(await courseOf(outsider, workspace)).toBe(404);
    expect(await courseOf(anna, 'drejebog-findesikke')).toBe(404);
    expect((await fetch(`${url}/api/playbooks/${c.playbookId}/course`)).status).toBe(401);
  });

  it('keeps the course room out of the playbook list and search', async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const { overview } = await course([anna]);
    const id = overview.course.id;
    await ownerCall(url, 'PUT', `${room(id)}/message`, { text: 'Søgeord kaffepause' });
    await ownerCall(url, 'POST', `${room(id)}/timer`, { action: 'start', minutes: 10, label: 'Kaffepause' });
    const list = await ownerCall(url, 'GET', '/api/playbooks');
    expect(list.status).toBe(200);
    const ids = (list.body as { playbooks: Array<{ id: string }> }).playbooks.map((p) => p.id);
    expect(ids).toContain(overview.course.playbookId);
    expect(ids.some((playbookId) => playbookId.startsWith('forloeb-'))).toBe(false);
    const search = await ownerCall(url, 'GET', '/api/search?q=kaffepause');
    expect(search.status, search.text).toBe(200);
    expect((search.body as { results: unknown[] }).results).toEqual([]);
    expect(await server.app.catalog.get(courseRoomId(id))).toBeNull();
  });
});
