import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logbookListSchema } from '../../../shared/api/logbookApi.js';
import { actionCards, blankActionCard } from '../../../shared/course/actionCards.js';
import { apiCall } from '../../helpers/apiCall.js';
import { courseWithGroups, type TestCourse } from '../../helpers/courseWithGroups.js';
import { callAs, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

describe('logbook requests', () => {
  let server: TestServer;
  let url: string;
  let anna: TestPerson;
  let dan: TestPerson; // in the course, in no group
  let course: TestCourse;

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
    anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    const bo = await personNamed(url, 'Bo Akasse', 'akasse');
    dan = await personNamed(url, 'Dan Udengruppe', 'jobcenter');
    const eva = await personNamed(url, 'Eva Akasse', 'akasse');
    course = await courseWithGroups(url, { 'Gruppe 1': [anna, bo], 'Gruppe 2': [eva] }, [dan]);
    // One action card in each group's working space, written through the live room as any edit is.
    for (const [group, cardId] of [
      ['Gruppe 1', 'card-1'],
      ['Gruppe 2', 'card-of-group-2'],
    ] as const) {
      await server.app.collab.registry.changeFromServer(course.groups[group]!.playbookId, (doc) =>
        actionCards.insert(doc, { ...blankActionCard(cardId, new Date()), title: `Kort i ${group}` }),
      );
    }
  });
  afterAll(() => server.stop());

  const base = () => `/api/courses/${course.courseId}/logbook`;
  const own = async (who: TestPerson) => logbookListSchema.parse((await callAs(who, url, 'GET', base())).body).entries;

  it('refuses a CPR number with 400 personal_data and stores nothing', async () => {
    for (const text of ['Borgeren 010190-1234 kom for sent', 'cpr 0101901234', 'Erstatningsnummer 610190 1234']) {
      const answer = await callAs(anna, url, 'POST', base(), { text });
      expect([answer.status, (answer.body as { code: string }).code], text).toEqual([400, 'personal_data']);
    }
    expect(await own(anna)).toEqual([]);
    const made = await callAs(anna, url, 'POST', base(), { text: 'Telefon 70 20 30 40, mødetid kl. 10.15' });
    expect(made.status, made.text).toBe(201);
    const id = (made.body as { id: string }).id;
    const patched = await callAs(anna, url, 'PATCH', `${base()}/${id}`, { text: 'Nu med 010190-1234' });
    expect([patched.status, (patched.body as { code: string }).code]).toEqual([400, 'personal_data']);
    expect((await own(anna)).map((e) => e.text)).toEqual(['Telefon 70 20 30 40, mødetid kl. 10.15']);
  });

  it('answers 400 to bad bodies', async () => {
    const made = await callAs(anna, url, 'POST', base(), { text: 'Til rettelse' });
    const id = (made.body as { id: string }).id;
    const cases: Array<[string, string, unknown]> = [
      ['POST', base(), {}],
      ['POST', base(), { text: '   ' }],
      ['POST', base(), { text: 'x'.repeat(4001) }],
      ['POST', base(), { text: 42 }],
      ['POST', base(), { text: 'ok', shared: true }],
      ['POST', base(), { text: 'ok', actionCardId: 'not a card id!' }],
      ['PATCH', `${base()}/${id}`, {}],
      ['PATCH', `${base()}/${id}`, { text: '' }],
      ['PUT', `${base()}/${id}/shared`, { shared: 'yes' }],
      ['PUT', `${base()}/${id}/shared`, {}],
      ['POST', `${base()}/${id}/use`, { sectionId: 'kapitel-99' }],
    ];
    for (const [method, path, body] of cases) {
      const answer = await callAs(anna, url, method, path, body);
      expect([answer.status, (answer.body as { code: string }).code], `${method} ${JSON.stringify(body)}`).toEqual([
        400,
        'invalid_request',
      ]);
    }
    const form = await callAs(anna, url, 'POST', base(), 'text=hej', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const broken = await callAs(anna, url, 'POST', base(), '{"text":', { 'content-type': 'application/json' });
    expect([broken.status, (broken.body as { code: string }).code]).toEqual([400, 'invalid_json']);
    // 4000 characters is the most an entry holds; a card link is kept.
    const longest = await callAs(anna, url, 'POST', base(), { text: 'y'.repeat(4000), actionCardId: 'card-1' });
    expect([longest.status, (longest.body as { actionCardId: string }).actionCardId]).toEqual([201, 'card-1']);
  });

  it('links an entry only to a card of the author’s own group: 400 unknown_action_card otherwise', async () => {
    const refused = (answer: { status: number; body: unknown }) =>
      expect([answer.status, (answer.body as { code: string }).code]).toEqual([400, 'unknown_action_card']);
    const before = (await own(anna)).length;
    refused(await callAs(anna, url, 'POST', base(), { text: 'Til intet kort', actionCardId: 'no-such-card' }));
    refused(await callAs(anna, url, 'POST', base(), { text: 'Anden gruppes', actionCardId: 'card-of-group-2' }));
    // Someone in no group has no cards to link to.
    refused(await callAs(dan, url, 'POST', base(), { text: 'Uden gruppe', actionCardId: 'card-1' }));
    expect((await own(anna)).length).toBe(before);

    const made = await callAs(anna, url, 'POST', base(), { text: 'Til vores kort', actionCardId: 'card-1' });
    expect(made.status, made.text).toBe(201);
    const id = (made.body as { id: string }).id;
    refused(await callAs(anna, url, 'PATCH', `${base()}/${id}`, { actionCardId: 'card-of-group-2' }));
    const unlinked = await callAs(anna, url, 'PATCH', `${base()}/${id}`, { actionCardId: null });
    expect([unlinked.status, (unlinked.body as { actionCardId: unknown }).actionCardId]).toEqual([200, null]);
  });

  it('answers 404 to unknown courses, groups and entries, and 401 without a session', async () => {
    const unknownCourse = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/api/courses/${unknownCourse}/logbook`,
      '/api/courses/ikke-et-id/logbook',
      `${base()}/00000000-0000-4000-8000-000000000001`,
      `${base()}/ikke-et-id`,
      `/api/courses/${course.courseId}/groups/${unknownCourse}/logbook`,
      `/api/courses/${course.courseId}/groups/ikke-et-id/logbook`,
    ]) {
      expect((await callAs(anna, url, 'GET', path)).status, path).toBe(404);
    }
    expect((await callAs(anna, url, 'DELETE', `${base()}/00000000-0000-4000-8000-000000000001`)).status).toBe(404);

    const anonymous: Array<[string, string, unknown?]> = [
      ['GET', base()],
      ['POST', base(), { text: 'anonym' }],
      ['GET', `/api/courses/${course.courseId}/groups/${course.groups['Gruppe 1']!.id}/logbook`],
    ];
    for (const [method, path, body] of anonymous) {
      const answer = await apiCall(url, method, path, body);
      expect([answer.status, (answer.body as { code: string }).code], `${method} ${path}`).toEqual([
        401,
        'not_signed_in',
      ]);
    }
  });

  it('lets only people keep a logbook, not access tokens', async () => {
    const minted = await ownerCall(url, 'POST', `/api/playbooks/${course.playbookId}/tokens`, {
      label: 'Værktøj',
      role: 'editor',
    });
    expect(minted.status, minted.text).toBe(201);
    const secret = (minted.body as { secret: string }).secret;
    const answer = await apiCall(url, 'GET', base(), undefined, { authorization: `Bearer ${secret}` });
    expect([answer.status, (answer.body as { code: string }).code]).toEqual([403, 'people_only']);
  });

  it('shares only from inside a group: 409 not_in_group without one', async () => {
    const made = await callAs(dan, url, 'POST', base(), { text: 'Uden gruppe' });
    expect(made.status, made.text).toBe(201);
    expect((made.body as { groupId: string | null }).groupId).toBeNull();
    const id = (made.body as { id: string }).id;
    const refused = await callAs(dan, url, 'PUT', `${base()}/${id}/shared`, { shared: true });
    expect([refused.status, (refused.body as { code: string }).code]).toEqual([409, 'not_in_group']);

    // Placed in a group later, the entry goes to that group when shared.
    const group = course.groups['Gruppe 1']!.id;
    const members = course.overview.groups.find((g) => g.id === group)!.members.map((m) => m.userId);
    const placed = await ownerCall(url, 'PUT', `/api/courses/${course.courseId}/groups/${group}/members`, {
      userIds: [...members, dan.userId],
    });
    expect(placed.status, placed.text).toBe(200);
    const shared = await callAs(dan, url, 'PUT', `${base()}/${id}/shared`, { shared: true });
    expect([shared.status, (shared.body as { groupId: string }).groupId]).toEqual([200, group]);
    const seen = await callAs(anna, url, 'GET', `/api/courses/${course.courseId}/groups/${group}/logbook`);
    expect(logbookListSchema.parse(seen.body).entries.map((e) => e.text)).toContain('Uden gruppe');
  });
});
