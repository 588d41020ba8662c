import type { Recognizer, Utterance } from '../src/nlu';
import { classifyCase, ratio, summarize, type Evaluation, type Outcome } from './metrics';
import { seededRandom, shuffleInPlace } from '../src/nlu/random';

/** Result of k-fold cross-validation on the training utterances. */
export interface CrossValidation {
  k: number;
  seed: number;
  folds: { train: number; test: number; accuracy: number | null }[];
  meanAccuracy: number | null;
  /** Population standard deviation of the fold accuracies: how much the split alone moves the number. */
  stdAccuracy: number | null;
  /** All folds' held-out predictions pooled into one evaluation. */
  pooled: Evaluation;
}

/**
 * Splits item indices into `k` folds, stratified by `key`: each key's items are shuffled (seeded) and dealt
 * round-robin, continuing where the previous key stopped, so every fold gets each class in proportion and
 * the folds differ in size by at most one.
 */
export function stratifiedFolds<T>(items: readonly T[], key: (item: T) => string, k: number, seed: number): number[][] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`k must be a whole number >= 2, got ${k}`);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const g = key(item);
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const random = seededRandom(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  // Sorted keys: the fold assignment must not depend on the order of the training files.
  for (const g of [...groups.keys()].sort()) {
    for (const i of shuffleInPlace(groups.get(g)!, random)) {
      folds[next].push(i);
      next = (next + 1) % k;
    }
  }
  return folds.map((f) => f.sort((a, b) => a - b));
}

/**
 * k-fold cross-validation: trains `build` on k-1 folds and tests on the remaining one, k times. Folds are
 * stratified by intent and, within an intent, by language (so a small German intent is not all in one
 * fold).
 * @param onFold called after each fold (for a progress bar).
 */
export function crossValidate(
  utterances: readonly Utterance[],
  build: (training: Utterance[]) => Recognizer,
  options: { k?: number; seed?: number; onFold?: () => void } = {},
): CrossValidation {
  const k = options.k ?? 5;
  const seed = options.seed ?? 42;
  const folds = stratifiedFolds(utterances, (u) => `${u.intent}|${u.language}`, k, seed);
  const pooled: Outcome[] = [];
  const results = folds.map((testIdx) => {
    const held = new Set(testIdx);
    const recognizer = build(utterances.filter((_, i) => !held.has(i)));
    const outcomes = testIdx.map((i) => classifyCase(recognizer, utterances[i]));
    pooled.push(...outcomes);
    options.onFold?.();
    const right = outcomes.filter((o) => o.intent === o.case.intent).length;
    return { train: utterances.length - testIdx.length, test: testIdx.length, accuracy: ratio(right, testIdx.length) };
  });
  const accuracies = results.map((r) => r.accuracy).filter((a): a is number => a !== null);
  const mean = accuracies.length ? accuracies.reduce((a, b) => a + b, 0) / accuracies.length : null;
  const std = mean === null ? null : Math.sqrt(accuracies.reduce((a, b) => a + (b - mean) ** 2, 0) / accuracies.length);
  return { k, seed, folds: results, meanAccuracy: mean, stdAccuracy: std, pooled: summarize(pooled) };
}
