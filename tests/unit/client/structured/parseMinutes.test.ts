import { expect, test } from 'vitest';
import { MAX_ITEM_MINUTES, parseMinutes } from '../../../../client/structured/parseMinutes.js';

test('reads whole minutes from 0 to the maximum', () => {
  expect(parseMinutes('0')).toBe(0);
  expect(parseMinutes('15')).toBe(15);
  expect(parseMinutes(' 05 ')).toBe(5);
  expect(parseMinutes(String(MAX_ITEM_MINUTES))).toBe(MAX_ITEM_MINUTES);
});

test('an empty field means the time box is not decided', () => {
  expect(parseMinutes('')).toBeNull();
  expect(parseMinutes('   ')).toBeNull();
});

test('refuses fractions, negative numbers, text and more than the maximum', () => {
  for (const text of ['2.5', '2,5', '-1', '1e2', 'ti', '?', String(MAX_ITEM_MINUTES + 1)]) {
    expect(parseMinutes(text), text).toBeUndefined();
  }
});
