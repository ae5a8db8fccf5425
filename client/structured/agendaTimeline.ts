import type { AgendaItem } from '../../shared/playbook/playbookFileSchema.js';
import { agendaTotalMinutes } from '../../shared/playbook/agendaTotalMinutes.js';

/** Where one agenda item sits in the interview, in minutes from the start. */
export interface AgendaSlot {
  /** Minutes from the start of the interview to the start of this item. */
  start: number;
  /** `start` plus the item's time box; equal to `start` while the time box is undecided. */
  end: number;
  /** False while the group has not decided the item's time box. */
  timed: boolean;
}

/** The running total of an agenda, each item's start and end offset, and how many items still lack minutes. */
export interface AgendaTimeline {
  slots: AgendaSlot[];
  totalMinutes: number;
  untimedCount: number;
}

/** Start and end offsets of every item in display order; undecided time boxes count as zero minutes. */
export function agendaTimeline(items: readonly Pick<AgendaItem, 'minutes'>[]): AgendaTimeline {
  const slots: AgendaSlot[] = [];
  let start = 0;
  for (const item of items) {
    const minutes = item.minutes ?? 0;
    slots.push({ start, end: start + minutes, timed: item.minutes !== null });
    start += minutes;
  }
  return {
    slots,
    totalMinutes: agendaTotalMinutes(items),
    untimedCount: items.filter((item) => item.minutes === null).length,
  };
}
