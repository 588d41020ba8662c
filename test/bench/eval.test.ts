import assert from 'node:assert/strict';
import type { IntentName, Recognition, Recognizer } from '../../src/nlu';
import {
  checkFloors,
  crossValidate,
  evaluate,
  renderHtml,
  stratifiedFolds,
  type EvalReport,
  type Evaluation,
  type TestCase,
} from '../../bench/eval';
import { chooseThreshold, microF1 } from '../../bench/peer-metrics';

/** What the stub answers for a text: intent, best in-scope confidence, occupations found. */
interface Answer {
  intent: IntentName;
  confidence: number;
  occupations?: string[];
  related?: string[];
}

/** A recognizer that answers from a table, so every expected number below can be counted by hand. */
function stub(answers: Record<string, Answer>): Recognizer {
  return {
    recognize(text): Recognition {
      const a = answers[text];
      const intents =
        a.intent === 'None'
          ? [{ intent: 'None' as IntentName, score: 1 - a.confidence }, { intent: 'salary' as IntentName, score: a.confidence }]
          : [{ intent: a.intent, score: a.confidence }];
      return {
        text,
        language: 'en',
        intent: a.intent,
        score: a.intent === 'None' ? 1 - a.confidence : a.confidence,
        intents,
        occupations: a.occupations ?? [],
        related: a.related ? [{ name: 'role', occupations: a.related }] : [],
        occupationOnly: false,
        placeOnly: false,
        aspectOnly: false,
        asksFit: false,
      };
    },
  };
}

// Ten cases: 4 salary, 2 skills, 4 None; en 6, de 4. Wrong: a3 (salary→skills), a6 (None→salary), b2 (skills→None).
const CASES: TestCase[] = [
  { text: 'a1', language: 'en', intent: 'salary', occupation: 'backend-developer' },
  { text: 'a2', language: 'en', intent: 'salary', occupation: 'data-scientist' },
  { text: 'a3', language: 'en', intent: 'salary', occupation: 'devops-engineer' },
  { text: 'a4', language: 'en', intent: 'skills', occupation: null },
  { text: 'a5', language: 'en', intent: 'None', occupation: null },
  { text: 'a6', language: 'en', intent: 'None' },
  { text: 'b1', language: 'de', intent: 'salary' },
  { text: 'b2', language: 'de', intent: 'skills' },
  { text: 'b3', language: 'de', intent: 'None' },
  { text: 'b4', language: 'de', intent: 'None' },
];
const RECOGNIZER = stub({
  a1: { intent: 'salary', confidence: 0.92, occupations: ['backend-developer'] },
  // Occupation only through a related role: counts as recognised.
  a2: { intent: 'salary', confidence: 0.81, related: ['data-scientist', 'backend-developer'] },
  // Two occupations, the labelled one second: the first one counts, so this is wrong.
  a3: { intent: 'skills', confidence: 0.6, occupations: ['backend-developer', 'devops-engineer'] },
  // No occupation named, one found: spurious.
  a4: { intent: 'skills', confidence: 0.7, occupations: ['frontend-developer'] },
  a5: { intent: 'None', confidence: 0.2 },
  a6: { intent: 'salary', confidence: 0.5 },
  b1: { intent: 'salary', confidence: 0.99 },
  b2: { intent: 'None', confidence: 0.3 },
  b3: { intent: 'None', confidence: 0.04 },
  b4: { intent: 'None', confidence: 0.12 },
});

const close = (actual: number | null | undefined, expected: number, what: string): void => {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);
};

describe('bench: evaluate', () => {
  const ev: Evaluation = evaluate(RECOGNIZER, CASES);

  it('counts accuracy overall and per language', () => {
    assert.equal(ev.correct, 7);
    close(ev.accuracy, 0.7, 'accuracy');
    assert.equal(ev.languages.en?.cases, 6);
    close(ev.languages.en?.accuracy, 4 / 6, 'en accuracy');
    close(ev.languages.de?.accuracy, 3 / 4, 'de accuracy');
    close(ev.languages.en?.outOfScopeRecall, 1 / 2, 'en None recall');
    close(ev.languages.de?.outOfScopeRecall, 1, 'de None recall');
  });

  it('computes precision, recall and F1 per intent, and their averages', () => {
    const by = Object.fromEntries(ev.intents.map((m) => [m.intent, m]));
    // salary: 4 cases, answered 4 times (a1 a2 a6 b1), 3 right.
    assert.deepEqual([by.salary.support, by.salary.predicted], [4, 4]);
    close(by.salary.precision, 0.75, 'salary P');
    close(by.salary.recall, 0.75, 'salary R');
    close(by.salary.f1, 0.75, 'salary F1');
    // skills: 2 cases, answered 2 times (a3 a4), 1 right.
    close(by.skills.precision, 0.5, 'skills P');
    close(by.skills.recall, 0.5, 'skills R');
    close(by.skills.f1, 0.5, 'skills F1');
    // None: 4 cases, answered 4 times (a5 b2 b3 b4), 3 right.
    close(by.None.precision, 0.75, 'None P');
    close(by.None.recall, 0.75, 'None R');
    close(ev.macroF1, (0.75 + 0.5 + 0.75) / 3, 'macro F1');
    close(ev.weightedF1, (4 * 0.75 + 2 * 0.5 + 4 * 0.75) / 10, 'weighted F1');
  });

  it('reports None recall, the false-accept and the false-reject rate', () => {
    assert.equal(ev.outOfScope.cases, 4);
    close(ev.outOfScope.recall, 0.75, 'None recall');
    close(ev.outOfScope.falseAcceptRate, 0.25, 'false accepts (a6)');
    close(ev.outOfScope.falseRejectRate, 1 / 6, 'false rejects (b2)');
  });

  it('counts occupations: first named or a related role; spurious ones separately', () => {
    assert.equal(ev.occupation.cases, 3);
    assert.equal(ev.occupation.correct, 2);
    close(ev.occupation.accuracy, 2 / 3, 'occupation accuracy');
    assert.equal(ev.occupation.unnamedCases, 2);
    assert.equal(ev.occupation.spurious, 1);
  });

  it('fills the confusion matrix in intent order, None last', () => {
    assert.deepEqual(ev.confusion.labels, ['skills', 'salary', 'None']);
    assert.deepEqual(ev.confusion.counts, [
      [1, 0, 1],
      [1, 3, 0],
      [0, 1, 3],
    ]);
  });

  it('bins the best in-scope confidence, in scope and out of scope apart', () => {
    assert.equal(ev.histogram.inScope.reduce((a, b) => a + b, 0), 6);
    assert.equal(ev.histogram.outOfScope.reduce((a, b) => a + b, 0), 4);
    // Bins of width 0.05: 0.04 -> 0, 0.12 -> 2, 0.2 -> 4, 0.5 -> 10 (out of scope);
    // 0.3 -> 6, 0.6 -> 12, 0.7 -> 14, 0.81 -> 16, 0.92 -> 18, 0.99 -> 19 (in scope).
    const nonEmpty = (counts: number[]): number[] => counts.flatMap((n, i) => (n > 0 ? [i] : []));
    assert.deepEqual(nonEmpty(ev.histogram.outOfScope), [0, 2, 4, 10]);
    assert.deepEqual(nonEmpty(ev.histogram.inScope), [6, 12, 14, 16, 18, 19]);
  });

  it('lists the misclassified cases with what they got', () => {
    assert.deepEqual(
      ev.misclassified.map((m) => [m.text, m.expected, m.got]),
      [
        ['a3', 'salary', 'skills'],
        ['a6', 'None', 'salary'],
        ['b2', 'skills', 'None'],
      ],
    );
    close(ev.misclassified[0].score, 0.6, 'score of a3');
  });
});

describe('bench: floors', () => {
  const ev = evaluate(RECOGNIZER, CASES);

  it('fails below the floor, per language, naming what is missed', () => {
    const failures = checkFloors(ev, { minAccuracy: 0.9, minOosRecall: 0.85 });
    assert.equal(failures.length, 3);
    assert.match(failures.join('\n'), /en: intent accuracy 0\.667 < 0\.9/);
    assert.match(failures.join('\n'), /de: intent accuracy 0\.750 < 0\.9/);
    assert.match(failures.join('\n'), /en: None recall 0\.500 < 0\.85/);
  });

  it('passes at or above the floor', () => {
    assert.deepEqual(checkFloors(ev, { minAccuracy: 0.6, minOosRecall: 0.5 }), []);
  });
});

describe('bench: HTML report', () => {
  const ev = evaluate(RECOGNIZER, CASES);
  const report: EvalReport = {
    generatedAt: '2026-01-01T00:00:00.000Z',
    version: 'abc1234',
    settings: { threshold: 0.45, trainingUtterances: 10, testCases: 10, trainingMs: 12 },
    heldOut: ev,
    crossValidation: { k: 2, seed: 1, folds: [{ train: 5, test: 5, accuracy: 0.8 }, { train: 5, test: 5, accuracy: 0.6 }], meanAccuracy: 0.7, stdAccuracy: 0.1, pooled: ev },
    floors: { minAccuracy: 0.9, minOosRecall: 0.85 },
    failures: checkFloors(ev, { minAccuracy: 0.9, minOosRecall: 0.85 }),
  };
  const html = renderHtml(report);

  it('has the confusion matrix as a coloured table', () => {
    assert.match(html, /<table id="confusion-matrix">/);
    assert.match(html, /background: rgba\(26, 127, 55/, 'green diagonal');
    assert.match(html, /background: rgba\(207, 34, 46/, 'red off the diagonal');
  });

  it('has the confidence histogram as inline SVG with the threshold', () => {
    assert.match(html, /<svg id="confidence-histogram"[^>]*>[\s\S]*<rect[\s\S]*threshold 0\.45[\s\S]*<\/svg>/);
  });

  it('lists the misclassified utterances with expected, got and score', () => {
    const table = html.slice(html.indexOf('<table id="misclassified">'));
    assert.match(table, /<td>a6<\/td><td>en<\/td><td>None<\/td><td>salary<\/td><td class="n">0\.500<\/td>/);
    assert.match(html, /Floors missed/);
  });

  it('loads nothing from outside: no URLs, no scripts', () => {
    assert.doesNotMatch(html, /https?:|\/\/[a-z]/i);
    assert.doesNotMatch(html, /<script|<link|src=/i);
  });

  it('escapes utterances', () => {
    const withTag = evaluate(stub({ '<b>hi</b>': { intent: 'salary', confidence: 0.9 } }), [{ text: '<b>hi</b>', language: 'en', intent: 'None' }]);
    const page = renderHtml({ ...report, heldOut: withTag, crossValidation: { ...report.crossValidation, pooled: withTag } });
    assert.ok(page.includes('&lt;b&gt;hi&lt;/b&gt;'));
    assert.ok(!page.includes('<b>hi</b>'));
  });
});

describe('bench: cross-validation', () => {
  const items = [...Array(10).keys()].map((i) => ({ text: `s${i}`, intent: 'salary', language: 'en' as const }))
    .concat([...Array(5).keys()].map((i) => ({ text: `k${i}`, intent: 'skills', language: 'en' as const })));

  it('makes stratified, disjoint, deterministic folds', () => {
    const folds = stratifiedFolds(items, (u) => u.intent, 5, 7);
    assert.deepEqual(folds, stratifiedFolds(items, (u) => u.intent, 5, 7), 'same seed, same folds');
    assert.deepEqual(folds.flat().sort((a, b) => a - b), [...items.keys()], 'every item in exactly one fold');
    for (const fold of folds) {
      assert.equal(fold.filter((i) => items[i].intent === 'salary').length, 2);
      assert.equal(fold.filter((i) => items[i].intent === 'skills').length, 1);
    }
  });

  it('tests every utterance once, trained without it', () => {
    const cv = crossValidate(
      items,
      (training) => {
        const seen = new Set(training.map((u) => u.text));
        // Answers right only for what it was trained on: a leak between folds would show as accuracy > 0.
        return stub(Object.fromEntries(items.map((u) => [u.text, { intent: (seen.has(u.text) ? u.intent : 'None') as IntentName, confidence: 0.9 }])));
      },
      { k: 5, seed: 1 },
    );
    assert.equal(cv.folds.length, 5);
    assert.equal(cv.pooled.cases, items.length);
    assert.equal(cv.pooled.correct, 0);
  });
});

describe('bench: peer metrics', () => {
  it('micro-F1 treats None as no intent', () => {
    // 2 right intents, 1 right None (no TP), 1 wrong intent (FP + FN), 1 intent answered None (FN).
    const items = [
      { label: 'a', intent: 'a' },
      { label: 'b', intent: 'b' },
      { label: 'None', intent: 'None' },
      { label: 'a', intent: 'b' },
      { label: 'b', intent: 'None' },
    ];
    close(microF1(items), (2 * 2) / (2 * 2 + 1 + 2), 'micro-F1');
  });

  it('chooses the threshold that best separates in scope from out of scope on validation data', () => {
    const t = chooseThreshold([
      { label: 'a', top: 'a', score: 0.9 },
      { label: 'a', top: 'a', score: 0.6 },
      { label: 'None', top: 'a', score: 0.4 },
      { label: 'None', top: 'b', score: 0.3 },
    ]);
    assert.ok(t > 0.4 && t <= 0.6, String(t));
  });
});
