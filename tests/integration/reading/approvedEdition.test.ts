import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { apiCall } from '../../helpers/apiCall.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { getPage, pageText } from './readingPage.js';

describe('readers see the approved version when there is one', () => {
  let server: TestServer;
  let reader: TestPerson;
  let editor: TestClient;
  let id: string;

  const write = (text: string) =>
    editor.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      const fragment = sectionFragment(editor.doc, 'purpose');
      fragment.insert(fragment.length, [paragraph]);
    });
  const read = async (path: string) => pageText((await getPage(server.httpUrl, path, reader)).text);

  beforeAll(async () => {
    server = await startPlaybookServer();
    id = (await createPlaybook(server.httpUrl, { title: 'Godkendes', templateId: 'klippeoe-kommune' })).id;
    reader = await personNamed(server.httpUrl, 'Rut Læser', 'akasse');
    await addMember(server.httpUrl, id, reader, 'reader');
    editor = connectClient(server.collabUrl, id, { cookie: (await owner(server.httpUrl)).cookie });
    await synced(editor);
  });
  afterAll(async () => {
    editor.destroy();
    await server.stop();
  });

  it('shows the current text as a draft before any approval', async () => {
    write('Den aftalte tekst.');
    await expect.poll(() => read(`/p/${id}/laes`)).toContain('Den aftalte tekst.');
    expect(await read(`/p/${id}/laes`)).toContain('Kladde – ikke godkendt endnu');
  });

  it('after approval shows the frozen version, says so, and links to the draft once work goes on', async () => {
    const approved = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/versions`, {
      label: '1.0',
      approvedBy: 'Styregruppen',
    });
    expect(approved.status).toBe(201);
    const justApproved = await read(`/p/${id}/laes`);
    expect(justApproved).toContain('Godkendt version 1.0');
    expect(justApproved).toContain('Godkendt af Styregruppen den');
    expect(justApproved).not.toContain('Der er arbejdet videre i kladden siden.');

    write('Et forslag, som ikke er godkendt.');
    await expect.poll(() => read(`/p/${id}/laes`)).toContain('Der er arbejdet videre i kladden siden.');
    for (const page of [`/p/${id}/laes`, `/p/${id}/kort`]) {
      const text = await read(page);
      expect(text, page).toContain('Godkendt version 1.0');
    }
    const approvedView = await read(`/p/${id}/laes`);
    expect(approvedView).toContain('Den aftalte tekst.');
    expect(approvedView).not.toContain('Et forslag, som ikke er godkendt.');
    const html = (await getPage(server.httpUrl, `/p/${id}/laes`, reader)).text;
    expect(html).toContain(`/p/${id}/laes?lang=da&amp;kladde=1`);

    const draft = await read(`/p/${id}/laes?kladde=1`);
    expect(draft).toContain('Et forslag, som ikke er godkendt.');
    expect(draft).toContain('Du læser kladden med ændringer, som ikke er godkendt. Den godkendte version er 1.0.');
  });

  it('downloads from a page showing the approved version are of that version; the draft page downloads the draft', async () => {
    const exportsOf = (html: string) =>
      [...html.matchAll(/href="(\/api\/playbooks\/[^"]+\/export\.[a-z]+[^"]*)"/g)].map((m) =>
        m[1]!.replaceAll('&amp;', '&'),
      );
    for (const page of [`/p/${id}/laes`, `/p/${id}/kort`]) {
      const links = exportsOf((await getPage(server.httpUrl, page, reader)).text);
      expect(links, page).toEqual(
        ['md', 'docx', 'pdf'].map((ext) => `/api/playbooks/${id}/export.${ext}?version=approved`),
      );
    }
    const draftLinks = exportsOf((await getPage(server.httpUrl, `/p/${id}/laes?kladde=1`, reader)).text);
    expect(draftLinks).toEqual(['md', 'docx', 'pdf'].map((ext) => `/api/playbooks/${id}/export.${ext}`));

    const approvedFile = await apiCall(
      server.httpUrl,
      'GET',
      `/api/playbooks/${id}/export.md?version=approved`,
      undefined,
      {
        cookie: reader.cookie,
      },
    );
    expect(approvedFile.status).toBe(200);
    expect(approvedFile.text).toContain('Den aftalte tekst.');
    expect(approvedFile.text).not.toContain('Et forslag, som ikke er godkendt.');
    const draftFile = await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}/export.md`, undefined, {
      cookie: reader.cookie,
    });
    expect(draftFile.text).toContain('Et forslag, som ikke er godkendt.');
    const bogus = await apiCall(server.httpUrl, 'GET', `/api/playbooks/${id}/export.md?version=seneste`, undefined, {
      cookie: reader.cookie,
    });
    expect(bogus.status).toBe(400);
  });

  it('an approved-version export of a playbook never approved is 404 no_approved_version', async () => {
    const fresh = (await createPlaybook(server.httpUrl, { title: 'Aldrig godkendt' })).id;
    const answer = await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${fresh}/export.pdf?version=approved`);
    expect(answer.status).toBe(404);
    expect((answer.body as { code: string }).code).toBe('no_approved_version');
  });
});
