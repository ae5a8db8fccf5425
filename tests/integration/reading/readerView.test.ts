import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import klippeoe from '../../../playbooks/examples/klippeoe-kommune.json' with { type: 'json' };
import { SECTION_PROMPTS } from '../../../shared/playbook/sectionPrompts.js';
import { SECTIONS } from '../../../shared/playbook/sections.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, callAs, owner, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { countTestId, getPage, pageText } from './readingPage.js';

let server: TestServer;
let playbookId: string;
let reader: TestPerson;

beforeAll(async () => {
  server = await startPlaybookServer();
  ({ id: playbookId } = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' }));
  reader = await personNamed(server.httpUrl, 'Rita Læser', 'akasse');
  await addMember(server.httpUrl, playbookId, reader, 'reader');
});

afterAll(async () => {
  await server.stop();
});

/** A y-websocket client of `who` on the playbook, synced. */
async function editorClient(id: string, who: TestPerson): Promise<TestClient> {
  const client = connectClient(server.collabUrl, id, { cookie: who.cookie });
  await synced(client);
  return client;
}

/** Appends a paragraph with `text` (optionally a link) to a section's rich text. */
function appendParagraph(doc: Y.Doc, sectionId: string, text: string, href?: string): void {
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    const content = new Y.XmlText();
    paragraph.insert(0, [content]);
    doc.getXmlFragment(`section:${sectionId}`).push([paragraph]);
    content.insert(0, text, href ? { link: { href, target: '_blank', rel: null, class: null } } : {});
  });
}

/** Polls the reader view as the facilitator until its text contains `wanted` (the edit reached storage). */
async function waitForText(id: string, wanted: string): Promise<void> {
  const facilitator = await owner(server.httpUrl);
  await expect
    .poll(async () => pageText((await getPage(server.httpUrl, `/p/${id}/laes`, facilitator)).text), { timeout: 10_000 })
    .toContain(wanted);
}

describe('the reader view of the Klippeø example', () => {
  test('has every section heading, a table of contents, the metadata and the structured parts', async () => {
    const page = await getPage(server.httpUrl, `/p/${playbookId}/laes`, reader);
    expect(page.status).toBe(200);
    const text = pageText(page.text);
    expect(countTestId(page.text, 'reader-section')).toBe(SECTIONS.length);
    for (const section of SECTIONS) {
      const heading = `${section.number}. ${section.title.da}`;
      expect(text).toContain(heading);
      expect(page.text).toContain(`<a href="#afsnit-${section.id}">`);
      expect(page.text).toContain(`id="afsnit-${section.id}"`);
    }
    expect(text).toContain(
      'Regelgrundlag Beskæftigelsesreform 2025, fase 1 (lov nr. 1750 af 29/12/2025), gælder fra 1. juli 2026',
    );
    expect(text).toContain('Område Klippeø Kommune (hele øen)');
    for (const partner of klippeoe.meta.partners) expect(text).toContain(partner.name);
    expect(text).toContain('Kladde – ikke godkendt endnu');

    // Section text from the example, the agenda table with its total, roles, all checklists, all cards, contacts.
    expect(text).toContain('Vi holder fællessamtaler, fordi borgeren får mest ud af én samtale');
    expect(countTestId(page.text, 'agenda-item')).toBe(klippeoe.agenda.length);
    expect(text).toContain('I alt 50 min.');
    expect(countTestId(page.text, 'role-row')).toBe(klippeoe.roles.length);
    expect(countTestId(page.text, 'checklist-item')).toBe(klippeoe.checklistItems.length);
    expect(countTestId(page.text, 'if-then-card')).toBe(klippeoe.ifThenCards.length);
    expect(countTestId(page.text, 'contact')).toBe(klippeoe.contacts.length);
    expect(page.text).toContain('href="tel:00006001"');
    for (const contact of klippeoe.contacts) if (contact.note) expect(text).toContain(contact.note);
  });

  test('never shows a facilitator prompt, even where prompts are shown in the editor', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'Med spørgsmål', templateId: 'standard' });
    const page = await getPage(server.httpUrl, `/p/${id}/laes`, await owner(server.httpUrl));
    expect(page.status).toBe(200);
    const text = pageText(page.text);
    for (const prompts of Object.values(SECTION_PROMPTS)) {
      for (const prompt of [...prompts.da, ...prompts.en]) expect(text).not.toContain(prompt);
    }
    expect(text).not.toContain('Spørgsmål til drøftelse');
  });

  test('has the in-page search as an external script and a hidden field that the script reveals', async () => {
    const page = await getPage(server.httpUrl, `/p/${playbookId}/laes`, reader);
    expect(page.text.match(/<script/g)).toHaveLength(1);
    expect(page.text).toContain('<script src="/reading-assets/readerSearch.js" defer="">');
    expect(page.text).toMatch(/<div class="search" data-search-form="[^"]*" hidden="[^"]*">/);
    const script = await getPage(server.httpUrl, '/reading-assets/readerSearch.js', null);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    const css = await getPage(server.httpUrl, '/reading-assets/reading.css', null);
    expect(css.text).toContain('@page');
    expect((await getPage(server.httpUrl, '/reading-assets/..%2Fapp.ts', null)).status).toBe(404);
  });
});

describe('who may read', () => {
  test('someone not signed in gets 401 and a sign-in link, on both pages', async () => {
    for (const path of [`/p/${playbookId}/laes`, `/p/${playbookId}/kort`]) {
      const page = await getPage(server.httpUrl, path, null);
      expect(page.status).toBe(401);
      expect(page.text).toContain('data-testid="sign-in-link"');
      expect(page.text).not.toContain('Klippeø');
    }
  });

  test('an outsider gets exactly the page of an unknown id', async () => {
    const outsider = await personNamed(server.httpUrl, 'Otto Udenfor');
    for (const kind of ['laes', 'kort']) {
      const forbidden = await getPage(server.httpUrl, `/p/${playbookId}/${kind}`, outsider);
      const unknown = await getPage(server.httpUrl, `/p/drejebog-aaaaaaaaaa/${kind}`, outsider);
      const invalid = await getPage(server.httpUrl, `/p/${encodeURIComponent('ikke gyldig!')}/${kind}`, outsider);
      expect(forbidden.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(invalid.status).toBe(404);
      expect(forbidden.text).toBe(unknown.text);
      expect(invalid.text).toBe(unknown.text);
      expect(forbidden.text).not.toContain('Klippeø');
    }
  });

  test('a reader token reads by Authorization: Bearer, in its own playbook only', async () => {
    const minted = await callAs(
      await owner(server.httpUrl),
      server.httpUrl,
      'POST',
      `/api/playbooks/${playbookId}/tokens`,
      {
        label: 'Intranet',
        role: 'reader',
      },
    );
    expect(minted.status).toBe(201);
    const token = (minted.body as { secret: string }).secret;
    expect((await getPage(server.httpUrl, `/p/${playbookId}/laes`, { token })).status).toBe(200);
    expect((await getPage(server.httpUrl, `/p/${playbookId}/kort`, { token })).status).toBe(200);
    const { id: other } = await createPlaybook(server.httpUrl, { title: 'En anden' });
    expect((await getPage(server.httpUrl, `/p/${other}/laes`, { token })).status).toBe(404);
    expect((await getPage(server.httpUrl, `/p/${playbookId}/laes`, { token: 'dbt_forkert' })).status).toBe(401);
  });
});

describe('text typed in the editor', () => {
  test('comes out inert: escaped text, no script, no event handler, no javascript: link', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'XSS', templateId: 'standard' });
    const facilitator = await owner(server.httpUrl);
    const client = await editorClient(id, facilitator);
    appendParagraph(client.doc, 'purpose', '<script>alert(1)</script>');
    appendParagraph(client.doc, 'purpose', '<img src=x onerror=alert(1)>');
    appendParagraph(client.doc, 'purpose', 'farligt link', 'javascript:alert(1)');
    appendParagraph(client.doc, 'purpose', 'godt link', 'https://star.dk/');
    client.doc.transact(() => {
      client.doc.getMap('meta').set('title', '"><svg onload=alert(1)>');
      const card = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({
        id: 'xss-card',
        order: -1,
        trigger: '<iframe src="javascript:alert(1)">',
        response: '</li><script>alert(2)</script>',
        who: null,
        ruleNote: '',
      })) {
        card.set(key, value);
      }
      client.doc.getArray('ifThenCards').push([card]);
      const contact = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({
        id: 'xss-contact',
        order: -1,
        partnerId: null,
        role: 'Hjælp',
        phone: 'javascript:alert(3)',
        email: '"><script>alert(4)</script>@x.dk',
        note: '',
      })) {
        contact.set(key, value);
      }
      client.doc.getArray('contacts').push([contact]);
    });
    await waitForText(id, 'godt link');
    client.destroy();

    for (const kind of ['laes', 'kort']) {
      const page = await getPage(server.httpUrl, `/p/${id}/${kind}`, facilitator);
      expect(page.status).toBe(200);
      const html = page.text;
      expect(html.match(/<script/g) ?? []).toHaveLength(kind === 'laes' ? 1 : 0);
      expect(html).not.toMatch(/<img|<svg|<iframe/);
      // Every tag on the page is one the page itself writes: no event handler, no script address.
      const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
      expect(tags.filter((tag) => /\son\w+=/i.test(tag))).toEqual([]);
      expect(tags.filter((tag) => /javascript:/i.test(tag))).toEqual([]);
      const text = pageText(html);
      expect(text).toContain('"><svg onload=alert(1)>');
      expect(text).toContain('<iframe src="javascript:alert(1)">');
      if (kind === 'laes') {
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(text).toContain('<img src=x onerror=alert(1)>');
        expect(text).toContain('farligt link');
        expect(html).toContain('<a href="https://star.dk/" rel="noopener noreferrer">godt link</a>');
      }
    }
  });
});

describe('what is new since the last visit', () => {
  test('nothing is new on the first visit; after someone edits a section, the next visit marks exactly that one', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'Nyt siden sidst', templateId: 'klippeoe-kommune' });
    const rita = await personNamed(server.httpUrl, 'Rita Nysgerrig', 'akasse');
    await addMember(server.httpUrl, id, rita, 'reader');

    const first = await getPage(server.httpUrl, `/p/${id}/laes`, rita);
    expect(pageText(first.text)).toContain('Første gang du læser drejebogen her');
    expect(countTestId(first.text, 'changed-section')).toBe(0);
    expect(first.text).not.toContain('section--new');

    const again = await getPage(server.httpUrl, `/p/${id}/laes`, rita);
    expect(pageText(again.text)).toContain('Intet er ændret siden dit sidste besøg.');

    const editor = await personNamed(server.httpUrl, 'Erik Skribent', 'jobcenter');
    await addMember(server.httpUrl, id, editor, 'editor');
    const client = await editorClient(id, editor);
    appendParagraph(client.doc, 'goals', 'Vi måler nu også ventetiden på fællessamtaler.');
    await waitForText(id, 'Vi måler nu også ventetiden');
    client.destroy();

    const next = await getPage(server.httpUrl, `/p/${id}/laes`, rita);
    const text = pageText(next.text);
    expect(text).toContain('Ændret siden dit sidste besøg');
    expect(countTestId(next.text, 'changed-section')).toBe(1);
    expect(next.text).toMatch(/data-testid="changed-section"><a href="#afsnit-goals">/);
    expect(next.text.match(/class="section section--new"/g)).toHaveLength(1);
    expect(next.text).toContain('id="afsnit-goals" class="section section--new"');

    const after = await getPage(server.httpUrl, `/p/${id}/laes`, rita);
    expect(pageText(after.text)).toContain('Intet er ændret siden dit sidste besøg.');
  });
});
