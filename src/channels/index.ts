export { defaultRenderer, type ChannelRenderer } from './render';
export { comparisonCard, CARD_VERSION } from './adaptive-cards';
export { InProcessAdapter } from './in-process-adapter';
export { HttpAdapter } from './http-adapter';
