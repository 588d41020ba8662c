/** Placeholder token that stands for any recognised occupation, so intents are learnt independent of it. */
export const OCCUPATION_TOKEN = 'occ';
/**
 * Stands for each word of a technology's name ("Docker", "Spring Boot"): a question about one the training data
 * never names reads like one about those it does. Tokenising never yields it (not a letter or digit).
 */
export const TECHNOLOGY_TOKEN = '#tech';

/** Placeholders stand for a whole class of words: no stems or character n-grams of their own. */
function isPlaceholder(t: string): boolean {
  return t === OCCUPATION_TOKEN || t === TECHNOLOGY_TOKEN;
}

/** Which feature families to extract; the benchmark switches them to measure each. */
export interface FeatureOptions {
  words: boolean;
  stems: boolean;
  bigrams: boolean;
  /** Character n-gram sizes within words (typo robustness); empty for none. */
  charGrams: readonly number[];
  /** Weigh features by inverse document frequency in the training data (rare words count more). */
  idf?: boolean;
}

// Measured with bench/nlu-ablation.ts: bigrams cost micro-F1 on the Braun corpora (they split what little
// evidence short chat messages have); character 2- to 5-grams add typo robustness (2-grams: +1.5 points
// micro-F1 on the Braun corpora, own test set unchanged); idf weighting lets a rare, telling word
// ("password") outweigh frequent ones ("how", "account").
export const DEFAULT_FEATURES: FeatureOptions = Object.freeze({ words: true, stems: true, bigrams: false, charGrams: [2, 3, 4, 5], idf: true });

/** Feature names and their dense ids (0, 1, 2 …): grows while training, fixed afterwards. */
export class Vocabulary {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Inverse document frequency per feature id, once {@link weighByDocumentFrequency} has run. */
  idf?: Float32Array;
  /** The weight of a feature never seen in training (the rarest there is). */
  unknownIdf = 1;

  constructor(names: Iterable<string> = [], idf?: Float32Array) {
    for (const n of names) this.add(n);
    if (idf) this.setIdf(idf);
  }

  /**
   * Sets each feature's weight to its smoothed inverse document frequency in the training vectors,
   * ln((1 + n) / (1 + df)) + 1, as scikit-learn's TfidfTransformer does.
   */
  weighByDocumentFrequency(vectors: readonly FeatureVector[]): void {
    const df = new Float64Array(this.size);
    for (const v of vectors) for (const id of v.ids) df[id]++;
    const n = vectors.length;
    this.setIdf(Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1));
  }

  private setIdf(idf: Float32Array): void {
    if (idf.length !== this.size) throw new Error('one idf weight per feature expected');
    this.idf = idf;
    let max = 1;
    for (const w of idf) if (w > max) max = w;
    this.unknownIdf = max;
  }

  get size(): number {
    return this.names.length;
  }

  /** The id of a known feature. */
  id(name: string): number | undefined {
    return this.ids.get(name);
  }

  /** The id of a feature, adding it when new. */
  add(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }
}

/** A message's features: ids into the vocabulary with their weights (L2-normalised), in no order. */
export interface FeatureVector {
  ids: Int32Array;
  values: Float64Array;
}

/** One word's features, resolved to ids once: the per-message work is then adding numbers. */
interface WordEntry {
  ids: Int32Array;
  weights: Float64Array;
  /** Sum of squared weights of features the vocabulary does not know: they count towards the norm only. */
  unknown: number;
  /** The linear model's class scores for this word's features (see {@link FeatureEncoder.scoreWords}). */
  scores?: Float64Array;
}

/** A linear model's class scores for some features with their weights (one number per class). */
export type FeatureScorer = (ids: Int32Array, weights: Float64Array) => Float64Array;

// Words whose features are remembered; beyond this the memo stops growing (rare words are recomputed).
const MEMO_SIZE = 50_000;

/**
 * Turns tokens into feature vectors over a vocabulary: words, stems of every given stemmer (a message's
 * language is a guess, and mixed German/English is common), character n-grams, optionally word bigrams.
 * A word's own features do not depend on its neighbours, so they are looked up and resolved to ids once per
 * word and remembered; classifying a message then costs no string building and no map lookup per n-gram.
 */
export class FeatureEncoder {
  private memo = new Map<string, WordEntry>();
  /** Dense accumulator indexed by feature id, zero between calls; `touched` lists its non-zero slots. */
  private scratch = new Float64Array(1024);
  private touched = new Int32Array(256);
  private count = 0;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly stemmers: readonly ((t: string) => string)[],
    private readonly opts: FeatureOptions = DEFAULT_FEATURES,
  ) {}

  /**
   * The L2-normalised feature vector of a message (long and short messages weigh alike). Features the
   * vocabulary does not know are added to it when `learn` is set (training), otherwise left out of the
   * vector but kept in its norm: a message of mostly unknown words must not look as sure as a known one.
   */
  encode(tokens: readonly string[], learn = false): FeatureVector {
    const norm = this.gather(tokens, learn);
    const ids = this.touched.slice(0, this.count);
    const values = new Float64Array(this.count);
    for (let j = 0; j < this.count; j++) values[j] = this.scratch[ids[j]] / norm;
    this.clear();
    return { ids, values };
  }

  /**
   * For a linear model, what {@link encode} and a dot product would give, without building the vector:
   * adds each word's class scores (computed by `scorer` once per word and remembered) into `sums` and
   * returns the norm of the message's feature vector; the model's scores are then `sums / norm`. A linear
   * model's score is a sum over features, so it is the sum over words; only the norm needs the words
   * together (two words can share a character n-gram).
   */
  scoreWords(tokens: readonly string[], scorer: FeatureScorer, sums: Float64Array): number {
    sums.fill(0);
    const norm = this.gather(tokens, false, { scorer, sums });
    this.clear();
    return norm;
  }

  /** Accumulates a message's features (and, given a scorer, their class scores); returns the vector's norm. */
  private gather(tokens: readonly string[], learn: boolean, scoring?: { scorer: FeatureScorer; sums: Float64Array }): number {
    let unknown = 0;
    for (let i = 0; i < tokens.length; i++) {
      const entry = this.word(tokens[i], learn);
      for (let j = 0; j < entry.ids.length; j++) this.accumulate(entry.ids[j], entry.weights[j]);
      unknown += entry.unknown;
      if (scoring) addInto(scoring.sums, (entry.scores ??= scoring.scorer(entry.ids, entry.weights)));
      if (this.opts.bigrams) unknown += this.bigram(i === 0 ? '^' : tokens[i - 1], tokens[i], learn, scoring);
    }
    if (this.opts.bigrams && tokens.length > 0) unknown += this.bigram(tokens[tokens.length - 1], '$', learn, scoring);
    let norm = unknown;
    for (let j = 0; j < this.count; j++) norm += this.scratch[this.touched[j]] ** 2;
    return Math.sqrt(norm) || 1;
  }

  private accumulate(id: number, w: number): void {
    if (id >= this.scratch.length) this.grow(id);
    if (this.scratch[id] === 0) {
      if (this.count === this.touched.length) this.touched = growInt(this.touched, this.count * 2);
      this.touched[this.count++] = id;
    }
    this.scratch[id] += w;
  }

  private clear(): void {
    for (let j = 0; j < this.count; j++) this.scratch[this.touched[j]] = 0;
    this.count = 0;
  }

  /** Adds a word pair's feature; returns its squared weight when the vocabulary does not know it. */
  private bigram(first: string, second: string, learn: boolean, scoring?: { scorer: FeatureScorer; sums: Float64Array }): number {
    const id = this.featureId('b:' + first + '_' + second, learn);
    const idf = this.vocabulary.idf;
    if (id === undefined) return (BIGRAM_WEIGHT * (idf ? this.vocabulary.unknownIdf : 1)) ** 2;
    const w = idf && id < idf.length ? BIGRAM_WEIGHT * idf[id] : BIGRAM_WEIGHT;
    this.accumulate(id, w);
    if (scoring) addInto(scoring.sums, scoring.scorer(Int32Array.of(id), Float64Array.of(w)));
    return 0;
  }

  /** Forgets the remembered words, after the vocabulary's weights changed. */
  reset(): void {
    this.memo = new Map();
  }

  private word(t: string, learn: boolean): WordEntry {
    const cached = this.memo.get(t);
    // An entry made before training ended may lack features learnt since; it shows as unknown weight.
    if (cached && !(learn && cached.unknown > 0)) return cached;
    const named = wordFeatures(t, this.stemmers, this.opts);
    const ids: number[] = [];
    const weights: number[] = [];
    let unknown = 0;
    const idf = this.vocabulary.idf;
    for (const [name, w] of named) {
      const id = this.featureId(name, learn);
      if (id === undefined) {
        const u = idf ? w * this.vocabulary.unknownIdf : w;
        unknown += u * u;
      } else {
        ids.push(id);
        weights.push(idf && id < idf.length ? w * idf[id] : w);
      }
    }
    const entry = { ids: Int32Array.from(ids), weights: Float64Array.from(weights), unknown };
    if (this.memo.size < MEMO_SIZE) this.memo.set(t, entry);
    return entry;
  }

  private featureId(name: string, learn: boolean): number | undefined {
    return learn ? this.vocabulary.add(name) : this.vocabulary.id(name);
  }

  private grow(id: number): void {
    const next = new Float64Array(Math.max(id + 1, this.scratch.length * 2));
    next.set(this.scratch);
    this.scratch = next;
  }
}

const BIGRAM_WEIGHT = 0.7;
const CHAR_GRAM_WEIGHT = 0.25;

function addInto(sums: Float64Array, scores: Float64Array): void {
  for (let c = 0; c < sums.length; c++) sums[c] += scores[c];
}

function growInt(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(a);
  return next;
}

/** A word's named features with weights; a feature occurring twice in the word (a repeated n-gram) is summed. */
function wordFeatures(t: string, stemmers: readonly ((t: string) => string)[], opts: FeatureOptions): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, w: number): void => {
    out.set(name, (out.get(name) ?? 0) + w);
  };
  if (opts.words) add('w:' + t, 1);
  if (opts.stems && !isPlaceholder(t)) {
    const stems = new Set(stemmers.map((stem) => stem(t)));
    for (const s of stems) add('s:' + s, 1 / stems.size);
  }
  if (opts.charGrams.length > 0 && !isPlaceholder(t) && t.length > 2) {
    const padded = `<${t}>`;
    for (const n of opts.charGrams) for (let j = 0; j + n <= padded.length; j++) add('c:' + padded.slice(j, j + n), CHAR_GRAM_WEIGHT);
  }
  return out;
}
