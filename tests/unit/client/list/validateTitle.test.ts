import { expect, test } from 'vitest';
import { TITLE_MAX_CHARS, validateTitle } from '../../../../client/list/validateTitle.js';

test('accepts a title of 1 to 200 characters after trimming, like the server', () => {
  expect(TITLE_MAX_CHARS).toBe(200);
  expect(validateTitle('Fællessamtaler på Klippeø')).toBeNull();
  expect(validateTitle(`  ${'ø'.repeat(200)}  `)).toBeNull();
  expect(validateTitle('   ')?.key).toBe('list.title.required');
  expect(validateTitle('x'.repeat(201))).toEqual({ key: 'list.title.tooLong', values: { max: 200, count: 201 } });
});
