export { inAddress } from './address-view';
export { loadKnowledge, ASPECTS_FILE, BOT_TEXTS_FILE, PLACES_FILE, TECHNOLOGIES_FILE } from './load';
export { PLACEHOLDER, TOPICS, isTopic } from './types';
export { TechnologyFinder, type TechnologyMatch } from './technologies';
export type { AnswerRequest, Aspect, BotQuestion, BotTextKey, CommandKey, BotTexts, Figure, KnowledgeBase, Localized, Occupation, Place, ReaderText, Source, Technology, Topic, TopicEntry } from './types';
