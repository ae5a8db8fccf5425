import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookListResponseSchema, playbookSummarySchema } from '../../../shared/api/playbooksApi.js';
import { ownerCall } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';

const TITLES = [
  'Øresundsregionens fællessamtaler',
  'Drejebog for Ærø Kommune',
  'Fællessamtalen på Klippeø',
  'Aabenraa: samtalen ved 16 måneder',
  'Vejle 100% digital',
  'Skive_video',
];

describe('listing and searching playbooks by title', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startPlaybookServer();
    for (const title of TITLES) {
      const answer = await ownerCall(server.httpUrl, 'POST', '/api/playbooks', { title });
      expect(answer.status).toBe(201);
      // Distinct update times, so the order is defined.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  afterAll(() => server.stop());

  async function titles(query: string): Promise<string[]> {
    const answer = await ownerCall(server.httpUrl, 'GET', `/api/playbooks${query}`);
    expect(answer.status, answer.text).toBe(200);
    return playbookListResponseSchema.parse(answer.body).playbooks.map((p) => p.title);
  }

  it('lists every playbook, most recently changed first', async () => {
    expect(await titles('')).toEqual([...TITLES].reverse());
    expect(await titles('?q=')).toEqual([...TITLES].reverse());
  });

  it('finds Danish letters whichever case is typed: "ø" and "Ø" find Øresund, Ærø and Klippeø', async () => {
    const withOe = ['Fællessamtalen på Klippeø', 'Drejebog for Ærø Kommune', 'Øresundsregionens fællessamtaler'];
    expect(await titles(`?q=${encodeURIComponent('ø')}`)).toEqual(withOe);
    expect(await titles(`?q=${encodeURIComponent('Ø')}`)).toEqual(withOe);
    expect(await titles(`?q=${encodeURIComponent('ÆRØ')}`)).toEqual(['Drejebog for Ærø Kommune']);
    expect(await titles(`?q=${encodeURIComponent('FÆLLESSAMTALE')}`)).toEqual([
      'Fællessamtalen på Klippeø',
      'Øresundsregionens fællessamtaler',
    ]);
  });

  it('matches a part of a word, ignores surrounding spaces and treats % and _ as plain characters', async () => {
    expect(await titles('?q=aabenRAA')).toEqual(['Aabenraa: samtalen ved 16 måneder']);
    expect(await titles(`?q=${encodeURIComponent('  klippe ')}`)).toEqual(['Fællessamtalen på Klippeø']);
    expect(await titles(`?q=${encodeURIComponent('100%')}`)).toEqual(['Vejle 100% digital']);
    expect(await titles(`?q=${encodeURIComponent('%')}`)).toEqual(['Vejle 100% digital']);
    expect(await titles('?q=_')).toEqual(['Skive_video']);
    expect(await titles('?q=ingen-drejebog-hedder-sådan')).toEqual([]);
  });

  it('finds a title in a decomposed spelling (å as a + ring) like the composed one', async () => {
    expect(await titles(`?q=${encodeURIComponent('ma\u030Aneder')}`)).toEqual(['Aabenraa: samtalen ved 16 måneder']);
  });

  it('reads one playbook by id, as listed', async () => {
    const [first] = playbookListResponseSchema.parse(
      (await ownerCall(server.httpUrl, 'GET', '/api/playbooks')).body,
    ).playbooks;
    const answer = await ownerCall(server.httpUrl, 'GET', `/api/playbooks/${first!.id}`);
    expect(answer.status).toBe(200);
    expect(playbookSummarySchema.parse(answer.body)).toEqual(first);
  });

  it('refuses a search longer than a title can be, and unknown query parameters', async () => {
    const long = await ownerCall(server.httpUrl, 'GET', `/api/playbooks?q=${'x'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: 'invalid_request', issues: [expect.stringMatching(/^q: /)] });
    const unknown = await ownerCall(server.httpUrl, 'GET', '/api/playbooks?sort=title');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'invalid_request' });
  });
});
