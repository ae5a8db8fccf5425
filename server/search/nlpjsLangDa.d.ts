// reason: @nlpjs/lang-da ships no type declarations; this is the one class we use from it.
declare module '@nlpjs/lang-da' {
  /** The Snowball stemmer for Danish. */
  export class StemmerDa {
    stemWord(word: string): string;
  }
}
