import { boundedEditDistance } from './edit-distance';

/** One name to recognise (an occupation's, a place's), already folded and tokenised like user text. */
export interface Name {
  /** What the name stands for: an occupation id, a place id. */
  id: string;
  tokens: readonly string[];
  /** A related role (SRE for DevOps Engineer), not a name of the occupation itself. */
  related?: boolean;
}

/** A name found in a message: what it stands for, and which tokens name it. */
export interface NameMatch {
  /** One id for a name; a related role can belong to several occupations. */
  ids: readonly string[];
  related: boolean;
  start: number;
  end: number;
  /** Edit distance of the match: 0 = exact. */
  distance: number;
}

interface Entry {
  ids: string[];
  related: boolean;
}

const MAX_WINDOW = 5;
const MEMO_SIZE = 20_000;

/** Bucket of names by first letter and length (a number: no string built per lookup). */
function bucketKey(joined: string, length: number): number {
  return joined.charCodeAt(0) * 1024 + length;
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
  private readonly exact = new Map<string, Entry>();
  /**
   * Names open to typos, by first letter and length: a typo'd name still starts like the name and is at
   * most two letters longer or shorter, so each window is compared with a handful of names, not all.
   */
  private readonly fuzzy = new Map<number, { joined: string; entry: Entry }[]>();
  /** Typo lookups done so far (a window's letters -> closest name or null): messages repeat their words. */
  private readonly closestMemo = new Map<string, { entry: Entry; distance: number } | null>();
  /** Longest name (letters only) plus the largest typo tolerance: a longer window cannot match. */
  private longest = 0;
  /** Every beginning of every name (letters only): a window of plain words that is none of them ends here. */
  private readonly prefixes = new Set<string>();

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
      const existing = this.exact.get(joined);
      if (existing) {
        if (existing.related && n.related && !existing.ids.includes(n.id)) existing.ids.push(n.id);
        continue;
      }
      const entry: Entry = { ids: [n.id], related: n.related ?? false };
      this.exact.set(joined, entry);
      for (let i = 1; i <= joined.length; i++) this.prefixes.add(joined.slice(0, i));
      this.longest = Math.max(this.longest, joined.length + tolerance(joined.length));
      if (tolerance(joined.length) > 0) {
        const key = bucketKey(joined, joined.length);
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
      let joined = '';
      let plain = false;
      for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_WINDOW); end++) {
        if (end - start > 1 && (tokens[end - 1].length < this.minJoinedWord || tokens[start].length < this.minJoinedWord)) break;
        joined += tokens[end - 1];
        if (joined.length > this.longest) break;
        plain ||= plainWord[end - 1];
        // With a plain word in it, the window can only be (the start of) an exact name, never a typo.
        if (plain && !this.prefixes.has(joined)) break;
        const hit = this.exact.get(joined);
        if (hit) {
          candidates.push({ ...hit, start, end, distance: 0 });
          continue;
        }
        if (plain) continue;
        let best = this.closestMemo.get(joined);
        if (best === undefined) {
          best = this.closest(joined) ?? null;
          if (this.closestMemo.size < MEMO_SIZE) this.closestMemo.set(joined, best);
        }
        if (best) candidates.push({ ...best.entry, start, end, distance: best.distance });
      }
    }
    // Prefer longer spans, then fewer typos; then keep those that do not overlap a better one.
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.distance - b.distance || a.start - b.start);
    const taken: NameMatch[] = [];
    for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
    return taken.sort((a, b) => a.start - b.start);
  }

  private closest(joined: string): { entry: Entry; distance: number } | undefined {
    const allowed = this.tolerance(joined.length);
    if (allowed === 0) return undefined;
    let best: { entry: Entry; distance: number } | undefined;
    for (let length = joined.length - allowed; length <= joined.length + allowed; length++) {
      for (const f of this.fuzzy.get(bucketKey(joined, length)) ?? []) {
        const max = Math.min(allowed, this.tolerance(f.joined.length));
        if (Math.abs(f.joined.length - joined.length) > max) continue;
        const d = boundedEditDistance(joined, f.joined, max);
        if (d <= max && (!best || d < best.distance)) best = { entry: f.entry, distance: d };
      }
    }
    return best;
  }
}
