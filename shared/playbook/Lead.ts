/**
 * Who leads an agenda item or owns a task: the job centre (the municipality), the a-kasse, the citizen, or
 * both professionals together. ASCII codes; the Danish words are in `LEAD_LABELS_DA`.
 */
export const LEADS = ['jobcenter', 'akasse', 'borger', 'faelles'] as const;

export type Lead = (typeof LEADS)[number];

/** Danish labels for the Danish Markdown export; the client uses its translation files. */
export const LEAD_LABELS_DA: Record<Lead, string> = {
  jobcenter: 'Jobcenter',
  akasse: 'A-kasse',
  borger: 'Borger',
  faelles: 'Fælles',
};
