import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The bot's Prometheus metrics, in their own registry (tests build several apps in one process). */
export interface Metrics {
  readonly registry: Registry;
  readonly turns: Counter<'channel' | 'intent' | 'language'>;
  readonly fallbacks: Counter<'channel' | 'language'>;
  readonly turnErrors: Counter<'channel'>;
  readonly turnSeconds: Histogram<'channel'>;
  readonly httpResponses: Counter<'route' | 'status'>;
}

/** Channels reported by name; anything else a caller claims is `other`, so labels stay a small set. */
const KNOWN_CHANNELS = new Set(['msteams', 'slack', 'webchat', 'directline', 'emulator', 'test', 'cli']);

/** A metrics label for a channel id that a caller may have made up. */
export function channelLabel(channelId: string | undefined): string {
  return channelId && KNOWN_CHANNELS.has(channelId) ? channelId : 'other';
}

/** Creates the registry with the turn and HTTP metrics and Node's process metrics (CPU, memory, event loop). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({ name: 'careerbot_turns_total', help: 'Message turns by channel, answered intent and language', labelNames: ['channel', 'intent', 'language'], registers }),
    fallbacks: new Counter({ name: 'careerbot_fallbacks_total', help: 'Turns the bot could not answer (out of scope or unknown occupation)', labelNames: ['channel', 'language'], registers }),
    turnErrors: new Counter({ name: 'careerbot_turn_errors_total', help: 'Turns that failed with an error', labelNames: ['channel'], registers }),
    turnSeconds: new Histogram({
      name: 'careerbot_turn_duration_seconds',
      help: 'Time from receiving an activity to the end of its turn (recognition, answer, storage)',
      labelNames: ['channel'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    httpResponses: new Counter({ name: 'careerbot_http_responses_total', help: 'HTTP responses by route and status code', labelNames: ['route', 'status'], registers }),
  };
}
