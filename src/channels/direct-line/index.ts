export { DirectLineChannel, type ActivityListener, type ActivitySet, type ConversationGrant, type DirectLineChannelDeps, type RunTurn } from './direct-line-channel';
export { ConversationStore, type ConversationStoreOptions, type DirectLineConversation } from './conversation-store';
export { TokenStore, type TokenGrant } from './token-store';
export { DirectLineError, type DirectLineErrorCode } from './errors';
export { exchangeDirectLineSecret, type AzureToken } from './azure-token';
