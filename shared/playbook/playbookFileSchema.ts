import { z } from 'zod';
import { checkPlaybookFile } from './checkPlaybookFile.js';
import { LEADS } from './Lead.js';
import { PARTNER_KINDS } from './PartnerKind.js';
import { PLAYBOOK_STATUSES } from './PlaybookStatus.js';
import { richTextDocSchema } from './richTextDocSchema.js';
import { ROLE_LEVELS } from './RoleLevel.js';
import { SCHEMA_VERSION } from './schemaVersion.js';
import { SECTION_IDS } from './sectionIds.js';

// Limits keep one playbook small enough to sync quickly; they are generous for what people actually write.
const SHORT_TEXT_MAX_CHARS = 200;
const LONG_TEXT_MAX_CHARS = 2000;
const LIST_MAX_ITEMS = 200;

// Ids are short and URL-safe: the client uses them as React keys and in DOM ids.
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1–64 letters, digits, "-" or "_"');
const shortText = z.string().max(SHORT_TEXT_MAX_CHARS);
const longText = z.string().max(LONG_TEXT_MAX_CHARS);
const isoDate = z.iso.date();
const lead = z.enum(LEADS);
const roleLevel = z.enum(ROLE_LEVELS).nullable();

/** A partner organisation: the municipality/job centre, an a-kasse, or another party (e.g. a facilitator). */
export const partnerSchema = z.strictObject({
  id: itemId,
  kind: z.enum(PARTNER_KINDS),
  name: shortText,
  /** Local branch or department, e.g. "afdeling Nordby"; empty when there is none. */
  branch: shortText,
});

/** The rule regime (regelgrundlag) every rule-dependent sentence of the playbook rests on. */
export const ruleBasisSchema = z.strictObject({
  name: shortText,
  /** Law or source, e.g. "lov nr. 1750 af 29/12/2025". */
  reference: shortText,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});

export const metaSchema = z.strictObject({
  title: z.string().min(1).max(SHORT_TEXT_MAX_CHARS),
  status: z.enum(PLAYBOOK_STATUSES),
  /** Version label chosen by the group, e.g. "1.0". */
  version: z.string().max(20),
  /** Geographic area, e.g. the municipality. */
  area: shortText,
  /** Regional employment council area, optional (free text: the councils were reorganised in 2025). */
  region: shortText,
  /** Who facilitates the work, e.g. "COK og AK-Samvirke" or "egen proceskonsulent". */
  organiser: shortText,
  approvedBy: shortText,
  approvedOn: isoDate.nullable(),
  nextReviewOn: isoDate.nullable(),
  ruleBasis: ruleBasisSchema,
  partners: z.array(partnerSchema).max(LIST_MAX_ITEMS),
});

export const sectionSchema = z.strictObject({
  id: z.enum(SECTION_IDS),
  promptsVisible: z.boolean(),
  content: richTextDocSchema,
});

export const agendaItemSchema = z.strictObject({
  id: itemId,
  title: shortText,
  purpose: longText,
  lead,
  /** Time box in minutes; null while the group has not decided (no public source gives standard timings). */
  minutes: z.int().min(0).max(240).nullable(),
  mustCover: z.boolean(),
  keyQuestions: z.array(z.string().max(500)).max(20),
});

export const roleRowSchema = z.strictObject({
  id: itemId,
  task: shortText,
  jobcenter: roleLevel,
  akasse: roleLevel,
  borger: roleLevel,
});

export const checklistItemSchema = z.strictObject({
  id: itemId,
  /** The section whose checklist this item belongs to; must be one with a checklist (see sections.ts). */
  sectionId: z.enum(SECTION_IDS),
  /** Heading the item is grouped under, e.g. "Jobcentret forbereder"; empty for an ungrouped item. */
  group: shortText,
  text: longText,
  who: lead.nullable(),
});

export const ifThenCardSchema = z.strictObject({
  id: itemId,
  /** "Hvis …": the situation. */
  trigger: longText,
  /** "… så": what we do. */
  response: longText,
  who: lead.nullable(),
  /** The rule or source the response rests on, if any. */
  ruleNote: shortText,
});

export const contactSchema = z.strictObject({
  id: itemId,
  partnerId: itemId.nullable(),
  /** A function, not a person where possible: "Visitationen", "Team fællessamtaler". */
  role: shortText,
  phone: shortText,
  email: shortText,
  note: longText,
});

/**
 * The JSON form of a playbook: templates and examples in `playbooks/`, and what the API reads and writes.
 * Lists are in display order. Every section of the catalogue appears exactly once; no text may contain a
 * CPR number (see `checkPlaybookFile`).
 */
export const playbookFileSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    meta: metaSchema,
    sections: z.array(sectionSchema),
    agenda: z.array(agendaItemSchema).max(LIST_MAX_ITEMS),
    roles: z.array(roleRowSchema).max(LIST_MAX_ITEMS),
    checklistItems: z.array(checklistItemSchema).max(LIST_MAX_ITEMS),
    ifThenCards: z.array(ifThenCardSchema).max(LIST_MAX_ITEMS),
    contacts: z.array(contactSchema).max(LIST_MAX_ITEMS),
  })
  .superRefine(checkPlaybookFile);

export type PlaybookFile = z.infer<typeof playbookFileSchema>;
export type PlaybookMeta = z.infer<typeof metaSchema>;
export type RuleBasis = z.infer<typeof ruleBasisSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type PlaybookSection = z.infer<typeof sectionSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type RoleRow = z.infer<typeof roleRowSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type IfThenCard = z.infer<typeof ifThenCardSchema>;
export type Contact = z.infer<typeof contactSchema>;
