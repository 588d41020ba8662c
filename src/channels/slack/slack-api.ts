import type { Logger as SlackLogger } from '@slack/web-api';
import { CareerBotError } from '../../errors';
import type { Logger } from '../../log';
import type { SlackBlock } from './blocks';

/** The bot's own identity in the workspace, from `auth.test`. */
export interface SlackIdentity {
  userId: string;
  team?: string;
}

/** The two Slack Web API calls the bot needs, behind an interface we own. */
export interface SlackApi {
  /** `chat.postMessage`; resolves with the new message's `ts`. */
  postMessage(message: { channel: string; thread_ts?: string; text: string; blocks?: SlackBlock[] }): Promise<{ ts: string }>;
  /** `auth.test`: who the bot token belongs to. */
  authTest(): Promise<SlackIdentity>;
}

export interface SlackApiOptions {
  token: string;
  /** Base URL of the Web API, ending in `/` (Slack's own, or a fake one in tests). */
  apiUrl: string;
  logger: Logger;
}

/**
 * The Slack Web API through `@slack/web-api`'s WebClient: a few quick retries rather than its default of
 * thirty minutes (a reply that late would only confuse), a request timeout, and its log lines in ours.
 * Failures become CareerBotError `SLACK_API_FAILED` with Slack's error code in the message.
 */
export function createSlackApi(options: SlackApiOptions): SlackApi {
  // Loaded only when Slack is configured: it adds tens of milliseconds to every start-up otherwise.
  const { WebClient, LogLevel } = require('@slack/web-api') as typeof import('@slack/web-api');
  const client = new WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    logger: slackLogger(options.logger, LogLevel.DEBUG),
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    timeout: 10_000,
  });
  const call = async <T>(method: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      const detail = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
      throw new CareerBotError('SLACK_API_FAILED', `${method} failed: ${detail}`, { cause: err });
    }
  };
  return {
    postMessage: (message) =>
      call('chat.postMessage', async () => {
        const result = await client.chat.postMessage(message);
        return { ts: result.ts ?? '' };
      }),
    authTest: () =>
      call('auth.test', async () => {
        const result = await client.auth.test();
        if (!result.user_id) throw new Error('auth.test returned no user_id');
        return { userId: result.user_id, team: result.team_id };
      }),
  };
}

// WebClient logs through this; its warnings and errors are ours too, its chatter is debug.
function slackLogger(logger: Logger, level: ReturnType<SlackLogger['getLevel']>): SlackLogger {
  const line = (msg: unknown[]): string => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg) => logger.debug('slack web api', { detail: line(msg) }),
    info: (...msg) => logger.info('slack web api', { detail: line(msg) }),
    warn: (...msg) => logger.warn('slack web api', { code: 'SLACK_API_WARNING', detail: line(msg) }),
    error: (...msg) => logger.error('slack web api', { code: 'SLACK_API_FAILED', detail: line(msg) }),
    setLevel: () => undefined,
    getLevel: () => level,
    setName: () => undefined,
  };
}
