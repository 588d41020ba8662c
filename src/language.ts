/**
 * The languages the bot speaks. Adding one means: a language pack in `src/nlu/languages/`, its texts in
 * `knowledge/` and utterances in `intents/` — the schemas list the codes, so validation tells editors what is missing.
 */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP-47 locale set on every reply, per language. */
export const LOCALES: Readonly<Record<Language, string>> = Object.freeze({ de: 'de-DE', en: 'en-US' });

/** Type guard for a supported language code. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a locale such as `de-AT` or `en_GB` to a supported language, if any. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  // Callers pass what a client sent; anything but a string simply is no locale.
  const code = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : undefined;
  return isLanguage(code) ? code : undefined;
}
