export { defaultRenderer, type ChannelRenderer } from './render';
export { InProcessAdapter } from './in-process-adapter';
