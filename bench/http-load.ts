import autocannon from 'autocannon';
import { EXPECTED_TOPIC, scriptedTurn } from './load-questions';

/** How a load run is driven. Give `durationS` or `amount`. */
export interface LoadOptions {
  /** Base URL of the server; requests go to `${url}/api/messages`. */
  url: string;
  connections: number;
  durationS?: number;
  /** Stop after this many responses instead of after a duration. */
  amount?: number;
  /** Requests per second over all connections (a fixed rate instead of as fast as possible). */
  overallRate?: number;
  /** Conversations the requests are spread over, round-robin. */
  conversations: number;
  /** Prefix of the conversation ids, so runs against one server do not continue each other's conversations. */
  conversationPrefix: string;
  /** Checks a sampled response body; returns what is wrong with it, or undefined. */
  check: ReplyCheck;
  /** Every n-th response is checked. */
  checkEvery: number;
}

export type ReplyCheck = (body: string) => string | undefined;

/** What a load run measured. */
export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Sampled responses checked, and what was wrong with the failing ones (first few). */
  checked: number;
  failures: string[];
}

/**
 * The Bot Framework activity of the `n`-th request: a scripted question of its conversation, with what
 * /api/messages requires (type, channelId, conversation.id, from, recipient, serviceUrl) and
 * `deliveryMode: 'expectReplies'`, so the replies come back in the HTTP body.
 */
export function loadActivity(n: number, conversations: number, prefix: string): string {
  const { conversation, turn } = scriptedTurn(n, conversations);
  return JSON.stringify({
    type: 'message',
    id: `${prefix}-m${n}`,
    text: turn.text,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: `${prefix}-c${conversation}` },
    from: { id: `${prefix}-u${conversation}`, role: 'user' },
    recipient: { id: 'career-bot', role: 'bot' },
  });
}

/** Drives `/api/messages` with autocannon and checks every `checkEvery`-th response body. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  let received = 0;
  let checked = 0;
  const failures: string[] = [];
  const result = await autocannon({
    url: `${options.url}/api/messages`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        // Called once per request; `sent` numbers the requests across all connections.
        setupRequest: (request) => ({ ...request, body: loadActivity(sent++, options.conversations, options.conversationPrefix) }),
        onResponse: (status, body) => {
          if (received++ % options.checkEvery !== 0) return;
          checked++;
          const problem = status !== 200 ? `HTTP ${status}: ${body.slice(0, 200)}` : options.check(body);
          if (problem && failures.push(problem) > 5) failures.length = 5;
        },
      },
    ],
  });
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    perSecond: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    checked,
    failures,
  };
}

interface ReplyActivity {
  type?: string;
  text?: string;
  value?: { text?: string; answered?: { topic?: string } };
}

function activitiesOf(body: string): ReplyActivity[] | string {
  try {
    const parsed = JSON.parse(body) as { activities?: unknown };
    return Array.isArray(parsed.activities) ? (parsed.activities as ReplyActivity[]) : 'no activities in the body';
  } catch {
    return `not JSON: ${body.slice(0, 200)}`;
  }
}

/**
 * The career bot's reply must carry the RecognizerResult trace answering the scripted topic of the question,
 * and a message with text (an answer, not an error notice).
 */
export const checkCareerBotReply: ReplyCheck = (body) => {
  const activities = activitiesOf(body);
  if (typeof activities === 'string') return activities;
  const trace = activities.find((a) => a.type === 'trace');
  const message = activities.find((a) => a.type === 'message' && typeof a.text === 'string' && a.text.trim().length > 20);
  const question = trace?.value?.text ?? '';
  const expected = EXPECTED_TOPIC.get(question);
  if (!trace || !expected) return `no RecognizerResult trace for a scripted question: ${body.slice(0, 200)}`;
  if (trace.value?.answered?.topic !== expected) return `"${question}" answered as ${trace.value?.answered?.topic}, expected ${expected}`;
  if (!message) return `"${question}": no message with an answer`;
  return undefined;
};

/** The echo bot's reply must echo one of the scripted questions. */
export const checkEchoReply: ReplyCheck = (body) => {
  const activities = activitiesOf(body);
  if (typeof activities === 'string') return activities;
  const text = activities.find((a) => a.type === 'message')?.text ?? '';
  return text.startsWith('Echo: ') && EXPECTED_TOPIC.has(text.slice(6)) ? undefined : `not an echo of a question: ${body.slice(0, 200)}`;
};

/** The bare route's reply must be its canned message. */
export const checkCannedReply: ReplyCheck = (body) => {
  const activities = activitiesOf(body);
  if (typeof activities === 'string') return activities;
  return activities[0]?.type === 'message' && activities[0].text ? undefined : `not the canned reply: ${body.slice(0, 200)}`;
};
