import type { AgendaItem } from './playbookFileSchema.js';

/** The running total of the agenda's time boxes, in minutes; items without a time box count as zero. */
export function agendaTotalMinutes(items: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return items.reduce((total, item) => total + (item.minutes ?? 0), 0);
}
