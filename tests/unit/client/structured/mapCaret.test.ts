import { expect, test } from 'vitest';
import { mapCaret } from '../../../../client/structured/mapCaret.js';

test('a caret before someone else’s insertion stays where it is', () => {
  expect(mapCaret('Velkomst', 'Velkomst og roller', 3)).toBe(3);
});

test('a caret after someone else’s insertion moves along with the text', () => {
  // "CV" inserted at the start; the caret was after "Velk".
  expect(mapCaret('Velkomst', 'CV Velkomst', 4)).toBe(7);
});

test('a caret after a deletion moves back by the deleted length', () => {
  expect(mapCaret('Borgerens egen dagsorden', 'Borgerens dagsorden', 24)).toBe(19);
});

test('a caret inside a replaced part moves to the end of the replacement', () => {
  expect(mapCaret('Status på joblog', 'Status på CV', 13)).toBe(12);
});

test('an unchanged text keeps the caret', () => {
  expect(mapCaret('abc', 'abc', 2)).toBe(2);
});

test('where a change cannot be told apart, it is taken to be after the caret, and the caret stays in the text', () => {
  expect(mapCaret('aaaa', 'aaaaaa', 4)).toBe(4);
  expect(mapCaret('aaaa', 'aa', 1)).toBe(1);
  expect(mapCaret('aaaa', 'aa', 4)).toBe(2);
});
