import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../shared/playbook/sections.js';
import { owner } from '../../helpers/people.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { download } from '../../helpers/download.js';
import { docxParts, docxText, pdfText, squash } from '../../helpers/exportedText.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

// Every template and example in playbooks/, as GET /api/templates lists them.
const SOURCES = ['standard', '16-maaneders-samtale', 'video-samtale', 'klippeoe-kommune'];

describe('exports of every template and example playbook', () => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startPlaybookServer();
    cookie = (await owner(server.httpUrl)).cookie;
  });
  afterAll(() => server.stop());

  const get = (id: string, extension: string) =>
    download(server.httpUrl, `/api/playbooks/${id}/export.${extension}`, { cookie });

  it.each(SOURCES)('exports %s to Markdown with every section heading and the agenda', async (templateId) => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Fællessamtalen på Ærø og i Åbenrå', templateId });
    const answer = await get(playbook.id, 'md');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="Faellessamtalen-paa-Aeroe-og-i-Aabenraa.md"',
    );
    const markdown = answer.text;
    expect(markdown.startsWith('# Fællessamtalen på Ærø og i Åbenrå\n')).toBe(true);
    for (const section of SECTIONS) expect(markdown).toContain(`\n## ${section.number}. ${section.title.da}\n`);
    expect(markdown).toMatch(/\| Nr\. \| Punkt \| Leder \| Tid \| Skal med \|/);
    expect(markdown).toContain('**Samlet tid:**');
  });

  it.each(SOURCES)('exports %s to a Word document with the agenda and roles as tables', async (templateId) => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Drejebog for Ærø', templateId });
    const answer = await get(playbook.id, 'docx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="Drejebog-for-Aeroe.docx"');
    const { documentXml } = await docxParts(answer.bytes);
    const markdown = (await get(playbook.id, 'md')).text;

    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    const agenda = tables.find((table) => docxText(table).includes('Skal med'));
    expect(agenda, 'an agenda table').toBeDefined();
    // Every agenda row of the Markdown export (title and time) is a row of the Word table.
    const rows = [...markdown.matchAll(/^\| (\d+) \| (.+?) \| (.*?) \| (.*?) \| (.*?) \|$/gm)];
    expect(rows.length).toBeGreaterThan(0);
    const agendaText = squash(docxText(agenda!));
    for (const [, , title, , time] of rows) {
      expect(agendaText).toContain(squash(title!.replace(/\\(.)/g, '$1')));
      expect(agendaText).toContain(time);
    }
    expect(tables.some((table) => docxText(table).includes('Opgave'))).toBe(true);
    const text = squash(docxText(documentXml));
    for (const section of SECTIONS) expect(text).toContain(`${section.number}. ${section.title.da}`);
    expect(text).toContain('Drejebog for Ærø');
    expect(text).toContain('Regelgrundlag:');
  });

  it('exports the Klippeø example to Word with its section texts and minutes', async () => {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' });
    const text = squash(docxText((await docxParts((await get(playbook.id, 'docx')).bytes)).documentXml));
    expect(text).toContain('Drejebogen beskriver, hvordan Klippeø Kommune og de fem a-kasser');
    expect(text).toMatch(/\d+ min\./);
    expect(text).toMatch(/Samlet tid: \d+ minutter/);
  });

  it.each(SOURCES)('exports %s to a PDF that parses back with the title, sections and agenda', async (templateId) => {
    const title = 'Fællessamtalen på Ærø – Åbenrå og Søby';
    const playbook = await createPlaybook(server.httpUrl, { title, templateId });
    const answer = await get(playbook.id, 'pdf');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="Faellessamtalen-paa-Aeroe-Aabenraa-og-Soeby.pdf"',
    );
    expect(answer.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squash(await pdfText(answer.bytes));
    expect(text).toContain(title);
    for (const section of SECTIONS) expect(text).toContain(squash(`${section.number}. ${section.title.da}`));
    expect(text).toContain('Nr. Punkt Leder Tid Skal med');
  });
});
