import { timingSafeEqual } from 'node:crypto';
import { parse as parseUrl } from 'node:url';
import restify, { type Server } from 'restify';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import type { HttpAdapter } from '../channels';
import type { Logger } from '../log';
import type { Metrics } from '../observability';
import { registerDirectLineRoutes, type DirectLineRouteDeps } from './direct-line-routes';
import { jsonBodyParser } from './request-body';
import { activityProblem } from './validate-activity';
import { registerWebRoutes, type WebRouteDeps } from './web-routes';
import { registerSlackRoutes, SLACK_PATHS, type SlackEndpoint } from './slack-routes';

/** What the HTTP app needs; the optional parts switch their routes on. */
export interface ServerDeps {
  adapter: HttpAdapter;
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
  /** Prometheus metrics served at /metrics; HTTP responses are counted into them. */
  metrics?: Metrics;
  /** When set, /metrics requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Readiness for /readyz: knowledge loaded, database reachable, not shutting down. */
  ready?: () => Promise<Readiness>;
  /** The direct Slack app; without it the Slack routes answer 404. */
  slack?: SlackEndpoint;
}

/** What /readyz reports. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

/**
 * Builds the HTTP app: routes only, no listening (the composition root decides where).
 * Bad input is answered with 4xx and a reason before it reaches the Bot Framework adapter.
 */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'career-bot', handleUncaughtExceptions: false });
  // restify's router parses the target with url.parse, which throws on e.g. `GET http://[/healthz` and
  // would take the process down: such a request gets 400 before routing.
  server.pre((req, res, next) => {
    try {
      parseUrl(req.url ?? '/');
    } catch {
      res.send(400, { code: 'BadRequest', message: 'the request target is not a valid URL' });
      return next(false);
    }
    return next();
  });
  // JSON only (restify's full bodyParser would also accept multipart uploads and write them to disk). Slack
  // signs the exact body bytes: its routes read the body themselves.
  const ownBody = new Set(SLACK_PATHS);
  server.use(jsonBodyParser({ maxBytes: deps.maxBodyBytes, skip: (req) => ownBody.has(String(req.getRoute()?.path)), logger: deps.logger }));
  registerSlackRoutes(server, { slack: deps.slack, logger: deps.logger, maxBodyBytes: deps.maxBodyBytes });

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    const writes = deps.trackWrites?.();
    let response: InvokeResponse | undefined;
    try {
      response = await deps.adapter.handleActivity(req.headers.authorization ?? '', withDates(req.body as Activity), (context) => deps.bot.run(context));
    } catch (err) {
      // Turn errors are handled by the adapter's onTurnError; what arrives here failed before the turn ran.
      if (isAuthenticationFailure(err)) {
        deps.logger.info('request not authorized', { code: 'AUTH_REJECTED', reason: (err as Error).message });
        res.send(401, { code: 'Unauthorized', message: 'the request has no valid Bot Framework token' });
        return;
      }
      // E.g. the token could not be checked because the key service is unreachable: retry later, no details out.
      deps.logger.error('request could not be processed', { code: 'REQUEST_FAILED', err });
      res.send(503, { code: 'ServiceUnavailable', message: 'the request could not be processed right now; please retry' });
      return;
    }
    try {
      await writes?.committed();
    } catch (err) {
      // The answer exists but could not be stored: say so rather than confirm a turn that is not saved.
      deps.logger.error('turn not stored', { code: 'STORAGE_WRITE_FAILED', err });
      res.send(503, { code: 'StorageUnavailable', message: 'the turn could not be stored; please retry' });
      return;
    }
    // Sent only now, after the commit: a reply the client received always describes stored data.
    res.send(response?.status ?? 200, response?.body);
  });

  if (deps.directLine) registerDirectLineRoutes(server, deps.directLine);
  if (deps.web) registerWebRoutes(server, deps.web);

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    const readiness = deps.ready ? await deps.ready() : { ready: true, checks: {} };
    res.send(readiness.ready ? 200 : 503, { status: readiness.ready ? 'ready' : 'not ready', checks: readiness.checks });
  });
  const metrics = deps.metrics;
  if (metrics) {
    server.get('/metrics', async (req, res) => {
      if (deps.metricsToken && !sameSecret(req.headers.authorization ?? '', `Bearer ${deps.metricsToken}`)) {
        res.send(401, { code: 'Unauthorized', message: 'send the METRICS_TOKEN as "Authorization: Bearer <token>"' });
        return;
      }
      res.sendRaw(200, await metrics.registry.metrics(), { 'Content-Type': metrics.registry.contentType });
    });
    // Route patterns, not paths, as labels: /v3/directline/conversations/:id/activities stays one series.
    server.on('after', (_req, res, route) => {
      metrics.httpResponses.inc({ route: route?.path ? String(route.path) : 'unmatched', status: String(res.statusCode) });
    });
  }

  server.on('restifyError', (req, _res, err, callback) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.logger.error('request failed', { code: 'REQUEST_FAILED', path: req.path(), err });
    else deps.logger.info('request rejected', { code: 'REQUEST_INVALID', path: req.path(), status, reason: err.message });
    callback();
  });
  return server;
}

// The adapter expects Date objects where the JSON has timestamp strings (as its own process() converts them).
function withDates(activity: Activity): Activity {
  const a = activity as Activity & Record<string, unknown>;
  for (const [key, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    if (typeof a[key] === 'string') {
      a[raw] = a[key];
      a[key] = new Date(a[key] as string);
    }
  }
  return a;
}

/**
 * botbuilder signals most refusals with a 401 AuthenticationError, but a bad signature on a known key id
 * escapes as jsonwebtoken's own error: that is a forged token too, not a server fault.
 */
function isAuthenticationFailure(err: unknown): boolean {
  const e = err as { statusCode?: number; name?: string };
  return e.statusCode === 401 || e.name === 'JsonWebTokenError' || e.name === 'TokenExpiredError' || e.name === 'NotBeforeError';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
