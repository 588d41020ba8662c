import { boundedEditDistance } from './edit-distance';

/**
 * Corrects unknown words to the most frequent known word within a small edit distance
 * ("gehallt" -> "gehalt"). Uses a symmetric-delete index, so a lookup costs a few map reads, not a scan.
 */
export class SpellingCorrector {
  private readonly frequency = new Map<string, number>();
  private readonly deletes = new Map<string, string[]>();
  /** Corrections made so far: the same unknown words (and typos) come back again and again. */
  private readonly corrections = new Map<string, string>();

  constructor(words: Iterable<string>, private readonly minLength = 4) {
    for (const w of words) this.frequency.set(w, (this.frequency.get(w) ?? 0) + 1);
    for (const w of this.frequency.keys()) {
      if (w.length < this.minLength) continue;
      for (const d of deletesOf(w, maxEdits(w.length))) {
        const list = this.deletes.get(d);
        if (list) list.push(w);
        else this.deletes.set(d, [w]);
      }
    }
  }

  /** True when the word occurred in the training vocabulary. */
  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The best correction for an unknown word, or the word itself. */
  correct(word: string): string {
    if (this.frequency.has(word) || word.length < this.minLength || /\d/.test(word)) return word;
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
      for (const candidate of this.deletes.get(d) ?? []) {
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
