import { expect, test } from 'vitest';
import { reorderTarget } from '../../../../client/structured/reorderTarget.js';

// Items A B C D (indices 0–3); gaps 0–4, gap 0 before A and gap 4 after D.
test('dropping into a gap below the item counts positions among the other items', () => {
  expect(reorderTarget(0, 2)).toBe(1); // A between B and C: B A C D
  expect(reorderTarget(0, 4)).toBe(3); // A at the end: B C D A
  expect(reorderTarget(1, 3)).toBe(2); // B between C and D
});

test('dropping into a gap above the item uses the gap itself', () => {
  expect(reorderTarget(3, 0)).toBe(0); // D first
  expect(reorderTarget(2, 1)).toBe(1); // C between A and B
});

test('the gaps right before and after the item leave it in place', () => {
  expect(reorderTarget(1, 1)).toBeNull();
  expect(reorderTarget(1, 2)).toBeNull();
});
