import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createLogger } from '../../src/log';
import { compose, type CareerBotApp } from '../../src/index';
import { listening, messageActivity, testConfig } from '../helpers/app';

interface Reply {
  type: string;
  name?: string;
  valueType?: string;
  locale?: string;
  text?: string;
  value?: Record<string, unknown>;
}

describe('HTTP: POST /api/messages', () => {
  let app: CareerBotApp;
  let base: string;

  before(async () => {
    app = await compose(testConfig(), createLogger('silent'));
    base = await listening(app);
  });
  after(() => app.close());

  const activity = (text: string, conversation = 'http-1', extra: Record<string, unknown> = {}): Record<string, unknown> =>
    messageActivity(text, conversation, { channelId: 'emulator', ...extra });
  const post = (body: unknown, raw = false): Promise<Response> =>
    fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? (body as string) : JSON.stringify(body) });

  it('answers with expectReplies in the HTTP body, with the RecognizerResult trace and locale', async () => {
    const res = await post(activity('Was verdient ein Backend Developer?'));
    assert.equal(res.status, 200);
    const { activities } = (await res.json()) as { activities: Reply[] };
    const trace = activities.find((a) => a.type === 'trace');
    assert.ok(trace, 'a trace activity');
    assert.equal(trace.name, 'RecognizerResult');
    assert.equal(trace.valueType, 'https://www.botframework.com/schemas/recognizerResult');
    const value = trace.value as { text: string; intents: Record<string, { score: number }>; entities: { occupation: string[] }; answered: Record<string, string> };
    assert.equal(value.text, 'Was verdient ein Backend Developer?');
    const top = Object.entries(value.intents).sort((a, b) => b[1].score - a[1].score)[0][0];
    assert.equal(top, 'salary');
    assert.deepEqual(value.entities.occupation, ['backend-developer']);
    assert.deepEqual(value.answered, { topic: 'salary', occupation: 'backend-developer', language: 'de' });
    const message = activities.find((a) => a.type === 'message');
    assert.equal(message?.locale, 'de-DE');
    assert.match(message?.text ?? '', /47\.700 €/);
  });

  it('carries the occupation over between HTTP requests of one conversation', async () => {
    await post(activity('What does a backend developer do?', 'http-2'));
    const res = await post(activity('and what do they earn?', 'http-2'));
    const { activities } = (await res.json()) as { activities: Reply[] };
    const trace = activities.find((a) => a.type === 'trace')!;
    assert.deepEqual((trace.value as { answered: unknown }).answered, { topic: 'salary', occupation: 'backend-developer', language: 'en' });
    assert.equal(activities.find((a) => a.type === 'message')?.locale, 'en-US');
  });

  const bad: [string, unknown, boolean, RegExp][] = [
    ['an activity without type', { text: 'hi', conversation: { id: 'x' } }, false, /type/],
    ['malformed JSON', '{"type": "message", ', true, /JSON/],
    ['a JSON array', [1, 2], false, /object/],
    ['a text that is not a string', { type: 'message', text: 42, channelId: 'emulator', conversation: { id: 'x' } }, false, /text/],
    ['no conversation id', { type: 'message', text: 'hi', channelId: 'emulator' }, false, /conversation/],
    ['no channelId', { type: 'message', text: 'hi', conversation: { id: 'x' } }, false, /channelId/],
    // Found by the fast-check test: botbuilder answers an invoke without a name with 501.
    ['an invoke without a name', { type: 'invoke', channelId: 'test', conversation: { id: 'x' }, from: { id: 'u' }, recipient: { id: 'b' } }, false, /invoke.*name/],
  ];
  for (const [what, body, raw, reason] of bad) {
    it(`rejects ${what} with 400 and a reason`, async () => {
      const res = await post(body, raw);
      assert.equal(res.status, 400);
      const json = (await res.json()) as { message: string };
      assert.match(json.message, reason);
    });
  }

  it('refuses a multipart upload with 400 and writes no file', async () => {
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(1000)]), 'upload.bin');
    form.append('type', 'message');
    const res = await fetch(`${base}/api/messages`, { method: 'POST', body: form });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { message: string }).message, /JSON object/);
  });

  it('refuses a compressed body with 415 and an activity sent as text/plain with 400, each with a reason', async () => {
    const body = JSON.stringify(activity('Was verdient ein Backend Developer?'));
    const gzipped = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(body) });
    assert.equal(gzipped.status, 415);
    assert.match(((await gzipped.json()) as { message: string }).message, /encoding gzip/);
    const plain = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    assert.equal(plain.status, 400);
    assert.match(((await plain.json()) as { message: string }).message, /JSON object/);
  });

  const chunked = (...parts: string[]): ReadableStream<Uint8Array> =>
    new ReadableStream({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
  const postWith = (path: string, contentType: string, body: string | ReadableStream<Uint8Array>): Promise<Response> =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body, duplex: 'half' } as RequestInit);

  it('reads JSON bodies with a charset, a +json type or sent in chunks', async () => {
    const body = JSON.stringify(activity('Was verdient ein Backend Developer?', 'http-body'));
    for (const [contentType, sent] of [
      ['application/json; charset=utf-8', body],
      ['application/activity+json', body],
      ['application/json', chunked(body.slice(0, 40), body.slice(40))],
    ] as const) {
      const res = await postWith('/api/messages', contentType, sent);
      assert.equal(res.status, 200, contentType);
      assert.match(JSON.stringify(await res.json()), /47\.700 €/);
    }
  });

  it('refuses a chunked body over the size limit with 413, without a Content-Length to go by', async () => {
    const res = await postWith('/api/messages', 'application/json', chunked(JSON.stringify(activity('x'.repeat(300_000)))));
    assert.equal(res.status, 413);
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await post(activity('x'.repeat(300_000)));
    assert.equal(res.status, 413);
  });

  it('answers a 100 KB message (cut before recognition) with 200', async () => {
    const res = await post(activity('What does a backend developer earn? ' + 'blah '.repeat(20_000), 'http-3'));
    assert.equal(res.status, 200);
    const { activities } = (await res.json()) as { activities: Reply[] };
    assert.ok(activities.some((a) => a.type === 'message' && a.text), 'a reply');
    const trace = activities.find((a) => a.type === 'trace')!;
    assert.ok((trace.value as { text: string }).text.length <= 1000, 'recognised at most MAX_MESSAGE_CHARS');
  });

  it('reports health on /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });
});
