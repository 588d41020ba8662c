export { loadKnowledge, BOT_TEXTS_FILE, PLACES_FILE } from './load';
export { PLACEHOLDER, TOPICS, isTopic } from './types';
export type { BotTextKey, CommandKey, BotTexts, Figure, KnowledgeBase, Localized, Occupation, Place, Source, Topic, TopicEntry } from './types';
