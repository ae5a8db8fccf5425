import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseListSchema, courseOverviewSchema, type CourseOverview } from '../../../shared/api/coursesApi.js';
import { CloseCodes } from '../../../shared/protocol/closeCodes.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { addMember, callAs, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { closeCodeOf } from '../../helpers/socketClose.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

describe('courses, workshops and mixed learning groups', () => {
  let server: TestServer;
  let url: string;

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
  });
  afterAll(() => server.stop());

  const organisationIds = async () => {
    const answer = await ownerCall(url, 'GET', '/api/organisations');
    return (answer.body as { organisations: Array<{ id: string; kind: string }> }).organisations;
  };

  /** A course by the owner, with the people joined to its target playbook through invitations. */
  async function courseWith(people: TestPerson[], mixedGroups: 'flag' | 'refuse' = 'flag'): Promise<CourseOverview> {
    const created = await ownerCall(url, 'POST', '/api/courses', {
      title: 'Fællessamtaler på Klippeø',
      goal: 'En fælles drejebog inden sommer',
      mixedGroups,
      templateId: 'standard',
      workshops: [
        { title: 'Workshop 2', date: '2099-03-10' },
        { title: 'Workshop 1', date: '2099-02-01', place: 'Rønne' },
        { title: 'Forberedelse', date: '2020-01-01' },
      ],
    });
    expect(created.status, created.text).toBe(201);
    const overview = courseOverviewSchema.parse(created.body);
    for (const person of people) await addMember(url, overview.course.playbookId, person, 'editor');
    return overview;
  }

  async function overviewOf(id: string, who?: TestPerson): Promise<CourseOverview> {
    const answer = who
      ? await callAs(who, url, 'GET', `/api/courses/${id}`)
      : await ownerCall(url, 'GET', `/api/courses/${id}`);
    expect(answer.status, answer.text).toBe(200);
    return courseOverviewSchema.parse(answer.body);
  }

  async function newGroup(courseId: string, name: string): Promise<string> {
    const answer = await ownerCall(url, 'POST', `/api/courses/${courseId}/groups`, { name });
    expect(answer.status, answer.text).toBe(201);
    return courseOverviewSchema.parse(answer.body).groups.find((g) => g.name === name)!.id;
  }

  const setMembers = (courseId: string, groupId: string, people: TestPerson[]) =>
    ownerCall(url, 'PUT', `/api/courses/${courseId}/groups/${groupId}/members`, {
      userIds: people.map((p) => p.userId),
    });

  it('creates a course with a target playbook the creator facilitates and workshops in date order', async () => {
    const partners = (await organisationIds()).map((o) => o.id);
    const created = await ownerCall(url, 'POST', '/api/courses', {
      title: 'Forløb med partnere',
      partnerOrganisationIds: partners,
      workshops: [{ title: 'Eneste', date: '2099-01-01', notes: 'Husk kaffe' }],
    });
    expect(created.status, created.text).toBe(201);
    const overview = courseOverviewSchema.parse(created.body);
    expect(overview.course).toMatchObject({ title: 'Forløb med partnere', mixedGroups: 'flag', role: 'facilitator' });
    expect(overview.course.partnerOrganisations.map((o) => o.id)).toEqual(partners);
    const playbook = await ownerCall(url, 'GET', `/api/playbooks/${overview.course.playbookId}`);
    expect(playbook.body).toMatchObject({ title: 'Forløb med partnere', templateId: 'standard', role: 'facilitator' });

    const course = await courseWith([]);
    expect(course.workshops.map((w) => w.title)).toEqual(['Forberedelse', 'Workshop 1', 'Workshop 2']);
    expect(course.nextWorkshop).toMatchObject({ title: 'Workshop 1', place: 'Rønne' });
    const list = courseListSchema.parse((await ownerCall(url, 'GET', '/api/courses')).body);
    expect(list.courses.map((c) => c.id)).toContain(course.course.id);
  });

  it('refuses invalid courses with codes', async () => {
    const cases: Array<[unknown, string]> = [
      [{ title: '' }, 'invalid_request'],
      [{ title: 'X', mixedGroups: 'maybe' }, 'invalid_request'],
      [{ title: 'X', workshops: [{ title: 'W', date: '1. marts' }] }, 'invalid_request'],
      [{ title: 'X', templateId: 'findes-ikke' }, 'unknown_template'],
      [{ title: 'X', partnerOrganisationIds: ['00000000-0000-4000-8000-000000000000'] }, 'unknown_organisation'],
    ];
    for (const [body, code] of cases) {
      const answer = await ownerCall(url, 'POST', '/api/courses', body);
      expect([answer.status, (answer.body as { code: string }).code]).toEqual([400, code]);
    }
  });

  it('lets participants join through invitations and read the course, not change it; outsiders get 404', async () => {
    const anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const outsider = await personNamed(url, 'Olga Udenfor', 'akasse');
    const course = await courseWith([anna]);
    const id = course.course.id;
    const workshopId = course.workshops[0]!.id;

    const seen = await overviewOf(id, anna);
    expect(seen.course.role).toBe('editor');
    expect(seen.participants.map((p) => p.displayName)).toContain('Anna Jobcenter');
    expect(
      courseListSchema.parse((await callAs(anna, url, 'GET', '/api/courses')).body).courses.map((c) => c.id),
    ).toEqual([id]);
    expect(courseListSchema.parse((await callAs(outsider, url, 'GET', '/api/courses')).body).courses).toEqual([]);

    const groupId = await newGroup(id, 'Gruppe A');
    const changes: Array<[string, string, unknown?]> = [
      ['PATCH', `/api/courses/${id}`, { goal: 'Ny' }],
      ['POST', `/api/courses/${id}/workshops`, { title: 'W', date: '2099-05-05' }],
      ['PATCH', `/api/courses/${id}/workshops/${workshopId}`, { place: 'Aakirkeby' }],
      ['DELETE', `/api/courses/${id}/workshops/${workshopId}`],
      ['POST', `/api/courses/${id}/groups`, { name: 'G' }],
      ['PATCH', `/api/courses/${id}/groups/${groupId}`, { name: 'G2' }],
      ['PUT', `/api/courses/${id}/groups/${groupId}/members`, { userIds: [] }],
      ['DELETE', `/api/courses/${id}/groups/${groupId}`],
    ];
    for (const [method, path, body] of changes) {
      expect((await callAs(anna, url, method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await callAs(outsider, url, method, path, body)).status, `${method} ${path}`).toBe(404);
    }
    expect((await callAs(outsider, url, 'GET', `/api/courses/${id}`)).status).toBe(404);
    expect((await ownerCall(url, 'GET', '/api/courses/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await ownerCall(url, 'GET', '/api/courses/ikke-et-id')).status).toBe(404);

    // The facilitator can make every change.
    for (const [method, path, body] of changes) {
      expect((await ownerCall(url, method, path, body)).status, `${method} ${path}`).toBeLessThan(300);
    }
    expect((await ownerCall(url, 'PATCH', `/api/courses/${id}/workshops/${workshopId}`, { place: 'X' })).status).toBe(
      404,
    );
  });

  it('flags one-organisation groups; the refuse setting answers 409 group_not_mixed', async () => {
    const jc1 = await personNamed(url, 'Jens Jobcenter', 'jobcenter');
    const jc2 = await personNamed(url, 'Jytte Jobcenter', 'jobcenter');
    const ak = await personNamed(url, 'Aase Akasse', 'akasse');
    const flagging = await courseWith([jc1, jc2, ak]);
    const group = await newGroup(flagging.course.id, 'Gruppe 1');
    const same = await setMembers(flagging.course.id, group, [jc1, jc2]);
    expect(same.status, same.text).toBe(200);
    const flagged = courseOverviewSchema.parse(same.body).groups[0]!;
    expect(flagged.mixed).toBe(false);
    expect(flagged.members.map((m) => m.organisation.kind)).toEqual(['kommune', 'kommune']);
    const mixed = courseOverviewSchema.parse((await setMembers(flagging.course.id, group, [jc1, ak])).body);
    expect(mixed.groups[0]!.mixed).toBe(true);
    expect(mixed.participants.find((p) => p.userId === jc2.userId)?.groupId).toBeNull();

    const strict = await courseWith([jc1, jc2, ak], 'refuse');
    const g1 = await newGroup(strict.course.id, 'Gruppe 1');
    const refused = await setMembers(strict.course.id, g1, [jc1, jc2]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'group_not_mixed' });
    // A group of one is still forming; a mixed one is fine.
    expect((await setMembers(strict.course.id, g1, [jc1])).status).toBe(200);
    expect((await setMembers(strict.course.id, g1, [jc1, jc2, ak])).status).toBe(200);
    // Moving the a-kasse person away would leave two jobcenter people alone in Gruppe 1.
    const g2 = await newGroup(strict.course.id, 'Gruppe 2');
    expect((await setMembers(strict.course.id, g2, [ak])).status).toBe(409);
    const outsider = await personNamed(url, 'Ole Udenfor', 'akasse');
    const stranger = await setMembers(strict.course.id, g2, [outsider]);
    expect([stranger.status, (stranger.body as { code: string }).code]).toEqual([400, 'not_a_participant']);
  });

  it("opens a group's working space to its members only, and closes it at once for someone moved out", async () => {
    const jc = await personNamed(url, 'Jonas Jobcenter', 'jobcenter');
    const ak = await personNamed(url, 'Astrid Akasse', 'akasse');
    const course = await courseWith([jc, ak]);
    const id = course.course.id;
    const g1 = await newGroup(id, 'Gruppe 1');
    const g2 = await newGroup(id, 'Gruppe 2');
    const placed = courseOverviewSchema.parse((await setMembers(id, g1, [jc])).body);
    expect((await setMembers(id, g2, [ak])).status).toBe(200);
    const workspace = placed.groups.find((g) => g.id === g1)!.playbookId;

    // Members edit live; the facilitator facilitates; another group's member is an outsider there.
    const client = connectClient(server.collabUrl, workspace, { cookie: jc.cookie });
    await synced(client);
    client.destroy();
    const members = await ownerCall(url, 'GET', `/api/playbooks/${workspace}/members`);
    expect((members.body as { members: Array<{ userId: string; role: string }> }).members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: jc.userId, role: 'editor' }),
        expect.objectContaining({ userId: (await owner(url)).userId, role: 'facilitator' }),
      ]),
    );
    expect(await closeCodeOf(server.collabUrl, workspace, { cookie: ak.cookie })).toBe(CloseCodes.invalidRoom.code);

    // Moving Jonas to group 2 closes his open socket to group 1's working space with 4410 (removed).
    const socket = new WebSocket(`${server.collabUrl}/${workspace}`, { headers: { cookie: jc.cookie } });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const moved = await setMembers(id, g2, [ak, jc]);
    expect(moved.status, moved.text).toBe(200);
    expect(await closed).toBe(CloseCodes.removed.code);
    expect(await closeCodeOf(server.collabUrl, workspace, { cookie: jc.cookie })).toBe(CloseCodes.invalidRoom.code);
    const after = courseOverviewSchema.parse(moved.body);
    expect(after.groups.find((g) => g.id === g1)!.members).toEqual([]);
    expect(
      after.groups
        .find((g) => g.id === g2)!
        .members.map((m) => m.displayName)
        .sort(),
    ).toEqual(['Astrid Akasse', 'Jonas Jobcenter']);
    expect(after.groups.find((g) => g.id === g2)).toMatchObject({ mixed: true, filledSections: 0 });
  });
  it('takes someone who leaves the course out of their group and its working space at once', async () => {
    const jc = await personNamed(url, 'Karen Jobcenter', 'jobcenter');
    const ak = await personNamed(url, 'Kurt Akasse', 'akasse');
    const course = await courseWith([jc, ak], 'refuse');
    const group = await newGroup(course.course.id, 'Gruppe 1');
    const placed = courseOverviewSchema.parse((await setMembers(course.course.id, group, [jc, ak])).body);
    const workspace = placed.groups[0]!.playbookId;
    const socket = new WebSocket(`${server.collabUrl}/${workspace}`, { headers: { cookie: ak.cookie } });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    // Kurt leaves the course playbook; the refuse rule does not keep him in a group he no longer belongs to.
    const left = await callAs(ak, url, 'DELETE', `/api/playbooks/${course.course.playbookId}/members/${ak.userId}`);
    expect(left.status, left.text).toBe(204);
    expect(await closed).toBe(CloseCodes.removed.code);
    const after = await overviewOf(course.course.id);
    expect(after.groups[0]!.members.map((m) => m.displayName)).toEqual(['Karen Jobcenter']);
    expect(await closeCodeOf(server.collabUrl, workspace, { cookie: ak.cookie })).toBe(CloseCodes.invalidRoom.code);
  });
  it('makes a person who becomes a course facilitator later a facilitator of the existing working spaces', async () => {
    const fie = await personNamed(url, 'Fie Facilitator', 'anden');
    const course = await courseWith([fie]);
    const group = await newGroup(course.course.id, 'Gruppe 1');
    const workspace = (await overviewOf(course.course.id)).groups.find((g) => g.id === group)!.playbookId;
    expect(await closeCodeOf(server.collabUrl, workspace, { cookie: fie.cookie })).toBe(CloseCodes.invalidRoom.code);

    const promoted = await ownerCall(url, 'PATCH', `/api/playbooks/${course.course.playbookId}/members/${fie.userId}`, {
      role: 'facilitator',
    });
    expect(promoted.status, promoted.text).toBe(200);
    expect((await overviewOf(course.course.id, fie)).course.role).toBe('facilitator');
    const seen = await callAs(fie, url, 'GET', `/api/playbooks/${workspace}`);
    expect(seen.body).toMatchObject({ role: 'facilitator' });
  });

  it('takes facilitation of the working spaces away from a course facilitator who is lowered to participant', async () => {
    const gro = await personNamed(url, 'Gro Gruppemedlem', 'jobcenter');
    const fie = await personNamed(url, 'Fie Tidligere Facilitator', 'akasse');
    const course = await courseWith([gro, fie]);
    const own = await newGroup(course.course.id, 'Fies gruppe');
    const other = await newGroup(course.course.id, 'Anden gruppe');
    expect((await setMembers(course.course.id, own, [fie])).status).toBe(200);
    expect((await setMembers(course.course.id, other, [gro])).status).toBe(200);
    const member = `/api/playbooks/${course.course.playbookId}/members/${fie.userId}`;
    expect((await ownerCall(url, 'PATCH', member, { role: 'facilitator' })).status).toBe(200);
    const workspaces = (await overviewOf(course.course.id, fie)).groups;
    const workspaceOf = (id: string) => workspaces.find((g) => g.id === id)!.playbookId;
    const roleIn = async (workspace: string) =>
      ((await callAs(fie, url, 'GET', `/api/playbooks/${workspace}`)).body as { role?: string }).role;
    expect(await roleIn(workspaceOf(own))).toBe('facilitator');
    expect(await roleIn(workspaceOf(other))).toBe('facilitator');

    expect((await ownerCall(url, 'PATCH', member, { role: 'editor' })).status).toBe(200);
    // An editor in the own group's working space, no longer anything in the other group's.
    await expect.poll(() => roleIn(workspaceOf(own))).toBe('editor');
    await expect
      .poll(async () => (await callAs(fie, url, 'GET', `/api/playbooks/${workspaceOf(other)}`)).status)
      .toBe(404);
    expect(await closeCodeOf(server.collabUrl, workspaceOf(other), { cookie: fie.cookie })).toBe(
      CloseCodes.invalidRoom.code,
    );
    // The owner still facilitates both, and the group member keeps their place.
    expect(((await ownerCall(url, 'GET', `/api/playbooks/${workspaceOf(other)}`)).body as { role: string }).role).toBe(
      'facilitator',
    );
    const groRole = (await callAs(gro, url, 'GET', `/api/playbooks/${workspaceOf(other)}`)).body as { role: string };
    expect(groRole.role).toBe('editor');
  });
});
