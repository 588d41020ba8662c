import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { DirectLineError, type DirectLineChannel, type TokenGrant } from '../channels/direct-line';
import type { Logger } from '../log';
import type { CorsPolicy } from './cors';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;
const HEARTBEAT_MS = 30_000;
/** A page open in a few tabs is normal; hundreds of sockets on one conversation are not. */
const MAX_STREAMS_PER_CONVERSATION = 5;

/** What the WebSocket stream needs. */
export interface DirectLineStreamDeps {
  channel: DirectLineChannel;
  cors: CorsPolicy;
  logger: Logger;
  heartbeatMs?: number;
}

/**
 * The Direct Line WebSocket stream (`streamUrl`): the widget receives activities the moment the bot sends
 * them instead of polling. Authenticated by the conversation's token in the `t` query parameter (browsers
 * cannot set headers on a WebSocket), refused for origins the CORS policy refuses. Everything is checked
 * before the upgrade, and nothing is subscribed until the socket is open, so a failed handshake leaves
 * nothing behind. A socket that stops answering pings is closed.
 * Returns a function that closes every open stream (for shutdown: open sockets would keep the server alive).
 */
export function attachDirectLineStream(server: HttpServer, deps: DirectLineStreamDeps): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const open = new Map<string, number>();
  const sockets = new Map<WebSocket, { conversationId: string; alive: boolean }>();
  // A socket that did not answer the last ping is dead; a live one keeps its conversation from expiring.
  const heartbeat = setInterval(() => {
    for (const [ws, state] of sockets) {
      if (!state.alive) ws.terminate();
      else if (!deps.channel.touch(state.conversationId)) ws.close(1000, 'conversation expired');
      else {
        state.alive = false;
        ws.ping();
      }
    }
  }, deps.heartbeatMs ?? HEARTBEAT_MS).unref();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node leaves an upgraded socket without an error listener: a reset would otherwise crash the process.
    socket.on('error', () => socket.destroy());
    try {
      const target = streamTarget(req);
      if (!target) return refuse(socket, 404, 'Not Found');
      if (!deps.cors.allows(req.headers.origin, req.headers.host)) return refuse(socket, 403, 'Forbidden');
      const grant = deps.channel.authorize(`Bearer ${target.token}`);
      deps.channel.checkAccess(grant, target.conversationId);
      if ((open.get(target.conversationId) ?? 0) >= MAX_STREAMS_PER_CONVERSATION) return refuse(socket, 429, 'Too Many Requests');
      wss.handleUpgrade(req, socket, head, (ws) => serve(ws, grant, target.conversationId, target.watermark));
    } catch (err) {
      if (err instanceof DirectLineError) return refuse(socket, err.status, err.status === 401 ? 'Unauthorized' : err.status === 403 ? 'Forbidden' : 'Bad Request');
      deps.logger.error('direct line stream failed', { code: 'REQUEST_FAILED', err });
      refuse(socket, 500, 'Internal Server Error');
    }
  });

  function serve(ws: WebSocket, grant: TokenGrant, conversationId: string, watermark: string | undefined): void {
    const state = { conversationId, alive: true };
    sockets.set(ws, state);
    ws.on('pong', () => (state.alive = true));
    open.set(conversationId, (open.get(conversationId) ?? 0) + 1);
    let unsubscribe: () => void = () => undefined;
    ws.on('close', () => {
      sockets.delete(ws);
      unsubscribe();
      const left = (open.get(conversationId) ?? 1) - 1;
      if (left > 0) open.set(conversationId, left);
      else open.delete(conversationId);
    });
    // The client only sends empty keep-alive messages; there is nothing to read from it.
    ws.on('error', (err) => deps.logger.info('direct line stream error', { code: 'DIRECTLINE_STREAM_ERROR', reason: err.message }));
    try {
      unsubscribe = deps.channel.subscribe(grant, conversationId, watermark, (set) => ws.send(JSON.stringify(set)));
    } catch {
      ws.close(1008, 'conversation not available');
    }
  }

  return () => {
    clearInterval(heartbeat);
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}

/** Conversation, token and watermark from the request target; undefined when it is not a stream URL. */
function streamTarget(req: IncomingMessage): { conversationId: string; token: string; watermark?: string } | undefined {
  const raw = req.url ?? '';
  if (!URL.canParse(raw, 'http://localhost')) return undefined;
  const url = new URL(raw, 'http://localhost');
  const match = STREAM_PATH.exec(url.pathname);
  if (!match) return undefined;
  let conversationId: string;
  try {
    conversationId = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return { conversationId, token: url.searchParams.get('t') ?? '', watermark: url.searchParams.get('watermark') ?? undefined };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  else socket.destroy();
}
