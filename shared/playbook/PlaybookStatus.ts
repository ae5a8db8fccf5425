/** Life-cycle status of a playbook, as codes; ASCII so they are safe in URLs, filters and file names. */
export const PLAYBOOK_STATUSES = ['kladde', 'til-hoering', 'godkendt', 'foraeldet'] as const;

export type PlaybookStatus = (typeof PLAYBOOK_STATUSES)[number];

/** Danish labels from the glossary, for the Danish Markdown export; the client uses its translation files. */
export const PLAYBOOK_STATUS_LABELS_DA: Record<PlaybookStatus, string> = {
  kladde: 'Kladde',
  'til-hoering': 'Til høring',
  godkendt: 'Godkendt',
  foraeldet: 'Forældet',
};
