import { expect, test } from 'vitest';
import { agendaTimeline } from '../../../../client/structured/agendaTimeline.js';

test('gives each item its start and end offset and the running total', () => {
  const timeline = agendaTimeline([{ minutes: 5 }, { minutes: 10 }, { minutes: 15 }]);
  expect(timeline.slots).toEqual([
    { start: 0, end: 5, timed: true },
    { start: 5, end: 15, timed: true },
    { start: 15, end: 30, timed: true },
  ]);
  expect(timeline.totalMinutes).toBe(30);
  expect(timeline.untimedCount).toBe(0);
});

test('counts an undecided time box as zero minutes and reports it as untimed', () => {
  const timeline = agendaTimeline([{ minutes: 5 }, { minutes: null }, { minutes: 0 }, { minutes: 10 }]);
  expect(timeline.slots).toEqual([
    { start: 0, end: 5, timed: true },
    { start: 5, end: 5, timed: false },
    { start: 5, end: 5, timed: true },
    { start: 5, end: 15, timed: true },
  ]);
  expect(timeline.totalMinutes).toBe(15);
  expect(timeline.untimedCount).toBe(1);
});

test('an empty agenda has no slots and a total of zero', () => {
  expect(agendaTimeline([])).toEqual({ slots: [], totalMinutes: 0, untimedCount: 0 });
});
