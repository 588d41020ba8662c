import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { CareerBotError } from '../src/errors';
import { loadKnowledge } from '../src/knowledge';
import { LANGUAGES } from '../src/language';
import { createRecognizer, LANGUAGE_PACKS, loadTrainingData, type Recognition, type Recognizer, type Utterance } from '../src/nlu';
import { DEFAULT_CLASSIFIER } from '../src/nlu/classifier';
import { DEFAULT_FEATURES } from '../src/nlu/features';
import { parseFlags, UsageError } from './args';
import { crossValidate } from './cross-validate';
import { loadBraun, loadTestSet, ROOT } from './data';
import { evaluate, NONE, summarize, toOutcome, type Evaluation, type TestCase } from './metrics';
import { microF1, type Scored } from './peer-metrics';
import { formatSeconds, Progress, status } from './progress';
import { projectSystem, type RecognizerOverrides } from './systems';
import { formatTable, percent } from './table';

/**
 * Which technique helps: the project's recognizer with one feature family (or spelling correction) switched
 * off at a time, and with one model instead of averaged ones or a fixed number of epochs, on the own held-out set, 5-fold cross-validation of
 * the training utterances, and the Braun corpora; then a threshold sweep of the default model.
 *
 * Run after a build:  node dist/bench/nlu-ablation.js [--no-cv] [--out DIR]   (about 3 minutes; under 1 without CV)
 */

/** The variants compared; each changes one thing against the default. */
const VARIANTS: readonly { name: string; overrides: RecognizerOverrides }[] = [
  { name: 'default', overrides: {} },
  { name: 'no words', overrides: { features: { ...DEFAULT_FEATURES, words: false } } },
  { name: 'no stems', overrides: { features: { ...DEFAULT_FEATURES, stems: false } } },
  { name: 'with word bigrams', overrides: { features: { ...DEFAULT_FEATURES, bigrams: true } } },
  { name: 'no char n-grams', overrides: { features: { ...DEFAULT_FEATURES, charGrams: [] } } },
  { name: 'char n-grams 3-5', overrides: { features: { ...DEFAULT_FEATURES, charGrams: [3, 4, 5] } } },
  { name: 'no idf weighting', overrides: { features: { ...DEFAULT_FEATURES, idf: false } } },
  { name: 'no spelling correction', overrides: { spelling: false } },
  { name: `one model (default ${DEFAULT_CLASSIFIER.models} averaged)`, overrides: { classifier: { ...DEFAULT_CLASSIFIER, models: 1 } } },
  { name: 'one model, 30 epochs (previous default)', overrides: { classifier: { ...DEFAULT_CLASSIFIER, models: 1, updates: undefined, epochs: 30 } } },
  { name: `${DEFAULT_CLASSIFIER.models} models of 30 epochs`, overrides: { classifier: { ...DEFAULT_CLASSIFIER, updates: undefined, epochs: 30 } } },
  { name: 'plain SGD (0.5, 60 epochs, one model)', overrides: { classifier: { ...DEFAULT_CLASSIFIER, optimizer: 'sgd', learningRate: 0.5, epochs: 60, updates: undefined, models: 1 } } },
  // The recognizer before idf and AdaGrad: do the two add up?
  {
    name: 'no idf + plain SGD, one model (an earlier default)',
    overrides: { features: { ...DEFAULT_FEATURES, idf: false }, classifier: { ...DEFAULT_CLASSIFIER, optimizer: 'sgd', learningRate: 0.5, epochs: 60, updates: undefined, models: 1 } },
  },
];

const THRESHOLDS = [0.25, 0.35, 0.45, 0.55, 0.65, 0.75];

interface VariantResult {
  name: string;
  trainMs: number;
  heldOut: Pick<Evaluation, 'accuracy' | 'languages' | 'outOfScope'>;
  cvAccuracy: number | null;
  braunMicroF1: number;
  perSecond: number;
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = parseFlags(argv, { out: { type: 'string' }, 'no-cv': { type: 'boolean' } });
  const outDir = flags.out ? path.resolve(flags.out) : path.join(ROOT, 'bench-results');
  const config = loadConfig(process.env, ROOT);
  const kb = loadKnowledge(config.knowledgeDir);
  const utterances = loadTrainingData(config.intentsDir, Object.values(LANGUAGE_PACKS));
  const cases = loadTestSet();
  const braun = loadBraun();

  const results: VariantResult[] = [];
  for (const variant of VARIANTS) {
    status(`${variant.name} …`);
    const build = (training: readonly Utterance[], threshold = config.nluThreshold): Recognizer =>
      createRecognizer(kb, training, { threshold, defaultLanguage: config.defaultLanguage, ...variant.overrides });
    const t0 = performance.now();
    const recognizer = build(utterances);
    const trainMs = performance.now() - t0;
    const heldOut = evaluate(recognizer, cases);

    let cvAccuracy: number | null = null;
    if (!flags['no-cv']) {
      const bar = new Progress('  cross-validation (folds)', 5);
      cvAccuracy = crossValidate(utterances, (t) => build(t), { k: 5, seed: 42, onFold: () => bar.tick() }).meanAccuracy;
      bar.finish();
    }

    const braunAnswers: Scored[] = [];
    for (const corpus of braun) {
      const system = projectSystem({ overrides: variant.overrides })(['en']);
      await system.train(corpus.train);
      for (const item of corpus.test) braunAnswers.push({ label: item.intent, intent: (await system.classify(item.text, 'en')).intent });
    }

    results.push({
      name: variant.name,
      trainMs,
      heldOut: { accuracy: heldOut.accuracy, languages: heldOut.languages, outOfScope: heldOut.outOfScope },
      cvAccuracy,
      braunMicroF1: microF1(braunAnswers),
      perSecond: throughput(recognizer, cases),
    });
  }

  // Threshold sweep of the default model: trained once with threshold 0, the decision re-applied per value.
  const base = createRecognizer(kb, utterances, { threshold: 0, defaultLanguage: config.defaultLanguage });
  const recognitions = cases.map((c) => base.recognize(c.text, { previousLanguage: c.language }));
  const sweep = THRESHOLDS.map((threshold) => ({ threshold, evaluation: summarize(cases.map((c, i) => toOutcome(c, rethreshold(recognitions[i], threshold)))) }));

  process.stdout.write('\n' + renderVariants(results, config.nluThreshold) + '\n\n' + renderSweep(sweep, cases, config.nluThreshold) + '\n');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, 'nlu-ablation.json'),
    JSON.stringify({ generatedAt: new Date().toISOString(), variants: results, sweep: sweep.map((s) => ({ threshold: s.threshold, accuracy: s.evaluation.accuracy, languages: s.evaluation.languages, outOfScope: s.evaluation.outOfScope })) }, null, 2) + '\n',
  );
  return 0;
}

/** The recognizer's decision under another threshold (same rule as CareerRecognizer.recognize). */
function rethreshold(r: Recognition, threshold: number): Recognition {
  const top = r.intents[0];
  if (top && top.intent !== NONE && top.score >= threshold) return { ...r, intent: top.intent, score: top.score };
  return { ...r, intent: NONE, score: !top ? 1 : top.intent === NONE ? top.score : 1 - top.score };
}

/** Classifications per second on the held-out set, for about a second. */
function throughput(recognizer: Recognizer, cases: readonly TestCase[]): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1000) {
    for (const c of cases) recognizer.recognize(c.text);
    n += cases.length;
  }
  return (n / (performance.now() - t0)) * 1000;
}

function renderVariants(results: readonly VariantResult[], threshold: number): string {
  const base = results[0];
  const delta = (v: number | null, b: number | null): string => (v === null || b === null || v === b ? '' : ` (${v > b ? '+' : ''}${((v - b) * 100).toFixed(1)})`);
  const rows = results.map((r) => [
    r.name,
    ...LANGUAGES.map((l) => percent(r.heldOut.languages[l]?.accuracy) + delta(r.heldOut.languages[l]?.accuracy ?? null, base.heldOut.languages[l]?.accuracy ?? null)),
    percent(r.heldOut.outOfScope.recall) + delta(r.heldOut.outOfScope.recall, base.heldOut.outOfScope.recall),
    percent(r.cvAccuracy) + delta(r.cvAccuracy, base.cvAccuracy),
    percent(r.braunMicroF1) + delta(r.braunMicroF1, base.braunMicroF1),
    (r.trainMs / 1000).toFixed(1),
    Math.round(r.perSecond).toLocaleString('en-US'),
  ]);
  return [
    `Ablation (threshold ${threshold}; change against the default in percentage points)`,
    '',
    formatTable(['variant', ...LANGUAGES.map((l) => `held-out ${l} acc`), 'None recall', '5-fold CV acc', 'Braun micro-F1', 'train s', 'msg/s'], rows),
  ].join('\n');
}

function renderSweep(sweep: readonly { threshold: number; evaluation: Evaluation }[], cases: readonly TestCase[], current: number): string {
  const rows = sweep.map(({ threshold, evaluation: e }) => [
    threshold === current ? `${threshold} (current)` : String(threshold),
    ...LANGUAGES.map((l) => percent(e.languages[l]?.accuracy)),
    ...LANGUAGES.map((l) => percent(e.languages[l]?.outOfScopeRecall)),
    percent(e.outOfScope.falseRejectRate),
  ]);
  return [
    `Threshold sweep of the default model on the held-out set (${cases.length} cases)`,
    '',
    formatTable(['threshold', ...LANGUAGES.map((l) => `${l} acc`), ...LANGUAGES.map((l) => `${l} None recall`), 'false reject'], rows, {
      rightAlign: [false, true, true, true, true, true],
    }),
  ].join('\n');
}

if (require.main === module) {
  const t0 = performance.now();
  main(process.argv.slice(2)).then(
    (code) => {
      status(`done in ${formatSeconds(performance.now() - t0)}`);
      process.exitCode = code;
    },
    (e: unknown) => {
      if (!(e instanceof UsageError || e instanceof CareerBotError)) throw e;
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
    },
  );
}
