/**
 * The kind of organisation a person works for. It colours their caret and avatar, so the group sees at a
 * glance whether the job centre or the a-kasse wrote something (equal partners, visible by organisation).
 */
export const ORGANISATIONS = ['jobcenter', 'akasse', 'anden'] as const;

export type Organisation = (typeof ORGANISATIONS)[number];

/**
 * One hue family per organisation, `#rrggbb` (the caret extension renders other forms transparent). Every
 * colour is dark enough for white label text at WCAG AA (at least 4.5:1). Job centre: blues; a-kasse:
 * ambers and oranges; other parties (facilitators, consultants): violets.
 */
export const ORGANISATION_COLOURS: Record<Organisation, readonly string[]> = {
  jobcenter: ['#1d4ed8', '#1e40af', '#0369a1', '#1e3a8a', '#0c4a6e'],
  akasse: ['#b45309', '#c2410c', '#9a3412', '#92400e', '#a3410f'],
  anden: ['#6d28d9', '#7e22ce', '#86198f', '#5b21b6', '#6b21a8'],
};

/** True when `value` is one of the organisation codes. */
export function isOrganisation(value: unknown): value is Organisation {
  return typeof value === 'string' && (ORGANISATIONS as readonly string[]).includes(value);
}

/** A colour of `organisation`'s family, picked by `seed` (the name) so the same person keeps their shade. */
export function colourFor(organisation: Organisation, seed: string): string {
  const family = ORGANISATION_COLOURS[organisation];
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return family[hash % family.length]!;
}
