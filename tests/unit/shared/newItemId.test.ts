import { expect, test } from 'vitest';
import { findPersonalData } from '../../../shared/playbook/findPersonalData.js';
import { newItemId } from '../../../shared/playbook/newItemId.js';

test('an id that reads as a CPR number is drawn again', () => {
  const drawn = ['ab640475-5747-4c1d-8e2f-0123abcdef45', '3f2c9a1b-77aa-4bcd-9e01-abcdefabcdef'];
  const id = newItemId(() => drawn.shift()!);
  expect(id).toBe('3f2c9a1b-77aa-4bcd-9e01-abcdefabcdef');
  expect(drawn).toEqual([]);
});

test('ids are unique UUIDs that never look like personal data', () => {
  const ids = new Set(Array.from({ length: 5000 }, () => newItemId()));
  expect(ids.size).toBe(5000);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  expect([...ids].filter((id) => !uuid.test(id) || findPersonalData(id).length > 0)).toEqual([]);
});
