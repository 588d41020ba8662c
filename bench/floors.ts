import type { Evaluation } from './metrics';

/** Minimum quality `npm run eval` accepts; below any of them it exits non-zero. */
export interface Floors {
  /** Intent accuracy, per language. */
  minAccuracy: number;
  /** Share of out-of-scope (`None`) cases answered with `None`, per language. */
  minOosRecall: number;
}

/** The floors of the held-out test set (test/nlu/accuracy.test.ts asserts the same per language). */
export const DEFAULT_FLOORS: Floors = Object.freeze({ minAccuracy: 0.92, minOosRecall: 0.87 });

/**
 * Checks an evaluation against the floors, per language: a strong language must not hide a weak one.
 * @returns one message per floor missed; empty when all are met.
 */
export function checkFloors(evaluation: Evaluation, floors: Floors): string[] {
  const failures: string[] = [];
  for (const [language, m] of Object.entries(evaluation.languages)) {
    if (m.accuracy !== null && m.accuracy < floors.minAccuracy) {
      failures.push(`${language}: intent accuracy ${m.accuracy.toFixed(3)} < ${floors.minAccuracy} (${m.correct}/${m.cases})`);
    }
    if (m.outOfScopeRecall !== null && m.outOfScopeRecall < floors.minOosRecall) {
      failures.push(`${language}: None recall ${m.outOfScopeRecall.toFixed(3)} < ${floors.minOosRecall} (of ${m.outOfScopeCases} out-of-scope cases)`);
    }
  }
  return failures;
}
