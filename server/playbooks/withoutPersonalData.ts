import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { removePersonalData } from '../../shared/playbook/removePersonalData.js';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';

// Identifiers and codes, not text people write: never touched (a ten-digit item id is not a CPR number).
const NOT_TEXT = new Set(['id', 'partnerId', 'sectionId', 'type', 'schemaVersion']);

/**
 * The playbook with every CPR number removed from its text (titles, rich text, list fields) and how many
 * were removed. Live edits never pass the file schema, so exports and imports clean what they hand on.
 */
export function withoutPersonalData(file: PlaybookFile): { file: PlaybookFile; removed: number } {
  let removed = 0;
  const clean = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (NOT_TEXT.has(key)) return value;
      const found = findPersonalData(value).length;
      if (found === 0) return value;
      removed += found;
      return removePersonalData(value);
    }
    if (Array.isArray(value)) return value.map((item) => clean(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, clean(inner, name)]));
    }
    return value;
  };
  // reason: `clean` keeps the shape and only replaces strings with strings.
  return { file: clean(file, '') as PlaybookFile, removed };
}
