import { ADDRESSES, type Address } from '../address';
import type { Config } from '../config';
import type { Logger } from '../log';
import { AnswerComposer } from '../answers';
import { inAddress, loadKnowledge, type KnowledgeBase } from '../knowledge';
import { createRecognizer, LANGUAGE_PACKS, loadTrainingData, type Recognizer } from '../nlu';
import { BrainCache, brainFingerprint } from './brain-cache';

/** What the bot knows and understands: rebuilt as a whole from the data files, swapped as a whole. */
export interface Brain {
  readonly knowledge: KnowledgeBase;
  readonly recognizer: Recognizer;
  /** The answers in each form of address (German "du" and "Sie"), from the same knowledge. */
  readonly answers: Readonly<Record<Address, AnswerComposer>>;
  /** Whether the data and the classifier came from the brain cache or were loaded and trained at this load. */
  readonly model: 'cached' | 'trained';
}

/**
 * Loads and validates `knowledge/` and `intents/`, then trains the recognizer — or takes the validated data
 * and the classifier from the brain cache when the data files and the code are unchanged since.
 * @throws DataError listing every problem in the data files.
 */
export function loadBrain(config: Pick<Config, 'knowledgeDir' | 'intentsDir' | 'nluThreshold' | 'defaultLanguage' | 'modelCacheDir'>, logger?: Logger): Brain {
  // No fingerprint (a data folder cannot be read): no cache, and the loaders say what is wrong.
  const fingerprint = config.modelCacheDir ? brainFingerprint([config.knowledgeDir, config.intentsDir]) : undefined;
  const cache = config.modelCacheDir && fingerprint ? { store: new BrainCache(config.modelCacheDir), fingerprint } : undefined;
  const cached = cache?.store.load(cache.fingerprint);
  const knowledge = cached?.knowledge ?? loadKnowledge(config.knowledgeDir);
  const utterances = cached?.utterances ?? loadTrainingData(config.intentsDir, Object.values(LANGUAGE_PACKS));
  const recognizer = createRecognizer(knowledge, utterances, { threshold: config.nluThreshold, defaultLanguage: config.defaultLanguage, trained: cached?.model });
  if (cache && !cached) {
    try {
      cache.store.save(cache.fingerprint, { knowledge, utterances, model: recognizer.model });
    } catch (err) {
      // A read-only folder costs the next start its speed, nothing else.
      logger?.warn('could not write the brain cache', { code: 'BRAIN_CACHE_FAILED', dir: config.modelCacheDir, err });
    }
  }
  const answers = Object.freeze(Object.fromEntries(ADDRESSES.map((a) => [a, new AnswerComposer(inAddress(knowledge, a))])) as Record<Address, AnswerComposer>);
  return Object.freeze({ knowledge, recognizer, answers, model: cached ? ('cached' as const) : ('trained' as const) });
}
