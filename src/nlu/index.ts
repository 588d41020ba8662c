import type { Language } from '../language';
import { LANGUAGES } from '../language';
import type { KnowledgeBase } from '../knowledge';
import { TOPICS, type CommandKey } from '../knowledge/types';
import { LANGUAGE_PACKS } from './languages';
import { CareerRecognizer, type RecognizerSettings } from './recognizer';
import type { Utterance } from './training-data';

export { CareerRecognizer } from './recognizer';
export { SoftmaxClassifier } from './classifier';
export type { Keyword, LearnedModel, OccupationReference, Recognition, RecognitionContext, Recognizer, RecognizerSettings } from './recognizer';
export { INTENTS, isTopicIntent, type IntentName } from './intents';
export { loadTrainingData, type Utterance } from './training-data';
export { LANGUAGE_PACKS } from './languages';
export { foldText, tokenize } from './normalize';

/**
 * Builds the recognizer for a knowledge base: occupation names from its titles and synonyms, its places,
 * aspects and technologies, button labels from its topic labels, trained on the utterances.
 */
export function createRecognizer(
  kb: KnowledgeBase,
  utterances: readonly Utterance[],
  options: { threshold: number; defaultLanguage: Language } & Partial<RecognizerSettings>,
): CareerRecognizer {
  const packs = LANGUAGES.map((l) => LANGUAGE_PACKS[l]);
  const occupations = [...kb.occupations.values()].map((o) => ({
    id: o.id,
    names: LANGUAGES.flatMap((l) => [o.title[l], ...o.synonyms[l]]),
    related: LANGUAGES.flatMap((l) => o.related[l]),
    fields: LANGUAGES.flatMap((l) => o.fields[l]),
  }));
  const topicLabels = TOPICS.flatMap((topic) => LANGUAGES.map((l) => ({ topic, label: kb.bot.topics[topic].label[l] })));
  const commandLabels = (Object.keys(kb.bot.commands) as CommandKey[]).flatMap((command) => LANGUAGES.map((l) => ({ command, label: kb.bot.commands[command][l] })));
  const places = [...kb.places.values()].map((p) => ({ id: p.id, names: p.spellings }));
  const aspects = [...kb.aspects.values()].map((a) => ({ id: a.id, phrases: a.phrases, exceptions: a.exceptions, askedWith: a.askedWith, noteWith: a.noteWith, names: a.names }));
  return new CareerRecognizer({ packs, topicLabels, commandLabels, ...options }, utterances, occupations, places, aspects, [...kb.technologies.values()]);
}
