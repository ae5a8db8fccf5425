import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseOverviewSchema } from '../../../shared/api/coursesApi.js';
import { mergeResultSchema, sectionComparisonSchema } from '../../../shared/api/liveViewApi.js';
import { fragmentText } from '../../../shared/playbook/fragmentText.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { apiCall } from '../../helpers/apiCall.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { addMember, callAs, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';

function writeParagraphs(client: TestClient, texts: string[]): void {
  const fragment = sectionFragment(client.doc, 'purpose');
  client.doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.push(
      texts.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
  });
}

describe('side by side and merge into the course playbook', () => {
  let server: TestServer;
  let url: string;
  let jette: TestPerson;
  let anders: TestPerson;
  let courseId: string;
  let coursePlaybook: string;
  const groups: Array<{ id: string; playbookId: string }> = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
    jette = await personNamed(url, 'Jette Jobcenter', 'jobcenter');
    anders = await personNamed(url, 'Anders Akasse', 'akasse');
    const created = await ownerCall(url, 'POST', '/api/courses', { title: 'Flet-forløbet', templateId: null });
    const overview = courseOverviewSchema.parse(created.body);
    courseId = overview.course.id;
    coursePlaybook = overview.course.playbookId;
    for (const who of [jette, anders]) await addMember(url, coursePlaybook, who, 'editor');
    for (const [name, who] of [
      ['Gruppe Nord', jette],
      ['Gruppe Syd', anders],
    ] as const) {
      const answer = await ownerCall(url, 'POST', `/api/courses/${courseId}/groups`, { name });
      const group = courseOverviewSchema.parse(answer.body).groups.find((g) => g.name === name)!;
      await ownerCall(url, 'PUT', `/api/courses/${courseId}/groups/${group.id}/members`, { userIds: [who.userId] });
      groups.push({ id: group.id, playbookId: group.playbookId });
    }
    // Each group writes its answer to section 1 in its own working space, live.
    const texts = [
      ['Borgeren sætter dagsordenen', 'Vi taler med borgeren, ikke om borgeren'],
      ['Vi forbereder os sammen'],
    ];
    for (const [index, who] of [jette, anders].entries()) {
      const client = connectClient(server.collabUrl, groups[index]!.playbookId, { cookie: who.cookie });
      clients.push(client);
      await synced(client);
      writeParagraphs(client, texts[index]!);
    }
    // Stored: the comparison (read from storage) has both answers.
    for (;;) {
      const answer = await ownerCall(url, 'GET', `/api/courses/${courseId}/sections/purpose`);
      const words = sectionComparisonSchema.parse(answer.body).groups.map((g) => g.words);
      if (words[0] === 10 && words[1] === 4) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  const storedPurpose = async () => {
    const doc = await storedDoc(server.app.store, coursePlaybook);
    const text = fragmentText(sectionFragment(doc, 'purpose'));
    doc.destroy();
    return text;
  };

  it("shows every group's answer to a section beside the course playbook's text", async () => {
    const answer = await ownerCall(url, 'GET', `/api/courses/${courseId}/sections/purpose`);
    expect(answer.status, answer.text).toBe(200);
    const comparison = sectionComparisonSchema.parse(answer.body);
    expect(comparison.course).toMatchObject({ playbookId: coursePlaybook, words: 0 });
    expect(comparison.groups[0]!.content.content?.map((node) => node.content?.[0]?.text)).toEqual([
      'Borgeren sætter dagsordenen',
      'Vi taler med borgeren, ikke om borgeren',
    ]);
    expect(comparison.groups[0]!.lastEdit).toMatchObject({ organisation: 'jobcenter' });
    expect(comparison.groups[1]!.lastEdit).toMatchObject({ organisation: 'akasse' });
  });

  it('appends a group\'s text, which an open editor of the course playbook receives at once; "replace" and chosen blocks; restore undoes', async () => {
    const facilitator = await owner(url);
    const watcher = connectClient(server.collabUrl, coursePlaybook, { cookie: facilitator.cookie });
    clients.push(watcher);
    await synced(watcher);

    const appended = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
      sectionId: 'purpose',
      groupId: groups[0]!.id,
      mode: 'append',
    });
    expect(appended.status, appended.text).toBe(200);
    const first = mergeResultSchema.parse(appended.body);
    expect(first.words).toBe(10);
    // A blank section is filled, not appended after its empty paragraph.
    expect(first.content.content).toHaveLength(2);
    expect(await storedPurpose()).toBe('Borgeren sætter dagsordenen\nVi taler med borgeren, ikke om borgeren\n');
    await expect.poll(() => fragmentText(sectionFragment(watcher.doc, 'purpose'))).toContain('ikke om borgeren');

    const more = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
      sectionId: 'purpose',
      groupId: groups[1]!.id,
      mode: 'append',
    });
    expect(mergeResultSchema.parse(more.body).words).toBe(14);
    expect(await storedPurpose()).toMatch(/ikke om borgeren\nVi forbereder os sammen\n$/);

    const replaced = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
      sectionId: 'purpose',
      groupId: groups[0]!.id,
      mode: 'replace',
      blocks: [1],
    });
    const result = mergeResultSchema.parse(replaced.body);
    expect(await storedPurpose()).toBe('Vi taler med borgeren, ikke om borgeren\n');
    await expect
      .poll(() => fragmentText(sectionFragment(watcher.doc, 'purpose')))
      .toBe('Vi taler med borgeren, ikke om borgeren\n');

    // "Fortryd": what the section held before the last merge comes back.
    const restored = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge/restore`, {
      sectionId: 'purpose',
      content: result.previous,
    });
    expect(restored.status, restored.text).toBe(200);
    expect(await storedPurpose()).toBe(
      'Borgeren sætter dagsordenen\nVi taler med borgeren, ikke om borgeren\nVi forbereder os sammen\n',
    );
    await expect.poll(() => fragmentText(sectionFragment(watcher.doc, 'purpose'))).toContain('Vi forbereder os');
  });

  it('numbers and copies only blocks the editor can show: a node outside the editor schema is never merged', async () => {
    const raw = connectClient(server.collabUrl, groups[0]!.playbookId, { cookie: jette.cookie });
    clients.push(raw);
    await synced(raw);
    const fragment = sectionFragment(raw.doc, 'goals');
    const script = new Y.XmlElement('script');
    script.insert(0, [new Y.XmlText('alert(1)')]);
    const paragraphs = ['Mål A for samarbejdet', 'Mål B for samarbejdet'].map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    });
    // Inside a paragraph too: the editor leaves the nested element out, and so does the merge.
    const nested = new Y.XmlElement('script');
    nested.insert(0, [new Y.XmlText('alert(2)')]);
    paragraphs[1]!.insert(1, [nested]);
    fragment.delete(0, fragment.length);
    fragment.push([script, ...paragraphs]);
    let shown: string[] = [];
    while (shown.length < 2) {
      const answer = await ownerCall(url, 'GET', `/api/courses/${courseId}/sections/goals`);
      const group = sectionComparisonSchema.parse(answer.body).groups[0]!;
      shown = (group.content.content ?? []).map((node) => node.content?.[0]?.text ?? node.type);
      if (shown.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(shown).toEqual(['Mål A for samarbejdet', 'Mål B for samarbejdet']);

    const merged = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
      sectionId: 'goals',
      groupId: groups[0]!.id,
      mode: 'replace',
      blocks: [1],
    });
    expect(merged.status, merged.text).toBe(200);
    const doc = await storedDoc(server.app.store, coursePlaybook);
    const goals = sectionFragment(doc, 'goals');
    expect(goals.toArray().map((node) => (node as Y.XmlElement).nodeName)).toEqual(['paragraph']);
    expect(fragmentText(goals)).toBe('Mål B for samarbejdet\n');
    expect(goals.toJSON()).not.toContain('script');
    doc.destroy();
    const tooFar = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
      sectionId: 'goals',
      groupId: groups[0]!.id,
      mode: 'append',
      blocks: [2],
    });
    expect(tooFar.status).toBe(400);
  });

  it('refuses participants (403), outsiders (404), no session (401), and bad requests', async () => {
    const body = { sectionId: 'purpose', groupId: groups[0]!.id, mode: 'append' };
    const path = `/api/courses/${courseId}/merge`;
    const participant = await callAs(jette, url, 'POST', path, body);
    expect(participant.status).toBe(403);
    const outsider = await personNamed(url, 'Otto Udenfor', 'akasse');
    expect((await callAs(outsider, url, 'POST', path, body)).status).toBe(404);
    expect((await apiCall(url, 'POST', path, body)).status).toBe(401);
    // Who is asking is checked before the body: an outsider's or participant's bad body says nothing more.
    expect((await callAs(outsider, url, 'POST', path, { nonsense: true })).status).toBe(404);
    expect((await callAs(jette, url, 'POST', path, { nonsense: true })).status).toBe(403);
    expect((await callAs(jette, url, 'GET', `/api/courses/${courseId}/sections/purpose`)).status).toBe(403);

    const bad = async (payload: unknown, status: number, code: string) => {
      const answer = await ownerCall(url, 'POST', path, payload);
      expect(answer.status, answer.text).toBe(status);
      expect(answer.body).toMatchObject({ code });
    };
    await bad({ ...body, sectionId: 'no-such-section' }, 400, 'invalid_request');
    await bad({ ...body, mode: 'overwrite' }, 400, 'invalid_request');
    await bad({ ...body, groupId: '00000000-0000-4000-8000-000000000000' }, 404, 'group_not_found');
    await bad({ ...body, blocks: [7] }, 400, 'unknown_block');
    const notJson = await callAs(await owner(url), url, 'POST', path, 'sectionId=purpose', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(400);
    const badRestore = await ownerCall(url, 'POST', `${path}/restore`, {
      sectionId: 'purpose',
      content: { type: 'doc', content: [{ type: 'script' }] },
    });
    expect(badRestore.status).toBe(400);
    expect((await ownerCall(url, 'GET', `/api/courses/${courseId}/sections/nope`)).status).toBe(404);
    // Nothing of this reached the course playbook.
    expect(await storedPurpose()).toBe(
      'Borgeren sætter dagsordenen\nVi taler med borgeren, ikke om borgeren\nVi forbereder os sammen\n',
    );
  });

  it('"Fortryd" takes out only what the merge put in: what someone wrote in the section meanwhile stays', async () => {
    const facilitator = await owner(url);
    const writer = connectClient(server.collabUrl, coursePlaybook, { cookie: facilitator.cookie });
    clients.push(writer);
    await synced(writer);
    const addParagraph = (text: string) =>
      writer.doc.transact(() => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        const fragment = sectionFragment(writer.doc, 'purpose');
        fragment.insert(fragment.length, [paragraph]);
      });
    const storedBefore = async () => {
      const doc = await storedDoc(server.app.store, coursePlaybook);
      const text = fragmentText(sectionFragment(doc, 'purpose'));
      doc.destroy();
      return text;
    };
    const baseline = await storedBefore();
    addParagraph('Vores egen tekst');
    await expect.poll(storedBefore).toContain('Vores egen tekst');

    // Append, someone writes below it, undo: the group's text goes, the new line stays.
    const appended = mergeResultSchema.parse(
      (
        await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
          sectionId: 'purpose',
          groupId: groups[1]!.id,
          mode: 'append',
        })
      ).body,
    );
    expect(appended.inserted.length).toBeGreaterThan(0);
    expect(appended.replaced).toBe(false);
    await expect.poll(() => fragmentText(sectionFragment(writer.doc, 'purpose'))).toMatch(/Vi forbereder os sammen\n$/);
    addParagraph('Skrevet efter fletningen');
    await expect.poll(storedBefore).toContain('Skrevet efter fletningen');
    const undone = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge/restore`, {
      sectionId: 'purpose',
      remove: appended.inserted,
    });
    expect(undone.status, undone.text).toBe(200);
    expect(await storedBefore()).toBe(`${baseline}Vores egen tekst\nSkrevet efter fletningen\n`);

    // Replace, someone writes, undo: the replaced text is back on top, the new line stays, the group's is gone.
    const replaced = mergeResultSchema.parse(
      (
        await ownerCall(url, 'POST', `/api/courses/${courseId}/merge`, {
          sectionId: 'purpose',
          groupId: groups[1]!.id,
          mode: 'replace',
        })
      ).body,
    );
    expect(replaced.replaced).toBe(true);
    await expect.poll(() => fragmentText(sectionFragment(writer.doc, 'purpose'))).not.toContain('Vores egen tekst');
    addParagraph('Endnu en linje');
    await expect.poll(storedBefore).toContain('Endnu en linje');
    const back = await ownerCall(url, 'POST', `/api/courses/${courseId}/merge/restore`, {
      sectionId: 'purpose',
      remove: replaced.inserted,
      content: replaced.previous,
    });
    expect(back.status, back.text).toBe(200);
    expect(await storedBefore()).toBe(`${baseline}Vores egen tekst\nSkrevet efter fletningen\nEndnu en linje\n`);

    // A restore must say what to undo.
    expect(
      (await ownerCall(url, 'POST', `/api/courses/${courseId}/merge/restore`, { sectionId: 'purpose' })).status,
    ).toBe(400);
  });
});
