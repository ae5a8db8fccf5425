import { expect, test } from 'vitest';
import type { SearchHit } from '../../../../shared/api/searchApi.js';
import { groupSearchHits, searchHitHref, tooShortWords } from '../../../../client/search/groupSearchHits.js';

const hit = (playbookId: string, sectionId: string | null, text = 'tekst'): SearchHit => ({
  playbookId,
  playbookTitle: `Titel ${playbookId}`,
  sectionId,
  snippet: [{ text, match: true }],
});

test('groups hits by playbook in the order of each playbook’s first hit', () => {
  const groups = groupSearchHits([hit('a', 'agenda'), hit('b', null), hit('a', 'target-group')]);
  expect(groups.map((group) => group.playbookId)).toEqual(['a', 'b']);
  expect(groups[0]?.places.map((place) => place.sectionId)).toEqual(['agenda', 'target-group']);
});

test('links a section hit to its section and a title hit to the playbook', () => {
  const [group] = groupSearchHits([hit('pb-1', 'target-group'), hit('pb-1', null)]);
  expect(group?.places.map((place) => place.href)).toEqual(['/p/pb-1#section-target-group', '/p/pb-1']);
});

test('opens the playbook at its top for a section this client does not know', () => {
  const [group] = groupSearchHits([hit('pb-1', 'no-such-section')]);
  expect(group?.places[0]).toMatchObject({ sectionId: null, href: '/p/pb-1' });
});

test('escapes the playbook id in the address', () => {
  expect(searchHitHref('a/b?c', 'agenda')).toBe('/p/a%2Fb%3Fc#section-agenda');
});

test('names the words too short to search, once each', () => {
  expect(tooShortWords('og i færgen og at')).toEqual(['og', 'i', 'at']);
  expect(tooShortWords('pendlet færgen')).toEqual([]);
  expect(tooShortWords('  ')).toEqual([]);
});
