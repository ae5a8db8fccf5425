/** A piece of text that looks like personal data about a citizen. */
export interface PersonalDataMatch {
  kind: 'cpr';
  /** The matched characters, as written. */
  text: string;
  /** Offset of the first matched character in the searched text. */
  start: number;
  end: number;
}

// DDMMYY then four digits, with a hyphen, en dash, space or nothing between. Day 01–31, or 61–91 for
// replacement numbers (erstatningspersonnumre raise the first day digit by 6). No modulus-11 check: CPR
// numbers issued since 2007 may fail it. Digits just before or after mean a longer number, not a CPR number.
const CPR_PATTERN =
  /(?<!\d)((?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])(?:0[1-9]|1[0-2])\d{2})[-‐‑– \u00a0]?(\d{4})(?!\d)/gu;

/**
 * Finds CPR numbers (Danish personal identity numbers, ddmmyy-xxxx, with or without dash) in `text`.
 * A playbook describes how interviews run, never a citizen: any match must be refused or removed.
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const matches: PersonalDataMatch[] = [];
  for (const match of text.matchAll(CPR_PATTERN)) {
    matches.push({ kind: 'cpr', text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return matches;
}
