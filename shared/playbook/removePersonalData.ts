import { findPersonalData } from './findPersonalData.js';

/** `text` without the CPR numbers in it (see findPersonalData), for fields that write as you type. */
export function removePersonalData(text: string): string {
  let clean = text;
  for (const match of findPersonalData(text).reverse()) clean = clean.slice(0, match.start) + clean.slice(match.end);
  return clean;
}
