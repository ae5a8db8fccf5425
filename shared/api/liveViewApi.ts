import { z } from 'zod';
import { richTextDocSchema, type RichTextDoc } from '../playbook/richTextDocSchema.js';
import { SECTION_IDS } from '../playbook/sectionIds.js';
import { courseIdSchema } from './coursesApi.js';
import { playbookIdSchema } from './playbooksApi.js';

/**
 * The contract of the facilitator's live view and the side-by-side merge (docs/API.md "Live view and merge"):
 * every learning group's working space × section at a glance, streamed as server-sent events, and the
 * copying of a group's text into the course playbook.
 */

/** The organisation vocabulary of presence (the client colours by it): jobcenter, a-kasse or other. */
export const liveOrganisationSchema = z.enum(['jobcenter', 'akasse', 'anden']);
export type LiveOrganisation = z.infer<typeof liveOrganisationSchema>;

/** When a section was last changed by a person, and by which organisation (never who: the group is small). */
export const lastEditSchema = z.strictObject({
  at: z.iso.datetime(),
  organisation: liveOrganisationSchema,
  organisationName: z.string(),
});
export type LastEdit = z.infer<typeof lastEditSchema>;

export const fillStateSchema = z.enum(['empty', 'started', 'filled']);

/** One section of one playbook: the editor's fill rule, the words of its text, the last edit. */
export const liveCellSchema = z.strictObject({
  sectionId: z.enum(SECTION_IDS),
  fill: fillStateSchema,
  words: z.number().int().nonnegative(),
  lastEdit: lastEditSchema.nullable(),
});
export type LiveCell = z.infer<typeof liveCellSchema>;

/** Someone connected to a playbook now (one entry per person, however many tabs). */
export const onlinePersonSchema = z.strictObject({
  name: z.string(),
  organisation: liveOrganisationSchema,
  organisationName: z.string(),
});
export type OnlinePerson = z.infer<typeof onlinePersonSchema>;

/** A group's action cards (aktionskort): open ones, and those of them past their due day. */
export const actionSummarySchema = z.strictObject({
  open: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  /** Titles of the open cards, in the group's order. */
  openTitles: z.array(z.string()),
  overdueTitles: z.array(z.string()),
});
export type ActionSummary = z.infer<typeof actionSummarySchema>;

export const liveGroupSchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  playbookId: playbookIdSchema,
  /** One per section, in catalogue order. */
  sections: z.array(liveCellSchema),
  online: z.array(onlinePersonSchema),
  actions: actionSummarySchema,
});
export type LiveGroup = z.infer<typeof liveGroupSchema>;

export const liveSnapshotSchema = z.strictObject({
  courseId: courseIdSchema,
  title: z.string(),
  /** When the server computed this snapshot. */
  at: z.iso.datetime(),
  /** The day overdue is measured against (`YYYY-MM-DD`, UTC, as the course overview's next workshop). */
  today: z.iso.date(),
  /** The course playbook: where the groups' answers are merged. */
  course: z.strictObject({
    playbookId: playbookIdSchema,
    sections: z.array(liveCellSchema),
    online: z.array(onlinePersonSchema),
  }),
  groups: z.array(liveGroupSchema),
});
export type LiveSnapshot = z.infer<typeof liveSnapshotSchema>;

/** The SSE event that carries a snapshot (`event: snapshot`, `data: <JSON>`). */
export const LIVE_SNAPSHOT_EVENT = 'snapshot';

// ---- side by side and merge ----

/**
 * A section's rich text as tiptap JSON, read from our own documents: only its root is checked here, since
 * the client walks it defensively when rendering (never as HTML).
 */
const richTextJsonSchema = z.custom<RichTextDoc>(
  (value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc',
  'Rich text must be a "doc" node',
);

export const compareGroupSchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  playbookId: playbookIdSchema,
  content: richTextJsonSchema,
  words: z.number().int().nonnegative(),
  lastEdit: lastEditSchema.nullable(),
});
export type CompareGroup = z.infer<typeof compareGroupSchema>;

/** `GET /api/courses/:id/sections/:sectionId`: every group's answer to one section, and the course's text. */
export const sectionComparisonSchema = z.strictObject({
  sectionId: z.enum(SECTION_IDS),
  course: z.strictObject({
    playbookId: playbookIdSchema,
    content: richTextJsonSchema,
    words: z.number().int().nonnegative(),
  }),
  groups: z.array(compareGroupSchema),
});
export type SectionComparison = z.infer<typeof sectionComparisonSchema>;

export const MERGE_MODES = ['append', 'replace'] as const;
export type MergeMode = (typeof MERGE_MODES)[number];
/** More top-level blocks than any section holds: a bound on what a request may list. */
export const MAX_MERGE_BLOCKS = 1000;

export const mergeBodySchema = z.strictObject({
  sectionId: z.enum(SECTION_IDS),
  groupId: z.uuid(),
  /** `append` adds the group's text after the course's; `replace` puts it instead of the course's. */
  mode: z.enum(MERGE_MODES),
  /** Indexes of the group's top-level blocks (paragraphs, headings, lists) to copy; all when left out. */
  blocks: z.array(z.number().int().nonnegative().max(MAX_MERGE_BLOCKS)).min(1).max(MAX_MERGE_BLOCKS).optional(),
});
export type MergeBody = z.infer<typeof mergeBodySchema>;

/** One block a merge put into the course playbook, by its Yjs item id (unique in that document). */
export const insertedBlockSchema = z.strictObject({
  client: z.number().int().nonnegative(),
  clock: z.number().int().nonnegative(),
});
export type InsertedBlock = z.infer<typeof insertedBlockSchema>;

/**
 * `POST /api/courses/:id/merge/restore` (the facilitator's "Fortryd"): takes out exactly the blocks a merge
 * put in (`remove`, as the merge answered them in `inserted`), and, after a `replace`, puts the replaced
 * text (`content`, the merge's `previous`) back at the top. What others wrote in the section meanwhile stays.
 * Without `remove`, `content` replaces the whole section.
 */
export const restoreBodySchema = z
  .strictObject({
    sectionId: z.enum(SECTION_IDS),
    remove: z.array(insertedBlockSchema).max(MAX_MERGE_BLOCKS).optional(),
    content: richTextDocSchema.optional(),
  })
  .refine((body) => body.remove !== undefined || body.content !== undefined, 'Send remove, content or both');
export type RestoreBody = z.infer<typeof restoreBodySchema>;

/** The answer of a merge or restore: the course section now, and what it held before (for undo). */
export const mergeResultSchema = z.strictObject({
  sectionId: z.enum(SECTION_IDS),
  content: richTextJsonSchema,
  previous: richTextJsonSchema,
  words: z.number().int().nonnegative(),
  /** The blocks this merge put in (empty for a restore). */
  inserted: z.array(insertedBlockSchema),
  /** True when the merge took the section's text out (`replace`): an undo puts `previous` back. */
  replaced: z.boolean(),
});
export type MergeResult = z.infer<typeof mergeResultSchema>;
