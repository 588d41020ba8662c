import assert from 'node:assert/strict';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { CareerBotApp } from '../../src/index';
import { testApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/direct-line-client';

/** Sends raw bytes and resolves with the status line of the answer ('' if the connection just closed). */
function raw(port: number, request: string, reset = false): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(request);
      if (reset) {
        socket.resetAndDestroy();
        resolve('');
      }
    });
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('close', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve(data.split('\r\n')[0] ?? ''));
  });
}

/**
 * Requests that once took the whole process down. Each is sent, then the server must still answer a real
 * question: one bad request must never cost every other user their chat.
 */
describe('malformed requests cannot crash the server', () => {
  let app: CareerBotApp;
  let port: number;
  let base: string;

  before(async () => {
    app = await testApp({ WEBCHAT_MESSAGES_PER_MINUTE: '1000', WEBCHAT_CONVERSATIONS_PER_MINUTE: '1000' });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    port = (app.server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  after(() => app.close());

  async function stillAlive(): Promise<void> {
    const res = await fetch(`${base}/healthz`);
    assert.equal(res.status, 200);
  }

  const upgrade = (path: string): string =>
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;

  const cases: { name: string; request: string; status?: RegExp; reset?: boolean }[] = [
    { name: 'a request target that is not a URL', request: 'GET http://[/healthz HTTP/1.1\r\nHost: x\r\n\r\n', status: /^HTTP\/1\.1 400/ },
    { name: 'a stream upgrade with broken percent-encoding', request: upgrade('/v3/directline/conversations/%E0%A4%A/stream'), status: /^HTTP\/1\.1 404/ },
    { name: 'a stream upgrade to a target that is not a URL', request: upgrade('http://[/v3/directline/conversations/a/stream'), status: /^HTTP\/1\.1 404/ },
    { name: 'an upgrade reset by the client', request: upgrade('/nope'), reset: true },
    {
      name: 'an empty chunked JSON body (as restify passed it on)',
      request: 'POST /v3/directline/tokens/generate HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      status: /^HTTP\/1\.1 200/,
    },
    { name: 'a stream upgrade without a token', request: upgrade('/v3/directline/conversations/abc/stream'), status: /^HTTP\/1\.1 401/ },
  ];
  for (const c of cases) {
    it(`survives ${c.name}`, async () => {
      const status = await raw(port, c.request, c.reset);
      if (c.status) assert.match(status, c.status);
      await stillAlive();
    });
  }

  it('a failed WebSocket handshake leaves nothing behind: the five-streams limit still counts only real streams', async () => {
    const client = await DirectLineClient.connect(base);
    const url = (await client.call('POST', '/conversations')).body.streamUrl as string;
    const path = url.replace(/^ws:\/\/[^/]+/, '');
    // A valid token but no Sec-WebSocket-Key: the handshake fails after the token was accepted.
    for (let i = 0; i < 20; i++) await raw(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`);
    const sockets: WebSocket[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const ws = new WebSocket(url);
        await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
        sockets.push(ws);
      }
      const sixth = new WebSocket(url);
      const status = await new Promise<number>((resolve) => sixth.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
      assert.equal(status, 429, 'a sixth stream on one conversation is refused');
    } finally {
      for (const ws of sockets) ws.close();
    }
    await stillAlive();
  });
});
