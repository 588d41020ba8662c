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
