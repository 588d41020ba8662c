import type { Config } from '../config';
import { AnswerComposer } from '../answers';
import { loadKnowledge, type KnowledgeBase } from '../knowledge';
import { createRecognizer, LANGUAGE_PACKS, loadTrainingData, type Recognizer } from '../nlu';
import { ModelCache, modelFingerprint } from './model-cache';

/** What the bot knows and understands: rebuilt as a whole from the data files, swapped as a whole. */
export interface Brain {
  readonly knowledge: KnowledgeBase;
  readonly recognizer: Recognizer;
  readonly answers: AnswerComposer;
  /** Whether the classifier came from the model cache or was trained at this load. */
  readonly model: 'cached' | 'trained';
}

/**
 * Loads and validates `knowledge/` and `intents/`, then trains the recognizer — or takes the classifier
 * from the model cache when the data and the recognizer code are unchanged since it was trained.
 * @throws DataError listing every problem in the data files.
 */
export function loadBrain(config: Pick<Config, 'knowledgeDir' | 'intentsDir' | 'nluThreshold' | 'defaultLanguage' | 'modelCacheDir'>): Brain {
  const knowledge = loadKnowledge(config.knowledgeDir);
  const utterances = loadTrainingData(config.intentsDir, Object.values(LANGUAGE_PACKS));
  const cache = config.modelCacheDir ? new ModelCache(config.modelCacheDir) : undefined;
  const fingerprint = cache ? modelFingerprint([config.knowledgeDir, config.intentsDir]) : '';
  const trained = cache?.load(fingerprint);
  const recognizer = createRecognizer(knowledge, utterances, { threshold: config.nluThreshold, defaultLanguage: config.defaultLanguage, trained });
  if (cache && !trained) cache.save(fingerprint, recognizer.model);
  return Object.freeze({ knowledge, recognizer, answers: new AnswerComposer(knowledge), model: trained ? ('cached' as const) : ('trained' as const) });
}
