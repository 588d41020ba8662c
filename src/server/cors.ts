import type { Request, Response } from 'restify';

/** Request headers the Web Chat widget sends cross-origin (Direct Line client). */
const ALLOWED_HEADERS = 'authorization, content-type, x-ms-bot-agent, x-requested-with';

/**
 * CORS for the endpoints the chat widget calls from the browser. The bot's own page (same host) and the
 * configured origins may call; any other origin is refused with 403, so an unlisted site cannot even use
 * the token endpoint from its visitors' browsers. Requests without an Origin header (servers, curl) pass:
 * CORS protects browsers, the rate limits protect the rest.
 */
export class CorsPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins);
  }

  /** Sets the CORS headers for an allowed origin; answers 403 and returns false for a refused one. */
  apply(req: Request, res: Response): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (!this.allows(origin, req.headers.host)) {
      res.send(403, { error: { code: 'ORIGIN_NOT_ALLOWED', message: `the origin ${origin} may not use this chat; add it to WEBCHAT_ALLOWED_ORIGINS` } });
      return false;
    }
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
    return true;
  }

  /** Answers a CORS preflight (OPTIONS) request. */
  preflight(req: Request, res: Response): void {
    if (!this.apply(req, res)) return;
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  }

  /** Whether a request from `origin` to this server (its `Host`) may go ahead; no origin means not a browser. */
  allows(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined || this.allowed.has(origin)) return true;
    try {
      return host !== undefined && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
}
