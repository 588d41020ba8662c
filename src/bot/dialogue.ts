import type { Language } from '../language';
import type { Topic } from '../knowledge';
import type { AnswerComposer, Reply } from '../answers';
import { isTopicIntent, type Recognition } from '../nlu';

/** What the bot remembers about a conversation between turns. Plain JSON, so any storage can hold it. */
export interface DialogueState {
  language?: Language;
  /** The occupation talked about last; follow-ups without an occupation refer to it. */
  occupation?: string;
  /** The topic answered last; naming just another occupation answers it for that one. */
  topic?: Topic;
  /** A topic asked without an occupation, waiting for the user to name one. */
  pendingTopic?: Topic;
}

/** What the bot actually answered, after applying the conversation's context. */
export interface Answered {
  /** A topic, a conversational intent, `ask-occupation`, or `None` for a fallback. */
  topic: string;
  occupation?: string;
  language: Language;
}

export interface TurnOutcome {
  reply: Reply;
  answered: Answered;
  state: DialogueState;
}

/**
 * Decides the answer for one recognised message given the conversation so far. Pure: no I/O and no
 * botbuilder types, so every rule is testable in isolation.
 */
export function decide(rec: Recognition, state: Readonly<DialogueState>, answers: AnswerComposer): TurnOutcome {
  const language = rec.language;
  const named = rec.occupations[0];
  const next: DialogueState = { ...state, language, pendingTopic: undefined };
  const answerTopic = (topic: Topic, occupation: string): TurnOutcome => ({
    reply: answers.topic(occupation, topic, language),
    answered: { topic, occupation, language },
    state: { ...next, occupation, topic },
  });

  // "Und ein Data Scientist?" or a picked occupation: answer the waiting or last topic for it.
  if (named && rec.occupationOnly) {
    return answerTopic(state.pendingTopic ?? state.topic ?? 'overview', named);
  }
  if (isTopicIntent(rec.intent)) {
    const occupation = named ?? state.occupation;
    if (occupation) return answerTopic(rec.intent, occupation);
    return {
      reply: answers.askOccupation(rec.intent, language),
      answered: { topic: 'ask-occupation', language },
      state: { ...next, pendingTopic: rec.intent },
    };
  }
  switch (rec.intent) {
    case 'occupations':
      return { reply: answers.occupationList(language), answered: { topic: 'occupations', language }, state: { ...next, pendingTopic: state.pendingTopic } };
    case 'greeting':
    case 'help':
    case 'thanks':
    case 'goodbye':
      return { reply: answers.smallTalk(rec.intent, language), answered: { topic: rec.intent, language }, state: next };
    default: {
      const context = named ?? state.occupation;
      return { reply: answers.fallback(language, context), answered: { topic: 'None', occupation: context, language }, state: next };
    }
  }
}
