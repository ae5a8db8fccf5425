import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { countTestId, getPage, pageText } from './readingPage.js';

let server: TestServer;
let reader: TestPerson;
let id: string;

beforeAll(async () => {
  server = await startPlaybookServer();
  id = (await createPlaybook(server.httpUrl, { title: 'Gammel drejebog', templateId: 'klippeoe-kommune' })).id;
  reader = await personNamed(server.httpUrl, 'Ane Arkiv', 'jobcenter');
  await addMember(server.httpUrl, id, reader, 'reader');
});
afterAll(() => server.stop());

it('the reader view and the interview card say plainly that an archived playbook is no longer in use, until it is restored', async () => {
  for (const page of ['laes', 'kort']) {
    expect(countTestId((await getPage(server.httpUrl, `/p/${id}/${page}`, reader)).text, 'archived-notice'), page).toBe(
      0,
    );
  }
  expect((await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/archive`)).status).toBe(200);
  for (const page of ['laes', 'kort']) {
    const html = (await getPage(server.httpUrl, `/p/${id}/${page}`, reader)).text;
    expect(countTestId(html, 'archived-notice'), page).toBe(1);
    expect(pageText(html), page).toMatch(/Arkiveret den \d{1,2}\. \p{L}+ \d{4}: drejebogen bruges ikke længere/u);
  }
  const english = pageText((await getPage(server.httpUrl, `/p/${id}/kort?lang=en`, reader)).text);
  expect(english).toContain('this playbook is no longer in use');

  expect((await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/restore`)).status).toBe(200);
  expect(countTestId((await getPage(server.httpUrl, `/p/${id}/laes`, reader)).text, 'archived-notice')).toBe(0);
});
