import type * as Y from 'yjs';
import { z } from 'zod';
import { findPersonalData } from '../playbook/findPersonalData.js';
import { readLenient } from '../playbook/readLenient.js';
import { SECTION_IDS, type SectionId } from '../playbook/sectionIds.js';
import { IDLE_TIMER, TIMER_LABEL_MAX_CHARS, TIMER_STATUSES, type WorkshopTimer } from './workshopTimer.js';

/**
 * The live workshop room of a course: one Y.Doc per course (room `forloeb-<courseId>`, see courseRoomId.ts)
 * that everyone in the course follows read-only and only the server writes, after checking that a
 * facilitator asked (docs/API.md "Workshop room"). Every container is a root type:
 *
 * ```
 * name      Yjs type  holds
 * --------  --------  -----------------------------------------------------------------------------------
 * timer     Y.Map     status (idle | running | paused), durationMs, endsAt (server epoch ms, when running),
 *                     remainingMs (when paused), label
 * room      Y.Map     prompts ('shown' | 'hidden' | null: each playbook's own setting), message (string or
 *                     null), followSectionId (a section id or null), followUserId, followName (who leads)
 * phases    Y.Map     <groupId> -> plan | act | observe | reflect (the group's action-learning phase)
 * ```
 *
 * Reading is lenient (a bad field reads as its default), so a document written by another version of the
 * server never makes the room unreadable.
 */
export const courseRoomLayout = { timer: 'timer', room: 'room', phases: 'phases' } as const;

/** The action-learning cycle, in order: plan → act → observe → reflect (and round again). */
export const PHASES = ['plan', 'act', 'observe', 'reflect'] as const;
export type Phase = (typeof PHASES)[number];
export const DEFAULT_PHASE: Phase = 'plan';

export const PROMPTS_OVERRIDES = ['shown', 'hidden'] as const;
/** Prompts for everyone: shown, hidden, or null for each playbook's own setting. */
export type PromptsOverride = (typeof PROMPTS_OVERRIDES)[number] | null;

export const MESSAGE_MAX_CHARS = 280;
const FOLLOW_NAME_MAX_CHARS = 200;

const noPersonalData = (text: string) => findPersonalData(text).length === 0;

/** A message to everyone as stored and read: trimmed, 1–280 characters, never a CPR number. */
export const messageTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(MESSAGE_MAX_CHARS)
  .refine(noPersonalData, {
    message: 'Looks like a CPR number: a workshop message must never hold personal data',
    params: { reason: 'personal_data' },
  });

export const timerLabelSchema = z
  .string()
  .trim()
  .max(TIMER_LABEL_MAX_CHARS)
  .refine(noPersonalData, { message: 'Looks like a CPR number', params: { reason: 'personal_data' } });

const epochMs = z.number().int().nonnegative();

export const workshopTimerSchema = z.strictObject({
  status: z.enum(TIMER_STATUSES),
  durationMs: epochMs,
  endsAt: epochMs.nullable(),
  remainingMs: epochMs.nullable(),
  label: z.string().max(TIMER_LABEL_MAX_CHARS),
});

export const followSchema = z.strictObject({
  sectionId: z.enum(SECTION_IDS),
  /** The facilitator who leads, so their own client keeps sending where they are. */
  userId: z.string().max(64),
  name: z.string().max(FOLLOW_NAME_MAX_CHARS),
});
export type Follow = z.infer<typeof followSchema>;

export const courseRoomStateSchema = z.strictObject({
  timer: workshopTimerSchema,
  prompts: z.enum(PROMPTS_OVERRIDES).nullable(),
  message: z.string().max(MESSAGE_MAX_CHARS).nullable(),
  /** Where "follow me" brings everyone, or null when nobody leads. */
  follow: followSchema.nullable(),
  /** Each group's phase; a group not listed is in DEFAULT_PHASE. */
  phases: z.record(z.string(), z.enum(PHASES)),
});
export type CourseRoomState = z.infer<typeof courseRoomStateSchema>;

export const EMPTY_COURSE_ROOM: CourseRoomState = {
  timer: IDLE_TIMER,
  prompts: null,
  message: null,
  follow: null,
  phases: {},
};

const timerMap = (doc: Y.Doc) => doc.getMap<unknown>(courseRoomLayout.timer);
const roomMap = (doc: Y.Doc) => doc.getMap<unknown>(courseRoomLayout.room);
const phaseMap = (doc: Y.Doc) => doc.getMap<unknown>(courseRoomLayout.phases);

/** The timer; fields that do not fit together (running without an end, for example) read as idle. */
export function readTimer(doc: Y.Doc): WorkshopTimer {
  const timer = readLenient<WorkshopTimer>(timerMap(doc), workshopTimerSchema.shape, { ...IDLE_TIMER });
  if (timer.status === 'running' && timer.endsAt !== null) return { ...timer, remainingMs: null };
  if (timer.status === 'paused' && timer.remainingMs !== null) return { ...timer, endsAt: null };
  return { ...IDLE_TIMER };
}

export function readPhases(doc: Y.Doc): Record<string, Phase> {
  const phases: Record<string, Phase> = {};
  for (const [groupId, value] of phaseMap(doc).entries()) {
    if ((PHASES as readonly unknown[]).includes(value)) phases[groupId] = value as Phase;
  }
  return phases;
}

/** Drops the phase of a group that no longer exists (nothing changes when it has none). */
export function forgetPhase(doc: Y.Doc, groupId: string): void {
  const phases = phaseMap(doc);
  if (phases.has(groupId)) phases.delete(groupId);
}

/** A group's phase (DEFAULT_PHASE until a facilitator sets one). */
export function phaseOf(state: Pick<CourseRoomState, 'phases'>, groupId: string): Phase {
  return state.phases[groupId] ?? DEFAULT_PHASE;
}

/** Everything in the room, read leniently. */
export function readCourseRoom(doc: Y.Doc): CourseRoomState {
  const room = readLenient(
    roomMap(doc),
    {
      prompts: z.enum(PROMPTS_OVERRIDES).nullable(),
      message: messageTextSchema.nullable(),
      followSectionId: z.enum(SECTION_IDS).nullable(),
      followUserId: followSchema.shape.userId,
      followName: followSchema.shape.name,
    },
    {
      prompts: null as PromptsOverride,
      message: null as string | null,
      followSectionId: null as SectionId | null,
      followUserId: '',
      followName: '',
    },
  );
  return {
    timer: readTimer(doc),
    prompts: room.prompts,
    message: room.message,
    follow:
      room.followSectionId === null
        ? null
        : { sectionId: room.followSectionId, userId: room.followUserId, name: room.followName },
    phases: readPhases(doc),
  };
}

/** The writers: only the server calls them, inside `RoomRegistry.changeFromServer`. */
export const courseRoomWriters = {
  timer(doc: Y.Doc, timer: WorkshopTimer): void {
    const map = timerMap(doc);
    doc.transact(() => {
      for (const [key, value] of Object.entries(timer)) map.set(key, value);
    });
  },
  prompts(doc: Y.Doc, prompts: PromptsOverride): void {
    roomMap(doc).set('prompts', prompts);
  },
  message(doc: Y.Doc, message: string | null): void {
    roomMap(doc).set('message', message);
  },
  follow(doc: Y.Doc, follow: Follow | null): void {
    const map = roomMap(doc);
    doc.transact(() => {
      map.set('followSectionId', follow?.sectionId ?? null);
      map.set('followUserId', follow?.userId ?? '');
      map.set('followName', follow?.name ?? '');
    });
  },
  phase(doc: Y.Doc, groupId: string, phase: Phase): void {
    phaseMap(doc).set(groupId, phase);
  },
};
