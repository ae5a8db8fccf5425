import { StemmerDa } from '@nlpjs/lang-da';

const stemmer = new StemmerDa();
/** Shorter terms match too much by substring ("led" in "ledelse", "ledig", "vejleder"). */
const MIN_STEM_CHARS = 4;
/** The trigram index cannot find anything shorter. */
export const MIN_TERM_CHARS = 3;
const MAX_TERMS = 8;

/**
 * The terms to search for, from what someone typed: each word reduced to its Danish stem (Snowball) when the
 * stem is long enough, so "borgerne" also finds "borgeren" and "borgers"; the index matches terms inside
 * words, which also finds compounds ("samtale" in "fællessamtalen"). Words shorter than three letters are
 * dropped (they would match nearly everything).
 */
export function searchTerms(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLocaleLowerCase('da')
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    const stem = stemmer.stemWord(word);
    const term = stem.length >= MIN_STEM_CHARS ? stem : word;
    if (term.length >= MIN_TERM_CHARS && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}
