import type { KnowledgeBase } from '../src/knowledge';
import { LANGUAGES, type Language } from '../src/language';
import { CareerRecognizer, createRecognizer, LANGUAGE_PACKS, type RecognizerSettings } from '../src/nlu';
import type { LabelledText } from './data';
import { NONE } from './metrics';

/** One system's answer for a message. */
export interface Prediction {
  /** The intent the system answers with its own out-of-scope handling (`None` when it rejects). */
  intent: string;
  /** Its best-scoring label before any out-of-scope decision (may itself be `None`), and that score. */
  top: string;
  score: number;
}

/** A classifier under test, behind one small interface so every system runs the same loop. */
export interface BenchSystem {
  readonly name: string;
  train(samples: readonly LabelledText[]): Promise<void>;
  classify(text: string, language: Language): Promise<Prediction>;
}

/** Makes an untrained system for a data set in the given languages. */
export type SystemFactory = (languages: readonly Language[]) => BenchSystem;

/** Overrides of the project's recognizer (feature families, epochs, spelling) for the ablation. */
export type RecognizerOverrides = Pick<RecognizerSettings, 'features' | 'classifier' | 'spelling'>;

/**
 * The project's recognizer. With `bot` (knowledge base and threshold): exactly as the bot builds it
 * (occupations masked, the configured out-of-scope threshold). Without one (the public corpora): no occupations, no button labels,
 * threshold 0 — the corpora have no occupations, and their own `None` class (AskUbuntu, WebApplications,
 * CLINC's `oos`) is learnt as a class like the bot's. Both language packs stay on, as in the bot: the
 * language detector expects a pack for every supported language.
 */
export function projectSystem(options: { bot?: { kb: KnowledgeBase; threshold: number }; overrides?: RecognizerOverrides } = {}): SystemFactory {
  return () => {
    let recognizer: CareerRecognizer | undefined;
    return {
      name: 'career-bot',
      async train(samples) {
        const overrides = options.overrides ?? {};
        recognizer = options.bot
          ? createRecognizer(options.bot.kb, samples, { threshold: options.bot.threshold, defaultLanguage: 'de', ...overrides })
          : new CareerRecognizer(
              { packs: LANGUAGES.map((l) => LANGUAGE_PACKS[l]), threshold: 0, defaultLanguage: 'en', topicLabels: [], ...overrides },
              samples,
              [],
            );
      },
      async classify(text, language) {
        const r = recognizer!.recognize(text, { previousLanguage: language });
        const top = r.intents[0];
        return { intent: r.intent, top: top?.intent ?? NONE, score: top?.score ?? 0 };
      },
    };
  };
}

// node-nlp ships no type declarations; this is the part we use.
interface NlpResult {
  intent: string;
  classifications?: { intent: string; score: number }[];
}
interface NlpManagerLike {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<NlpResult>;
}

/**
 * NLP.js (node-nlp NlpManager) with default settings, except: training log off, and no model.nlp file
 * written to or read from the working directory (autoSave/autoLoad affect persistence only). Its default
 * intent threshold (0.5, answers `None` below it) stays on. Messages are processed with their labelled
 * language (the conversation's language, which the bot knows too) rather than NLP.js's guess.
 */
export const nlpJsSystem: SystemFactory = (languages) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NlpManager } = require('node-nlp') as { NlpManager: new (settings: object) => NlpManagerLike };
  const manager = new NlpManager({ languages: [...languages], nlu: { log: false }, autoSave: false, autoLoad: false });
  return {
    name: 'NLP.js',
    async train(samples) {
      for (const s of samples) manager.addDocument(s.language, s.text, s.intent);
      await manager.train();
    },
    async classify(text, language) {
      const r = await manager.process(language, text);
      const top = r.classifications?.[0];
      return { intent: r.intent, top: top?.intent ?? NONE, score: top?.score ?? 0 };
    },
  };
};

interface BayesLike {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): { label: string; value: number }[];
}

/**
 * natural's plain BayesClassifier with the (English) Porter stemmer: the baseline a natural user gets out of
 * the box. Its values are prior x likelihood, not probabilities; normalised here so a threshold means the
 * same as for the other systems. One model for all languages (it has no notion of language).
 */
export const bayesSystem: SystemFactory = () => {
  process.env.DOTENV_CONFIG_QUIET = 'true';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier') as new (stemmer: unknown) => BayesLike;
  const stemmer = require('natural/lib/natural/stemmers/porter_stemmer') as unknown;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const bayes = new BayesClassifier(stemmer);
  return {
    name: 'natural Bayes',
    async train(samples) {
      for (const s of samples) bayes.addDocument(s.text, s.intent);
      bayes.train();
    },
    async classify(text) {
      const all = bayes.getClassifications(text);
      const total = all.reduce((a, c) => a + c.value, 0);
      const top = all[0];
      return { intent: top?.label ?? NONE, top: top?.label ?? NONE, score: top && total > 0 ? top.value / total : 0 };
    },
  };
};
