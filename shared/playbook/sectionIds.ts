/**
 * Ids of the playbook sections, in reading order (0–12 in the domain brief). They are part of the stored
 * layout (fragment names `section:<id>`), so never rename one without raising SCHEMA_VERSION.
 */
export const SECTION_IDS = [
  'cover',
  'purpose',
  'target-group',
  'interview-types',
  'before',
  'agenda',
  'roles',
  'rights',
  'after',
  'special-situations',
  'practicalities',
  'goals',
  'learning-log',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** True when `value` names a section of the catalogue. */
export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}
