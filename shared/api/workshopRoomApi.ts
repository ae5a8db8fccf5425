import { z } from 'zod';
import { PLAYBOOK_ROLES } from '../access/playbookRole.js';
import {
  courseRoomStateSchema,
  messageTextSchema,
  PHASES,
  PROMPTS_OVERRIDES,
  timerLabelSchema,
} from '../course/courseRoom.js';
import { EXTEND_MAX_MINUTES, TIMER_MAX_MINUTES } from '../course/workshopTimer.js';
import { SECTION_IDS } from '../playbook/sectionIds.js';

/**
 * The contract of the workshop room API (docs/API.md "Workshop room"): facilitators change the course's
 * live room over HTTP; everyone in the course follows it read-only over the websocket. Every answer carries
 * `serverNow` (epoch ms) so a client can estimate how far its clock is from the server's.
 */

const minutes = (max: number) => z.number().int().min(1).max(max);

export const timerBodySchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('start'),
    minutes: minutes(TIMER_MAX_MINUTES),
    label: timerLabelSchema.optional(),
  }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('extend'), minutes: minutes(EXTEND_MAX_MINUTES) }),
  z.strictObject({ action: z.literal('reset') }),
]);
export type TimerBody = z.infer<typeof timerBodySchema>;

export const promptsBodySchema = z.strictObject({ prompts: z.enum(PROMPTS_OVERRIDES).nullable() });
export type PromptsBody = z.infer<typeof promptsBodySchema>;

/** An empty or blank text clears the message, like null. */
export const messageBodySchema = z.strictObject({
  text: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    messageTextSchema.nullable(),
  ),
});
export type MessageBody = z.input<typeof messageBodySchema>;

export const followBodySchema = z.strictObject({ sectionId: z.enum(SECTION_IDS).nullable() });
export type FollowBody = z.infer<typeof followBodySchema>;

export const phaseBodySchema = z.strictObject({ phase: z.enum(PHASES) });
export type PhaseBody = z.infer<typeof phaseBodySchema>;

/** Every workshop room route answers the room as it is now, and the server's clock. */
export const workshopRoomAnswerSchema = z.strictObject({
  state: courseRoomStateSchema,
  serverNow: z.number().int().nonnegative(),
});
export type WorkshopRoomAnswer = z.infer<typeof workshopRoomAnswerSchema>;

/** The course a playbook belongs to, for the caller. */
export const playbookCourseSchema = z.strictObject({
  courseId: z.uuid(),
  /** The group whose working space the playbook is; null for the course's target playbook. */
  groupId: z.uuid().nullable(),
  /** The caller's role in the course (their role in its target playbook). */
  role: z.enum(PLAYBOOK_ROLES),
  /** The caller's own group in the course, or null. */
  ownGroupId: z.uuid().nullable(),
});
export type PlaybookCourse = z.infer<typeof playbookCourseSchema>;

/**
 * `GET /api/playbooks/:id/course` for a member of the playbook: its course, or null when it belongs to no
 * course the caller is in. (A 404 is kept for outsiders and unknown ids: every playbook page asks, and a
 * playbook outside any course is the common case, not an error.)
 */
export const playbookCourseAnswerSchema = z.strictObject({ course: playbookCourseSchema.nullable() });
export type PlaybookCourseAnswer = z.infer<typeof playbookCourseAnswerSchema>;
