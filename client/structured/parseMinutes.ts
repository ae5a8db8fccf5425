/** The largest time box one agenda item may have, in minutes (the playbook file schema's limit). */
export const MAX_ITEM_MINUTES = 240;

/**
 * Reads what someone typed into a minutes field: a whole number from 0 to MAX_ITEM_MINUTES, null for an
 * empty field (time box not decided yet), or undefined when the text is not a valid time box.
 */
export function parseMinutes(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const minutes = Number(trimmed);
  return minutes <= MAX_ITEM_MINUTES ? minutes : undefined;
}
