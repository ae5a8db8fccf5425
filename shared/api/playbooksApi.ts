import { z } from 'zod';
import { findPersonalData } from '../playbook/findPersonalData.js';
import { PLAYBOOK_ROLES } from '../access/playbookRole.js';
import { PLAYBOOK_STATUSES } from '../playbook/PlaybookStatus.js';
import { isValidRoomName } from '../protocol/roomName.js';

/**
 * The contract of the playbook HTTP API, used by the server to validate requests and by the client to
 * parse responses (never cast). Documented for people in docs/API.md.
 */

const TITLE_MAX_CHARS = 200;

export const playbookIdSchema = z.string().refine(isValidRoomName, 'Not a valid playbook id');

/**
 * A playbook title as the API accepts it: trimmed, 1–200 characters, and without a CPR number (a playbook
 * never holds personal data; such an issue carries `params.reason = 'personal_data'`, as in the file schema).
 */
export const playbookTitleSchema = z
  .string()
  .trim()
  .min(1)
  .max(TITLE_MAX_CHARS)
  .refine((title) => findPersonalData(title).length === 0, {
    message: 'Looks like a CPR number: a playbook must never hold personal data',
    params: { reason: 'personal_data' },
  });

/** A playbook as the catalogue lists it, whoever asks (the server's catalogue rows). */
export const playbookCatalogEntrySchema = z.strictObject({
  id: playbookIdSchema,
  title: z.string(),
  status: z.enum(PLAYBOOK_STATUSES),
  area: z.string(),
  /** The template or example it was created from, or null for a blank playbook. */
  templateId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable(),
});
export type PlaybookCatalogEntry = z.infer<typeof playbookCatalogEntrySchema>;

/** One playbook as the API shows it to the caller: the catalogue entry and the caller's role in it. */
export const playbookSummarySchema = playbookCatalogEntrySchema.extend({ role: z.enum(PLAYBOOK_ROLES) });
export type PlaybookSummary = z.infer<typeof playbookSummarySchema>;

export const playbookListResponseSchema = z.strictObject({ playbooks: z.array(playbookSummarySchema) });

/** `GET /api/playbooks?q=<title search>&archived=include|only|exclude` */
export const playbookListQuerySchema = z.strictObject({
  q: z.string().max(TITLE_MAX_CHARS).optional(),
  archived: z.enum(['include', 'only', 'exclude']).default('exclude'),
});

/** A template or example from playbooks/, offered when creating a playbook. */
export const templateSummarySchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['template', 'example']),
  /** The template's own (Danish) title and description. */
  title: z.string(),
  description: z.string(),
  /** English title and description for the English interface, where someone wrote them. */
  english: z.strictObject({ title: z.string(), description: z.string() }).nullable(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export const templateListResponseSchema = z.strictObject({ templates: z.array(templateSummarySchema) });

/** `POST /api/playbooks`: a new playbook from a template (or blank when `templateId` is null). */
export const createPlaybookBodySchema = z.strictObject({
  title: playbookTitleSchema,
  templateId: z.string().max(100).nullable().default(null),
});

/** `PATCH /api/playbooks/:id`: rename. */
export const renamePlaybookBodySchema = z.strictObject({
  title: playbookTitleSchema,
});

/** Every error response. `issues` lists validation problems ("path: message") for 400s. */
export const apiErrorSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.string()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
