/** A phrase to look for, folded and tokenised like user text; its last word may stand for any word it begins. */
export interface Phrase {
  /** What the phrase stands for (an aspect id). */
  id: string;
  tokens: readonly string[];
  /** The last token is a beginning ("teilzeit" for "Teilzeitstelle"). */
  openEnd: boolean;
}

/**
 * Finds fixed phrases in tokenised text: exact words, except that a phrase's last word may be the beginning of
 * a longer one (German compounds). No typo tolerance: the phrases are everyday words that the speller's
 * vocabulary may not hold, and a near miss of one is as likely another word.
 */
export class PhraseFinder {
  /** Phrases by their first token, when that must match exactly. */
  private readonly byFirst = new Map<string, Phrase[]>();
  /**
   * Phrases of one open word ("teilzeit*"), by their first three letters: a token is compared only with the
   * beginnings it shares them with (comparing every token with every beginning cost a tenth of recognition).
   */
  private readonly open = new Map<number, Phrase[]>();
  /** Open words shorter than the key: compared with every token. */
  private readonly shortOpen: Phrase[] = [];

  constructor(phrases: readonly Phrase[]) {
    for (const p of phrases) {
      if (p.tokens.length === 0) continue;
      if (p.openEnd && p.tokens.length === 1) {
        if (p.tokens[0].length < KEY_LETTERS) this.shortOpen.push(p);
        else {
          const key = keyOf(p.tokens[0]);
          const list = this.open.get(key);
          if (list) list.push(p);
          else this.open.set(key, [p]);
        }
      } else {
        const list = this.byFirst.get(p.tokens[0]);
        if (list) list.push(p);
        else this.byFirst.set(p.tokens[0], [p]);
      }
    }
  }

  /** The phrases found in `tokens`, in text order: what each stands for and which tokens [start, end) it covers. */
  find(tokens: readonly string[]): { id: string; start: number; end: number }[] {
    const found: { id: string; start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const open = token.length >= KEY_LETTERS ? this.open.get(keyOf(token)) : undefined;
      for (const p of open ?? []) if (token.startsWith(p.tokens[0])) found.push({ id: p.id, start: i, end: i + 1 });
      for (const p of this.shortOpen) if (token.startsWith(p.tokens[0])) found.push({ id: p.id, start: i, end: i + 1 });
      for (const p of this.byFirst.get(token) ?? []) if (matchesAt(p, tokens, i)) found.push({ id: p.id, start: i, end: i + p.tokens.length });
    }
    return found;
  }
}

const KEY_LETTERS = 3;

/** The first three letters of a token as a number (no string built per token). */
function keyOf(token: string): number {
  return (token.charCodeAt(0) * 65536 + token.charCodeAt(1)) * 65536 + token.charCodeAt(2);
}

function matchesAt(p: Phrase, tokens: readonly string[], start: number): boolean {
  if (start + p.tokens.length > tokens.length) return false;
  const last = p.tokens.length - 1;
  for (let k = 1; k <= last; k++) {
    const token = tokens[start + k];
    if (k === last && p.openEnd ? !token.startsWith(p.tokens[k]) : token !== p.tokens[k]) return false;
  }
  return true;
}
