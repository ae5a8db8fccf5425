import { z } from 'zod';

/** `POST /api/playbooks/:id/versions`: approve the playbook as it is now. */
export const approveBodySchema = z.strictObject({
  /** The version's name, e.g. "1.0"; default: the next whole number. */
  label: z.string().trim().min(1).max(20).optional(),
  /** Who approved it, as the cover page says ("Styregruppen for fællessamtaler"); default: the approver. */
  approvedBy: z.string().trim().min(1).max(200).optional(),
});

/** An approved version of a playbook: a frozen copy readers see until the next approval. */
export const approvedVersionSchema = z.strictObject({
  number: z.number().int().positive(),
  label: z.string(),
  approvedBy: z.string(),
  approvedAt: z.iso.datetime(),
});
export type ApprovedVersion = z.infer<typeof approvedVersionSchema>;

export const approvedVersionListSchema = z.strictObject({ versions: z.array(approvedVersionSchema) });
