import { Lexer, type Token } from 'marked';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { agendaItems } from '../../../shared/playbook/agendaItems.js';
import { newItemId } from '../../../shared/playbook/newItemId.js';
import { playbookMeta } from '../../../shared/playbook/playbookMeta.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { download } from '../../helpers/download.js';
import { docxParts, docxText, pdfText, squash } from '../../helpers/exportedText.js';
import { owner } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const SCRIPT = '<script>alert(1)</script>';
const IMAGE = '<img src=x onerror=alert(1)>';
const LINK_TEXT = '[x](javascript:alert(1))';

/** Every token of a Markdown document, nested ones included. */
function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => {
    const inner: Token[] = [];
    if ('tokens' in token && Array.isArray(token.tokens)) inner.push(...allTokens(token.tokens));
    if (token.type === 'list') for (const item of token.items as Token[]) inner.push(...allTokens([item]));
    if (token.type === 'table') {
      for (const cell of [
        ...(token.header as Array<{ tokens: Token[] }>),
        ...(token.rows as Array<Array<{ tokens: Token[] }>>).flat(),
      ]) {
        inner.push(...allTokens(cell.tokens));
      }
    }
    return [token, ...inner];
  });
}

describe('script and markup typed into a playbook come out inert in every export', () => {
  let server: TestServer;
  let cookie: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startPlaybookServer();
    cookie = (await owner(server.httpUrl)).cookie;
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => server.stop());

  /** A playbook whose purpose section, agenda and title hold the payloads, written by a real editor. */
  async function hostilePlaybook(): Promise<string> {
    const playbook = await createPlaybook(server.httpUrl, { title: 'Angreb', templateId: 'standard' });
    const client = connectClient(server.collabUrl, playbook.id, { cookie });
    clients.push(client);
    await synced(client);
    const doc = client.doc;
    doc.transact(() => {
      const paragraph = (text: string, attributes?: Record<string, unknown>) => {
        const element = new Y.XmlElement('paragraph');
        const content = new Y.XmlText();
        content.insert(0, text, attributes);
        element.insert(0, [content]);
        return element;
      };
      sectionFragment(doc, 'purpose').push([
        paragraph(`${SCRIPT} ${IMAGE} ${LINK_TEXT}`),
        // A link mark with a script URL, as only a hostile client (not the editor) can write it.
        paragraph('klik her', { link: { href: 'javascript:alert(1)' } }),
        paragraph('data-link', { link: { href: 'data:text/html,<script>alert(1)</script>' } }),
        paragraph('sikkert link', { link: { href: 'https://example.org/' } }),
      ]);
      agendaItems.insert(doc, {
        id: newItemId(),
        title: `${SCRIPT} ${IMAGE}`,
        purpose: IMAGE,
        lead: 'faelles',
        minutes: 5,
        mustCover: true,
        keyQuestions: [SCRIPT],
      });
      playbookMeta.set(doc, { title: `Angreb ${SCRIPT}` });
    });
    // Stored before anyone exports: exports read storage, not the room.
    await vi.waitFor(
      async () => {
        const markdown = (await download(server.httpUrl, `/api/playbooks/${playbook.id}/export.md`, { cookie })).text;
        expect(markdown).toContain('sikkert link');
        expect(markdown).toContain('alert(1)\\</script\\> \\<img');
      },
      { timeout: 5000 },
    );
    return playbook.id;
  }

  it('escapes HTML and drops script links in the Markdown export', async () => {
    const id = await hostilePlaybook();
    const markdown = (await download(server.httpUrl, `/api/playbooks/${id}/export.md`, { cookie })).text;
    const tokens = allTokens(new Lexer({ gfm: true }).lex(markdown));
    // No raw HTML anywhere, and the only link is the safe one.
    expect(tokens.filter((token) => token.type === 'html')).toEqual([]);
    const links = tokens.filter((token) => token.type === 'link').map((token) => (token as { href: string }).href);
    expect(links).toEqual(['https://example.org/']);
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img)/);
    // The text itself is still there, as text.
    expect(markdown).toContain('klik her');
    expect(markdown).toContain('# Angreb \\<script\\>alert(1)\\</script\\>');
  });

  it('keeps the payloads as plain text in the Word export, with only http(s) hyperlinks', async () => {
    const id = await hostilePlaybook();
    const { documentXml, relsXml } = await docxParts(
      (await download(server.httpUrl, `/api/playbooks/${id}/export.docx`, { cookie })).bytes,
    );
    expect(documentXml).not.toMatch(/<script|<img/);
    expect(docxText(documentXml)).toContain(`${SCRIPT} ${IMAGE} ${LINK_TEXT}`);
    expect(docxText(documentXml)).toContain('klik her');
    expect(relsXml).not.toMatch(/javascript:|data:/i);
    expect(relsXml).toContain('https://example.org/');
  });

  it('keeps the payloads as plain text in the PDF export, with no script actions', async () => {
    const id = await hostilePlaybook();
    const bytes = (await download(server.httpUrl, `/api/playbooks/${id}/export.pdf`, { cookie })).bytes;
    const raw = bytes.toString('latin1');
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|javascript:|\/Launch/);
    const text = squash(await pdfText(bytes));
    expect(text).toContain(squash(`${SCRIPT} ${IMAGE} ${LINK_TEXT}`));
    expect(text).toContain('klik her');
  });
});
