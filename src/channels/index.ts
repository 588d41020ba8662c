export { defaultRenderer, textRenderer, webChatRenderer, type ChannelRenderer } from './render';
export { answerCard, buttonsCard, comparisonCard, CARD_VERSION, type CardAction } from './adaptive-cards';
export { replyCards } from './card-replies';
export { InProcessAdapter } from './in-process-adapter';
export { HttpAdapter } from './http-adapter';
export { teamsButton, teamsRenderer, withoutBotMention } from './teams';
export { incomingText } from './incoming-text';
