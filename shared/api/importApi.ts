import { z } from 'zod';
import { playbookSummarySchema, playbookTitleSchema } from './playbooksApi.js';

/** The largest Markdown document `POST /api/playbooks/import` takes, in characters (512 KiB). */
export const IMPORT_MARKDOWN_MAX_CHARS = 512 * 1024;

/** `POST /api/playbooks/import`: a new playbook from Markdown; the title defaults to the document's "# " heading. */
export const importMarkdownBodySchema = z.strictObject({
  title: playbookTitleSchema.optional(),
  markdown: z.string().min(1).max(IMPORT_MARKDOWN_MAX_CHARS),
});
export type ImportMarkdownBody = z.infer<typeof importMarkdownBodySchema>;

/** The answer: the new playbook, how many CPR numbers were removed, and headings that named no section. */
export const importMarkdownResponseSchema = z.strictObject({
  playbook: playbookSummarySchema,
  removedPersonalData: z.int().min(0),
  unknownHeadings: z.array(z.string()),
});
export type ImportMarkdownResponse = z.infer<typeof importMarkdownResponseSchema>;
