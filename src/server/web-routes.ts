import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { WebChatConfig } from '../config';
import { LOCALES } from '../language';
import type { CorsPolicy } from './cors';

/** What the page, the embed script and the widget's files need. */
export interface WebRouteDeps {
  /** Folder with the page, the embed script and their styles (`web/`). */
  webDir: string;
  /** The Web Chat bundle (`botframework-webchat/dist/webchat.js`). */
  webChatBundle: string;
  webchat: WebChatConfig;
  cors: CorsPolicy;
  /** Occupation titles for the page's list, in the page's language (read per request: hot reload). */
  occupations: () => string[];
}

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The career page at `/`, the embed script, the Web Chat bundle from node_modules (never a CDN) and the
 * widget's branding. The page is served with a CSP that allows scripts from this server only — no inline
 * script anywhere, which is why the branding is a JSON file rather than a script block.
 */
export function registerWebRoutes(server: Server, deps: WebRouteDeps): void {
  const page = fs.readFileSync(path.join(deps.webDir, 'index.html'), 'utf8');
  const assets = new Map<string, Asset>();
  const asset = (file: string): Asset => {
    let a = assets.get(file);
    if (!a) {
      const body = fs.readFileSync(file);
      a = { body, type: TYPES[path.extname(file)] ?? 'application/octet-stream', etag: `"${fs.statSync(file).mtimeMs.toString(36)}-${body.length.toString(36)}"` };
      assets.set(file, a);
    }
    return a;
  };
  const csp = contentSecurityPolicy(deps.webchat);

  server.get('/', async (_req: Request, res: Response) => {
    const html = page
      .replaceAll('{{botName}}', escapeHtml(deps.webchat.botName))
      .replace('{{occupations}}', deps.occupations().map((t) => `<li>${escapeHtml(t)}</li>`).join('\n          '));
    securityHeaders(res, csp);
    res.header('Cache-Control', 'no-cache');
    res.sendRaw(200, html, { 'Content-Type': TYPES['.html'] });
  });
  // Served from this list only: no path from the request ever reaches the file system.
  const files: Record<string, string> = {
    '/embed.js': path.join(deps.webDir, 'embed.js'),
    '/web/page.css': path.join(deps.webDir, 'page.css'),
    '/web/widget.css': path.join(deps.webDir, 'widget.css'),
    '/web/favicon.svg': path.join(deps.webDir, 'favicon.svg'),
    '/webchat/webchat.js': deps.webChatBundle,
  };
  for (const [route, file] of Object.entries(files)) {
    server.get(route, async (req: Request, res: Response) => sendAsset(req, res, asset(file), csp));
  }
  server.opts('/webchat/config.json', async (req: Request, res: Response) => deps.cors.preflight(req, res));
  server.get('/webchat/config.json', async (req: Request, res: Response) => {
    if (!deps.cors.apply(req, res)) return;
    const { botName, botInitials, accentColor, language, address } = deps.webchat;
    res.header('Cache-Control', 'no-cache');
    res.send(200, { botName, botInitials, accentColor, locale: LOCALES[language], language, address });
  });
}

// Scripts from this server only; Web Chat injects its styles at run time, hence 'unsafe-inline' for styles
// (styles cannot run code). With Azure Direct Line the widget also talks to that endpoint.
function contentSecurityPolicy(webchat: WebChatConfig): string {
  const connect = ["'self'"];
  if (webchat.directLineSecret) {
    const url = new URL(webchat.directLineEndpoint);
    connect.push(url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function securityHeaders(res: Response, csp: string): void {
  res.header('Content-Security-Policy', csp);
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

function sendAsset(req: Request, res: Response, asset: Asset, csp: string): void {
  securityHeaders(res, csp);
  res.header('ETag', asset.etag);
  // The embed script may change with a deployment and is small: revalidate. The rest can be cached.
  res.header('Cache-Control', req.path() === '/embed.js' ? 'no-cache' : 'public, max-age=3600');
  if (req.headers['if-none-match'] === asset.etag) {
    res.send(304);
    return;
  }
  const headers: Record<string, string> = { 'Content-Type': asset.type, Vary: 'Accept-Encoding' };
  // The Web Chat bundle is 3.9 MB, about 1 MB gzipped: compress once, on first request.
  if (asset.body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    asset.gzipped ??= gzipSync(asset.body);
    headers['Content-Encoding'] = 'gzip';
    res.sendRaw(200, asset.gzipped, headers);
    return;
  }
  res.sendRaw(200, asset.body, headers);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
