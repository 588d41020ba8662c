// natural's index pulls in every module (about 0.9 s and dotenv banners); load only what we use.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

/* eslint-disable @typescript-eslint/no-require-imports */
interface Stemmer {
  stem(token: string): string;
}
/** natural's Porter stemmer for German. */
export const porterStemmerDe: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer_de');
/** natural's Porter stemmer for English. */
export const porterStemmerEn: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer');
const distance: { DamerauLevenshteinDistance(a: string, b: string, options?: { restricted?: boolean }): number } =
  require('natural/lib/natural/distance/levenshtein_distance');

/** Optimal-string-alignment distance (transpositions count as one edit), from natural. */
export function editDistance(a: string, b: string): number {
  return distance.DamerauLevenshteinDistance(a, b, { restricted: true });
}
