import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/log';
import { compose, type CareerBotApp } from '../../src/index';
import type { Topic } from '../../src/knowledge';
import type { Language } from '../../src/language';

/** Project root (tests run from dist/test/..., data lives in the source tree). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

let shared: CareerBotApp | undefined;
let conversations = 0;

/** Test config: the real data files, port 0 on 127.0.0.1, quiet logs. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', HOT_RELOAD: 'false', ...env }, ROOT);
}

/** The app built once from the real knowledge and intents (training takes about a second). */
export function sharedApp(): CareerBotApp {
  shared ??= compose(testConfig(), createLogger('silent'));
  return shared;
}

/** The beginning of a knowledge answer, to recognise that exact answer in a reply. */
export function answerStart(occupationId: string, topic: Topic, language: Language): string {
  return sharedApp().brain().answers.topic(occupationId, topic, language).text.slice(0, 60);
}

/** A conversation with the bot through botbuilder's TestAdapter; traces included. */
export class Conversation {
  readonly adapter: TestAdapter;

  constructor(app: CareerBotApp = sharedApp(), locale?: string) {
    this.adapter = new TestAdapter((context) => app.bot.run(context), undefined, true);
    // Each conversation its own id (state is stored per conversation) and no locale unless a test sets one
    // (TestAdapter defaults to en-us, which would decide every ambiguous message's language).
    this.adapter.conversation = { ...TestAdapter.createConversation(`conversation-${++conversations}`), locale: locale ?? '' };
    this.adapter.locale = locale ?? '';
  }

  /** Sends a message (or a whole activity) and returns every activity the bot sent in that turn. */
  async say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.adapter.receiveActivity(typeof input === 'string' ? { type: 'message', text: input } : input);
    return this.adapter.activeQueue.splice(0);
  }
}

/** The text of all message replies of a turn, joined. */
export function messageText(replies: Partial<Activity>[]): string {
  return replies.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n');
}

/** The RecognizerResult trace of a turn. */
export function recognizerTrace(replies: Partial<Activity>[]): { intents: Record<string, { score: number }>; entities: { occupation: string[] }; answered: { topic: string; occupation?: string; language: string }; text: string } {
  const trace = replies.find((a) => a.type === 'trace' && a.name === 'RecognizerResult');
  if (!trace) throw new Error('no RecognizerResult trace in the turn');
  return trace.value;
}
