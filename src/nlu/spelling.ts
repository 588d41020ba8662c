import { boundedEditDistance } from './edit-distance';

// Only words met at least this often are corrections (see the constructor).
const MIN_CORRECTION_COUNT = 2;
// Shorter words are left alone: too many real words lie one edit from each other.
const MIN_LENGTH = 4;

/**
 * Corrects unknown words to the most frequent known word (met at least twice) within a small edit distance
 * ("gehallt" -> "gehalt"). Uses a symmetric-delete index, so a lookup costs a few binary searches, not a scan.
 * Words of the `lexicon` (the language packs' correctly spelled words) are never changed, though they are no
 * corrections either: "bedienen" is a word, not a typo of the training data's "verdienen".
 */
export class SpellingCorrector {
  private readonly frequency = new Map<string, number>();
  private readonly deletes: DeleteIndex;
  /** Corrections made so far: the same unknown words (and typos) come back again and again. */
  private readonly corrections = new Map<string, string>();
  private readonly lexicon: WordSet;

  constructor(words: Iterable<string>, lexicon: Iterable<string> = []) {
    for (const w of words) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
    // Only words met at least twice are corrections: a word met once is no more likely than the user's own
    // ("pilot" became "pivot" of one pivot-table example, "nurse" the "kurse" of one German sentence).
    this.deletes = new DeleteIndex([...this.frequency].filter(([w, n]) => w.length >= MIN_LENGTH && n >= MIN_CORRECTION_COUNT).map(([w]) => w));
    this.lexicon = new WordSet(lexicon);
  }

  /** The best correction for an unknown word, or the word itself. */
  correct(word: string): string {
    if (this.frequency.has(word) || word.length < MIN_LENGTH || /\d/.test(word) || this.lexicon.has(word)) return word;
    let best = this.corrections.get(word);
    if (best === undefined) {
      best = this.search(word);
      if (this.corrections.size < MEMO_SIZE) this.corrections.set(word, best);
    }
    return best;
  }

  private search(word: string): string {
    const allowed = maxEdits(word.length);
    let best = word;
    let bestDistance = Infinity;
    let bestFrequency = 0;
    const seen = new Set<string>();
    for (const d of deletesOf(word, allowed)) {
      for (const candidate of this.deletes.wordsWith(d)) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const dist = boundedEditDistance(word, candidate, allowed);
        const freq = this.frequency.get(candidate)!;
        if (dist <= allowed && (dist < bestDistance || (dist === bestDistance && freq > bestFrequency))) {
          best = candidate;
          bestDistance = dist;
          bestFrequency = freq;
        }
      }
    }
    return best;
  }
}

/**
 * Which words have a given delete variant. A string and an array per variant made this index 10 of the bot's
 * 47 MB of live heap (71 000 variants of 2 700 words), and every megabyte of live heap is multiplied by V8's
 * heap growth between full collections; so each (variant, word) pair is kept as a 32-bit hash of the variant
 * beside the word's number, sorted by hash: 8 bytes a pair. Two variants sharing a hash only add a candidate,
 * which the caller's edit-distance check accepts or rejects on its own merits, so corrections are unchanged.
 */
class DeleteIndex {
  private readonly hashes: Uint32Array;
  private readonly wordIds: Uint32Array;

  constructor(private readonly words: readonly string[]) {
    if (words.length > WORD_ID_LIMIT) throw new RangeError(`spelling vocabulary of ${words.length} words exceeds ${WORD_ID_LIMIT}`);
    const pairs: number[] = [];
    words.forEach((w, id) => {
      for (const d of deletesOf(w, maxEdits(w.length))) pairs.push(hash(d) * WORD_ID_LIMIT + id);
    });
    // One number per pair (hash above the word id, exact in a double's 53 bits) sorts with the native numeric sort.
    const packed = Float64Array.from(pairs).sort();
    this.hashes = new Uint32Array(packed.length);
    this.wordIds = new Uint32Array(packed.length);
    packed.forEach((p, i) => {
      this.hashes[i] = Math.floor(p / WORD_ID_LIMIT);
      this.wordIds[i] = p % WORD_ID_LIMIT;
    });
  }

  /** The words one of whose delete variants has `variant`'s hash (a superset of those having `variant`). */
  *wordsWith(variant: string): Generator<string> {
    const h = hash(variant);
    for (let i = lowerBound(this.hashes, h); i < this.hashes.length && this.hashes[i] === h; i++) yield this.words[this.wordIds[i]];
  }
}

/**
 * Membership in a large word list (tens of thousands of words) at 4 bytes a word: sorted 32-bit hashes. A word
 * sharing a listed word's hash counts as listed, which at 60 000 words happens about once in 70 000 unknown
 * words and only leaves that word uncorrected.
 */
class WordSet {
  private readonly hashes: Uint32Array;

  constructor(words: Iterable<string>) {
    const hashes: number[] = [];
    for (const w of words) hashes.push(hash(w));
    this.hashes = Uint32Array.from(hashes).sort();
  }

  has(word: string): boolean {
    const h = hash(word);
    return this.hashes[lowerBound(this.hashes, h)] === h;
  }
}

/** The first index of sorted `hashes` whose value is not below `h` (`hashes.length` if none). */
function lowerBound(hashes: Uint32Array, h: number): number {
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Word numbers stay below this so that hash x limit + number is exact in a double (32 + 20 bits < 53).
const WORD_ID_LIMIT = 2 ** 20;

/** 32-bit FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Unknown words whose correction is remembered; beyond this they are recomputed (bounded memory).
const MEMO_SIZE = 20_000;

function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

function deletesOf(word: string, edits: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let e = 0; e < edits; e++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  return out;
}
