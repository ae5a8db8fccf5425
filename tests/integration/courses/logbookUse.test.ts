import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { liveSnapshotSchema } from '../../../shared/api/liveViewApi.js';
import { logbookEntrySchema, type LogbookEntry } from '../../../shared/api/logbookApi.js';
import type { RichTextNode } from '../../../shared/playbook/richTextDocSchema.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import type { SectionId } from '../../../shared/playbook/sectionIds.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { courseWithGroups, type TestCourse } from '../../helpers/courseWithGroups.js';
import { callAs, owner, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { storedDoc } from '../../helpers/storedDoc.js';

/** The paragraphs of a section: their text, and the link of each (the first link mark's href). */
function paragraphs(doc: Y.Doc, sectionId: SectionId): Array<{ text: string; href: string | null; italic: boolean }> {
  const json = yXmlFragmentToProsemirrorJSON(sectionFragment(doc, sectionId)) as RichTextNode;
  return (json.content ?? []).map((block) => {
    const inline = block.content ?? [];
    const link = inline.flatMap((node) => node.marks ?? []).find((mark) => mark.type === 'link');
    return {
      text: inline.map((node) => node.text ?? '').join(''),
      href: typeof link?.attrs?.href === 'string' ? link.attrs.href : null,
      italic: inline.some((node) => node.marks?.some((mark) => mark.type === 'italic')),
    };
  });
}

describe('"use in playbook": a shared logbook entry as draft text', () => {
  let server: TestServer;
  let url: string;
  let anna: TestPerson;
  let bo: TestPerson;
  let cai: TestPerson;
  let facilitator: TestPerson;
  let course: TestCourse;

  beforeAll(async () => {
    server = await startPlaybookServer();
    url = server.httpUrl;
    facilitator = await owner(url);
    anna = await personNamed(url, 'Anna Jobcenter', 'jobcenter');
    bo = await personNamed(url, 'Bo Akasse', 'akasse');
    cai = await personNamed(url, 'Cai Jobcenter', 'jobcenter');
    course = await courseWithGroups(url, { 'Gruppe 1': [anna, bo], 'Gruppe 2': [cai] });
  });
  afterAll(() => server.stop());

  const base = () => `/api/courses/${course.courseId}/logbook`;

  async function sharedEntry(text: string): Promise<LogbookEntry> {
    const made = await callAs(anna, url, 'POST', base(), { text });
    const id = (made.body as { id: string }).id;
    const shared = await callAs(anna, url, 'PUT', `${base()}/${id}/shared`, { shared: true });
    expect(shared.status, shared.text).toBe(200);
    return logbookEntrySchema.parse(shared.body);
  }

  it("appends the entry and a link back to it to the section of the group's working space, live, and records where it went", async () => {
    const workspace = course.groups['Gruppe 1']!.playbookId;
    const watcher = connectClient(server.collabUrl, workspace, { cookie: anna.cookie });
    await synced(watcher);
    const entry = await sharedEntry('Vi lod borgeren sætte dagsordenen først.\n\nDet gav en roligere samtale.');

    const used = await callAs(bo, url, 'POST', `${base()}/${entry.id}/use`, { sectionId: 'agenda' });
    expect(used.status, used.text).toBe(200);
    const after = logbookEntrySchema.parse(used.body);
    expect(after.usedIn.map(({ playbookId, sectionId }) => ({ playbookId, sectionId }))).toEqual([
      { playbookId: workspace, sectionId: 'agenda' },
    ]);

    const stored = await storedDoc(server.app.store, workspace);
    const blocks = paragraphs(stored, 'agenda');
    expect(blocks.map((b) => b.text)).toEqual([
      'Vi lod borgeren sætte dagsordenen først.',
      'Det gav en roligere samtale.',
      expect.stringMatching(/^— fra logbogen \(Anna Jobcenter, Testby Kommune, Jobcenter, \d{1,2}\. \p{L}+ \d{4}\)$/u),
    ]);
    const backLink = blocks[2]!;
    expect(backLink.italic).toBe(true);
    expect(backLink.href).toBe(
      `${url}/forloeb/${course.courseId}/gruppe/${course.groups['Gruppe 1']!.id}#logbog-${entry.id}`,
    );
    stored.destroy();
    // The facilitator's live view names the one who used it (an a-kasse) as the section's last editor.
    const live = liveSnapshotSchema.parse(
      (await callAs(facilitator, url, 'GET', `/api/courses/${course.courseId}/live.json`)).body,
    );
    const agendaCell = live.groups
      .find((g) => g.playbookId === workspace)!
      .sections.find((cell) => cell.sectionId === 'agenda')!;
    expect(agendaCell.lastEdit).toMatchObject({ organisation: 'akasse', organisationName: 'Test A-kasse' });
    // An editor with the working space open gets it at once.
    await expect.poll(() => paragraphs(watcher.doc, 'agenda').length).toBe(3);
    watcher.destroy();

    // The author's own list and the group's list say where it was used; the facilitator may use it too.
    const again = await callAs(facilitator, url, 'POST', `${base()}/${entry.id}/use`, { sectionId: 'roles' });
    expect(again.status, again.text).toBe(200);
    const mine = await callAs(anna, url, 'GET', `${base()}/${entry.id}`);
    expect(logbookEntrySchema.parse(mine.body).usedIn.map((u) => u.sectionId)).toEqual(['agenda', 'roles']);
    const roles = await storedDoc(server.app.store, workspace);
    expect(paragraphs(roles, 'roles')[0]!.text).toBe('Vi lod borgeren sætte dagsordenen først.');
    roles.destroy();
  });

  it('appends after the text already in the section and leaves it as it was', async () => {
    const first = await sharedEntry('Første observation');
    const second = await sharedEntry('Anden observation');
    for (const entry of [first, second]) {
      const used = await callAs(anna, url, 'POST', `${base()}/${entry.id}/use`, { sectionId: 'before' });
      expect(used.status, used.text).toBe(200);
    }
    const doc = await storedDoc(server.app.store, course.groups['Gruppe 1']!.playbookId);
    expect(paragraphs(doc, 'before').map((b) => b.text.replace(/ \(.*\)$/, ''))).toEqual([
      'Første observation',
      '— fra logbogen',
      'Anden observation',
      '— fra logbogen',
    ]);
    doc.destroy();
  });

  it('refuses a private entry (even to its author), another group and the course playbook untouched', async () => {
    const made = await callAs(anna, url, 'POST', base(), { text: 'Endnu privat' });
    const id = (made.body as { id: string }).id;
    expect((await callAs(anna, url, 'POST', `${base()}/${id}/use`, { sectionId: 'agenda' })).status).toBe(404);

    const shared = await sharedEntry('Delt i gruppe 1');
    const refused = await callAs(cai, url, 'POST', `${base()}/${shared.id}/use`, { sectionId: 'agenda' });
    expect(refused.status).toBe(404);
    const other = await storedDoc(server.app.store, course.groups['Gruppe 2']!.playbookId);
    expect(JSON.stringify(yXmlFragmentToProsemirrorJSON(sectionFragment(other, 'agenda')))).not.toContain('Delt');
    other.destroy();
    const coursePlaybook = await storedDoc(server.app.store, course.playbookId);
    expect(JSON.stringify(yXmlFragmentToProsemirrorJSON(sectionFragment(coursePlaybook, 'agenda')))).not.toContain(
      'Delt i gruppe 1',
    );
    coursePlaybook.destroy();
    const entry = await callAs(anna, url, 'GET', `${base()}/${shared.id}`);
    expect(logbookEntrySchema.parse(entry.body).usedIn).toEqual([]);
  });
});
