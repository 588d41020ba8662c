import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { CareerBotApp } from '../../src/index';
import { answerStart, testApp, listening } from '../helpers/app';
import { botText, DirectLineClient } from '../helpers/direct-line-client';


describe('Direct Line (self-hosted, for the web chat widget)', () => {
  let app: CareerBotApp;
  let base: string;

  before(async () => {
    app = await testApp({ WEBCHAT_ALLOWED_ORIGINS: 'https://jobs.example.de', MAX_MESSAGE_CHARS: '200', WEBCHAT_MESSAGES_PER_MINUTE: '1000', WEBCHAT_CONVERSATIONS_PER_MINUTE: '1000' });
    base = await listening(app);
  });
  after(() => app.close());

  it('greets when the widget connects, once, even if it reconnects', async () => {
    const client = await DirectLineClient.connect(base);
    const first = await client.poll();
    assert.match(botText(first), /Hallo! Ich bin der Karriere-Bot/);
    assert.ok(first.every((a) => a.type !== 'trace'), 'traces are for the Emulator, not the widget');
    assert.equal((await client.call('POST', '/conversations')).status, 200);
    assert.deepEqual(await client.poll(), [], 'a reconnect is not greeted again');
  });

  const table: { says: string; mustSay: RegExp | string; mustNotSay?: RegExp }[] = [
    { says: 'Was verdient ein Backend Developer?', mustSay: '47.700 €' },
    { says: 'und die Ausbildung?', mustSay: answerStart('backend-developer', 'education', 'de') },
    { says: 'How much does a data scientist earn?', mustSay: /€/, mustNotSay: /47,700/ },
    { says: 'Was verdient ein Bäcker?', mustSay: /keine Informationen|nichts/i, mustNotSay: /€/ },
  ];
  it('answers a conversation turn by turn, keeping its context', async () => {
    const client = await DirectLineClient.connect(base);
    await client.poll();
    for (const row of table) {
      const { activities } = await client.say(row.says);
      const text = botText(activities);
      if (typeof row.mustSay === 'string') assert.ok(text.includes(row.mustSay), `"${row.says}" → ${text}`);
      else assert.match(text, row.mustSay, `"${row.says}"`);
      if (row.mustNotSay) assert.doesNotMatch(text, row.mustNotSay, `"${row.says}"`);
    }
  });

  it("echoes the user's own message with an id and its clientActivityID (Web Chat marks it as sent)", async () => {
    const client = await DirectLineClient.connect(base);
    await client.poll();
    const res = await client.call('POST', `/conversations/${client.grant.conversationId}/activities`, {
      type: 'message',
      text: 'Hallo',
      from: { id: 'someone-else', name: 'Eve' },
      channelData: { clientActivityID: 'abc-123' },
    });
    assert.equal(res.status, 200);
    const activities = await client.poll();
    const echo = activities.find((a) => a.id === res.body.id);
    assert.ok(echo, 'the posted activity comes back in the list under the returned id');
    assert.equal((echo.channelData as { clientActivityID: string }).clientActivityID, 'abc-123');
    assert.equal(echo.from?.id, client.grant.userId, 'the sender is the token holder, whatever the body claims');
    const reply = activities.find((a) => a.from?.role === 'bot');
    assert.equal(reply?.replyToId, res.body.id);
    assert.ok(reply?.suggestedActions?.actions.length, 'suggested actions reach the widget as buttons');
  });

  it('polls by watermark: each activity once', async () => {
    const client = await DirectLineClient.connect(base);
    const seen = (await client.poll()).length;
    const { activities } = await client.say('Was macht ein DevOps Engineer?');
    assert.equal(activities.filter((a) => a.from?.role === 'user').length, 1);
    assert.ok(activities.length >= 2);
    assert.deepEqual(await client.poll(), []);
    client.watermark = undefined;
    assert.equal((await client.poll()).length, seen + activities.length, 'without a watermark, everything kept');
  });

  it('requires a valid token on every call, and a token only opens its own conversation', async () => {
    const alice = await DirectLineClient.connect(base);
    const bob = await DirectLineClient.connect(base);
    await alice.say('Was verdient ein Backend Developer?');
    const path = `/conversations/${alice.grant.conversationId}/activities`;

    const noToken = await fetch(`${base}/v3/directline${path}`);
    assert.equal(noToken.status, 401);
    assert.match(((await noToken.json()) as { error: { message: string } }).error.message, /Authorization: Bearer/);
    assert.equal((await alice.call('GET', path, undefined, 'made-up-token')).status, 401);
    const read = await bob.call('GET', path);
    assert.equal(read.status, 403, "Bob's token cannot read Alice's conversation");
    assert.doesNotMatch(JSON.stringify(read.body), /47\.700/);
    assert.equal((await bob.call('POST', path, { type: 'message', text: 'hi' })).status, 403, "nor post into it");
  });

  it('refreshes a token for the same conversation', async () => {
    const client = await DirectLineClient.connect(base);
    const res = await client.call('POST', '/tokens/refresh');
    assert.equal(res.status, 200);
    assert.equal(res.body.conversationId, client.grant.conversationId);
    assert.notEqual(res.body.token, client.grant.token);
    client.grant = { ...client.grant, token: res.body.token };
    assert.match(botText((await client.say('Was verdient ein Backend Developer?')).activities), /47\.700 €/);
  });

  const badPosts: { name: string; body: unknown; status: number; reason: RegExp }[] = [
    { name: 'an array', body: [], status: 400, reason: /JSON activity object/ },
    { name: 'no type', body: { text: 'hi' }, status: 400, reason: /"type" must be one of/ },
    { name: 'a bot-only type', body: { type: 'conversationUpdate' }, status: 400, reason: /"type" must be one of/ },
    { name: 'text that is not a string', body: { type: 'message', text: 42 }, status: 400, reason: /"text" must be a string/ },
    { name: 'a message over MAX_MESSAGE_CHARS', body: { type: 'message', text: 'x'.repeat(201) }, status: 413, reason: /longer than 200 characters/ },
  ];
  for (const bad of badPosts) {
    it(`answers ${bad.status} with a reason for ${bad.name}`, async () => {
      const client = await DirectLineClient.connect(base);
      const res = await client.call('POST', `/conversations/${client.grant.conversationId}/activities`, bad.body);
      assert.equal(res.status, bad.status);
      assert.match(res.body.error.message, bad.reason);
    });
  }

  it('rejects a malformed watermark with 400', async () => {
    const client = await DirectLineClient.connect(base);
    const res = await client.call('GET', `/conversations/${client.grant.conversationId}/activities?watermark=abc`);
    assert.equal(res.status, 400);
  });

  describe('WebSocket stream (streamUrl)', () => {
    /** Opens the stream and collects what it sends; resolves once it is open. */
    function stream(url: string, origin?: string): Promise<{ ws: WebSocket; sets: { activities: { type: string; text?: string; from?: { role?: string } }[]; watermark: string }[] }> {
      return new Promise((resolve, reject) => {
        const ws = new WebSocket(url, origin ? { origin } : {});
        const sets: { activities: { type: string; text?: string }[]; watermark: string }[] = [];
        ws.on('message', (data) => sets.push(JSON.parse(String(data))));
        ws.on('open', () => resolve({ ws, sets }));
        ws.on('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
        ws.on('error', reject);
      });
    }
    const until = async (check: () => boolean): Promise<void> => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    };

    it('sends the greeting, then each new activity the moment it is added', async () => {
      const client = await DirectLineClient.connect(base);
      const started = await client.call('POST', '/conversations');
      assert.match(started.body.streamUrl, /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/);
      const { ws, sets } = await stream(started.body.streamUrl);
      try {
        await until(() => sets.length > 0);
        assert.match(sets[0].activities.map((a) => a.text).join(' '), /Hallo! Ich bin der Karriere-Bot/);
        await client.call('POST', `/conversations/${client.grant.conversationId}/activities`, { type: 'message', text: 'Was verdient ein Backend Developer?' });
        await until(() => sets.some((s) => s.activities.some((a) => a.text?.includes('47.700 €'))));
        const streamed = sets.flatMap((s) => s.activities);
        assert.ok(streamed.some((a) => a.text === 'Was verdient ein Backend Developer?'), 'the echo comes through the stream too');
        assert.ok(streamed.some((a) => a.text?.includes('47.700 €')));
        assert.equal(sets.at(-1)!.watermark, (await client.call('GET', `/conversations/${client.grant.conversationId}/activities`)).body.watermark);
      } finally {
        ws.close();
      }
    });

    it("refuses a stream without a valid token, with another conversation's token, or from an unlisted origin", async () => {
      const alice = await DirectLineClient.connect(base);
      const bob = await DirectLineClient.connect(base);
      const url = (await alice.call('POST', '/conversations')).body.streamUrl as string;
      await assert.rejects(stream(url.replace(/t=[^&]+/, 't=wrong')), /refused: 401/);
      await assert.rejects(stream(url.replace(/t=[^&]+/, `t=${bob.grant.token}`)), /refused: 403/);
      await assert.rejects(stream(url, 'https://evil.example'), /refused: 403/);
      const { ws } = await stream(url, 'https://jobs.example.de');
      ws.close();
    });
  });

  it('answers a resent message (same clientActivityID) once, and shows it once', async () => {
    const client = await DirectLineClient.connect(base);
    await client.poll();
    const body = { type: 'message', text: 'Was verdient ein Backend Developer?', channelData: { clientActivityID: 'resend-1' } };
    const path = `/conversations/${client.grant.conversationId}/activities`;
    const first = await client.call('POST', path, body);
    const second = await client.call('POST', path, body);
    assert.equal(second.body.id, first.body.id);
    const activities = await client.poll();
    assert.equal(activities.filter((a) => a.from?.role === 'user').length, 1);
    assert.equal(activities.filter((a) => a.from?.role === 'bot').length, 1);
  });

  it('refuses a card value over 4 KB with 413 (it would only sit in memory)', async () => {
    const client = await DirectLineClient.connect(base);
    const res = await client.call('POST', `/conversations/${client.grant.conversationId}/activities`, { type: 'message', value: { text: 'x'.repeat(5000) } });
    assert.equal(res.status, 413);
    assert.match(res.body.error.message, /"value" is larger/);
  });

  it('keeps at most three live tokens per conversation, however often it is refreshed', async () => {
    const client = await DirectLineClient.connect(base);
    const tokens = [client.grant.token];
    for (let i = 0; i < 3; i++) tokens.push((await client.call('POST', '/tokens/refresh', undefined, tokens.at(-1))).body.token);
    const path = `/conversations/${client.grant.conversationId}/activities`;
    assert.equal((await client.call('GET', path, undefined, tokens[0])).status, 401, 'the oldest token was revoked');
    for (const token of tokens.slice(1)) assert.equal((await client.call('GET', path, undefined, token)).status, 200);
  });

  it('reconnects with GET /conversations/{id}: a new streamUrl that continues from the watermark', async () => {
    const client = await DirectLineClient.connect(base);
    await client.say('Hallo');
    const res = await client.call('GET', `/conversations/${client.grant.conversationId}?watermark=${client.watermark}`);
    assert.equal(res.status, 200);
    assert.match(res.body.streamUrl, new RegExp(`watermark=${client.watermark}`));
    const other = await DirectLineClient.connect(base);
    assert.equal((await other.call('GET', `/conversations/${client.grant.conversationId}`)).status, 403);
  });

  describe('CORS (WEBCHAT_ALLOWED_ORIGINS)', () => {
    it('lets an allowed origin get a token and chat', async () => {
      const res = await fetch(`${base}/api/webchat/token`, { method: 'POST', headers: { origin: 'https://jobs.example.de' } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://jobs.example.de');
      const preflight = await fetch(`${base}/v3/directline/conversations`, {
        method: 'OPTIONS',
        headers: { origin: 'https://jobs.example.de', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/);
    });

    it('refuses any other origin, preflight included', async () => {
      const res = await fetch(`${base}/api/webchat/token`, { method: 'POST', headers: { origin: 'https://evil.example' } });
      assert.equal(res.status, 403);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /WEBCHAT_ALLOWED_ORIGINS/);
      const preflight = await fetch(`${base}/v3/directline/conversations`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(preflight.status, 403);
    });

    it("always allows the bot's own page", async () => {
      const res = await fetch(`${base}/api/webchat/token`, { method: 'POST', headers: { origin: base } });
      assert.equal(res.status, 200);
    });
  });
});

describe('Direct Line greeting language (WEBCHAT_LANGUAGE)', () => {
  let app: CareerBotApp;
  let base: string;
  before(async () => {
    app = await testApp({ WEBCHAT_LANGUAGE: 'en' });
    base = await listening(app);
  });
  after(() => app.close());

  it('greets in the configured language, and the widget gets its locale', async () => {
    const client = await DirectLineClient.connect(base);
    assert.match(botText(await client.poll()), /Hi! I'm the career bot/);
    assert.deepEqual(((await (await fetch(`${base}/webchat/config.json`)).json()) as { locale: string }).locale, 'en-US');
  });
});

describe('Direct Line rate limits', () => {
  let app: CareerBotApp;
  let base: string;

  before(async () => {
    app = await testApp({ WEBCHAT_CONVERSATIONS_PER_MINUTE: '2', WEBCHAT_MESSAGES_PER_MINUTE: '2' });
    base = await listening(app);
  });
  after(() => app.close());

  it('answers 429 with Retry-After beyond the conversations and messages per minute of a client', async () => {
    const client = await DirectLineClient.connect(base);
    await DirectLineClient.connect(base);
    const third = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    assert.equal((await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).status, 429, 'both token endpoints count');

    await client.say('Hallo');
    await client.say('Was verdient ein Backend Developer?');
    const res = await client.call('POST', `/conversations/${client.grant.conversationId}/activities`, { type: 'message', text: 'noch eine' });
    assert.equal(res.status, 429);
    assert.match(res.body.error.message, /too many requests/);
  });
});

describe('Direct Line through Azure Bot Service (DIRECTLINE_SECRET)', () => {
  let app: CareerBotApp;
  let base: string;
  let azure: http.Server;
  let azureBase: string;
  const seen: { authorization?: string; body: string }[] = [];
  let fail = false;

  before(async () => {
    azure = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ authorization: req.headers.authorization, body });
        if (fail || req.url !== '/v3/directline/tokens/generate') {
          res.statusCode = fail ? 500 : 404;
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'azure-conv-1', token: 'azure-token-1', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    azureBase = `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`;
    app = await testApp({ DIRECTLINE_SECRET: 'the-secret-42', DIRECTLINE_ENDPOINT: azureBase, MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'app-secret' });
    base = await listening(app);
  });
  after(async () => {
    await app.close();
    azure.close();
  });

  it('exchanges the secret on the server; the browser gets a token and the Azure domain, never the secret', async () => {
    const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.doesNotMatch(text, /the-secret-42/);
    const grant = JSON.parse(text) as { token: string; domain: string; conversationId: string; userId: string };
    assert.equal(grant.token, 'azure-token-1');
    assert.equal(grant.domain, azureBase);
    assert.equal(seen.at(-1)?.authorization, 'Bearer the-secret-42');
    assert.equal(JSON.parse(seen.at(-1)!.body).user.id, grant.userId, 'the user id is chosen by the server and bound into the token');
    const page = await fetch(`${base}/`);
    assert.match(page.headers.get('content-security-policy') ?? '', new RegExp(`connect-src 'self' ${azureBase.replace(/\/v3.*/, '').replace(/[.]/g, '\\.')}`));
  });

  it('turns the built-in Direct Line off: no unauthenticated side door to the bot', async () => {
    for (const path of ['/v3/directline/tokens/generate', '/v3/directline/conversations']) {
      assert.equal((await fetch(`${base}${path}`, { method: 'POST' })).status, 404, path);
    }
  });

  it('answers 502 with a reason when Azure refuses', async () => {
    fail = true;
    try {
      const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
      assert.equal(res.status, 502);
      const body = (await res.json()) as { error: { message: string } };
      assert.match(body.error.message, /try again later/);
      assert.doesNotMatch(JSON.stringify(body), /the-secret-42/);
    } finally {
      fail = false;
    }
  });
});
