import type { Config } from '../config';
import { AnswerComposer } from '../answers';
import { loadKnowledge, type KnowledgeBase } from '../knowledge';
import { createRecognizer, LANGUAGE_PACKS, loadTrainingData, type Recognizer } from '../nlu';

/** What the bot knows and understands: rebuilt as a whole from the data files, swapped as a whole. */
export interface Brain {
  readonly knowledge: KnowledgeBase;
  readonly recognizer: Recognizer;
  readonly answers: AnswerComposer;
}

/**
 * Loads and validates `knowledge/` and `intents/`, then trains the recognizer.
 * @throws DataError listing every problem in the data files.
 */
export function loadBrain(config: Pick<Config, 'knowledgeDir' | 'intentsDir' | 'nluThreshold' | 'defaultLanguage'>): Brain {
  const knowledge = loadKnowledge(config.knowledgeDir);
  const utterances = loadTrainingData(config.intentsDir, Object.values(LANGUAGE_PACKS));
  const recognizer = createRecognizer(knowledge, utterances, { threshold: config.nluThreshold, defaultLanguage: config.defaultLanguage });
  return Object.freeze({ knowledge, recognizer, answers: new AnswerComposer(knowledge) });
}
