import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { DirectLineError, type DirectLineChannel } from '../channels/direct-line';
import type { Logger } from '../log';
import type { CorsPolicy } from './cors';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;
const PING_MS = 30_000;
/** A page open in a few tabs is normal; hundreds of sockets on one conversation are not. */
const MAX_STREAMS_PER_CONVERSATION = 5;

/**
 * The Direct Line WebSocket stream (`streamUrl`): the widget receives activities the moment the bot sends
 * them instead of polling. Authenticated by the conversation's token in the `t` query parameter (browsers
 * cannot set headers on a WebSocket), refused for origins the CORS policy refuses.
 * Returns a function that closes every open stream (for shutdown: open sockets would keep the server alive).
 */
export function attachDirectLineStream(server: HttpServer, deps: { channel: DirectLineChannel; cors: CorsPolicy; logger: Logger }): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const open = new Map<string, number>();

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found');
    if (!deps.cors.allows(req.headers.origin, req.headers.host)) return refuse(socket, 403, 'Forbidden');
    const conversationId = decodeURIComponent(match[1]);
    let unsubscribe: () => void = () => undefined;
    let ws: WebSocket | undefined;
    try {
      const grant = deps.channel.authorize(`Bearer ${url.searchParams.get('t') ?? ''}`);
      if ((open.get(conversationId) ?? 0) >= MAX_STREAMS_PER_CONVERSATION) return refuse(socket, 429, 'Too Many Requests');
      // Subscribing first checks that the token belongs to this conversation; messages queue until the socket is open.
      const pending: string[] = [];
      unsubscribe = deps.channel.subscribe(grant, conversationId, url.searchParams.get('watermark') ?? undefined, (set) => {
        const message = JSON.stringify(set);
        if (ws) ws.send(message);
        else pending.push(message);
      });
      wss.handleUpgrade(req, socket, head, (socketOpen) => {
        ws = socketOpen;
        open.set(conversationId, (open.get(conversationId) ?? 0) + 1);
        for (const message of pending) ws.send(message);
        const ping = setInterval(() => {
          if (!deps.channel.touch(conversationId)) ws?.close(1000, 'conversation expired');
          else ws?.ping();
        }, PING_MS);
        ws.on('close', () => {
          clearInterval(ping);
          unsubscribe();
          const left = (open.get(conversationId) ?? 1) - 1;
          if (left > 0) open.set(conversationId, left);
          else open.delete(conversationId);
        });
        // The client sends empty keep-alive messages; there is nothing to read from it.
        ws.on('error', (err) => deps.logger.info('direct line stream error', { code: 'DIRECTLINE_STREAM_ERROR', reason: err.message }));
      });
    } catch (err) {
      unsubscribe();
      if (err instanceof DirectLineError) return refuse(socket, err.status, err.message);
      deps.logger.error('direct line stream failed', { code: 'REQUEST_FAILED', err });
      return refuse(socket, 500, 'Internal Server Error');
    }
  });

  return () => {
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason.replace(/[\r\n]/g, ' ')}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
