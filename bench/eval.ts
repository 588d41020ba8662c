import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { CareerBotError } from '../src/errors';
import { loadKnowledge } from '../src/knowledge';
import { createRecognizer, LANGUAGE_PACKS, loadTrainingData, type Utterance } from '../src/nlu';
import { parseFlags, shareFlag, UsageError } from './args';
import { crossValidate } from './cross-validate';
import { loadTestSet, ROOT } from './data';
import { checkFloors, DEFAULT_FLOORS } from './floors';
import { evaluate, type Evaluation } from './metrics';
import { Progress, status, formatSeconds } from './progress';
import { renderHtml, type EvalReport } from './report-html';
import { fixed, formatTable, percent } from './table';
import { sourceVersion } from './version';

export { crossValidate, stratifiedFolds } from './cross-validate';
export { checkFloors, DEFAULT_FLOORS } from './floors';
export { evaluate, type Evaluation, type TestCase } from './metrics';
export { renderHtml, type EvalReport } from './report-html';

const USAGE = `usage: npm run eval -- [--out DIR] [--min-accuracy 0.92] [--min-oos-recall 0.87]

Trains the recognizer on intents/, evaluates it on test/data/nlu-test-set.yaml, runs 5-fold
cross-validation on the training utterances and writes DIR/report.json and DIR/report.html
(default DIR: eval-report/ in the project). Exit code 1 when a floor is missed, 2 on bad input.`;

/**
 * `npm run eval`, like `rasa test`: held-out evaluation plus cross-validation, tables on stdout, progress
 * on stderr, a JSON and an HTML report. Returns the exit code.
 */
export function main(argv: readonly string[]): number {
  const flags = parseFlags(argv, {
    out: { type: 'string' },
    'min-accuracy': { type: 'string' },
    'min-oos-recall': { type: 'string' },
    help: { type: 'boolean' },
  });
  if (flags.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const floors = {
    minAccuracy: shareFlag('min-accuracy', flags['min-accuracy'], DEFAULT_FLOORS.minAccuracy),
    minOosRecall: shareFlag('min-oos-recall', flags['min-oos-recall'], DEFAULT_FLOORS.minOosRecall),
  };
  const outDir = flags.out ? path.resolve(flags.out) : path.join(ROOT, 'eval-report');

  // The bot's own settings (KNOWLEDGE_DIR, INTENTS_DIR, NLU_THRESHOLD, DEFAULT_LANGUAGE), so the report
  // measures what `npm start` would run.
  const config = loadConfig(process.env, ROOT);
  const kb = loadKnowledge(config.knowledgeDir);
  const utterances = loadTrainingData(config.intentsDir, Object.values(LANGUAGE_PACKS));
  const cases = loadTestSet();
  const build = (training: readonly Utterance[]) =>
    createRecognizer(kb, training, { threshold: config.nluThreshold, defaultLanguage: config.defaultLanguage });

  const started = performance.now();
  status(`training on ${utterances.length} utterances …`);
  const recognizer = build(utterances);
  const trainingMs = performance.now() - started;
  status(`trained in ${formatSeconds(trainingMs)}`);

  const heldOutBar = new Progress('held-out test set', cases.length);
  const heldOut = evaluate(recognizer, cases, () => heldOutBar.tick());
  heldOutBar.finish();

  const k = 5;
  const cvBar = new Progress(`${k}-fold cross-validation (folds)`, k);
  const crossValidation = crossValidate(utterances, build, { k, seed: 42, onFold: () => cvBar.tick() });
  cvBar.finish();

  const failures = checkFloors(heldOut, floors);
  const report: EvalReport = {
    generatedAt: new Date().toISOString(),
    version: sourceVersion(),
    settings: { threshold: config.nluThreshold, trainingUtterances: utterances.length, testCases: cases.length, trainingMs: Math.round(trainingMs) },
    heldOut,
    crossValidation,
    floors,
    failures,
  };

  process.stdout.write(printReport(report) + '\n');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, 'report.html'), renderHtml(report));
  process.stdout.write(`\nreport: ${path.relative(process.cwd(), path.join(outDir, 'report.html')) || outDir} (and report.json); total ${formatSeconds(performance.now() - started)}\n`);
  if (failures.length > 0) {
    process.stdout.write(`\nFAILED: below the floors:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('\nall floors met\n');
  return 0;
}

/** The plain-text part of the report: per-intent table, summary, cross-validation. */
function printReport(report: EvalReport): string {
  const ev = report.heldOut;
  const cv = report.crossValidation;
  return [
    `Held-out test set: ${ev.cases} cases, threshold ${report.settings.threshold}; code ${report.version}`,
    '',
    intentTable(ev),
    '',
    formatTable(
      ['language', 'cases', 'intent accuracy', 'floor', 'None cases', 'None recall', 'floor'],
      Object.entries(ev.languages).map(([language, m]) => [
        language,
        String(m.cases),
        percent(m.accuracy),
        percent(report.floors.minAccuracy, 0),
        String(m.outOfScopeCases),
        percent(m.outOfScopeRecall),
        percent(report.floors.minOosRecall, 0),
      ]),
    ),
    '',
    formatTable(
      ['measure', 'value'],
      [
        ['intent accuracy (all)', `${percent(ev.accuracy)} (${ev.correct}/${ev.cases})`],
        ['macro F1 / weighted F1', `${fixed(ev.macroF1)} / ${fixed(ev.weightedF1)}`],
        ['None recall (all)', `${percent(ev.outOfScope.recall)} of ${ev.outOfScope.cases}`],
        ['false-accept rate (None answered in scope)', percent(ev.outOfScope.falseAcceptRate)],
        ['false-reject rate (in scope answered None)', `${percent(ev.outOfScope.falseRejectRate)} of ${ev.outOfScope.inScopeCases}`],
        ['occupation recognised (first or related role)', `${percent(ev.occupation.accuracy)} (${ev.occupation.correct}/${ev.occupation.cases})`],
        ['occupation found where none is named', `${ev.occupation.spurious} of ${ev.occupation.unnamedCases}`],
      ],
      { rightAlign: [false, true] },
    ),
    '',
    `Cross-validation: ${cv.k}-fold, stratified by intent and language, seed ${cv.seed}, ${cv.pooled.cases} training utterances`,
    '',
    formatTable(
      ['fold', 'train', 'test', 'accuracy'],
      [
        ...cv.folds.map((f, i) => [String(i + 1), String(f.train), String(f.test), percent(f.accuracy)]),
        ['mean ± sd', '', '', `${percent(cv.meanAccuracy)} ± ${percent(cv.stdAccuracy)}`],
      ],
      { rightAlign: [false, true, true, true] },
    ),
    '',
    `pooled: macro F1 ${fixed(cv.pooled.macroF1)}; ` +
      Object.entries(cv.pooled.languages)
        .map(([l, m]) => `${l} accuracy ${percent(m.accuracy)}, None recall ${percent(m.outOfScopeRecall)}`)
        .join('; '),
  ].join('\n');
}

function intentTable(ev: Evaluation): string {
  return formatTable(
    ['intent', 'precision', 'recall', 'F1', 'support', 'answered'],
    ev.intents.map((m) => [m.intent, fixed(m.precision), fixed(m.recall), fixed(m.f1), String(m.support), String(m.predicted)]),
  );
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    // Bad flags and broken data files are the user's to fix: say what, not a stack trace.
    if (!(e instanceof UsageError || e instanceof CareerBotError)) throw e;
    process.stderr.write(`${e.message}\n${e instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    process.exitCode = 2;
  }
}
