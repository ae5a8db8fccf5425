/**
 * Kind of partner organisation. Organisations name themselves freely ("Jobcenter X", "X Kommune, Job og
 * Ydelse"): from the 2025 reform the law says "kommunen", so the kind carries the meaning, not the name.
 */
export const PARTNER_KINDS = ['kommune', 'akasse', 'andet'] as const;

export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Danish labels for the Danish Markdown export; the client uses its translation files. */
export const PARTNER_KIND_LABELS_DA: Record<PartnerKind, string> = {
  kommune: 'Kommune/jobcenter',
  akasse: 'A-kasse',
  andet: 'Anden part',
};
