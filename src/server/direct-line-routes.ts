import type { Request, Response, Server } from 'restify';
import { DirectLineError, exchangeDirectLineSecret, type ConversationGrant, type DirectLineChannel } from '../channels/direct-line';
import type { Logger } from '../log';
import type { CorsPolicy } from './cors';
import { clientKey } from './client-ip';
import { tooManyRequests, type RateLimiter } from './rate-limit';

/** What the Direct Line routes need; without `channel` (Azure mode) only the token endpoint is served. */
export interface DirectLineRouteDeps {
  channel: DirectLineChannel;
  cors: CorsPolicy;
  logger: Logger;
  limits: {
    /** New conversations (tokens) per client IP. */
    conversations: RateLimiter;
    /** Messages per client IP and per conversation. */
    messages: RateLimiter;
  };
  /** With a Direct Line secret, the page's token comes from Azure and the built-in endpoint is off. */
  azure?: { endpoint: string; secret: string };
  /** Reverse proxies in front of the bot whose X-Forwarded-For is trusted (TRUST_PROXY_HOPS). */
  trustedProxies: number;
}

const BASE = '/v3/directline';

/**
 * The self-hosted Direct Line 3.0 subset the Web Chat widget talks to, plus `/api/webchat/token`, the one
 * endpoint the page calls to get started (built-in or Azure, depending on configuration).
 */
export function registerDirectLineRoutes(server: Server, deps: DirectLineRouteDeps): void {
  const { channel, cors } = deps;
  const handle =
    (work: (req: Request, res: Response) => Promise<unknown> | unknown) =>
    async (req: Request, res: Response): Promise<void> => {
      if (!cors.apply(req, res)) return;
      try {
        const body = await work(req, res);
        if (!res.headersSent) res.send(200, body);
      } catch (err) {
        sendError(err, req, res, deps.logger);
      }
    };
  const limit = (limiter: RateLimiter, key: string, res: Response): void => {
    const verdict = limiter.take(key);
    if (!verdict.ok) throw new RateLimited(tooManyRequests(res, verdict.retryAfterSeconds));
  };
  const client = (req: Request): string => clientKey(req, deps.trustedProxies);
  const grantOf = (req: Request): ReturnType<DirectLineChannel['authorize']> => channel.authorize(req.headers.authorization);
  const tokenOf = (req: Request): string => (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');

  server.opts('/api/webchat/token', async (req: Request, res: Response) => cors.preflight(req, res));
  server.post('/api/webchat/token', handle(async (req, res) => {
    limit(deps.limits.conversations, `ip:${client(req)}`, res);
    if (deps.azure) return { ...(await exchangeDirectLineSecret(deps.azure.endpoint, deps.azure.secret)), domain: deps.azure.endpoint };
    return channel.generate(client(req));
  }));
  // With Azure's Direct Line, the built-in one would be an unauthenticated side door to the bot.
  if (deps.azure) return;

  server.opts(`${BASE}/*`, async (req: Request, res: Response) => cors.preflight(req, res));
  server.post(`${BASE}/tokens/generate`, handle((req, res) => {
    limit(deps.limits.conversations, `ip:${client(req)}`, res);
    return channel.generate(client(req));
  }));
  server.post(`${BASE}/tokens/refresh`, handle((req, res) => {
    const grant = grantOf(req);
    limit(deps.limits.messages, `refresh:${grant.conversationId}`, res);
    return channel.refresh(grant);
  }));
  // Start and reconnect (DirectLineJS asks for a new streamUrl after its WebSocket closed).
  const start = async (req: Request): Promise<ConversationGrant> => {
    const grant = await channel.start(grantOf(req), tokenOf(req));
    return { ...grant, streamUrl: streamUrl(req, grant, queryParam(req, 'watermark')) };
  };
  server.post(`${BASE}/conversations`, handle(start));
  server.get(`${BASE}/conversations/:id`, handle((req) => {
    if (req.params.id !== grantOf(req).conversationId) throw new DirectLineError('DIRECTLINE_FORBIDDEN', 'this token belongs to another conversation');
    return start(req);
  }));
  server.post(`${BASE}/conversations/:id/activities`, handle(async (req, res) => {
    const grant = grantOf(req);
    limit(deps.limits.messages, `ip:${client(req)}`, res);
    limit(deps.limits.messages, `conversation:${grant.conversationId}`, res);
    return channel.post(grant, String(req.params.id), req.body);
  }));
  server.get(`${BASE}/conversations/:id/activities`, handle((req) => channel.activities(grantOf(req), String(req.params.id), queryParam(req, 'watermark'))));
}

class RateLimited extends Error {}

function sendError(err: unknown, req: Request, res: Response, logger: Logger): void {
  if (err instanceof RateLimited) {
    res.send(429, { error: { code: 'TOO_MANY_REQUESTS', message: err.message } });
    return;
  }
  if (err instanceof DirectLineError) {
    if (err.status >= 500) logger.error('direct line request failed', { code: err.reason, path: req.path(), err: err.cause ?? err });
    else logger.info('direct line request refused', { code: err.reason, path: req.path(), status: err.status });
    res.send(err.status, { error: { code: err.reason, message: err.message } });
    return;
  }
  logger.error('direct line request failed', { code: 'REQUEST_FAILED', path: req.path(), err });
  res.send(500, { error: { code: 'INTERNAL', message: 'something went wrong; please try again' } });
}

function queryParam(req: Request, name: string): string | undefined {
  return new URL(req.url ?? '', 'http://localhost').searchParams.get(name) ?? undefined;
}

// The stream is on this server, under the host name the client used (TLS ends at a proxy: it says so).
function streamUrl(req: Request, grant: ConversationGrant, watermark: string | undefined): string {
  const secure = req.headers['x-forwarded-proto'] === 'https' || (req.socket as { encrypted?: boolean }).encrypted === true;
  const query = new URLSearchParams({ t: grant.token, ...(watermark && { watermark }) });
  return `${secure ? 'wss' : 'ws'}://${req.headers.host}${BASE}/conversations/${encodeURIComponent(grant.conversationId)}/stream?${query}`;
}
