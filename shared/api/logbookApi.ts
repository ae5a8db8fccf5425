import { z } from 'zod';
import { SECTION_IDS } from '../playbook/sectionIds.js';
import { PARTNER_KINDS } from '../playbook/PartnerKind.js';

/**
 * The contract of the logbook API (docs/API.md "Logbook and action cards"): each participant's personal
 * logbook (logbog) in a course. An entry is private to its author until they share it with their learning
 * group; a shared entry can be used as draft text in a section of the group's working space. Private
 * entries never leave the server for anyone but their author.
 */

/** At most this many characters in one entry. */
export const LOGBOOK_TEXT_MAX_CHARS = 4000;
/** At most this many entries per person and course (a logbook, not a document store). */
export const MAX_LOGBOOK_ENTRIES = 2000;

export const logbookEntryIdSchema = z.uuid();

/** An action card's id in the working space (the format of `actionCardSchema.id`). */
const actionCardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * The text of an entry: trimmed, 1–4000 characters. A CPR number is not a validation issue but its own
 * answer, 400 `personal_data` (checked by the server after this schema), so the client can explain it.
 */
export const logbookTextSchema = z.string().trim().min(1).max(LOGBOOK_TEXT_MAX_CHARS);

/** `POST /api/courses/:id/logbook`: a new entry, always private. */
export const createLogbookEntryBodySchema = z.strictObject({
  text: logbookTextSchema,
  /** The action card (in the author's group's working space) the observation is about, or null. */
  actionCardId: actionCardIdSchema.nullable().default(null),
});
export type CreateLogbookEntryBody = z.input<typeof createLogbookEntryBodySchema>;

/** `PATCH /api/courses/:id/logbook/:entryId`: the author changes the text or the linked card. */
export const updateLogbookEntryBodySchema = z
  .strictObject({ text: logbookTextSchema, actionCardId: actionCardIdSchema.nullable() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');
export type UpdateLogbookEntryBody = z.input<typeof updateLogbookEntryBodySchema>;

/** `PUT /api/courses/:id/logbook/:entryId/shared`: share with the group, or make private again. */
export const setLogbookSharedBodySchema = z.strictObject({ shared: z.boolean() });

/** `POST /api/courses/:id/logbook/:entryId/use`: the section of the group's working space to write into. */
export const useLogbookEntryBodySchema = z.strictObject({ sectionId: z.enum(SECTION_IDS) });

const organisationSchema = z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS) });

/** Where a shared entry was used as draft text. */
export const logbookUseSchema = z.strictObject({
  playbookId: z.string(),
  sectionId: z.enum(SECTION_IDS),
  at: z.iso.datetime(),
});
export type LogbookUse = z.infer<typeof logbookUseSchema>;

export const logbookEntrySchema = z.strictObject({
  id: logbookEntryIdSchema,
  courseId: z.uuid(),
  /** The group the author was in when writing it (a shared entry is shown to this group), or null. */
  groupId: z.uuid().nullable(),
  actionCardId: z.string().nullable(),
  text: z.string(),
  author: z.strictObject({
    userId: z.string(),
    displayName: z.string(),
    /** Null when the author's organisation no longer exists. */
    organisation: organisationSchema.nullable(),
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When it was shared with the group; null while it is private. */
  sharedAt: z.iso.datetime().nullable(),
  usedIn: z.array(logbookUseSchema),
});
export type LogbookEntry = z.infer<typeof logbookEntrySchema>;

/** `GET /api/courses/:id/logbook` (the caller's own entries) and the group's shared entries; newest first. */
export const logbookListSchema = z.strictObject({ entries: z.array(logbookEntrySchema) });

/** The anchor of an entry on the group room page (`/forloeb/<course>/gruppe/<group>#logbog-<entry>`). */
export function logbookEntryAnchor(entryId: string): string {
  return `logbog-${entryId}`;
}

/** The group room page of a course's learning group. */
export function groupRoomPath(courseId: string, groupId: string): string {
  return `/forloeb/${courseId}/gruppe/${groupId}`;
}
