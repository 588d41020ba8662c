import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/log';
import { compose, type CareerBotApp } from '../../src/index';
import { testConfig } from '../helpers/app';

/**
 * Normal delivery, as the Bot Framework Emulator and Azure Bot Service use it: the bot answers 200 at once
 * and posts its replies to the channel's serviceUrl. A fake channel on 127.0.0.1 records them.
 */
describe('HTTP: replies to the channel serviceUrl (Emulator-style)', () => {
  let app: CareerBotApp;
  let bot: string;
  let channel: http.Server;
  let channelUrl: string;
  const received: { path: string; body: { type: string; text?: string; locale?: string; replyToId?: string } }[] = [];

  before(async () => {
    channel = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(data) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${received.length}` }));
      });
    });
    await new Promise<void>((r) => channel.listen(0, '127.0.0.1', r));
    channelUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
    app = await compose(testConfig(), createLogger('silent'));
    await new Promise<void>((r) => app.server.listen(0, '127.0.0.1', r));
    bot = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await app.close();
    channel.close();
  });

  it('posts the answer as a reply to the user message', async () => {
    const res = await fetch(`${bot}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'user-msg-1',
        text: 'How much does a backend developer earn?',
        channelId: 'emulator',
        serviceUrl: channelUrl,
        conversation: { id: 'emu-1' },
        from: { id: 'user-1', name: 'User' },
        recipient: { id: 'bot-1', name: 'Bot' },
        locale: 'en-US',
      }),
    });
    assert.equal(res.status, 200);
    const message = received.find((r) => r.body.type === 'message');
    assert.ok(message, `replies received: ${JSON.stringify(received.map((r) => r.path))}`);
    assert.equal(message.path, '/v3/conversations/emu-1/activities/user-msg-1');
    assert.match(message.body.text ?? '', /€47,700/);
    assert.equal(message.body.locale, 'en-US');
    // The Emulator shows traces too: the RecognizerResult goes to the same place.
    assert.ok(received.some((r) => r.body.type === 'trace'), 'the trace is delivered to the Emulator');
  });
});
