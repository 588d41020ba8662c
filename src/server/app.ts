import restify, { type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import { holdResponse } from './held-response';
import { activityProblem } from './validate-activity';
import { registerSlackRoutes, SLACK_PATHS, type SlackEndpoint } from './slack-routes';

export interface ServerDeps {
  adapter: CloudAdapter;
  /** Runs one turn of the bot. */
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  maxBodyBytes: number;
  /** Watches a request's writes: the HTTP reply waits until they are committed, and is 503 if one failed. */
  trackWrites?: () => { committed(): Promise<void> };
  /** The direct Slack app; without it the Slack routes answer 404. */
  slack?: SlackEndpoint;
}

/**
 * Builds the HTTP app: routes only, no listening (the composition root decides where).
 * Bad input is answered with 4xx and a reason before it reaches the Bot Framework adapter.
 */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'career-bot', handleUncaughtExceptions: false });
  // Slack signs the exact body bytes: its routes read the body themselves.
  const ownBody = new Set(SLACK_PATHS);
  server.use(
    ...restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false }).map(
      (parse): restify.RequestHandler => (req, res, next) => (ownBody.has(String(req.getRoute()?.path)) ? next() : parse(req, res, next)),
    ),
  );
  registerSlackRoutes(server, { slack: deps.slack, logger: deps.logger, maxBodyBytes: deps.maxBodyBytes });

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    if (!deps.trackWrites) {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
      return;
    }
    const writes = deps.trackWrites();
    const held = holdResponse(res);
    await deps.adapter.process(req, held.response, (context) => deps.bot.run(context));
    try {
      await writes.committed();
    } catch (err) {
      // The answer exists but could not be stored: say so rather than confirm a turn that is not saved.
      deps.logger.error('turn not stored', { code: 'STORAGE_WRITE_FAILED', err });
      res.send(503, { code: 'StorageUnavailable', message: 'the turn could not be stored; please retry' });
      return;
    }
    held.release();
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.on('restifyError', (req, _res, err, callback) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.logger.error('request failed', { code: 'REQUEST_FAILED', path: req.path(), err });
    else deps.logger.info('request rejected', { code: 'REQUEST_INVALID', path: req.path(), status, reason: err.message });
    callback();
  });
  return server;
}
