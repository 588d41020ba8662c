import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { MAX_CACHED_CLIENTS, ReusingBotFrameworkAuthentication } from '../../src/server/reusing-authentication';

const activity = (serviceUrl: string): Activity =>
  ({ type: 'message', text: 'hi', channelId: 'emulator', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'bot' } }) as Activity;

describe('ReusingBotFrameworkAuthentication: outbound clients built once, not per turn', () => {
  // Without MicrosoftAppId: local unauthenticated mode, as in the benchmark and the Emulator.
  const open = (): ReusingBotFrameworkAuthentication => new ReusingBotFrameworkAuthentication({});

  async function connector(auth: ReusingBotFrameworkAuthentication, serviceUrl: string, audience?: string): Promise<unknown> {
    const result = await auth.authenticateRequest(activity(serviceUrl), '');
    return result.connectorFactory!.create(serviceUrl, audience);
  }

  it('gives every turn to the same service URL the same connector client', async () => {
    const auth = open();
    const first = await connector(auth, 'http://127.0.0.1:1/a');
    assert.ok(first, 'a client');
    assert.equal(await connector(auth, 'http://127.0.0.1:1/a'), first);
  });

  it('builds separate clients for other service URLs and audiences', async () => {
    const auth = open();
    const a = await connector(auth, 'http://127.0.0.1:1/a');
    assert.notEqual(await connector(auth, 'http://127.0.0.1:1/b'), a);
    assert.notEqual(await connector(auth, 'http://127.0.0.1:1/a', 'https://api.botframework.com'), a);
  });

  it(`keeps at most ${MAX_CACHED_CLIENTS} clients: the least recently used is rebuilt`, async () => {
    const auth = open();
    const first = await connector(auth, 'http://127.0.0.1:1/0');
    const kept = await connector(auth, 'http://127.0.0.1:1/1');
    for (let i = 2; i < MAX_CACHED_CLIENTS; i++) await connector(auth, `http://127.0.0.1:1/${i}`);
    assert.equal(await connector(auth, 'http://127.0.0.1:1/1'), kept, 'a recently used client stays');
    await connector(auth, 'http://127.0.0.1:1/one-more');
    assert.notEqual(await connector(auth, 'http://127.0.0.1:1/0'), first, 'the oldest was dropped');
  });

  it('reuses the user token client', async () => {
    const auth = open();
    const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:1/a'), '');
    const client = await auth.createUserTokenClient(claimsIdentity);
    assert.equal(await auth.createUserTokenClient(claimsIdentity), client);
  });

  it('still authenticates every request: with an app id, a request without a token is rejected with 401', async () => {
    const auth = new ReusingBotFrameworkAuthentication({ MicrosoftAppId: 'a1b2c3d4-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-used' });
    await assert.rejects(auth.authenticateRequest(activity('https://smba.trafficmanager.net/emea/'), ''), (err: { statusCode?: number }) => err.statusCode === 401);
  });
});
