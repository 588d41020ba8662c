import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isLanguage, type Language } from '../src/language';
import { NONE, type TestCase } from './metrics';

/** Project root: scripts run from dist/bench, the data lives in the source tree. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The public corpora in ../shared/benchmarks (see its README for sources and licences). */
export const BENCHMARKS_DIR = path.resolve(ROOT, '..', 'shared', 'benchmarks');

/** A labelled utterance of a generic corpus (no occupation, one language). */
export interface LabelledText {
  text: string;
  intent: string;
  language: Language;
}

/**
 * Reads the held-out test set (`cases:` with text, language, intent, occupation).
 * @throws Error naming the first malformed case, so a broken edit of the set is not silently skipped.
 */
export function loadTestSet(file = path.join(ROOT, 'test', 'data', 'nlu-test-set.yaml')): TestCase[] {
  const data = parse(fs.readFileSync(file, 'utf8')) as { cases?: unknown };
  if (!Array.isArray(data?.cases)) throw new Error(`${file}: expected a top-level 'cases:' list`);
  return data.cases.map((raw: Record<string, unknown>, i: number) => {
    const { text, language, intent, occupation } = raw ?? {};
    if (typeof text !== 'string' || typeof intent !== 'string' || !isLanguage(language)) {
      throw new Error(`${file}: case ${i + 1} needs text, intent and language (de or en)`);
    }
    if (occupation !== undefined && occupation !== null && typeof occupation !== 'string') {
      throw new Error(`${file}: case ${i + 1}: occupation must be an occupation id or null`);
    }
    return { text, language, intent, occupation: occupation as string | null | undefined };
  });
}

/** One corpus of Braun et al. 2017, split by its `training` flag. */
export interface BraunCorpus {
  name: string;
  train: LabelledText[];
  test: LabelledText[];
}

/** The three corpora of Braun et al. 2017 (Chatbot, AskUbuntu, WebApplications), English. */
export function loadBraun(dir = path.join(BENCHMARKS_DIR, 'braun2017')): BraunCorpus[] {
  return ['ChatbotCorpus', 'AskUbuntuCorpus', 'WebApplicationsCorpus'].map((name) => {
    const corpus = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as {
      sentences: { text: string; intent: string; training: boolean }[];
    };
    const toText = (s: { text: string; intent: string }): LabelledText => ({ text: s.text, intent: s.intent, language: 'en' });
    return {
      name: name.replace(/Corpus$/, ''),
      train: corpus.sentences.filter((s) => s.training).map(toText),
      test: corpus.sentences.filter((s) => !s.training).map(toText),
    };
  });
}

/** CLINC150 (Larson et al. 2019), with its `oos` label renamed to `None`. */
export interface Clinc {
  train: LabelledText[];
  oosTrain: LabelledText[];
  val: LabelledText[];
  oosVal: LabelledText[];
  test: LabelledText[];
  oosTest: LabelledText[];
}

/** Loads CLINC150's full split (15 000 training utterances, 150 intents plus out-of-scope). */
export function loadClinc(file = path.join(BENCHMARKS_DIR, 'clinc150', 'data_full.json')): Clinc {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, [string, string][]>;
  const part = (key: string): LabelledText[] =>
    raw[key].map(([text, intent]) => ({ text, intent: intent === 'oos' ? NONE : intent, language: 'en' }));
  return {
    train: part('train'),
    oosTrain: part('oos_train'),
    val: part('val'),
    oosVal: part('oos_val'),
    test: part('test'),
    oosTest: part('oos_test'),
  };
}
