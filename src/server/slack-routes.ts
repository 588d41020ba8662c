import type { Request, Response, Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import { RateLimiter, tooManyRequests } from './rate-limit';
import { payloadTooLarge, plainEncoding, readRawBody } from './request-body';
import { messageFromAction, messageFromEvent, RecentIds, signatureProblem, type SlackAdapter, type SlackUserMessage } from '../channels/slack';

export const SLACK_EVENTS_PATH = '/api/slack/events';
export const SLACK_INTERACTIONS_PATH = '/api/slack/interactions';
/** Routes that read their own body: Slack signs the exact bytes, so the global body parser must not touch them. */
export const SLACK_PATHS: readonly string[] = [SLACK_EVENTS_PATH, SLACK_INTERACTIONS_PATH];

/** What the Slack routes need when Slack is configured. */
export interface SlackEndpoint {
  signingSecret: string;
  adapter: SlackAdapter;
  /** Runs one turn of the bot. */
  bot: { run(context: TurnContext): Promise<void> };
  /** Messages per Slack user and per conversation (channel or thread) and minute; more get 429. */
  messagesPerMinute: number;
}

/** What the Slack routes need. */
export interface SlackRouteDeps {
  /** Undefined when Slack is not configured: the routes then answer 404 with a reason. */
  slack?: SlackEndpoint;
  logger: Logger;
  maxBodyBytes: number;
}

type Json = Record<string, unknown>;

/**
 * Registers `POST /api/slack/events` (Events API) and `POST /api/slack/interactions` (button clicks).
 * Each request's signature is verified over the raw body before anything else is looked at (401 without a
 * valid one); a genuine user message is acknowledged with 200 at once and answered in the background.
 */
export function registerSlackRoutes(server: Server, deps: SlackRouteDeps): void {
  // Slack resends an event it thinks was not acknowledged (X-Slack-Retry-Num), and one message may come as
  // several events (a mention in a DM: app_mention and message.im): each message is answered once.
  const recent = new RecentIds();
  const limiter = new RateLimiter(deps.slack?.messagesPerMinute ?? 1);

  const start = (slack: SlackEndpoint, res: Response, message: SlackUserMessage): void => {
    const key = message.source === 'button' ? `click:${message.user}:${message.ts}` : `message:${message.channel}:${message.ts}`;
    if (recent.checkAndAdd(key)) return void res.send(200);
    // Over the limit: 429, and the message is not answered. Slack's retry of it is then a known event id (200).
    for (const bucket of [`user:${message.team ?? ''}:${message.user}`, `conversation:${message.channel}:${message.threadTs ?? ''}`]) {
      const verdict = limiter.take(bucket);
      if (!verdict.ok) {
        deps.logger.info('slack message rate-limited', { code: 'RATE_LIMITED', bucket: bucket.split(':')[0] });
        return void res.send(429, { code: 'TooManyRequests', message: tooManyRequests(res, verdict.retryAfterSeconds) });
      }
    }
    res.send(200);
    slack.adapter.receive(message, (context) => slack.bot.run(context));
  };

  server.post(SLACK_EVENTS_PATH, async (req, res) => {
    const slack = deps.slack;
    if (!slack) return notConfigured(res);
    const body = await verifiedJson(req, res, slack.signingSecret, deps, 'json');
    if (!body) return;
    if (body.type === 'url_verification') {
      if (typeof body.challenge !== 'string') return void res.send(400, { code: 'BadRequest', message: "url_verification needs a 'challenge' string" });
      return void res.send(200, { challenge: body.challenge });
    }
    if (body.type !== 'event_callback') {
      deps.logger.info('slack request ignored', { type: body.type });
      return void res.send(200);
    }
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId && recent.checkAndAdd(`event:${eventId}`)) {
      deps.logger.info('slack retry ignored', { eventId, retry: req.header('x-slack-retry-num'), reason: req.header('x-slack-retry-reason') });
      return void res.send(200);
    }
    const parsed = messageFromEvent(body);
    if ('ignore' in parsed) {
      deps.logger.debug('slack event ignored', { eventId, reason: parsed.ignore });
      return void res.send(200);
    }
    start(slack, res, parsed.message);
  });

  server.post(SLACK_INTERACTIONS_PATH, async (req, res) => {
    const slack = deps.slack;
    if (!slack) return notConfigured(res);
    const payload = await verifiedJson(req, res, slack.signingSecret, deps, 'form');
    if (!payload) return;
    const parsed = messageFromAction(payload);
    if ('ignore' in parsed) {
      deps.logger.debug('slack interaction ignored', { reason: parsed.ignore });
      return void res.send(200);
    }
    start(slack, res, parsed.message);
  });
}

function notConfigured(res: Response): void {
  res.send(404, { code: 'NotFound', message: 'Slack is not configured on this bot: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN' });
}

/**
 * Reads the raw body, checks the Slack signature, then parses the JSON (`json`) or the form's `payload`
 * field (`form`). Sends the 401/4xx itself and returns undefined when the request goes no further.
 */
async function verifiedJson(req: Request, res: Response, signingSecret: string, deps: SlackRouteDeps, kind: 'json' | 'form'): Promise<Json | undefined> {
  if (!plainEncoding(req, res)) return undefined;
  let raw: Buffer | undefined;
  try {
    raw = await readRawBody(req, deps.maxBodyBytes);
  } catch {
    return undefined; // the client went away mid-request: nobody to answer
  }
  if (!raw) {
    payloadTooLarge(req, res, deps.maxBodyBytes);
    return undefined;
  }
  const problem = signatureProblem(signingSecret, { timestamp: req.header('x-slack-request-timestamp'), signature: req.header('x-slack-signature'), rawBody: raw });
  if (problem) {
    deps.logger.warn('slack request rejected', { code: 'SLACK_SIGNATURE_INVALID', path: req.path(), reason: problem });
    res.send(401, { code: 'Unauthorized', message: problem });
    return undefined;
  }
  const text = kind === 'form' ? new URLSearchParams(raw.toString('utf8')).get('payload') : raw.toString('utf8');
  if (text === null) {
    res.send(400, { code: 'BadRequest', message: "expected a form body with a 'payload' field" });
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Json;
  } catch {
    // answered below
  }
  res.send(400, { code: 'BadRequest', message: kind === 'form' ? "the 'payload' field must be a JSON object" : 'the body must be a JSON object' });
  return undefined;
}

