import assert from 'node:assert/strict';
import { createLogger } from '../../src/log';
import type { CareerBotApp } from '../../src/index';
import { SqliteTranscriptStore } from '../../src/storage';
import { answerStart, testApp, listening, serveApp } from '../helpers/app';
import { BOT_USER, FakeSlack, slackHeaders, type PostedMessage } from '../helpers/fake-slack';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';


let tsCounter = 0;
/** A fresh Slack message timestamp. */
const nextTs = (): string => `1750000000.${String(++tsCounter).padStart(6, '0')}`;

/** An Events API envelope around `event`. */
function envelope(event: Record<string, unknown>, eventId = `Ev${nextTs().replace('.', '')}`): Record<string, unknown> {
  return { token: 'legacy-token-unused', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1750000000, event };
}

/** `@CareerBot text` in channel C1, as a new thread or inside `threadTs`. */
function mention(text: string, options: { ts?: string; threadTs?: string; channel?: string; user?: string } = {}): Record<string, unknown> {
  const ts = options.ts ?? nextTs();
  return {
    type: 'app_mention',
    user: options.user ?? 'U1',
    text: `<@${BOT_USER}> ${text}`,
    ts,
    channel: options.channel ?? 'C1',
    event_ts: ts,
    ...(options.threadTs && { thread_ts: options.threadTs }),
  };
}

/** A direct message to the bot. */
function directMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: 'message', channel: 'D1', channel_type: 'im', user: 'U2', text, ts, event_ts: ts, ...extra };
}

/** The block_actions payload of a click on a button of the bot's message `messageTs` in `threadTs`. */
function click(value: string, where: { channel: string; messageTs: string; threadTs?: string }, user = 'U1'): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: user, username: 'someone', team_id: 'T1' },
    team: { id: 'T1', domain: 'example' },
    api_app_id: 'A1',
    container: { type: 'message', message_ts: where.messageTs, channel_id: where.channel, is_ephemeral: false, ...(where.threadTs && { thread_ts: where.threadTs }) },
    channel: { id: where.channel, name: 'general' },
    message: { type: 'message', user: BOT_USER, bot_id: 'BBOT', ts: where.messageTs, text: 'answer', ...(where.threadTs && { thread_ts: where.threadTs }) },
    trigger_id: '123.456',
    response_url: 'http://127.0.0.1:1/unused',
    actions: [{ type: 'button', action_id: 'choice-1', block_id: 'choices-0', text: { type: 'plain_text', text: value }, value, action_ts: nextTs() }],
  };
}

/** The text of every section of a posted message. */
const sectionText = (post: PostedMessage): string => post.blocks.filter((b) => b.type === 'section').map((b) => b.text!.text).join('\n');

describe('Slack app: POST /api/slack/events and /api/slack/interactions', () => {
  let fake: FakeSlack;
  let app: CareerBotApp;
  let base: string;
  const logLines: string[] = [];

  before(async () => {
    fake = await FakeSlack.start();
    app = await testApp(
      { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: fake.url, LOG_LEVEL: 'debug', SLACK_MESSAGES_PER_MINUTE: '1000' },
      createLogger('debug', (line) => logLines.push(line)),
    );
    base = await listening(app);
  });
  after(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.posts.length = 0;
    fake.failWith = undefined;
  });

  /** Posts a JSON event body signed like Slack (or with the given headers) and waits for the bot's turns. */
  async function sendEvent(body: unknown, headers?: Record<string, string>): Promise<Response> {
    const raw = JSON.stringify(body);
    const res = await fetch(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...(headers ?? slackHeaders(SECRET, raw)) }, body: raw });
    await app.slack!.idle();
    return res;
  }
  async function sendClick(payload: unknown, headers?: Record<string, string>): Promise<Response> {
    const raw = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await fetch(`${base}/api/slack/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(headers ?? slackHeaders(SECRET, raw)) },
      body: raw,
    });
    await app.slack!.idle();
    return res;
  }

  it('answers a signed @mention with one chat.postMessage in the thread: mrkdwn section, topic buttons, text fallback', async () => {
    const event = mention('Was verdient ein Backend Developer?');
    const res = await sendEvent(envelope(event));
    assert.equal(res.status, 200);
    assert.equal(fake.posts.length, 1, 'exactly one message (the trace stays in the bot)');
    const post = fake.posts[0];
    assert.equal(post.channel, 'C1');
    assert.equal(post.thread_ts, event.ts, 'answered in the thread of the mention');
    assert.equal(post.authorization, 'Bearer xoxb-test-token');
    assert.match(post.text, /47\.700 €/);
    assert.match(sectionText(post), /47\.700 €/);
    const buttons = post.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements!);
    assert.ok(buttons.some((b) => b.value === 'Berufsaussichten' && b.text.text === 'Berufsaussichten'), JSON.stringify(buttons));
    assert.equal(new Set(buttons.map((b) => b.action_id)).size, buttons.length, 'action_id unique per button');
  });

  it('acknowledges with 200 before the answer is posted (Slack wants its answer within 3 s)', async () => {
    let release!: () => void;
    fake.hold = new Promise((resolve) => (release = resolve));
    try {
      const raw = JSON.stringify(envelope(mention('Was verdient ein Backend Developer?')));
      const res = await fetch(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, raw) }, body: raw });
      assert.equal(res.status, 200);
      assert.equal(fake.posts.length, 0, 'nothing posted yet when Slack gets its 200');
    } finally {
      release();
      fake.hold = undefined;
    }
    await app.slack!.idle();
    assert.equal(fake.posts.length, 1);
  });

  it('keeps the occupation for a follow-up mention in the same thread, and starts fresh in another thread', async () => {
    const first = mention('Was verdient ein Backend Developer?');
    await sendEvent(envelope(first));
    await sendEvent(envelope(mention('und die Ausbildung?', { threadTs: String(first.ts) })));
    assert.equal(fake.posts.length, 2);
    assert.equal(fake.posts[1].thread_ts, first.ts);
    assert.ok(fake.posts[1].text.includes(answerStart('backend-developer', 'education', 'de').slice(0, 40)), fake.posts[1].text);

    await sendEvent(envelope(mention('und die Ausbildung?')));
    assert.ok(!fake.posts[2].text.includes(answerStart('backend-developer', 'education', 'de').slice(0, 40)), 'a new thread has no occupation yet');
  });

  it('answers a button click in the thread of the message that had the button, for the same occupation', async () => {
    const first = mention('Was macht ein Data Scientist?');
    await sendEvent(envelope(first));
    const answerTs = '1800000000.999999';
    const res = await sendClick(click('Gehalt', { channel: 'C1', messageTs: answerTs, threadTs: String(first.ts) }));
    assert.equal(res.status, 200);
    assert.equal(fake.posts.length, 2);
    assert.equal(fake.posts[1].channel, 'C1');
    assert.equal(fake.posts[1].thread_ts, first.ts);
    assert.ok(fake.posts[1].text.includes(answerStart('data-scientist', 'salary', 'de').slice(0, 40)), fake.posts[1].text);
  });

  it('answers direct messages in the DM itself and keeps the occupation between them', async () => {
    await sendEvent(envelope(directMessage('What does a backend developer earn?')));
    await sendEvent(envelope(directMessage('and the education?')));
    assert.equal(fake.posts.length, 2);
    assert.deepEqual(fake.posts.map((p) => [p.channel, p.thread_ts]), [['D1', undefined], ['D1', undefined]]);
    assert.match(fake.posts[0].text, /€47,700/);
    assert.ok(fake.posts[1].text.includes(answerStart('backend-developer', 'education', 'en').slice(0, 40)), fake.posts[1].text);
  });

  it('answers a click on a button in a direct message in the DM conversation', async () => {
    await sendEvent(envelope(directMessage('Was macht ein DevOps Engineer?', { user: 'U7', channel: 'D7' })));
    await sendClick(click('Gehalt', { channel: 'D7', messageTs: '1800000000.000001' }, 'U7'));
    assert.equal(fake.posts.length, 2);
    assert.equal(fake.posts[1].thread_ts, undefined);
    assert.ok(fake.posts[1].text.includes(answerStart('devops-engineer', 'salary', 'de').slice(0, 40)), fake.posts[1].text);
  });

  it('answers a retried event (same event_id) only once', async () => {
    const body = envelope(mention('Was verdient ein Backend Developer?'));
    const raw = JSON.stringify(body);
    assert.equal((await sendEvent(body)).status, 200);
    const retry = await sendEvent(body, { ...slackHeaders(SECRET, raw), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    assert.equal(retry.status, 200);
    assert.equal(fake.posts.length, 1);
  });

  it('answers a retry whose first delivery never arrived (e.g. before a restart)', async () => {
    const body = envelope(mention('Was verdient ein Backend Developer?'));
    const res = await sendEvent(body, { ...slackHeaders(SECRET, JSON.stringify(body)), 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' });
    assert.equal(res.status, 200);
    assert.equal(fake.posts.length, 1);
  });

  it('answers a message that arrives as two events (app_mention and message.im) once', async () => {
    const dm = directMessage(`<@${BOT_USER}> Was verdient ein Backend Developer?`);
    await sendEvent(envelope(dm));
    await sendEvent(envelope({ ...dm, type: 'app_mention' }));
    assert.equal(fake.posts.length, 1);
  });

  const ignored: [string, Record<string, unknown>][] = [
    ['a bot message (bot_id)', { ...directMessage('Was verdient ein Backend Developer?'), bot_id: 'B999' }],
    ['a bot_message subtype', { ...directMessage('Was verdient ein Backend Developer?'), subtype: 'bot_message' }],
    ['the bot itself', directMessage('Was verdient ein Backend Developer?', { user: BOT_USER })],
    ['an edit (message_changed)', { ...directMessage(''), subtype: 'message_changed', message: { text: 'Was verdient ein Backend Developer?' } }],
    ['a deletion (message_deleted)', { ...directMessage(''), subtype: 'message_deleted' }],
    ['a channel join', { ...directMessage('<@U1> has joined'), subtype: 'channel_join' }],
    ['a channel message without mention (not a DM)', { type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', text: 'Was verdient ein Backend Developer?', ts: nextTs() }],
    ['a reaction', { type: 'reaction_added', user: 'U1', reaction: 'thumbsup', item: { type: 'message', channel: 'C1', ts: '1.1' } }],
  ];
  for (const [what, event] of ignored) {
    it(`acknowledges but ignores ${what}`, async () => {
      const res = await sendEvent(envelope(event));
      assert.equal(res.status, 200);
      assert.equal(fake.posts.length, 0);
    });
  }

  it('echoes the challenge of a signed url_verification, and refuses an unsigned one', async () => {
    const body = { token: 'x', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' };
    const ok = await sendEvent(body);
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { challenge: body.challenge });
    const unsigned = await sendEvent(body, {});
    assert.equal(unsigned.status, 401);
    assert.match(((await unsigned.json()) as { message: string }).message, /X-Slack-Signature/);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const forged: [string, (raw: string) => { body: string; headers: Record<string, string> }, RegExp][] = [
    ['no signature headers', (raw) => ({ body: raw, headers: {} }), /missing/],
    ['a signature made with another secret', (raw) => ({ body: raw, headers: slackHeaders('not-the-secret', raw) }), /does not match/],
    ['a tampered body (one byte changed after signing)', (raw) => ({ body: raw.replace('Backend', 'Backund'), headers: slackHeaders(SECRET, raw) }), /does not match/],
    ['a timestamp six minutes old (replay)', (raw) => ({ body: raw, headers: slackHeaders(SECRET, raw, now() - 6 * 60) }), /five minutes/],
    ['a timestamp ten minutes in the future', (raw) => ({ body: raw, headers: slackHeaders(SECRET, raw, now() + 10 * 60) }), /five minutes/],
    ['a signature of a different timestamp', (raw) => ({ body: raw, headers: { ...slackHeaders(SECRET, raw, now() - 10), 'x-slack-request-timestamp': String(now()) } }), /does not match/],
    ['a truncated signature', (raw) => ({ body: raw, headers: { ...slackHeaders(SECRET, raw), 'x-slack-signature': slackHeaders(SECRET, raw)['x-slack-signature'].slice(0, 20) } }), /does not match/],
  ];
  for (const [what, forge, reason] of forged) {
    it(`rejects ${what} with 401 and posts nothing`, async () => {
      const { body, headers } = forge(JSON.stringify(envelope(mention('Was verdient ein Backend Developer?'))));
      const res = await fetch(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      await app.slack!.idle();
      assert.equal(res.status, 401);
      assert.match(((await res.json()) as { message: string }).message, reason);
      assert.equal(fake.posts.length, 0);
    });
  }

  it('rejects a click with a tampered payload with 401 and posts nothing', async () => {
    const raw = new URLSearchParams({ payload: JSON.stringify(click('Gehalt', { channel: 'C1', messageTs: '1.2', threadTs: '1.1' })) }).toString();
    const res = await fetch(`${base}/api/slack/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackHeaders(SECRET, raw) },
      body: raw.replace('Gehalt', 'Gehalz'),
    });
    await app.slack!.idle();
    assert.equal(res.status, 401);
    assert.equal(fake.posts.length, 0);
  });

  it('checks the exact bytes: a body with non-UTF-8 bytes verifies only unchanged', async () => {
    const raw = Buffer.concat([Buffer.from('{"type":"event_callback","x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const send = (body: Buffer): Promise<Response> =>
      fetch(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, raw) }, body });
    assert.equal((await send(raw)).status, 200);
    const changed = Buffer.from(raw);
    changed[changed.indexOf(0xfe)] = 0xfd; // decodes to the same replacement character as before
    assert.equal((await send(changed)).status, 401);
  });

  const malformed: [string, string, string, string, RegExp][] = [
    ['events: malformed JSON', '/api/slack/events', 'application/json', '{"type": "event_callback", ', /JSON object/],
    ['events: a JSON array', '/api/slack/events', 'application/json', '[1,2]', /JSON object/],
    ['events: url_verification without challenge', '/api/slack/events', 'application/json', '{"type":"url_verification"}', /challenge/],
    ['interactions: no payload field', '/api/slack/interactions', 'application/x-www-form-urlencoded', 'foo=bar', /payload/],
    ['interactions: payload not JSON', '/api/slack/interactions', 'application/x-www-form-urlencoded', 'payload=%7Bnope', /payload/],
  ];
  for (const [what, path, type, body, reason] of malformed) {
    it(`answers a signed but malformed request with 400 (${what})`, async () => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type, ...slackHeaders(SECRET, body) }, body });
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as { message: string }).message, reason);
    });
  }

  it('rejects a body over MAX_BODY_BYTES with 413', async () => {
    const raw = JSON.stringify(envelope(mention('x'.repeat(300_000))));
    const res = await fetch(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, raw) }, body: raw });
    assert.equal(res.status, 413);
  });

  it('answers 413 to a streamed oversized body without reading it to the end', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      // Far more than the limit would be sent if the server kept reading; it answers after the first few.
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 2_000 && req.write(chunk)) sent++;
        if (sent < 2_000) req.once('drain', pump);
      };
      pump();
    });
    assert.equal(status, 413);
  });

  it('survives a Slack API error: logged with its code, the next message is answered', async () => {
    fake.failWith = 'channel_not_found';
    const res = await sendEvent(envelope(mention('Was verdient ein Backend Developer?', { channel: 'C404' })));
    assert.equal(res.status, 200);
    assert.equal(fake.posts.length, 0);
    const failure = logLines.map((l) => JSON.parse(l) as { code?: string; err?: { code?: string; message?: string } }).find((l) => l.code === 'TURN_FAILED');
    assert.ok(failure, 'the failed turn is logged');
    assert.equal(failure.err?.code, 'SLACK_API_FAILED');
    assert.match(failure.err?.message ?? '', /channel_not_found/);
    fake.failWith = undefined;
    await sendEvent(envelope(mention('Was verdient ein Backend Developer?')));
    assert.equal(fake.posts.length, 1);
  });

  it('retries chat.postMessage after a Slack server error, posting the answer once', async () => {
    fake.serverErrors = 1;
    await sendEvent(envelope(mention('Was verdient ein Backend Developer?')));
    assert.equal(fake.serverErrors, 0, 'the failed attempt happened');
    assert.equal(fake.posts.length, 1);
    assert.match(fake.posts[0].text, /47\.700 €/);
  });

  it('deletes the user\'s data on request, confirmed with a button click in the DM', async () => {
    await sendEvent(envelope(directMessage('Was verdient ein Backend Developer?', { user: 'U8', channel: 'D8' })));
    await sendEvent(envelope(directMessage('Lösche meine Daten', { user: 'U8', channel: 'D8' })));
    const yes = fake.posts[1].blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements!)[0];
    assert.match(yes.text.text, /Ja/);
    await sendClick(click(yes.value, { channel: 'D8', messageTs: '1800000000.000002' }, 'U8'));
    assert.equal(fake.posts.length, 3);
    assert.match(fake.posts[2].text, /Gelöscht/);
    assert.match(fake.posts[2].text, /[1-9]\d* Statistik/, 'the earlier question was counted and deleted');
  });

  it('ignores an edited mention (Slack resends it with `edited`), even long after the original', async () => {
    const edited = { ...mention('Was verdient ein Backend Developer?'), edited: { user: 'U1', ts: nextTs() } };
    assert.equal((await sendEvent(envelope(edited))).status, 200);
    assert.equal(fake.posts.length, 0);
  });

  it('keeps state per thread and user: one person does not continue another\'s question', async () => {
    const thread = { channel: 'C77', threadTs: nextTs() };
    await sendEvent(envelope(mention('Was verdient ein Data Scientist?', { ...thread, user: 'U1' })));
    fake.posts.length = 0;
    await sendEvent(envelope(mention('und die Ausbildung?', { ...thread, user: 'U7' })));
    assert.equal(fake.posts.length, 1);
    assert.doesNotMatch(fake.posts[0].text, /Data Scientist/, 'U7 never named an occupation');
    fake.posts.length = 0;
    await sendEvent(envelope(mention('und die Ausbildung?', { ...thread, user: 'U1' })));
    assert.match(fake.posts[0].text, /Data Scientist/, "U1's follow-up keeps U1's occupation");
  });

  it('never turns user text into a channel-wide mention', async () => {
    await sendEvent(envelope(directMessage('Was verdient ein Koch-<!channel>-Berater <!here>?')));
    const post = fake.posts.at(-1)!;
    for (const text of [post.text, sectionText(post)]) assert.doesNotMatch(text, /@channel|@here|<!/);
    assert.ok(post.blocks.filter((b) => b.type === 'section').every((b) => (b.text as { verbatim?: boolean }).verbatim === true), 'Slack must not parse mentions in our text');
  });

  it('runs the app middleware: the Slack conversation is in the transcripts, without traces', async () => {
    const event = mention('Was verdient ein Backend Developer?', { channel: 'C55' });
    await sendEvent(envelope(event));
    await app.db.trackWrites().committed();
    const store = new SqliteTranscriptStore(app.db);
    const { items } = await store.getTranscriptActivities('slack', `C55:${String(event.ts)}:U1`);
    assert.deepEqual(items.map((a) => a.type), ['message', 'message']);
    assert.equal(items[0].text, 'Was verdient ein Backend Developer?', 'the bot mention is removed before recognition');
    assert.equal(items[0].from.id, 'U1');
    assert.match(items[1].text ?? '', /47\.700 €/);
  });

  it('posts proactive messages (continueConversation) into the conversation thread', async () => {
    const reference = {
      channelId: 'slack',
      conversation: { id: 'C9:1750000000.000001', isGroup: true, conversationType: 'channel', name: '' },
      user: { id: 'U1', name: 'U1' },
      bot: { id: BOT_USER, name: BOT_USER },
    };
    await app.slack!.continueConversation(reference, async (context) => {
      await context.sendActivity('Neue Stellen sind da.');
    });
    assert.deepEqual([fake.posts[0].channel, fake.posts[0].thread_ts, fake.posts[0].text], ['C9', '1750000000.000001', 'Neue Stellen sind da.']);
  });
});

describe('Slack app rate limits (SLACK_MESSAGES_PER_MINUTE)', () => {
  let fake: FakeSlack;
  let app: CareerBotApp;
  let base: string;
  before(async () => {
    fake = await FakeSlack.start();
    app = await testApp({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: fake.url, SLACK_MESSAGES_PER_MINUTE: '2' });
    base = await listening(app);
  });
  after(async () => {
    await app.close();
    await fake.close();
  });

  async function send(body: unknown): Promise<Response> {
    const raw = JSON.stringify(body);
    const res = await fetch(`${base}/api/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, raw) }, body: raw });
    await app.slack!.idle();
    return res;
  }

  it('answers 429 with Retry-After beyond the limit per user, posts nothing for it, and a retry of it is not answered later', async () => {
    assert.equal((await send(envelope(mention('Hallo', { user: 'U-spam', channel: 'C-a' })))).status, 200);
    assert.equal((await send(envelope(mention('Hallo', { user: 'U-spam', channel: 'C-b' })))).status, 200);
    const posted = fake.posts.length;
    const third = envelope(mention('Was verdient ein Backend Developer?', { user: 'U-spam', channel: 'C-c' }));
    const res = await send(third);
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.equal(fake.posts.length, posted, 'nothing posted for the refused message');
    assert.equal((await send(third)).status, 200, "Slack's retry is acknowledged");
    assert.equal(fake.posts.length, posted, 'and not answered');
    assert.equal((await send(envelope(mention('Hallo', { user: 'U-other', channel: 'C-d' })))).status, 200, 'other users are not affected');
  });

  it('limits one busy conversation (a thread) too, whoever writes in it', async () => {
    const thread = { channel: 'C-busy', threadTs: '1700000000.000100' };
    for (const user of ['U-x1', 'U-x2']) assert.equal((await send(envelope(mention('Hallo', { user, ...thread })))).status, 200);
    assert.equal((await send(envelope(mention('Hallo', { user: 'U-x3', ...thread })))).status, 429);
  });
});

describe('Slack app not configured', () => {
  const served = serveApp();

  for (const path of ['/api/slack/events', '/api/slack/interactions']) {
    it(`${path} answers 404 with the reason`, async () => {
      const raw = JSON.stringify({ type: 'url_verification', challenge: 'abc' });
      const res = await fetch(`${served.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...slackHeaders(SECRET, raw) }, body: raw });
      assert.equal(res.status, 404);
      assert.match(((await res.json()) as { message: string }).message, /SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN/);
      assert.equal(served.app.slack, undefined);
    });
  }

  it('still parses JSON bodies on /api/messages (the body parser skips only the Slack routes)', async () => {
    const res = await fetch(`${served.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hallo', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', conversation: { id: 'c-plain' }, from: { id: 'u' }, recipient: { id: 'b' } }),
    });
    assert.equal(res.status, 200);
  });
});
