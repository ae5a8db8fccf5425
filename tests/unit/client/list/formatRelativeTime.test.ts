import { expect, test } from 'vitest';
import { formatRelativeTime } from '../../../../client/list/formatRelativeTime.js';

const now = new Date(2026, 4, 20, 14, 0, 0); // 20 May 2026, 14:00 local time
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

test('says when a playbook last changed in Danish words', () => {
  expect(formatRelativeTime(ago(10_000), now, 'da')).toBe('nu');
  expect(formatRelativeTime(ago(5 * MIN), now, 'da')).toBe('for 5 minutter siden');
  expect(formatRelativeTime(ago(3 * 60 * MIN), now, 'da')).toBe('for 3 timer siden');
  expect(formatRelativeTime(new Date(2026, 4, 19, 23, 30), now, 'da')).toBe('i går');
  expect(formatRelativeTime(new Date(2026, 4, 17, 9, 0), now, 'da')).toBe('for 3 dage siden');
  expect(formatRelativeTime(new Date(2026, 4, 1), now, 'da')).toBe('for 2 uger siden');
  expect(formatRelativeTime(new Date(2026, 0, 10), now, 'da')).toBe('for 4 måneder siden');
  expect(formatRelativeTime(new Date(2024, 3, 1), now, 'da')).toBe('for 2 år siden');
});

test('counts calendar days: late last night is "yesterday" even under 24 hours ago', () => {
  expect(formatRelativeTime(new Date(2026, 4, 19, 22, 0), now, 'en')).toBe('yesterday');
  expect(formatRelativeTime(new Date(2026, 4, 20, 1, 0), now, 'en')).toBe('13 hours ago');
});

test('a moment in the future (a skewed clock) reads as now', () => {
  expect(formatRelativeTime(new Date(now.getTime() + 5 * MIN), now, 'en')).toBe('now');
});
