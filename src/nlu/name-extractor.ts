import { boundedEditDistance } from './edit-distance';

/** One name to recognise (an occupation's, a place's), already folded and tokenised like user text. */
export interface Name {
  /** What the name stands for: an occupation id, a place id. */
  id: string;
  tokens: readonly string[];
  /** A related role (SRE for DevOps Engineer), not a name of the occupation itself. */
  related?: boolean;
  /** The name of the occupation's field ("Data Science"), not a job title (see {@link NameMatch.field}). */
  field?: boolean;
}

/** A name found in a message: what it stands for, and which tokens name it. */
export interface NameMatch {
  /** One id for a name; a related role can belong to several occupations. */
  ids: readonly string[];
  related: boolean;
  /** A field's name ("Data Science"): it names the occupation only in a message that names no other. */
  field: boolean;
  start: number;
  end: number;
  /** Edit distance of the match: 0 = exact. */
  distance: number;
}

interface Entry {
  ids: string[];
  related: boolean;
  field: boolean;
}

const MAX_WINDOW = 5;
const MEMO_SIZE = 20_000;

/** Bucket of names by first letter and length (a number: no string built per lookup). */
function bucketKey(first: number, length: number): number {
  return first * 1024 + length;
}

/** A node of the names' letter trie: the letters that may follow, and the name that ends here. */
interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
}

/** The node reached from `node` by the letters of `token`, if the names go on that way. */
function walk(node: TrieNode, token: string): TrieNode | undefined {
  let at: TrieNode | undefined = node;
  for (let i = 0; at && i < token.length; i++) at = at.next.get(token.charCodeAt(i));
  return at;
}

/** Allowed typos for a name of `length` characters (joined, without spaces). */
type TypoTolerance = (length: number) => number;

/** Job titles: one typo from 6 letters, two from 12. */
const occupationTypos: TypoTolerance = (length) => (length >= 12 ? 2 : length >= 6 ? 1 : 0);

/**
 * Finds names (of occupations, of places) in tokenised text. Names are compared with their spaces and hyphens removed, so
 * "Backendentwickler", "Backend-Entwickler" and "back end entwickler" all meet, and small typos within an
 * edit distance that grows with the name's length are accepted.
 */
export class NameExtractor {
  /** Every name, letter by letter: a window is walked into it one token at a time, no string built. */
  private readonly names: TrieNode = { next: new Map() };
  /**
   * Names open to typos, by first letter and length: a typo'd name still starts like the name and is at
   * most two letters longer or shorter, so each window is compared with a handful of names, not all.
   */
  private readonly fuzzy = new Map<number, { joined: string; entry: Entry }[]>();
  /** Typo lookups done so far (a window's letters -> closest name or null): messages repeat their words. */
  private readonly closestMemo = new Map<string, { entry: Entry; distance: number } | null>();
  /** Longest name (letters only) plus the largest typo tolerance: a longer window cannot match. */
  private longest = 0;

  /**
   * @param names every name to recognise.
   * @param plainWords words known not to be part of any name ("was", "verdient"): a window containing one
   *   is never a misspelt name, which spares most typo comparisons (they were the recognizer's top cost).
   * @param tolerance typos allowed for a name of a given length.
   * @param minJoinedWord in a window of several words, each must have at least this many letters: for names
   *   that short words joined could spell ("us a" -> "usa").
   */
  constructor(
    names: readonly Name[],
    private readonly plainWords: ReadonlySet<string> = new Set(),
    private readonly tolerance: TypoTolerance = occupationTypos,
    private readonly minJoinedWord = 1,
  ) {
    // Own names first, so a name never turns into a related role of another occupation.
    const ordered = [...names].sort((a, b) => Number(a.related ?? false) - Number(b.related ?? false));
    for (const n of ordered) {
      const joined = n.tokens.join('');
      if (!joined) continue;
      const node = this.nodeFor(joined);
      const existing = node.entry;
      if (existing) {
        if (existing.related && n.related && !existing.ids.includes(n.id)) existing.ids.push(n.id);
        continue;
      }
      const entry: Entry = { ids: [n.id], related: n.related ?? false, field: n.field ?? false };
      node.entry = entry;
      this.longest = Math.max(this.longest, joined.length + tolerance(joined.length));
      if (tolerance(joined.length) > 0) {
        const key = bucketKey(joined.charCodeAt(0), joined.length);
        const bucket = this.fuzzy.get(key);
        if (bucket) bucket.push({ joined, entry });
        else this.fuzzy.set(key, [{ joined, entry }]);
      }
    }
  }

  /** Returns the non-overlapping matches, longest and closest first, in text order. */
  extract(tokens: readonly string[]): NameMatch[] {
    const candidates: NameMatch[] = [];
    const plainWord = tokens.map((t) => this.plainWords.has(t));
    for (let start = 0; start < tokens.length; start++) {
      // The window's place among the names (undefined once it begins no name), and its length in letters.
      let node: TrieNode | undefined = this.names;
      let length = 0;
      let plain = false;
      // Letters of the longest exact name from this start: a longer window whose extra words its typos alone could
      // account for ("Backend Developer C++" as "backend developer c") is that name and a word of its own.
      let exact = -1;
      for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_WINDOW); end++) {
        if (end - start > 1 && (tokens[end - 1].length < this.minJoinedWord || tokens[start].length < this.minJoinedWord)) break;
        length += tokens[end - 1].length;
        if (length > this.longest) break;
        plain ||= plainWord[end - 1];
        node = node && walk(node, tokens[end - 1]);
        // With a plain word in it, the window can only be (the start of) an exact name, never a typo.
        if (plain && !node) break;
        if (node?.entry) {
          candidates.push({ ids: node.entry.ids, related: node.entry.related, field: node.entry.field, start, end, distance: 0 });
          exact = length;
          continue;
        }
        if (plain || !this.typoPossible(tokens[start].charCodeAt(0), length)) continue;
        const joined = tokens.slice(start, end).join('');
        let best = this.closestMemo.get(joined);
        if (best === undefined) {
          best = this.closest(joined) ?? null;
          if (this.closestMemo.size < MEMO_SIZE) this.closestMemo.set(joined, best);
        }
        if (best && !(exact >= 0 && length - exact <= best.distance)) candidates.push({ ids: best.entry.ids, related: best.entry.related, field: best.entry.field, start, end, distance: best.distance });
      }
    }
    if (candidates.length < 2) return candidates;
    // Prefer longer spans, then fewer typos; then keep those that do not overlap a better one.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.distance - b.distance || a.start - b.start);
    const taken: NameMatch[] = [];
    for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
    return taken.sort((a, b) => a.start - b.start);
  }

  /**
   * Whether a window of `length` letters starting with `first` could be a misspelt name: only a name of a
   * length within the tolerance, starting with the same letter, can be (see {@link closest}).
   */
  private typoPossible(first: number, length: number): boolean {
    const allowed = this.typosIn(length);
    for (let l = length - allowed; allowed > 0 && l <= length + allowed; l++) if (this.fuzzy.has(bucketKey(first, l))) return true;
    return false;
  }

  /**
   * Typos allowed in a window of `length` letters: as for a name one letter longer, since the window may have lost
   * that letter ("devps" for "devops"). Each name's own tolerance still bounds its distance.
   */
  private typosIn(length: number): number {
    return this.tolerance(length + 1);
  }

  /** The trie node for a name's letters, made as needed. */
  private nodeFor(joined: string): TrieNode {
    let node = this.names;
    for (let i = 0; i < joined.length; i++) {
      const code = joined.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) node.next.set(code, (next = { next: new Map() }));
      node = next;
    }
    return node;
  }

  private closest(joined: string): { entry: Entry; distance: number } | undefined {
    const allowed = this.typosIn(joined.length);
    if (allowed === 0) return undefined;
    let best: { entry: Entry; distance: number } | undefined;
    for (let length = joined.length - allowed; length <= joined.length + allowed; length++) {
      for (const f of this.fuzzy.get(bucketKey(joined.charCodeAt(0), length)) ?? []) {
        const max = Math.min(allowed, this.tolerance(f.joined.length));
        if (Math.abs(f.joined.length - joined.length) > max) continue;
        const d = boundedEditDistance(joined, f.joined, max);
        if (d <= max && (!best || d < best.distance)) best = { entry: f.entry, distance: d };
      }
    }
    return best;
  }
}
