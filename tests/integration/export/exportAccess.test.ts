import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, callAs, ownerCall, personNamed } from '../../helpers/people.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { download } from '../../helpers/download.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const FORMATS = ['md', 'docx', 'pdf'] as const;

describe('who may export and import', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startPlaybookServer();
  });
  afterAll(() => server.stop());

  it.each(FORMATS)(
    'gives .%s to readers, 404 to outsiders exactly as for an unknown id, 401 without credentials',
    async (format) => {
      const playbook = await createPlaybook(server.httpUrl, { title: 'Kun for medlemmer', templateId: 'standard' });
      const reader = await personNamed(server.httpUrl, 'Rikke Læser');
      await addMember(server.httpUrl, playbook.id, reader, 'reader');
      const outsider = await personNamed(server.httpUrl, 'Ulla Udenfor', 'akasse');
      const path = `/api/playbooks/${playbook.id}/export.${format}`;

      expect((await download(server.httpUrl, path, { cookie: reader.cookie })).status).toBe(200);
      const refused = await download(server.httpUrl, path, { cookie: outsider.cookie });
      const unknown = await download(server.httpUrl, `/api/playbooks/drejebog-zzzzzzzzzz/export.${format}`, {
        cookie: outsider.cookie,
      });
      expect(refused.status).toBe(404);
      expect(refused.text).toBe(unknown.text);
      expect(refused.text).not.toContain('Kun for medlemmer');
      const anonymous = await download(server.httpUrl, path);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text)).toMatchObject({ code: 'not_signed_in' });
    },
  );

  it('lets a reader token export its own playbook, not another one, and never import', async () => {
    const own = await createPlaybook(server.httpUrl, { title: 'Tokenets drejebog', templateId: 'standard' });
    const other = await createPlaybook(server.httpUrl, { title: 'En anden drejebog' });
    const minted = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${own.id}/tokens`, {
      label: 'Intranet',
      role: 'reader',
      expiresInDays: 30,
    });
    expect(minted.status).toBe(201);
    const bearer = { authorization: `Bearer ${(minted.body as { secret: string }).secret}` };

    for (const format of FORMATS) {
      const answer = await download(server.httpUrl, `/api/playbooks/${own.id}/export.${format}`, bearer);
      expect(answer.status, format).toBe(200);
    }
    expect((await download(server.httpUrl, `/api/playbooks/${own.id}/export.md`, bearer)).text).toContain(
      '# Tokenets drejebog',
    );
    expect((await download(server.httpUrl, `/api/playbooks/${other.id}/export.md`, bearer)).status).toBe(404);

    const response = await fetch(`${server.httpUrl}/api/playbooks/import`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ markdown: '# Fra et værktøj' }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'people_only' });
  });

  it('refuses an import without credentials, and makes the importer the only member of the new playbook', async () => {
    const anonymous = await fetch(`${server.httpUrl}/api/playbooks/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ markdown: '# Anonym' }),
    });
    expect(anonymous.status).toBe(401);

    const editor = await personNamed(server.httpUrl, 'Eva Importør');
    const answer = await callAs(editor, server.httpUrl, 'POST', '/api/playbooks/import', {
      markdown: '# Evas drejebog',
    });
    expect(answer.status).toBe(201);
    const id = (answer.body as { playbook: { id: string } }).playbook.id;
    const members = await callAs(editor, server.httpUrl, 'GET', `/api/playbooks/${id}/members`);
    expect((members.body as { members: Array<{ displayName: string; role: string }> }).members).toEqual([
      expect.objectContaining({ displayName: 'Eva Importør', role: 'facilitator' }),
    ]);
    // Not even the system administrator is a member of someone else's import.
    expect((await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${id}/export.md`)).status).toBe(404);
  });
});
