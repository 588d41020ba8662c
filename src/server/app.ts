import restify, { type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import { registerDirectLineRoutes, type DirectLineRouteDeps } from './direct-line-routes';
import { holdResponse } from './held-response';
import { activityProblem } from './validate-activity';
import { registerWebRoutes, type WebRouteDeps } from './web-routes';

export interface ServerDeps {
  adapter: CloudAdapter;
  /** Runs one turn of the bot. */
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  maxBodyBytes: number;
  /** Watches a request's writes: the HTTP reply waits until they are committed, and is 503 if one failed. */
  trackWrites?: () => { committed(): Promise<void> };
  /** The self-hosted Direct Line endpoint for the web chat widget. */
  directLine?: DirectLineRouteDeps;
  /** The career page, embed script and Web Chat bundle. */
  web?: WebRouteDeps;
}

/**
 * Builds the HTTP app: routes only, no listening (the composition root decides where).
 * Bad input is answered with 4xx and a reason before it reaches the Bot Framework adapter.
 */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'career-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false }));

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

  if (deps.directLine) registerDirectLineRoutes(server, deps.directLine);
  if (deps.web) registerWebRoutes(server, deps.web);

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
