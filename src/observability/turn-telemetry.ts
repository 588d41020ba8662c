import { randomUUID } from 'node:crypto';
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { FALLBACK_TOPICS, RECOGNIZER_TRACE, type Answered } from '../bot';
import type { Logger } from '../log';
import { channelLabel, type Metrics } from './metrics';

/** Key of the turn's id in `turnState`, for every log line about the turn. */
export const TURN_ID = Symbol('turnId');

/** Activity types logged by name; whatever else a caller sends is logged as `other`. */
const KNOWN_TYPES = new Set<string>(Object.values(ActivityTypes));

/**
 * Measures and logs every turn without the bot knowing: a turn id, the duration, and what was answered,
 * read from the RecognizerResult trace the bot sends. One info line per turn, with ids, intent, language and
 * duration — never the user's text.
 */
export class TurnTelemetryMiddleware implements Middleware {
  constructor(
    private readonly metrics: Metrics,
    private readonly logger: Logger,
  ) {}

  /** @inheritdoc */
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = process.hrtime.bigint();
    const turnId = randomUUID();
    context.turnState.set(TURN_ID, turnId);
    const channel = channelLabel(context.activity.channelId);
    let answered: Answered | undefined;
    context.onSendActivities(async (_ctx, activities, send) => {
      const trace = activities.find((a) => a.type === ActivityTypes.Trace && a.name === RECOGNIZER_TRACE.name);
      answered = (trace?.value as { answered?: Answered } | undefined)?.answered ?? answered;
      return send();
    });
    try {
      await next();
    } catch (err) {
      this.metrics.turnErrors.inc({ channel });
      throw err;
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.turnSeconds.observe({ channel }, seconds);
      if (answered) {
        this.metrics.turns.inc({ channel, intent: answered.topic, language: answered.language });
        if (FALLBACK_TOPICS.has(answered.topic)) this.metrics.fallbacks.inc({ channel, language: answered.language });
      }
      this.logger.info('turn', {
        turnId,
        channel,
        type: KNOWN_TYPES.has(context.activity.type) ? context.activity.type : 'other',
        intent: answered?.topic,
        occupation: answered?.occupation,
        language: answered?.language,
        ms: Math.round(seconds * 1000 * 10) / 10,
      });
    }
  }
}
