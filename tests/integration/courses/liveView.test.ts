import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseOverviewSchema } from '../../../shared/api/coursesApi.js';
import { liveSnapshotSchema, type LiveSnapshot } from '../../../shared/api/liveViewApi.js';
import { actionCards, type ActionCard } from '../../../shared/course/actionCards.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { apiCall } from '../../helpers/apiCall.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { openEventStream, type EventStreamReader } from '../../helpers/eventStream.js';
import { addMember, callAs, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

/** Writes a paragraph at the end of a section, as an editor would. */
function writeParagraph(client: TestClient, sectionId: 'purpose' | 'roles', text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  sectionFragment(client.doc, sectionId).push([paragraph]);
}

const card = (id: string, title: string, dueOn: string | null, status: 'open' | 'done' = 'open'): ActionCard => ({
  id,
  title,
  sectionId: 'purpose',
  observe: '',
  owners: [],
  dueOn,
  status,
  whatHappened: '',
  why: '',
  learned: '',
  nextStep: '',
  createdAt: new Date().toISOString(),
});

describe("the facilitator's live view", () => {
  let server: TestServer;
  let url: string;
  let jette: TestPerson;
  let anders: TestPerson;
  let courseId: string;
  let groupPlaybook: string;
  const opened: Array<{ close(): void }> = [];

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
    jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
    anders = await personNamed(url, 'Anders Akasse', 'akasse');
    const created = await ownerCall(url, 'POST', '/api/courses', { title: 'Klippeø-forløbet' });
    expect(created.status, created.text).toBe(201);
    const overview = courseOverviewSchema.parse(created.body);
    courseId = overview.course.id;
    for (const who of [jette, anders]) await addMember(url, overview.course.playbookId, who, 'editor');
    const group = await ownerCall(url, 'POST', `/api/courses/${courseId}/groups`, { name: 'Gruppe Nord' });
    const groupId = courseOverviewSchema.parse(group.body).groups[0]!.id;
    const members = await ownerCall(url, 'PUT', `/api/courses/${courseId}/groups/${groupId}/members`, {
      userIds: [jette.userId, anders.userId],
    });
    groupPlaybook = courseOverviewSchema.parse(members.body).groups[0]!.playbookId;
  });
  afterAll(async () => {
    for (const thing of opened) thing.close();
    await server.stop();
  });

  async function stream(): Promise<EventStreamReader> {
    const reader = await openEventStream(`${url}/api/courses/${courseId}/live`, { cookie: (await owner(url)).cookie });
    opened.push(reader);
    return reader;
  }

  /** Waits for a snapshot the condition holds for. */
  async function snapshotWhere(reader: EventStreamReader, holds: (s: LiveSnapshot) => boolean): Promise<LiveSnapshot> {
    const event = await reader.waitFor(
      (e) => e.event === 'snapshot' && holds(liveSnapshotSchema.parse(JSON.parse(e.data))),
    );
    return liveSnapshotSchema.parse(JSON.parse(event.data));
  }

  const purposeOf = (s: LiveSnapshot) => s.groups[0]!.sections.find((c) => c.sectionId === 'purpose')!;

  it('streams a snapshot at once: every group × section, the course playbook, nobody online', async () => {
    const reader = await stream();
    expect(reader.status).toBe(200);
    expect(reader.contentType).toMatch(/^text\/event-stream/);
    const first = await snapshotWhere(reader, () => true);
    expect(first.title).toBe('Klippeø-forløbet');
    expect(first.groups.map((g) => g.name)).toEqual(['Gruppe Nord']);
    expect(first.groups[0]!.sections).toHaveLength(13);
    expect(purposeOf(first)).toMatchObject({ fill: 'empty', words: 0, lastEdit: null });
    expect(first.groups[0]!.online).toEqual([]);
    expect(first.groups[0]!.actions).toEqual({ open: 0, overdue: 0, openTitles: [], overdueTitles: [] });
    expect(first.course.sections.map((c) => c.sectionId)).toEqual(first.groups[0]!.sections.map((c) => c.sectionId));
    expect(first.course.online).toEqual([]);
  });

  it("shows a participant's typing live: words, the organisation of the last edit, who is online; then that they left", async () => {
    const reader = await stream();
    await snapshotWhere(reader, () => true);
    const client = connectClient(server.collabUrl, groupPlaybook, { cookie: anders.cookie });
    opened.push({ close: () => client.destroy() });
    await synced(client);
    const online = await snapshotWhere(reader, (s) => s.groups[0]!.online.length > 0);
    expect(online.groups[0]!.online).toEqual([
      { name: 'Anders Akasse', organisation: 'akasse', organisationName: 'Test A-kasse' },
    ]);

    writeParagraph(client, 'purpose', 'Borgerens dagsorden kommer først hos os');
    const typed = await snapshotWhere(reader, (s) => purposeOf(s).words > 0);
    expect(purposeOf(typed)).toMatchObject({
      fill: 'started',
      words: 6,
      lastEdit: { organisation: 'akasse', organisationName: 'Test A-kasse' },
    });
    expect(Date.parse(purposeOf(typed).lastEdit!.at)).toBeGreaterThan(Date.now() - 60_000);
    // Other sections were not touched.
    expect(typed.groups[0]!.sections.find((c) => c.sectionId === 'roles')!.lastEdit).toBeNull();

    client.destroy();
    await snapshotWhere(reader, (s) => s.groups[0]!.online.length === 0);
  });

  it('keeps the last edit of each section by organisation: a jobcenter edit after an a-kasse one', async () => {
    const reader = await stream();
    const client = connectClient(server.collabUrl, groupPlaybook, { cookie: jette.cookie });
    opened.push({ close: () => client.destroy() });
    await synced(client);
    writeParagraph(client, 'purpose', 'Og vi aftaler rollerne inden samtalen');
    const after = await snapshotWhere(reader, (s) => purposeOf(s).lastEdit?.organisation === 'jobcenter');
    expect(purposeOf(after).lastEdit!.organisationName).toBe('Testby Kommune, Jobcenter');
    expect(purposeOf(after).words).toBe(12);
    client.destroy();
  });

  it('shows a new group at once and drops a deleted one, without waiting for the heartbeat', async () => {
    const reader = await stream();
    await snapshotWhere(reader, () => true);
    const made = await ownerCall(url, 'POST', `/api/courses/${courseId}/groups`, { name: 'Gruppe Syd' });
    expect(made.status, made.text).toBe(201);
    const names = (s: LiveSnapshot) => s.groups.map((g) => g.name);
    // Well inside the 20 s heartbeat: the change itself triggers the snapshot.
    const event = await reader.waitFor(
      (e) => e.event === 'snapshot' && names(liveSnapshotSchema.parse(JSON.parse(e.data))).includes('Gruppe Syd'),
      5_000,
    );
    expect(names(liveSnapshotSchema.parse(JSON.parse(event.data)))).toEqual(['Gruppe Nord', 'Gruppe Syd']);
    const syd = courseOverviewSchema.parse(made.body).groups.find((g) => g.name === 'Gruppe Syd')!.id;
    expect((await ownerCall(url, 'DELETE', `/api/courses/${courseId}/groups/${syd}`)).status).toBe(200);
    await reader.waitFor(
      (e) => e.event === 'snapshot' && !names(liveSnapshotSchema.parse(JSON.parse(e.data))).includes('Gruppe Syd'),
      5_000,
    );
  });

  it('counts open and overdue action cards of the working space', async () => {
    const reader = await stream();
    const client = connectClient(server.collabUrl, groupPlaybook, { cookie: jette.cookie });
    opened.push({ close: () => client.destroy() });
    await synced(client);
    actionCards.insert(client.doc, card('a1', 'Spørg borgeren om dagsordenen', '2020-01-01'));
    actionCards.insert(client.doc, card('a2', 'Fordel rollerne før samtalen', '2099-12-31'));
    actionCards.insert(client.doc, card('a3', 'Afprøvet og afsluttet', '2020-01-01', 'done'));
    const counted = await snapshotWhere(reader, (s) => s.groups[0]!.actions.open === 2);
    expect(counted.groups[0]!.actions).toEqual({
      open: 2,
      overdue: 1,
      openTitles: ['Spørg borgeren om dagsordenen', 'Fordel rollerne før samtalen'],
      overdueTitles: ['Spørg borgeren om dagsordenen'],
    });
    client.destroy();
  });

  it('answers the same snapshot once as JSON', async () => {
    const answer = await ownerCall(url, 'GET', `/api/courses/${courseId}/live.json`);
    expect(answer.status, answer.text).toBe(200);
    const snapshot = liveSnapshotSchema.parse(answer.body);
    expect(purposeOf(snapshot).words).toBe(12);
    expect(snapshot.groups[0]!.actions.overdue).toBe(1);
  });

  it('ends the stream of a facilitator who is made a participant, at the next snapshot', async () => {
    const fie = await personNamed(url, 'Fie Facilitator', 'anden');
    const coursePlaybook = (await ownerCall(url, 'GET', `/api/courses/${courseId}/live.json`)).body as {
      course: { playbookId: string };
    };
    const playbookId = coursePlaybook.course.playbookId;
    await addMember(url, playbookId, fie, 'facilitator');
    const reader = await openEventStream(`${url}/api/courses/${courseId}/live`, { cookie: fie.cookie });
    opened.push(reader);
    await reader.waitFor((e) => e.event === 'snapshot');
    const demoted = await ownerCall(url, 'PATCH', `/api/playbooks/${playbookId}/members/${fie.userId}`, {
      role: 'editor',
    });
    expect(demoted.status, demoted.text).toBe(200);
    const seen = reader.events.length;
    // A change in the course makes a snapshot; Fie's stream ends instead of receiving it.
    const client = connectClient(server.collabUrl, groupPlaybook, { cookie: jette.cookie });
    opened.push({ close: () => client.destroy() });
    await synced(client);
    writeParagraph(client, 'roles', 'Rollerne aftales før samtalen');
    await expect(reader.waitFor(() => false)).rejects.toThrow(/ended/);
    expect(reader.events.length).toBe(seen);
    client.destroy();
  });

  it('is for facilitators only: participants 403, outsiders and unknown courses 404, no session 401', async () => {
    const outsider = await personNamed(url, 'Otto Udenfor', 'akasse');
    for (const path of ['live.json', 'live']) {
      expect((await callAs(jette, url, 'GET', `/api/courses/${courseId}/${path}`)).status).toBe(403);
      expect((await callAs(outsider, url, 'GET', `/api/courses/${courseId}/${path}`)).status).toBe(404);
      expect((await apiCall(url, 'GET', `/api/courses/${courseId}/${path}`)).status).toBe(401);
      const unknown = await ownerCall(url, 'GET', `/api/courses/00000000-0000-4000-8000-000000000000/${path}`);
      expect(unknown.status).toBe(404);
    }
    const participantStream = await openEventStream(`${url}/api/courses/${courseId}/live`, { cookie: jette.cookie });
    expect(participantStream.status).toBe(403);
    participantStream.close();
  });
});
