import type { Language } from '../../language';

/**
 * Everything language-specific the NLU needs, as data plus a stemmer (nlp.js-style language packs):
 * the pipeline itself never branches on the language code.
 */
export interface LanguagePack {
  readonly code: Language;
  /** Reduces a folded (lower-case, umlaut-free) token to its stem. */
  stem(token: string): string;
  /** Rewrites applied to lower-cased text before tokenising (gendered forms, contractions). */
  readonly rewrites: readonly (readonly [RegExp, string])[];
  /** Words that carry no topic: a message of only these plus an occupation is "just the occupation". */
  readonly fillers: ReadonlySet<string>;
  /** Very common words of the language, evidence for language detection beyond the training data. */
  readonly commonWords: readonly string[];
  /** Characters that only this language uses (before folding); strong detection evidence. */
  readonly letters?: RegExp;
}
