export { CareerBot, RECOGNIZER_TRACE, type CareerBotDeps } from './career-bot';
export { decide, type Answered, type DialogueState, type TurnOutcome } from './dialogue';
