import { z } from 'zod';
import { createListAccessor } from '../playbook/createListAccessor.js';
import { findPersonalData } from '../playbook/findPersonalData.js';
import { SECTION_IDS } from '../playbook/sectionIds.js';

/**
 * Action cards (aktionskort) of a learning group: a small trial the group will make in real joint
 * interviews, and afterwards its reflection (the four questions). They live in the group's working-space
 * Y.Doc (root array `actionCards`), so the group co-edits them live like any other part of the playbook and
 * the server's room rules (editors write, readers read) apply unchanged. No field ever names a citizen.
 */

const ACTION_TEXT_MAX_CHARS = 2000;
const text = z
  .string()
  .max(ACTION_TEXT_MAX_CHARS)
  .refine((value) => findPersonalData(value).length === 0);

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionCardSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** What we will try ("Hvad prøver vi?"). */
  title: text,
  /** The playbook section the action is about, or null. */
  sectionId: z.enum(SECTION_IDS).nullable(),
  /** What to look for while trying ("Hvad skal vi observere?"). */
  observe: text,
  /** User ids of the group members who own the action. */
  owners: z.array(z.string().max(64)).max(50),
  /** `YYYY-MM-DD`, or null. */
  dueOn: z.iso.date().nullable(),
  status: z.enum(ACTION_STATUSES),
  /** The reflection, the four questions: Hvad skete der? Hvorfor? Hvad lærte vi? Hvad gør vi nu? */
  whatHappened: text,
  why: text,
  learned: text,
  nextStep: text,
  /** ISO date-time the card was made (by the client that made it). */
  createdAt: z.string().max(40),
});
export type ActionCard = z.infer<typeof actionCardSchema>;

/** A card's fields before anyone has written anything (also what a damaged field reads as). */
const BLANK: Omit<ActionCard, 'id'> = {
  title: '',
  sectionId: null,
  observe: '',
  owners: [],
  dueOn: null,
  status: 'open',
  whatHappened: '',
  why: '',
  learned: '',
  nextStep: '',
  createdAt: '',
};

export const actionCards = createListAccessor<ActionCard>('actionCards', actionCardSchema, BLANK);

/** A new, empty card made now. */
export function blankActionCard(id: string, createdAt: Date): ActionCard {
  return { ...BLANK, owners: [], id, createdAt: createdAt.toISOString() };
}

/** True when the card is open and its due day (`YYYY-MM-DD`) is before `today` (`YYYY-MM-DD`). */
export function isOverdue(card: Pick<ActionCard, 'status' | 'dueOn'>, today: string): boolean {
  return card.status === 'open' && card.dueOn !== null && card.dueOn < today;
}
