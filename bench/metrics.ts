import type { Language } from '../src/language';
import { INTENTS, type Recognition, type Recognizer } from '../src/nlu';

/** The out-of-scope intent, in the project's data and (renamed from `oos`) in the public corpora. */
export const NONE = 'None';

/**
 * One labelled test message. `occupation` is the occupation id the message names, `null` when it names
 * none, and absent when the case carries no occupation label (cross-validation folds).
 */
export interface TestCase {
  text: string;
  language: Language;
  intent: string;
  occupation?: string | null;
}

/** What the recognizer answered for one case. */
export interface Outcome {
  case: TestCase;
  intent: string;
  /** The recognizer's score for its answer (for `None`: how sure it is that the message is out of scope). */
  score: number;
  /**
   * Probability of the best in-scope intent: the number the out-of-scope threshold is compared with, so
   * its histogram shows where in-scope and out-of-scope messages overlap.
   */
  confidence: number;
  /** The first occupation named, then the occupations of any related role named. */
  occupations: string[];
}

/** Precision, recall and F1 of one intent; 0 where undefined (no predictions / no cases), as scikit-learn. */
export interface IntentMetrics {
  intent: string;
  /** Cases labelled with this intent. */
  support: number;
  /** Cases answered with this intent. */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Accuracy and out-of-scope recall of one language; `null` where the language has no such cases. */
export interface LanguageMetrics {
  cases: number;
  correct: number;
  accuracy: number | null;
  outOfScopeCases: number;
  outOfScopeRecall: number | null;
}

/** A case answered with the wrong intent. */
export interface Misclassified {
  text: string;
  language: Language;
  expected: string;
  got: string;
  score: number;
}

/** Everything `npm run eval` reports about one test run. Ratios are `null` when there is nothing to count. */
export interface Evaluation {
  cases: number;
  correct: number;
  accuracy: number | null;
  macroF1: number | null;
  weightedF1: number | null;
  intents: IntentMetrics[];
  languages: Partial<Record<Language, LanguageMetrics>>;
  outOfScope: {
    cases: number;
    /** Share of `None` cases answered with `None`. */
    recall: number | null;
    /** Share of `None` cases answered as an in-scope intent (what the bot must not do: answer off-topic). */
    falseAcceptRate: number | null;
    inScopeCases: number;
    /** Share of in-scope cases answered with `None` (the honest fallback where an answer existed). */
    falseRejectRate: number | null;
  };
  occupation: {
    /** Cases labelled with an occupation. */
    cases: number;
    correct: number;
    accuracy: number | null;
    /** Cases labelled `occupation: null` ... */
    unnamedCases: number;
    /** ... for which the recognizer nevertheless found an occupation. */
    spurious: number;
  };
  /** Rows: expected intent; columns: answered intent; `labels` orders both. */
  confusion: { labels: string[]; counts: number[][] };
  /** Confidence histogram: `bins` equal-width bins over [0, 1], counts per kind of case. */
  histogram: { bins: number; inScope: number[]; outOfScope: number[] };
  misclassified: Misclassified[];
}

/** Runs one case through the recognizer; the conversation's language is known, as in the accuracy test. */
export function classifyCase(recognizer: Recognizer, c: TestCase): Outcome {
  const r = recognizer.recognize(c.text, { previousLanguage: c.language });
  return toOutcome(c, r);
}

/** Turns a recognition into an outcome (exported for tests and for re-thresholding one run). */
export function toOutcome(c: TestCase, r: Recognition): Outcome {
  const best = r.intents.find((i) => i.intent !== NONE);
  return {
    case: c,
    intent: r.intent,
    score: r.score,
    confidence: best?.score ?? 0,
    occupations: [...r.occupations.slice(0, 1), ...r.related.flatMap((rel) => rel.occupations)],
  };
}

/**
 * Evaluates a recognizer on labelled cases.
 * @param onProgress called after each case (for a progress bar).
 */
export function evaluate(recognizer: Recognizer, cases: readonly TestCase[], onProgress?: () => void): Evaluation {
  return summarize(
    cases.map((c) => {
      const outcome = classifyCase(recognizer, c);
      onProgress?.();
      return outcome;
    }),
  );
}

const HISTOGRAM_BINS = 20;

/** Computes every metric from outcomes (pooled outcomes of several folds work the same). */
export function summarize(outcomes: readonly Outcome[]): Evaluation {
  const labels = orderLabels(new Set(outcomes.flatMap((o) => [o.case.intent, o.intent])));
  const at = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const o of outcomes) counts[at.get(o.case.intent)!][at.get(o.intent)!]++;

  const intents = labels.map((intent, i): IntentMetrics => {
    const tp = counts[i][i];
    const support = counts[i].reduce((a, b) => a + b, 0);
    const predicted = counts.reduce((a, row) => a + row[i], 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent, support, predicted, precision, recall, f1 };
  });
  const withSupport = intents.filter((m) => m.support > 0);
  const correct = outcomes.filter(isCorrect).length;

  const languages: Partial<Record<Language, LanguageMetrics>> = {};
  for (const language of [...new Set(outcomes.map((o) => o.case.language))].sort()) {
    const mine = outcomes.filter((o) => o.case.language === language);
    const oos = mine.filter((o) => o.case.intent === NONE);
    const right = mine.filter(isCorrect).length;
    languages[language] = {
      cases: mine.length,
      correct: right,
      accuracy: ratio(right, mine.length),
      outOfScopeCases: oos.length,
      outOfScopeRecall: ratio(oos.filter((o) => o.intent === NONE).length, oos.length),
    };
  }

  const oos = outcomes.filter((o) => o.case.intent === NONE);
  const inScope = outcomes.filter((o) => o.case.intent !== NONE);
  const labelled = outcomes.filter((o) => typeof o.case.occupation === 'string');
  const unnamed = outcomes.filter((o) => o.case.occupation === null);
  const occupationsRight = labelled.filter((o) => o.occupations.includes(o.case.occupation!)).length;

  const histogram = { bins: HISTOGRAM_BINS, inScope: new Array<number>(HISTOGRAM_BINS).fill(0), outOfScope: new Array<number>(HISTOGRAM_BINS).fill(0) };
  for (const o of outcomes) {
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(o.confidence * HISTOGRAM_BINS)));
    (o.case.intent === NONE ? histogram.outOfScope : histogram.inScope)[bin]++;
  }

  return {
    cases: outcomes.length,
    correct,
    accuracy: ratio(correct, outcomes.length),
    macroF1: withSupport.length === 0 ? null : withSupport.reduce((a, m) => a + m.f1, 0) / withSupport.length,
    weightedF1: ratio(withSupport.reduce((a, m) => a + m.f1 * m.support, 0), outcomes.length),
    intents,
    languages,
    outOfScope: {
      cases: oos.length,
      recall: ratio(oos.filter((o) => o.intent === NONE).length, oos.length),
      falseAcceptRate: ratio(oos.filter((o) => o.intent !== NONE).length, oos.length),
      inScopeCases: inScope.length,
      falseRejectRate: ratio(inScope.filter((o) => o.intent === NONE).length, inScope.length),
    },
    occupation: {
      cases: labelled.length,
      correct: occupationsRight,
      accuracy: ratio(occupationsRight, labelled.length),
      unnamedCases: unnamed.length,
      spurious: unnamed.filter((o) => o.occupations.length > 0).length,
    },
    confusion: { labels, counts },
    histogram,
    misclassified: outcomes
      .filter((o) => !isCorrect(o))
      .map((o) => ({ text: o.case.text, language: o.case.language, expected: o.case.intent, got: o.intent, score: o.score })),
  };
}

function isCorrect(o: Outcome): boolean {
  return o.intent === o.case.intent;
}

/** `a / b`, or `null` when there is nothing to divide by (a ratio of no cases is unknown, not 0). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

const RANK = new Map<string, number>(INTENTS.map((name, i) => [name, i]));

/** The project's intents in their usual order, then unknown labels alphabetically, `None` last. */
function orderLabels(labels: Iterable<string>): string[] {
  const rank = (l: string): number => (l === NONE ? Infinity : (RANK.get(l) ?? INTENTS.length));
  return [...labels].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
