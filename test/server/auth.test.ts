import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CareerBotApp } from '../../src/index';
import { testApp, listening } from '../helpers/app';

const APP_ID = '0b5c4d3e-1f2a-4b6c-8d9e-0123456789ab';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** A JWT as the Bot Framework issues them (RS256, kid in the header), signed with `key`. */
function botFrameworkToken(key: crypto.KeyObject, kid: string, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 600, ...claims })}`;
  return `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

/**
 * With MicrosoftAppId set, only requests signed by the Bot Framework get in. The Bot Framework's key service
 * is played by a server on 127.0.0.1 (ToBotFromChannelOpenIdMetadataUrl), publishing one trusted key.
 */
describe('HTTP: Bot Framework authentication with MicrosoftAppId', () => {
  let app: CareerBotApp;
  let base: string;
  let keyService: http.Server;
  const trusted = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attacker = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

  before(async () => {
    keyService = http.createServer((req, res) => {
      const self = `http://127.0.0.1:${(keyService.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v1/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${self}/v1/keys` }));
      } else if (req.url === '/v1/keys') {
        const jwk = trusted.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: 'trusted-key', use: 'sig', endorsements: ['msteams'] }] }));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => keyService.listen(0, '127.0.0.1', resolve));
    const keys = `http://127.0.0.1:${(keyService.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
    app = await testApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', ToBotFromChannelOpenIdMetadataUrl: keys });
    base = await listening(app);
  });
  after(async () => {
    await app.close();
    keyService.close();
  });

  const post = (authorization?: string): Promise<Response> =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
      body: JSON.stringify({
        type: 'message',
        text: 'Was verdient ein Backend Developer?',
        deliveryMode: 'expectReplies',
        channelId: 'msteams',
        serviceUrl: SERVICE_URL,
        conversation: { id: 'a:1' },
        from: { id: 'user-1' },
        recipient: { id: `28:${APP_ID}` },
      }),
    });

  const refused: { name: string; authorization: () => string | undefined }[] = [
    { name: 'no token', authorization: () => undefined },
    { name: 'a token that is not a JWT', authorization: () => 'Bearer not-a-jwt' },
    { name: 'a token signed by an untrusted key', authorization: () => `Bearer ${botFrameworkToken(attacker.privateKey, 'attacker-key')}` },
    { name: "an untrusted key claiming the trusted key's id", authorization: () => `Bearer ${botFrameworkToken(attacker.privateKey, 'trusted-key')}` },
    { name: 'a trusted token for another bot', authorization: () => `Bearer ${botFrameworkToken(trusted.privateKey, 'trusted-key', { aud: 'another-app' })}` },
    { name: 'an expired trusted token', authorization: () => `Bearer ${botFrameworkToken(trusted.privateKey, 'trusted-key', { exp: Math.floor(Date.now() / 1000) - 3600 })}` },
  ];
  for (const { name, authorization } of refused) {
    it(`answers 401, without running the bot, for ${name}`, async () => {
      const res = await post(authorization());
      assert.equal(res.status, 401);
      const body = await res.text();
      assert.match(body, /no valid Bot Framework token/);
      assert.doesNotMatch(body, /47\.700/);
    });
  }

  it('answers 503 without details when the key service cannot be reached', async () => {
    const closed = await testApp({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/v1/.well-known/openidconfiguration' });
    try {
      await new Promise<void>((resolve) => closed.server.listen(0, '127.0.0.1', resolve));
      const res = await fetch(`http://127.0.0.1:${(closed.server.address() as AddressInfo).port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${botFrameworkToken(trusted.privateKey, 'trusted-key')}` },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: { id: 'a:2' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      });
      assert.equal(res.status, 503);
      const body = await res.text();
      assert.match(body, /please retry/);
      assert.doesNotMatch(body, /127\.0\.0\.1|ECONNREFUSED/, 'no internal details');
    } finally {
      await closed.close();
    }
  });

  it('answers a request signed by the Bot Framework', async () => {
    const res = await post(`Bearer ${botFrameworkToken(trusted.privateKey, 'trusted-key')}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { activities: { type: string; text?: string }[] };
    assert.ok(body.activities.some((a) => a.type === 'message' && a.text?.includes('47.700 €')));
  });
});
