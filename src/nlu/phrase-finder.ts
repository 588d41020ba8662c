/** A phrase to look for, folded and tokenised like user text; its last word may stand for any word it begins. */
export interface Phrase {
  /** What the phrase stands for (an aspect id). */
  id: string;
  /** Its words, folded like user text. */
  tokens: readonly string[];
  /** The last token is a beginning ("teilzeit" for "Teilzeitstelle"). */
  openEnd: boolean;
  /** A phrase that contains one of the id's but means something else ("remote access"): what it covers does not count. */
  exception?: boolean;
}

/** A phrase token that stands for any number (never a phrase's first token); tokenising never yields it. */
export const ANY_NUMBER = '#';

/** A phrase found in a message: what it stands for and which tokens [start, end) it covers. */
export interface PhraseMatch {
  id: string;
  start: number;
  end: number;
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
      if (p.openEnd && p.tokens.length === 1 && p.tokens[0].length >= KEY_LETTERS) add(this.open, keyOf(p.tokens[0]), p);
      else if (p.openEnd && p.tokens.length === 1) this.shortOpen.push(p);
      else add(this.byFirst, p.tokens[0], p);
    }
  }

  /** The phrases found in `tokens`, in text order, leaving out those inside an exception of the same id. */
  find(tokens: readonly string[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let exceptions: PhraseMatch[] | undefined;
    const hit = (p: Phrase, start: number): void => {
      const m = { id: p.id, start, end: start + p.tokens.length };
      if (p.exception) (exceptions ??= []).push(m);
      else found.push(m);
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const open = token.length >= KEY_LETTERS ? this.open.get(keyOf(token)) : undefined;
      for (const p of open ?? []) if (token.startsWith(p.tokens[0])) hit(p, i);
      for (const p of this.shortOpen) if (token.startsWith(p.tokens[0])) hit(p, i);
      for (const p of this.byFirst.get(token) ?? []) if (matchesAt(p, tokens, i)) hit(p, i);
    }
    if (!exceptions) return found;
    return found.filter((m) => !exceptions!.some((e) => e.id === m.id && e.start <= m.start && m.end <= e.end));
  }
}

const KEY_LETTERS = 3;

/** The first three letters of a token as a number (no string built per token). */
function keyOf(token: string): number {
  return (token.charCodeAt(0) * 65536 + token.charCodeAt(1)) * 65536 + token.charCodeAt(2);
}

function add<K>(map: Map<K, Phrase[]>, key: K, p: Phrase): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Whether the phrase's words follow at `start` (its first word is known to match): the last may be a beginning. */
function matchesAt(p: Phrase, tokens: readonly string[], start: number): boolean {
  if (start + p.tokens.length > tokens.length) return false;
  const last = p.tokens.length - 1;
  for (let k = 1; k <= last; k++) {
    const token = tokens[start + k];
    if (p.tokens[k] === ANY_NUMBER) {
      if (!DIGITS.test(token)) return false;
    } else if (k === last && p.openEnd ? !token.startsWith(p.tokens[k]) : token !== p.tokens[k]) {
      return false;
    }
  }
  return true;
}

const DIGITS = /^\d+$/;
