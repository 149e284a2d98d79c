// Types for the snowball-stemmers package (JavaScript port of the Snowball stemmers, ISC licence).
declare module "snowball-stemmers" {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
