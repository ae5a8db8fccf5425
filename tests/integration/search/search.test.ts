import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { searchResponseSchema, type SearchResponse } from '../../../shared/api/searchApi.js';
import { mintedTokenSchema } from '../../../shared/api/accessApi.js';
import { playbookSummarySchema } from '../../../shared/api/playbooksApi.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { apiCall } from '../../helpers/apiCall.js';
import { connectClient, synced, type TestClient } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { callAs, owner, ownerCall, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import * as Y from 'yjs';

let server: TestServer;
let facilitator: TestPerson;
let stranger: TestPerson;
let island: string;
let secret: string;
const clients: TestClient[] = [];

const search = async (who: TestPerson, q: string): Promise<SearchResponse> => {
  const answer = await callAs(who, server.httpUrl, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
  expect(answer.status, answer.text).toBe(200);
  return searchResponseSchema.parse(answer.body);
};
const matched = (response: SearchResponse) =>
  response.results.map((hit) => hit.snippet.filter((piece) => piece.match).map((piece) => piece.text.toLowerCase()));

beforeAll(async () => {
  server = await startPlaybookServer();
  facilitator = await owner(server.httpUrl);
  stranger = await personNamed(server.httpUrl, 'Sigurd Hemmelig', 'akasse');
  island = (await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' })).id;
  // A playbook only its creator (not the facilitator) may read.
  const created = await callAs(stranger, server.httpUrl, 'POST', '/api/playbooks', {
    title: 'Hemmelige sæsonansatte',
    templateId: 'klippeoe-kommune',
  });
  secret = playbookSummarySchema.parse(created.body).id;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(() => server.stop());

describe('search', () => {
  it('finds a phrase from a section, in the right section, with the words marked', async () => {
    const response = await search(facilitator, 'pendlet færgen');
    const hit = response.results.find((r) => r.playbookId === island && r.sectionId === 'target-group');
    expect(hit, JSON.stringify(response)).toBeDefined();
    expect(hit!.playbookTitle).toBe('Klippeø');
    const text = hit!.snippet.map((piece) => piece.text).join('');
    expect(text).toContain('pendlet til fastlandet med færgen');
    expect(hit!.snippet.filter((piece) => piece.match).map((piece) => piece.text.toLowerCase())).toEqual(
      expect.arrayContaining(['pendl', 'færg']),
    );
  });

  it('finds nothing in a playbook the caller may not read, which its own member finds', async () => {
    expect((await search(facilitator, 'Hemmelige')).results).toEqual([]);
    const own = await search(stranger, 'Hemmelige');
    expect(own.results.map((r) => [r.playbookId, r.sectionId])).toEqual([[secret, null]]);
    // The same section text is in both playbooks: each person finds only their own.
    const fromIsland = await search(facilitator, 'fastlandet');
    expect(new Set(fromIsland.results.map((r) => r.playbookId))).toEqual(new Set([island]));
    const fromSecret = await search(stranger, 'fastlandet');
    expect(new Set(fromSecret.results.map((r) => r.playbookId))).toEqual(new Set([secret]));
  });

  it('handles Danish word forms: inflections and compounds', async () => {
    // "sæsonansatte" in the text; searched as another form of the word and as part of a compound.
    expect((await search(facilitator, 'sæsonansat')).results.length).toBeGreaterThan(0);
    expect((await search(facilitator, 'ansatte')).results.some((r) => r.sectionId === 'target-group')).toBe(true);
    // "færgerne" (plural, definite) finds "færgen" through the stem "færg".
    expect((await search(facilitator, 'færgerne')).results.some((r) => r.sectionId === 'target-group')).toBe(true);
    expect(matched(await search(facilitator, 'færgerne')).flat()).toContain('færg');
  });

  it('follows the document as people write and rename', async () => {
    const id = (await createPlaybook(server.httpUrl, { title: 'Levende' })).id;
    expect((await search(facilitator, 'kaffeautomaten')).results).toEqual([]);
    const client = connectClient(server.collabUrl, id, { cookie: facilitator.cookie });
    clients.push(client);
    await synced(client);
    const fragment = sectionFragment(client.doc, 'before');
    client.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Vi mødes ved kaffeautomaten før samtalen.')]);
      fragment.insert(fragment.length, [paragraph]);
    });
    await expect
      .poll(async () => (await search(facilitator, 'kaffeautomaten')).results.map((r) => [r.playbookId, r.sectionId]), {
        timeout: 5_000,
      })
      .toEqual([[id, 'before']]);
    await ownerCall(server.httpUrl, 'PATCH', `/api/playbooks/${id}`, { title: 'Omdøbt til Vandværket' });
    await expect
      .poll(async () => (await search(facilitator, 'Vandværket')).results.map((r) => r.playbookTitle))
      .toContain('Omdøbt til Vandværket');
  });

  it('returns text, never markup: a script typed into a section comes back as inert text pieces', async () => {
    const id = (await createPlaybook(server.httpUrl, { title: 'Uskadelig' })).id;
    const client = connectClient(server.collabUrl, id, { cookie: facilitator.cookie });
    clients.push(client);
    await synced(client);
    client.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('<script>alert("skadelig")</script> skadeligkode')]);
      sectionFragment(client.doc, 'purpose').insert(0, [paragraph]);
    });
    await expect
      .poll(async () => (await search(facilitator, 'skadeligkode')).results.length, { timeout: 5_000 })
      .toBe(1);
    const [hit] = (await search(facilitator, 'skadeligkode')).results;
    expect(hit!.snippet.map((piece) => piece.text).join('')).toContain('<script>alert("skadelig")</script>');
  });

  it('lets a token search its own playbook only, and refuses callers without credentials', async () => {
    const minted = mintedTokenSchema.parse(
      (await ownerCall(server.httpUrl, 'POST', `/api/playbooks/${island}/tokens`, { label: 'Søgning', role: 'reader' }))
        .body,
    );
    const bearer = { authorization: `Bearer ${minted.secret}` };
    const answer = await apiCall(server.httpUrl, 'GET', '/api/search?q=fastlandet', undefined, bearer);
    const ids = new Set(searchResponseSchema.parse(answer.body).results.map((r) => r.playbookId));
    expect(ids).toEqual(new Set([island]));
    expect((await apiCall(server.httpUrl, 'GET', '/api/search?q=fastlandet')).status).toBe(401);
  });

  it('explains queries it cannot search: empty is 400, words under three letters are dropped', async () => {
    const empty = await callAs(facilitator, server.httpUrl, 'GET', '/api/search?q=');
    expect(empty.status).toBe(400);
    expect(await search(facilitator, 'på at')).toEqual({ results: [], searchedWords: [] });
    const syntax = await search(facilitator, '"færgen" OR NEAR( * -');
    expect(syntax.searchedWords).toEqual(['færg', 'near']);
  });
});
