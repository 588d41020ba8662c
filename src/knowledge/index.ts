export { loadKnowledge, BOT_TEXTS_FILE } from './load';
export { PLACEHOLDER, TOPICS, isTopic } from './types';
export type { BotTextKey, CommandKey, BotTexts, Figure, KnowledgeBase, Localized, Occupation, Source, Topic, TopicEntry } from './types';
