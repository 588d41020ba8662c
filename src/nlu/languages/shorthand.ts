import type { Rewrite } from './types';

/**
 * A rewrite that spells out chat shorthand ("thnx", "abt", "vllt"), given as lower-case word → words. Whole words
 * only: "abt" in "Abteilung" stays. For shorthand that is a word of its own in the other language ("u", "wat"),
 * use a rewrite that looks at its neighbours instead: all packs' rewrites run on every message.
 */
export function shorthandRewrite(words: Readonly<Record<string, string>>): Rewrite {
  const forms = Object.keys(words).sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'gu'),
    replacement: (word) => words[word],
    only: new RegExp(forms),
  };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
