import { TOPICS, type Topic } from '../knowledge/types';

/** Every intent the recognizer can return; `None` means out of scope. */
export const INTENTS = [...TOPICS, 'compare', 'occupations', 'greeting', 'thanks', 'goodbye', 'help', 'privacy', 'delete_data', 'None'] as const;
export type IntentName = (typeof INTENTS)[number];

/** Type guard for topic intents (those answered from an occupation's knowledge). */
export function isTopicIntent(intent: IntentName): intent is Topic {
  return (TOPICS as readonly string[]).includes(intent);
}
