import { expect, test } from 'vitest';
import { moveKeyDelta } from '../../../../client/structured/moveKeyDelta.js';

const key = (
  name: string,
  modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

test('Alt+ArrowUp moves up and Alt+ArrowDown moves down', () => {
  expect(moveKeyDelta(key('ArrowUp', { altKey: true }))).toBe(-1);
  expect(moveKeyDelta(key('ArrowDown', { altKey: true }))).toBe(1);
});

test('plain arrows and other combinations leave the item alone (they move the caret or select text)', () => {
  expect(moveKeyDelta(key('ArrowUp'))).toBe(0);
  expect(moveKeyDelta(key('ArrowDown', { altKey: true, shiftKey: true }))).toBe(0);
  expect(moveKeyDelta(key('ArrowDown', { altKey: true, ctrlKey: true }))).toBe(0);
  expect(moveKeyDelta(key('ArrowLeft', { altKey: true }))).toBe(0);
});
