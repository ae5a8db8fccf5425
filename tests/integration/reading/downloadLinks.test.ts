import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiCall } from '../../helpers/apiCall.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { getPage } from './readingPage.js';

let server: TestServer;
let reader: TestPerson;
let id: string;

beforeAll(async () => {
  server = await startPlaybookServer();
  id = (await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' })).id;
  reader = await personNamed(server.httpUrl, 'Dina Downloader', 'akasse');
  await addMember(server.httpUrl, id, reader, 'reader');
});
afterAll(() => server.stop());

it('the card and the reader view link to the Markdown, Word and PDF exports, which a reader can fetch', async () => {
  for (const page of ['kort', 'laes']) {
    const html = (await getPage(server.httpUrl, `/p/${id}/${page}`, reader)).text;
    const hrefs = [...html.matchAll(/href="(\/api\/playbooks\/[^"]+\/export\.[a-z]+)"/g)].map((m) => m[1]!);
    expect(hrefs, page).toEqual([
      `/api/playbooks/${id}/export.md`,
      `/api/playbooks/${id}/export.docx`,
      `/api/playbooks/${id}/export.pdf`,
    ]);
    for (const href of hrefs) {
      const answer = await apiCall(server.httpUrl, 'GET', href, undefined, { cookie: reader.cookie });
      expect(answer.status, href).toBe(200);
    }
  }
});
