import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CareerBotApp } from '../../src/index';
import { INTENTS } from '../../src/nlu/intents';
import { testApp, listening } from '../helpers/app';

/** Texts people (and attackers) send: control characters, lone surrogates, emoji, long runs, real questions. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('', ' ', '\u0000', '\uD800', '\u202Eevil', '💥'.repeat(500), 'Was verdient ein Backend Developer?', '<at>Bot</at>', 'x'.repeat(5000)),
);
/** Any JSON value of any shape, including wrong types where objects or strings are expected. */
const anyValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), text, fc.jsonValue({ maxDepth: 3 }));
const account = fc.oneof(fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), anyValue), name: anyValue }, { requiredKeys: [] }), anyValue);
const list = fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.array(fc.constant({ type: 'mention' }), { minLength: 500, maxLength: 3000 }), anyValue);

/** Activity-shaped bodies with every field possibly missing, of the wrong type, or huge. */
const activity = fc.record(
  {
    type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'invoke', 'event', 'typing', 'messageReaction', 'installationUpdate', 'messageUpdate', 'endOfConversation'), anyValue),
    text: fc.oneof(text, anyValue),
    channelId: fc.oneof(fc.constantFrom('test', 'msteams', 'slack', 'webchat', 'emulator', 'directline'), anyValue),
    conversation: fc.oneof(fc.record({ id: fc.string({ minLength: 1, maxLength: 30 }), conversationType: anyValue, tenantId: anyValue }, { requiredKeys: ['id'] }), anyValue),
    from: account,
    recipient: account,
    serviceUrl: fc.oneof(fc.constant('http://127.0.0.1:1'), anyValue),
    deliveryMode: fc.oneof(fc.constant('expectReplies'), anyValue),
    locale: anyValue,
    value: anyValue,
    channelData: anyValue,
    entities: list,
    attachments: list,
    membersAdded: list,
    timestamp: anyValue,
  },
  { requiredKeys: [] },
);

/**
 * Property-based tests: whatever arrives, the answer is a 2xx or a 4xx with a reason — never a 500, never a
 * crash — and the server keeps answering real questions afterwards.
 */
describe('hostile input (fast-check)', function () {
  this.timeout(120_000);
  let app: CareerBotApp;
  let base: string;

  before(async () => {
    app = await testApp({ WEBCHAT_MESSAGES_PER_MINUTE: '100000' });
    base = await listening(app);
  });
  after(() => app.close());

  async function stillAnswers(): Promise<void> {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Was verdient ein Backend Developer?', channelId: 'test', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'after-fuzz' }, from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    assert.equal(res.status, 200);
    assert.match(JSON.stringify(await res.json()), /47\.700 €/);
  }

  it('/api/messages: random activities get 200 or a 4xx with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(activity, async (body) => {
        const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const answer = await res.text();
        assert.ok(res.status < 500, `status ${res.status} for ${JSON.stringify(body).slice(0, 300)}: ${answer.slice(0, 300)}`);
        if (res.status >= 400) assert.match(answer, /"message":"[^"]+"/, 'a 4xx says why');
      }),
      { numRuns: 250 },
    );
    await stillAnswers();
  });

  it('/api/messages: random bytes and broken JSON get 400, never 500', async () => {
    const raw = fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)), fc.constantFrom('{', '[]', 'null', '"x"', '{"type":'));
    await fc.assert(
      fc.asyncProperty(raw, async (body) => {
        const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        assert.ok(res.status >= 400 && res.status < 500, `status ${res.status} for ${JSON.stringify(body).slice(0, 200)}`);
      }),
      { numRuns: 200 },
    );
    await stillAnswers();
  });

  it('Direct Line: random activities posted with a valid token get 200 or a 4xx', async () => {
    const grant = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const auth = { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' };
    await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth });
    await fc.assert(
      fc.asyncProperty(activity, async (body) => {
        const res = await fetch(`${base}/v3/directline/conversations/${grant.conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
        assert.ok(res.status < 500 && res.status !== 429, `status ${res.status} for ${JSON.stringify(body).slice(0, 300)}`);
      }),
      { numRuns: 150 },
    );
  });

  it('the recognizer returns a known intent with a score in [0, 1] for any text', () => {
    const { recognizer } = app.brain();
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'de' as const, 'en' as const), (t, previousLanguage) => {
        const rec = recognizer.recognize(t, { previousLanguage });
        assert.ok((INTENTS as readonly string[]).includes(rec.intent), rec.intent);
        assert.ok(rec.score >= 0 && rec.score <= 1, String(rec.score));
      }),
      { numRuns: 2000 },
    );
  });
});
