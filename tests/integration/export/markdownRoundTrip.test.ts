import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMarkdownResponseSchema, IMPORT_MARKDOWN_MAX_CHARS } from '../../../shared/api/importApi.js';
import { owner, ownerCall } from '../../helpers/people.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { download } from '../../helpers/download.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const SOURCES = ['standard', '16-maaneders-samtale', 'video-samtale', 'klippeoe-kommune'];

/** The Markdown of each section ("## N. Titel" up to the next one), by heading. */
function sectionsOf(markdown: string): Map<string, string> {
  const chunks = markdown.split(/^(?=## )/m).slice(1);
  return new Map(chunks.map((chunk) => [chunk.slice(0, chunk.indexOf('\n')), chunk]));
}

describe('Markdown export → import', () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startPlaybookServer();
    cookie = (await owner(server.httpUrl)).cookie;
  });
  afterAll(() => server.stop());

  const exportMarkdown = async (id: string) =>
    (await download(server.httpUrl, `/api/playbooks/${id}/export.md`, { cookie })).text;
  const importMarkdown = (body: unknown) => ownerCall(server.httpUrl, 'POST', '/api/playbooks/import', body);

  it.each(SOURCES)('keeps every section of %s, text and structured parts', async (templateId) => {
    const original = await createPlaybook(server.httpUrl, { title: 'Rundtur på Ærø', templateId });
    const markdown = await exportMarkdown(original.id);

    const answer = await importMarkdown({ markdown });
    expect(answer.status, answer.text).toBe(201);
    const imported = importMarkdownResponseSchema.parse(answer.body);
    expect(answer.headers.get('location')).toBe(`/api/playbooks/${imported.playbook.id}`);
    expect(imported.playbook).toMatchObject({ title: 'Rundtur på Ærø', status: 'kladde', role: 'facilitator' });
    expect(imported).toMatchObject({ removedPersonalData: 0, unknownHeadings: [] });

    const before = sectionsOf(markdown);
    const after = sectionsOf(await exportMarkdown(imported.playbook.id));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [heading, text] of before) expect(after.get(heading), heading).toBe(text);
  });

  it('reads hand-written Markdown: headings in any case, unknown headings kept, CPR numbers removed', async () => {
    const markdown = [
      '# Vores drejebog',
      '## formål og fælles ståsted',
      'Vi taler med én stemme. Borger 010190-1234 skal ikke stå her.',
      '## Noter fra mødet',
      'En note uden eget afsnit.',
      '## 5. DAGSORDEN FOR SAMTALEN',
      [
        '| Nr. | Punkt | Leder | Tid | Skal med |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | Velkomst | Jobcenter | 5 min. | Ja |',
        '| 2 | Økonomi | A-kasse | – |  |',
      ].join('\n'),
    ].join('\n\n');
    const answer = await importMarkdown({ markdown });
    expect(answer.status).toBe(201);
    const imported = importMarkdownResponseSchema.parse(answer.body);
    expect(imported).toMatchObject({ removedPersonalData: 1, unknownHeadings: ['Noter fra mødet'] });
    expect(imported.playbook.title).toBe('Vores drejebog');

    const sections = sectionsOf(await exportMarkdown(imported.playbook.id));
    const purpose = sections.get('## 1. Formål og fælles ståsted') ?? '';
    expect(purpose).toContain('Vi taler med én stemme.');
    expect(purpose).not.toContain('010190');
    expect(purpose).toContain('### Noter fra mødet');
    expect(purpose).toContain('En note uden eget afsnit.');
    const agenda = sections.get('## 5. Dagsorden for samtalen') ?? '';
    expect(agenda).toContain('| 1 | Velkomst | Jobcenter | 5 min. | Ja |');
    expect(agenda).toContain('| 2 | Økonomi | A-kasse | – |  |');
  });

  it('takes the title from the body over the document, and refuses what is not a playbook', async () => {
    const named = await importMarkdown({ title: 'Mit navn', markdown: '# Dokumentets navn\n\nTekst.' });
    expect(named.status).toBe(201);
    expect(importMarkdownResponseSchema.parse(named.body).playbook.title).toBe('Mit navn');

    expect((await importMarkdown({ markdown: '' })).body).toMatchObject({ code: 'invalid_request' });
    expect((await importMarkdown({ markdown: 'x', extra: true })).body).toMatchObject({ code: 'invalid_request' });
    const tooLong = await importMarkdown({ markdown: 'a'.repeat(IMPORT_MARKDOWN_MAX_CHARS + 1) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ code: 'invalid_request' });
    const tooLarge = await importMarkdown({ markdown: 'æ'.repeat(1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'payload_too_large' });
  });
});
