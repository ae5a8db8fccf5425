import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { approvedVersionListSchema, approvedVersionSchema } from '../../../shared/api/versionsApi.js';
import { playbookMeta } from '../../../shared/playbook/playbookMeta.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { readApprovedDoc } from '../../../server/versions/readApprovedDoc.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, callAs, owner, ownerCall, personNamed } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const textOf = (doc: Y.Doc): string => sectionFragment(doc, 'purpose').toJSON();

describe('approving a playbook', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startPlaybookServer();
  });
  afterAll(() => server.stop());

  it('freezes the playbook as it is for readers, marks the cover approved, and numbers versions', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'Til godkendelse' });
    const client = connectClient(server.collabUrl, id, { cookie: (await owner(server.httpUrl)).cookie });
    try {
      await synced(client);
      const write = (text: string) =>
        client.doc.transact(() => {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(text)]);
          sectionFragment(client.doc, 'purpose').insert(sectionFragment(client.doc, 'purpose').length, [paragraph]);
        });
      write('Vi taler med én stemme.');
      await expect.poll(async () => (await server.app.store.load(id)).updates.length).toBeGreaterThan(1);

      const approved = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/versions`, {
        approvedBy: 'Styregruppen',
      });
      expect(approved.status, approved.text).toBe(201);
      expect(approvedVersionSchema.parse(approved.body)).toMatchObject({
        number: 1,
        label: '1',
        approvedBy: 'Styregruppen',
      });
      // The editor sees the cover page change at once.
      await expect.poll(() => playbookMeta.read(client.doc).status).toBe('godkendt');
      expect(playbookMeta.read(client.doc)).toMatchObject({ version: '1', approvedBy: 'Styregruppen' });

      // Work goes on; the approved copy keeps what was approved.
      write('Et nyt udkast, som ikke er godkendt.');
      await expect
        .poll(async () => textOf((await readApprovedDoc(server.app.versions, id))!.doc))
        .toContain('én stemme');
      const frozen = (await readApprovedDoc(server.app.versions, id))!;
      expect(textOf(frozen.doc)).not.toContain('nyt udkast');
      expect(playbookMeta.read(frozen.doc).status).toBe('godkendt');

      const second = await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${id}/versions`, { label: '2.0' });
      expect(second.body).toMatchObject({ number: 2, label: '2.0', approvedBy: 'Facilitator Test, Testfacilitering' });
      const list = approvedVersionListSchema.parse(
        (await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${id}/versions`)).body,
      );
      expect(list.versions.map((v) => v.label)).toEqual(['2.0', '1']);
      expect(textOf((await readApprovedDoc(server.app.versions, id))!.doc)).toContain('nyt udkast');
    } finally {
      client.destroy();
    }
  });

  it('is for facilitators; members see the versions; outsiders see nothing', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'Hvem godkender' });
    const editor = await personNamed(server.httpUrl, 'Erik Godkender Ikke', 'akasse');
    const reader = await personNamed(server.httpUrl, 'Ronja Ser Versioner', 'jobcenter');
    const outsider = await personNamed(server.httpUrl, 'Ole Udenfor', 'jobcenter');
    await addMember(server.httpUrl, id, editor, 'editor');
    await addMember(server.httpUrl, id, reader, 'reader');
    const approve = (who: typeof editor) => callAs(who, server.httpUrl, 'POST', `/api/playbooks/${id}/versions`, {});
    expect((await approve(editor)).status).toBe(403);
    expect((await approve(reader)).status).toBe(403);
    expect((await approve(outsider)).status).toBe(404);
    expect((await callAs(reader, server.httpUrl, 'GET', `/api/playbooks/${id}/versions`)).body).toEqual({
      versions: [],
    });
    expect((await callAs(outsider, server.httpUrl, 'GET', `/api/playbooks/${id}/versions`)).status).toBe(404);
    expect(await readApprovedDoc(server.app.versions, id)).toBeNull();
  });
});
