export { loadKnowledge, ASPECTS_FILE, BOT_TEXTS_FILE, PLACES_FILE } from './load';
export { PLACEHOLDER, TOPICS, isTopic } from './types';
export type { Aspect, BotTextKey, CommandKey, BotTexts, Figure, KnowledgeBase, Localized, Occupation, Place, Source, Topic, TopicEntry } from './types';
