import { expect, test } from 'vitest';
import { formatDateDa, parseDateDa } from '../../../shared/playbook/formatDateDa.js';

test('ISO dates become Danish text and back, for every month', () => {
  for (let month = 1; month <= 12; month += 1) {
    const iso = `2026-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
    expect(parseDateDa(formatDateDa(iso))).toBe(iso);
  }
  expect(formatDateDa('2026-07-01')).toBe('1. juli 2026');
});

test('the first Danish date inside a longer text is found; other text is not a date', () => {
  expect(parseDateDa('gælder fra 1. Juli 2026 til …')).toBe('2026-07-01');
  expect(parseDateDa('31.december 2025')).toBe('2025-12-31');
  expect(parseDateDa('1. juily 2026')).toBeNull();
  expect(parseDateDa('2026-07-01')).toBeNull();
  expect(formatDateDa('snart')).toBe('snart');
});
