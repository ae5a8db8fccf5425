import { expect, test } from 'vitest';
import { da, en } from '../../../client/i18n/resources.js';

function entries(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null
      ? entries(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

test('English has exactly the keys Danish has, and no text is empty', () => {
  const daEntries = entries(da);
  const enEntries = entries(en);
  expect(enEntries.map(([key]) => key).sort()).toEqual(daEntries.map(([key]) => key).sort());
  for (const [key, value] of [...daEntries, ...enEntries]) {
    expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
  }
});

test('both languages use the same interpolation placeholders per key', () => {
  const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  const enByKey = new Map(entries(en));
  for (const [key, value] of entries(da)) {
    expect(placeholders(enByKey.get(key)), key).toEqual(placeholders(value));
  }
});
