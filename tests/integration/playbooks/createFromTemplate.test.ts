import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { playbookSummarySchema, templateListResponseSchema } from '../../../shared/api/playbooksApi.js';
import { playbookFileSchema, type PlaybookFile } from '../../../shared/playbook/playbookFileSchema.js';
import { emptyRichTextDoc } from '../../../shared/playbook/richTextDocSchema.js';
import { SECTIONS } from '../../../shared/playbook/sections.js';
import { yDocToPlaybookFile } from '../../../shared/playbook/yDocToPlaybookFile.js';
import { isValidRoomName } from '../../../shared/protocol/roomName.js';
import { owner, ownerCall } from '../../helpers/people.js';
import { connectClient, synced } from '../../helpers/connectClient.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const PLAYBOOKS_DIR = path.resolve(import.meta.dirname, '../../../playbooks');
const DATA_FILES = [
  { id: 'standard', file: 'templates/standard.json', kind: 'template' },
  { id: '16-maaneders-samtale', file: 'templates/16-maaneders-samtale.json', kind: 'template' },
  { id: 'video-samtale', file: 'templates/video-samtale.json', kind: 'template' },
  { id: 'klippeoe-kommune', file: 'examples/klippeoe-kommune.json', kind: 'example' },
] as const;

function loadFile(name: string): PlaybookFile {
  return playbookFileSchema.parse(JSON.parse(fs.readFileSync(path.join(PLAYBOOKS_DIR, name), 'utf8')));
}

/** What a new playbook from `file` holds: the file under the new title, as a draft without approval. */
function expectedCopy(file: PlaybookFile, title: string): PlaybookFile {
  return { ...file, meta: { ...file.meta, title, status: 'kladde', approvedBy: '', approvedOn: null } };
}

/** The playbook as the server stored it when the create call answered, read straight from the store. */
async function storedPlaybook(server: TestServer, id: string): Promise<PlaybookFile> {
  const stored = await server.app.store.load(id);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return yDocToPlaybookFile(doc);
}

describe('creating a playbook', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startPlaybookServer();
  });
  afterAll(() => server.stop());

  it('offers every template and example, the standard template first, each with a Danish description', async () => {
    const answer = await ownerCall(server.httpUrl, 'GET', '/api/templates');
    expect(answer.status).toBe(200);
    const { templates } = templateListResponseSchema.parse(answer.body);
    expect(templates.map((t) => t.id)).toEqual([
      'standard',
      '16-maaneders-samtale',
      'video-samtale',
      'klippeoe-kommune',
    ]);
    for (const { id, file, kind } of DATA_FILES) {
      const template = templates.find((t) => t.id === id)!;
      expect(template.kind).toBe(kind);
      expect(template.title).toBe(loadFile(file).meta.title);
      expect(template.description).toMatch(/[æøå]/);
      // An English name and description for the English interface.
      expect(template.english?.title).toMatch(/^Playbook for the joint interview/);
      expect(template.english?.description.length).toBeGreaterThan(40);
    }
  });

  describe.each(DATA_FILES)('from $id', ({ id: templateId, file }) => {
    it('answers 201 with a fresh id and seeds the document on the server before answering', async () => {
      const title = `Fællessamtalen i Ørsted (${templateId})`;
      const answer = await ownerCall(server.httpUrl, 'POST', '/api/playbooks', { title, templateId });
      expect(answer.status).toBe(201);
      const summary = playbookSummarySchema.parse(answer.body);
      expect(isValidRoomName(summary.id)).toBe(true);
      expect(answer.headers.get('location')).toBe(`/api/playbooks/${summary.id}`);
      const source = loadFile(file);
      expect(summary).toMatchObject({ title, status: 'kladde', area: source.meta.area, templateId, archivedAt: null });
      expect(summary.updatedAt).toBe(summary.createdAt);

      expect(await storedPlaybook(server, summary.id)).toEqual(expectedCopy(source, title));
    });

    it('gives a connecting editor exactly the template content under the new title', async () => {
      const title = `Kopi af ${templateId}`;
      const answer = await ownerCall(server.httpUrl, 'POST', '/api/playbooks', { title, templateId });
      const { id } = playbookSummarySchema.parse(answer.body);
      const client = connectClient(server.collabUrl, id, { cookie: (await owner(server.httpUrl)).cookie });
      try {
        await synced(client);
        expect(yDocToPlaybookFile(client.doc)).toEqual(expectedCopy(loadFile(file), title));
      } finally {
        client.destroy();
      }
    });
  });

  it('from nothing (templateId null or absent) gives every section empty with prompts shown and no list items', async () => {
    const standard = loadFile('templates/standard.json');
    for (const body of [{ title: 'Tom drejebog', templateId: null }, { title: 'Tom drejebog' }]) {
      const answer = await ownerCall(server.httpUrl, 'POST', '/api/playbooks', body);
      expect(answer.status).toBe(201);
      const summary = playbookSummarySchema.parse(answer.body);
      expect(summary).toMatchObject({ title: 'Tom drejebog', status: 'kladde', area: '', templateId: null });

      const blank = await storedPlaybook(server, summary.id);
      expect(blank.sections).toEqual(
        SECTIONS.map(({ id }) => ({ id, promptsVisible: true, content: emptyRichTextDoc() })),
      );
      expect([blank.agenda, blank.roles, blank.checklistItems, blank.ifThenCards, blank.contacts]).toEqual([
        [],
        [],
        [],
        [],
        [],
      ]);
      expect(blank.meta).toMatchObject({ title: 'Tom drejebog', status: 'kladde', partners: [] });
      // The rules in force, not the model's "unknown" default.
      expect(blank.meta.ruleBasis).toEqual(standard.meta.ruleBasis);
      expect(playbookFileSchema.safeParse(blank).success).toBe(true);
    }
  });

  it('trims the title and gives every playbook its own id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const answer = await ownerCall(server.httpUrl, 'POST', '/api/playbooks', { title: '  Samme titel  ' });
      const summary = playbookSummarySchema.parse(answer.body);
      expect(summary.title).toBe('Samme titel');
      ids.add(summary.id);
    }
    expect(ids.size).toBe(5);
  });
});
