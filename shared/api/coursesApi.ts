import { z } from 'zod';
import { PLAYBOOK_ROLES } from '../access/playbookRole.js';
import { PARTNER_KINDS } from '../playbook/PartnerKind.js';
import { findPersonalData } from '../playbook/findPersonalData.js';
import { playbookIdSchema } from './playbooksApi.js';

/**
 * The contract of the course API (docs/API.md "Courses and groups"): a course (forløb) of dated workshops,
 * its target playbook, and mixed learning groups, each with a working space of its own (a playbook).
 */

export const courseIdSchema = z.uuid();

/** What a one-organisation group gets: a visible flag, or a refused change (409 `group_not_mixed`). */
export const MIXED_GROUP_RULES = ['flag', 'refuse'] as const;
export type MixedGroupRule = (typeof MIXED_GROUP_RULES)[number];

const noPersonalData = (text: string) => findPersonalData(text).length === 0;
const PERSONAL_DATA = {
  message: 'Looks like a CPR number: a course must never hold personal data',
  params: { reason: 'personal_data' },
};
const text = (min: number, max: number) => z.string().trim().min(min).max(max).refine(noPersonalData, PERSONAL_DATA);

export const courseTitleSchema = text(1, 200);
const goalSchema = text(0, 2000);
/** A calendar day, `YYYY-MM-DD` (workshops have a day, not a time). */
export const workshopDateSchema = z.iso.date();

export const workshopBodySchema = z.strictObject({
  title: text(1, 200),
  date: workshopDateSchema,
  place: text(0, 200).optional(),
  notes: text(0, 2000).optional(),
});
export type WorkshopBody = z.infer<typeof workshopBodySchema>;

export const updateWorkshopBodySchema = workshopBodySchema
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');

export const MAX_WORKSHOPS = 20;
export const MAX_PARTNERS = 20;

export const createCourseBodySchema = z.strictObject({
  title: courseTitleSchema,
  goal: goalSchema.default(''),
  partnerOrganisationIds: z.array(z.uuid()).max(MAX_PARTNERS).default([]),
  mixedGroups: z.enum(MIXED_GROUP_RULES).default('flag'),
  /** The template (or example) the course's target playbook starts from; null for a blank one. */
  templateId: z.string().max(100).nullable().default('standard'),
  workshops: z.array(workshopBodySchema).max(MAX_WORKSHOPS).default([]),
});
export type CreateCourseBody = z.input<typeof createCourseBodySchema>;

export const updateCourseBodySchema = z
  .strictObject({
    title: courseTitleSchema,
    goal: goalSchema,
    partnerOrganisationIds: z.array(z.uuid()).max(MAX_PARTNERS),
    mixedGroups: z.enum(MIXED_GROUP_RULES),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');

export const groupNameSchema = text(1, 100);
export const createGroupBodySchema = z.strictObject({ name: groupNameSchema });
export const updateGroupBodySchema = z.strictObject({ name: groupNameSchema });
export const MAX_GROUP_MEMBERS = 50;
export const setGroupMembersBodySchema = z.strictObject({
  userIds: z.array(z.uuid()).max(MAX_GROUP_MEMBERS),
});

const organisationSchema = z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS) });

export const courseSchema = z.strictObject({
  id: courseIdSchema,
  title: z.string(),
  goal: z.string(),
  partnerOrganisations: z.array(organisationSchema),
  mixedGroups: z.enum(MIXED_GROUP_RULES),
  /** The course playbook: its members are the participants, its facilitators the course's facilitators. */
  playbookId: playbookIdSchema,
  createdAt: z.iso.datetime(),
  /** The caller's role in the course (their role in the target playbook). */
  role: z.enum(PLAYBOOK_ROLES),
});
export type Course = z.infer<typeof courseSchema>;

export const courseListSchema = z.strictObject({ courses: z.array(courseSchema) });

export const workshopSchema = z.strictObject({
  id: z.uuid(),
  title: z.string(),
  date: workshopDateSchema,
  place: z.string(),
  notes: z.string(),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const coursePersonSchema = z.strictObject({
  userId: z.string(),
  displayName: z.string(),
  organisation: organisationSchema,
});
export type CoursePerson = z.infer<typeof coursePersonSchema>;

export const participantSchema = coursePersonSchema.extend({
  role: z.enum(PLAYBOOK_ROLES),
  /** The group the person is in, or null. A person is in at most one group of a course. */
  groupId: z.uuid().nullable(),
});
export type Participant = z.infer<typeof participantSchema>;

export const groupSchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  /** The group's working space: a playbook its members edit live. */
  playbookId: playbookIdSchema,
  members: z.array(coursePersonSchema),
  /** True when the members include both a kommune (jobcenter) and an a-kasse (by organisation kind). */
  mixed: z.boolean(),
  /** Sections of the working space with any text, of `totalSections`. */
  filledSections: z.number().int().nonnegative(),
  totalSections: z.number().int().nonnegative(),
});
export type Group = z.infer<typeof groupSchema>;

export const courseOverviewSchema = z.strictObject({
  course: courseSchema,
  /** Ordered by date. */
  workshops: z.array(workshopSchema),
  /** The first workshop on or after today (UTC), or null. */
  nextWorkshop: workshopSchema.nullable(),
  groups: z.array(groupSchema),
  participants: z.array(participantSchema),
});
export type CourseOverview = z.infer<typeof courseOverviewSchema>;

/** Organisation kinds a group needs for `mixed` (the joint interview: jobcenter and a-kasse together). */
export const MIXED_GROUP_KINDS = ['kommune', 'akasse'] as const;

/** Whether people of these organisation kinds form a mixed group (shared by server and client). */
export function isMixedGroup(kinds: readonly string[]): boolean {
  return MIXED_GROUP_KINDS.every((kind) => kinds.includes(kind));
}
