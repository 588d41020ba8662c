import type { LanguagePack } from './languages';

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower-cases, applies the language packs' rewrites (gendered forms, contractions), folds umlauts and ß
 * (ä=ae, ß=ss) and strips accents. Shared by training and recognition, so both see the same words.
 * All packs' rewrites run: a message's language is a guess, and the rewrites do not collide.
 */
export function foldText(text: string, packs: readonly LanguagePack[]): string {
  // Lower-case first: natural's German tokenizer pitfall drops upper-case umlauts otherwise.
  // Most messages are plain ASCII: no composing, folding or accents to strip.
  const ascii = ASCII.test(text);
  let s = ascii ? text.toLowerCase() : text.normalize('NFC').toLowerCase();
  for (const pack of packs) for (const { pattern, replacement, only } of pack.rewrites) if (only.test(s)) s = s.replace(pattern, replacement);
  return ascii ? s : foldLetters(s);
}

/**
 * One word as {@link foldText} folds it, without the rewrites (they join or split words: "what's", "Entwickler:in"):
 * "Größe" -> "groesse", "café" -> "cafe", "aren't" -> "arent". For word lists; messages go through foldText.
 */
export function foldWord(word: string): string {
  const s = word.toLowerCase().replace(/['’]/g, '');
  return ASCII.test(s) ? s : foldLetters(s.normalize('NFC'));
}

// Umlauts and ß to two letters, other accents stripped.
function foldLetters(lowerCase: string): string {
  return lowerCase.replace(/[äöüß]/g, (c) => FOLD[c]).normalize('NFD').replace(/\p{M}+/gu, '');
}

// Longer "words" are pasted hashes or keyboard runs; they carry no meaning and would drown the rest.
const MAX_TOKEN_LENGTH = 40;

/** Splits folded text into word tokens (letters and digits); everything else separates. */
export function tokenize(folded: string): string[] {
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length <= MAX_TOKEN_LENGTH);
}
