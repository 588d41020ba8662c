export { CareerBot, RECOGNIZER_TRACE, REPLY_ADDRESS, type CareerBotDeps } from './career-bot';
export { decide, FALLBACK_TOPICS, type Answered, type DialogueOptions, type DialogueState, type Effect, type TurnOutcome } from './dialogue';
export { EraseAfterTurnMiddleware, ERASE_AFTER_TURN, type Deletion, type TurnLog, type UserDataEraser } from './privacy';
export { SerializeTurnsMiddleware } from './serialize-turns';
