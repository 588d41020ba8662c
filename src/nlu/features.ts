/** Placeholder token that stands for any recognised occupation, so intents are learnt independent of it. */
export const OCCUPATION_TOKEN = 'occ';

/** Which feature families to extract; the benchmark switches them to measure each. */
export interface FeatureOptions {
  words: boolean;
  stems: boolean;
  bigrams: boolean;
  /** Character n-gram sizes within words (typo robustness); empty for none. */
  charGrams: readonly number[];
}

// Measured with bench/nlu-ablation.ts: bigrams cost accuracy on every data set (they split what little
// evidence short chat messages have); character 2- to 5-grams add typo robustness (2-grams: +1.5 points
// micro-F1 on the Braun corpora, own test set unchanged).
export const DEFAULT_FEATURES: FeatureOptions = Object.freeze({ words: true, stems: true, bigrams: false, charGrams: [2, 3, 4, 5] });

/** Per-word features (word, stems, character n-grams), remembered across messages by the caller. */
export type TokenFeatureMemo = Map<string, readonly (readonly [string, number])[]>;

// Words whose features are remembered; beyond this the memo stops growing (rare words are recomputed).
const MEMO_SIZE = 50_000;

/**
 * Turns tokens into a bag of named features with weights (L2-normalised, so long and short messages
 * weigh alike). Stems come from every given stemmer: a message's language is a guess, and mixed
 * German/English is common. A word's own features do not depend on its neighbours, so they are taken from
 * `memo` when given (most of the cost of a message otherwise).
 */
export function extractFeatures(
  tokens: readonly string[],
  stemmers: readonly ((t: string) => string)[],
  opts: FeatureOptions,
  memo?: TokenFeatureMemo,
): Map<string, number> {
  const f = new Map<string, number>();
  const add = (name: string, w: number): void => {
    f.set(name, (f.get(name) ?? 0) + w);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let own = memo?.get(t);
    if (!own) {
      own = wordFeatures(t, stemmers, opts);
      if (memo && memo.size < MEMO_SIZE) memo.set(t, own);
    }
    for (const [name, w] of own) add(name, w);
    if (opts.bigrams) add('b:' + (i === 0 ? '^' : tokens[i - 1]) + '_' + t, 0.7);
  }
  if (opts.bigrams && tokens.length > 0) add('b:' + tokens[tokens.length - 1] + '_$', 0.7);
  let norm = 0;
  for (const v of f.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of f) f.set(k, v / norm);
  return f;
}

function wordFeatures(t: string, stemmers: readonly ((t: string) => string)[], opts: FeatureOptions): [string, number][] {
  const out: [string, number][] = [];
  if (opts.words) out.push(['w:' + t, 1]);
  if (opts.stems && t !== OCCUPATION_TOKEN) {
    const stems = new Set(stemmers.map((stem) => stem(t)));
    for (const s of stems) out.push(['s:' + s, 1 / stems.size]);
  }
  if (opts.charGrams.length > 0 && t !== OCCUPATION_TOKEN && t.length > 2) {
    const padded = `<${t}>`;
    for (const n of opts.charGrams) for (let j = 0; j + n <= padded.length; j++) out.push(['c:' + padded.slice(j, j + n), 0.25]);
  }
  return out;
}
