import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/log';
import { compose, type CareerBotApp } from '../../src/index';
import { AnswerComposer } from '../../src/answers';
import { inAddress, loadKnowledge, type Topic } from '../../src/knowledge';
import type { Address } from '../../src/address';
import type { Language } from '../../src/language';
import type { Recognizer } from '../../src/nlu';

/** Project root (tests run from dist/test/..., data lives in the source tree). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

const tempDirs: string[] = [];
process.on('exit', () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process ends. */
export function tempDir(prefix = 'career-bot-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Test config: the real data files, port 0 on 127.0.0.1, a database in a temporary folder, quiet logs. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig(
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', HOT_RELOAD: 'false', DATABASE_PATH: path.join(tempDir(), 'bot.sqlite'), ...env },
    ROOT,
  );
}

/** Builds an app from the test config (its own database). Close it with `app.close()`. */
export function testApp(env: Record<string, string> = {}, logger: Logger = createLogger('silent')): Promise<CareerBotApp> {
  return compose(testConfig(env), logger);
}

let shared: Promise<CareerBotApp> | undefined;
let conversations = 0;

/** One app for the whole test run (training takes about two seconds); never closed by tests. */
export function sharedApp(): Promise<CareerBotApp> {
  shared ??= testApp();
  return shared;
}

/**
 * The shared app's recognizer for the tests of one `describe` (call it in the describe's body): registers the
 * `before` that loads it and returns a getter, since the app is ready only once that hook has run.
 */
export function sharedRecognizer(): () => Recognizer {
  let recognizer: Recognizer | undefined;
  before(async () => {
    recognizer = (await sharedApp()).brain().recognizer;
  });
  return () => recognizer!;
}

const composers = new Map<Address, AnswerComposer>();

/**
 * The beginning of a knowledge answer, to recognise that exact answer in a reply; `formal` for a visitor who writes
 * "Sie". Synchronous for tables.
 */
export function answerStart(occupationId: string, topic: Topic, language: Language, address: Address = 'informal'): string {
  let composer = composers.get(address);
  if (!composer) composers.set(address, (composer = new AnswerComposer(inAddress(loadKnowledge(path.join(ROOT, 'knowledge')), address))));
  return composer.topic(occupationId, topic, language).text.slice(0, 60);
}

/** A conversation with the bot through botbuilder's TestAdapter (with the app's middleware); traces included. */
export class Conversation {
  readonly adapter: TestAdapter;

  constructor(app: CareerBotApp, locale?: string, user = 'user1') {
    this.adapter = new TestAdapter((context) => app.bot.run(context), undefined, true);
    this.adapter.use(...app.middleware);
    // Each conversation its own id (state is stored per conversation) and no locale unless a test sets one
    // (TestAdapter defaults to en-us, which would decide every ambiguous message's language).
    this.adapter.conversation = { ...TestAdapter.createConversation(`conversation-${++conversations}`, user), locale: locale ?? '' };
    this.adapter.locale = locale ?? '';
  }

  /** Sends a message (or a whole activity) and returns every activity the bot sent in that turn. */
  async say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    // A copy: TestAdapter writes this conversation's id into the activity, and a table's row is played more than once.
    await this.adapter.receiveActivity(typeof input === 'string' ? { type: 'message', text: input } : { ...input });
    return this.adapter.activeQueue.splice(0);
  }
}

/** The text of all message replies of a turn, joined. */
export function messageText(replies: Partial<Activity>[]): string {
  return replies.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n');
}

/** The RecognizerResult trace of a turn. */
export function recognizerTrace(replies: Partial<Activity>[]): { intents: Record<string, { score: number }>; entities: { occupation: string[]; place?: string[] }; answered: { topic: string; occupation?: string; language: string }; text: string } {
  const trace = replies.find((a) => a.type === 'trace' && a.name === 'RecognizerResult');
  if (!trace) throw new Error('no RecognizerResult trace in the turn');
  return trace.value;
}

/** Starts the app's HTTP server on a free port of 127.0.0.1 and returns its base URL. */
export async function listening(app: CareerBotApp): Promise<string> {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/**
 * For a mocha suite: starts an app (with `env`) on 127.0.0.1 before the suite and closes it after. Read
 * `served.app` and `served.base` inside tests.
 */
export function serveApp(env: Record<string, string> = {}): { readonly app: CareerBotApp; readonly base: string } {
  const served = {} as { app: CareerBotApp; base: string };
  before(async () => {
    served.app = await testApp(env);
    served.base = await listening(served.app);
  });
  after(() => served.app?.close());
  return served;
}

/** A message activity as a channel posts it to /api/messages, answered in the response (expectReplies). */
export function messageActivity(text: string, conversation: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    text,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: conversation },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    ...extra,
  };
}
