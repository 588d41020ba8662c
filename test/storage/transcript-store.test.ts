import assert from 'node:assert/strict';
import {
  ActivityTypes,
  TestAdapter,
  TranscriptLoggerMiddleware,
  type Activity,
} from 'botbuilder';
import {
  SqliteTranscriptStore,
  TRANSCRIPT_PAGE_SIZE,
  TRANSCRIPT_TEXT_LIMIT,
  TRUNCATION_MARKER,
  type SqliteDatabase,
} from '../../src/storage';
import { rejectsWithCode, useTempDatabases } from './temp-database';

const T0 = Date.parse('2024-05-01T10:00:00.000Z');

/** A user message (or, with `fromBot`, a bot reply) in `conversationId`, `i` seconds after T0. */
function activity(conversationId: string, i: number, text: string, options: { channelId?: string; fromBot?: boolean; user?: string } = {}): Activity {
  const user = { id: options.user ?? 'user-1', name: 'User', role: 'user' };
  const bot = { id: 'career-bot', name: 'Bot', role: 'bot' };
  return {
    type: ActivityTypes.Message,
    id: `${conversationId}-${i}`,
    channelId: options.channelId ?? 'webchat',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: options.fromBot ? bot : user,
    recipient: options.fromBot ? user : bot,
    timestamp: new Date(T0 + i * 1000),
    text,
    serviceUrl: 'http://localhost',
  } as Activity;
}

async function allPages(store: SqliteTranscriptStore, channelId: string, conversationId: string, startDate?: Date): Promise<Activity[][]> {
  const pages: Activity[][] = [];
  let token: string | undefined;
  do {
    const page = await store.getTranscriptActivities(channelId, conversationId, token, startDate);
    pages.push(page.items);
    token = page.continuationToken;
  } while (token);
  return pages;
}

describe('SqliteTranscriptStore', () => {
  const temp = useTempDatabases();
  let db: SqliteDatabase;
  let store: SqliteTranscriptStore;

  beforeEach(async () => {
    db = await temp.open();
    store = new SqliteTranscriptStore(db);
  });

  it('pages 45 activities as 20 + 20 + 5 with opaque continuation tokens, in logged order', async () => {
    assert.equal(TRANSCRIPT_PAGE_SIZE, 20);
    await Promise.all(Array.from({ length: 45 }, (_, i) => store.logActivity(activity('conv-a', i, `message ${i}`))));
    await store.logActivity(activity('conv-other', 0, 'elsewhere'));

    const first = await store.getTranscriptActivities('webchat', 'conv-a');
    assert.equal(first.items.length, 20);
    assert.ok(first.continuationToken);
    assert.ok(!first.items.some((a) => a.id === first.continuationToken), 'the token is not an activity id');

    const pages = await allPages(store, 'webchat', 'conv-a');
    assert.deepEqual(pages.map((p) => p.length), [20, 20, 5]);
    assert.deepEqual(pages.flat().map((a) => a.text), Array.from({ length: 45 }, (_, i) => `message ${i}`));
    const last = await store.getTranscriptActivities('webchat', 'conv-a', (await store.getTranscriptActivities('webchat', 'conv-a', first.continuationToken)).continuationToken);
    assert.equal(last.continuationToken, '', 'no token on the last page');
  });

  it('returns exactly one page without a token when the conversation has exactly 20 activities', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.logActivity(activity('conv-20', i, `m${i}`))));
    assert.deepEqual((await allPages(store, 'webchat', 'conv-20')).map((p) => p.length), [20]);
  });

  it('returns an empty page for an unknown conversation, and rejects a forged token', async () => {
    assert.deepEqual(await store.getTranscriptActivities('webchat', 'nobody'), { items: [], continuationToken: '' });
    await rejectsWithCode(store.getTranscriptActivities('webchat', 'nobody', 'not-a-token'), 'STORAGE_INVALID_TOKEN');
    await rejectsWithCode(store.getTranscriptActivities('', 'nobody'), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(store.getTranscriptActivities('webchat', 'nobody', undefined, new Date('nonsense')), 'STORAGE_INVALID_ARGUMENT');
  });

  it('returns activities equal to the logged ones, with timestamps as Dates', async () => {
    const logged = activity('conv-a', 3, 'Was verdient ein Backend Developer?');
    await store.logActivity(logged);
    const [stored] = (await store.getTranscriptActivities('webchat', 'conv-a')).items;
    assert.ok(stored?.timestamp instanceof Date);
    assert.deepEqual(stored, logged);
  });

  it('filters by startDate', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.logActivity(activity('conv-a', i, `m${i}`))));
    const items = (await allPages(store, 'webchat', 'conv-a', new Date(T0 + 6000))).flat();
    assert.deepEqual(items.map((a) => a.text), ['m6', 'm7', 'm8', 'm9']);
  });

  it('lists the conversations of a channel with their start time, paged by 20', async () => {
    // 25 conversations on webchat, logged in order; the first one gets a later second activity.
    for (let c = 0; c < 25; c++) await store.logActivity(activity(`conv-${c}`, c * 10, 'hi'));
    await store.logActivity(activity('conv-0', 999, 'later'));
    await store.logActivity(activity('teams-conv', 0, 'hi', { channelId: 'msteams' }));

    const first = await store.listTranscripts('webchat');
    assert.equal(first.items.length, 20);
    assert.deepEqual(first.items[0], { channelId: 'webchat', id: 'conv-0', created: new Date(T0) });
    const second = await store.listTranscripts('webchat', first.continuationToken);
    assert.deepEqual(second.items.map((t) => t.id), ['conv-20', 'conv-21', 'conv-22', 'conv-23', 'conv-24']);
    assert.equal(second.continuationToken, '');
    assert.deepEqual((await store.listTranscripts('msteams')).items.map((t) => t.id), ['teams-conv']);
    assert.deepEqual((await store.listTranscripts('slack')).items, []);
  });

  it('deletes one transcript and nothing else', async () => {
    await store.logActivity(activity('conv-a', 0, 'a'));
    await store.logActivity(activity('conv-b', 0, 'b'));
    await store.logActivity(activity('conv-a', 0, 'a', { channelId: 'msteams' }));
    await store.deleteTranscript('webchat', 'conv-a');
    assert.deepEqual((await store.getTranscriptActivities('webchat', 'conv-a')).items, []);
    assert.equal((await store.getTranscriptActivities('webchat', 'conv-b')).items.length, 1);
    assert.equal((await store.getTranscriptActivities('msteams', 'conv-a')).items.length, 1);
  });

  it('redacts text and value.text by default, without touching the caller’s activity', async () => {
    const logged = activity('conv-a', 0, 'Mail: jana.muster@example.de, Tel. 0171 1234567');
    logged.value = { text: 'IBAN DE89 3704 0044 0532 0130 00', other: 1 };
    await store.logActivity(logged);
    const [stored] = (await store.getTranscriptActivities('webchat', 'conv-a')).items;
    assert.equal(stored?.text, 'Mail: [email], Tel. [phone]');
    assert.deepEqual(stored?.value, { text: 'IBAN [iban]', other: 1 });
    assert.equal(logged.text, 'Mail: jana.muster@example.de, Tel. 0171 1234567');
    assert.deepEqual(logged.value, { text: 'IBAN DE89 3704 0044 0532 0130 00', other: 1 });
  });

  it('stores text unredacted when redaction is turned off, and uses a custom redactor when given', async () => {
    const plain = new SqliteTranscriptStore(db, { redact: false });
    await plain.logActivity(activity('conv-plain', 0, 'Tel. 0171 1234567'));
    assert.equal((await plain.getTranscriptActivities('webchat', 'conv-plain')).items[0]?.text, 'Tel. 0171 1234567');
    const custom = new SqliteTranscriptStore(db, { redactor: (t) => t.toUpperCase() });
    await custom.logActivity(activity('conv-custom', 0, 'hello'));
    assert.equal((await custom.getTranscriptActivities('webchat', 'conv-custom')).items[0]?.text, 'HELLO');
  });

  const hostile: Array<[string, string]> = [
    ['SQL fragments', "'; DROP TABLE transcripts; --"],
    ['more SQL', 'Robert"); DELETE FROM bot_state WHERE 1=1; /* \\ */ SELECT * FROM sqlite_master --'],
    ['NUL bytes', 'before\u0000after\u0000'],
    ['emoji and joiners', 'Gehalt? 💶👩🏽‍💻🏳️‍🌈 e\u0301 Zoë ß'],
    ['a lone surrogate', 'broken \ud83d here'],
    ['control characters and line breaks', '\t\r\n\u0001\u001f\u2028\u2029 end'],
    ['JSON-looking text', '{"text": "nested", "timestamp": "x"} \\"quoted\\"'],
  ];
  for (const [name, text] of hostile) {
    it(`stores and returns ${name} exactly`, async () => {
      await store.logActivity(activity('conv-h', 0, text));
      assert.equal((await store.getTranscriptActivities('webchat', 'conv-h')).items[0]?.text, text);
      assert.deepEqual(await db.integrityCheck(), ['ok']);
      assert.equal((await db.all("SELECT name FROM sqlite_master WHERE name = 'transcripts'")).length, 1);
    });
  }

  it(`cuts a 1 MB text to ${TRANSCRIPT_TEXT_LIMIT} characters ending in the truncation marker`, async () => {
    const huge = 'Lorem ipsum dolor sit amet. '.repeat(40_000).slice(0, 1_000_000);
    await store.logActivity(activity('conv-big', 0, huge));
    const text = (await store.getTranscriptActivities('webchat', 'conv-big')).items[0]?.text ?? '';
    assert.equal(text.length, TRANSCRIPT_TEXT_LIMIT);
    assert.ok(text.endsWith(TRUNCATION_MARKER));
    assert.equal(text.slice(0, -TRUNCATION_MARKER.length), huge.slice(0, TRANSCRIPT_TEXT_LIMIT - TRUNCATION_MARKER.length));
  });

  it('never cuts an emoji in half, and keeps texts at the limit unchanged', async () => {
    // The marker is odd-length, so a plain cut at limit - marker would land between the halves of an emoji.
    assert.equal(TRUNCATION_MARKER.length % 2, 1);
    await store.logActivity(activity('conv-emoji', 0, '😀'.repeat(500_000)));
    const text = (await store.getTranscriptActivities('webchat', 'conv-emoji')).items[0]?.text ?? '';
    assert.ok(text.endsWith(TRUNCATION_MARKER));
    assert.equal(text.length, TRANSCRIPT_TEXT_LIMIT - 1);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(text), 'no lone high surrogate');
    const exact = 'y'.repeat(TRANSCRIPT_TEXT_LIMIT);
    await store.logActivity(activity('conv-exact', 0, exact));
    assert.equal((await store.getTranscriptActivities('webchat', 'conv-exact')).items[0]?.text, exact);
  });

  it('records the user of each line: sender of a user message, recipient of a bot reply', async () => {
    await store.logActivity(activity('conv-a', 0, 'question'));
    await store.logActivity(activity('conv-a', 1, 'answer', { fromBot: true }));
    const rows = await db.all<{ user_id: string }>('SELECT user_id FROM transcripts ORDER BY seq');
    assert.deepEqual(rows.map((r) => r.user_id), ['user-1', 'user-1']);
  });

  it('rejects (never throws) activities it cannot store', async () => {
    const circular = activity('conv-a', 0, 'x') as Activity & { self?: unknown };
    circular.self = circular;
    const pending = store.logActivity(circular);
    assert.ok(pending instanceof Promise);
    await assert.rejects(pending, TypeError);
  });

  it('rejects activities without channel or conversation', async () => {
    await rejectsWithCode(store.logActivity({ type: 'message' } as Activity), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(store.logActivity(undefined as unknown as Activity), 'STORAGE_INVALID_ARGUMENT');
  });

  it("logs a whole turn through botbuilder's TranscriptLoggerMiddleware", async () => {
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
    }).use(new TranscriptLoggerMiddleware(store));
    await adapter.send('Meine Nummer: 0171 1234567').assertReply('echo: Meine Nummer: 0171 1234567');
    // The middleware logs after the turn without awaiting; wait for it to reach the queue, then flush.
    let items: Activity[] = [];
    for (let i = 0; i < 50 && items.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await db.flush();
      const conversations = await store.listTranscripts('test');
      const id = conversations.items[0]?.id;
      items = id ? (await store.getTranscriptActivities('test', id)).items : [];
    }
    assert.deepEqual(items.map((a) => a.text), ['Meine Nummer: [phone]', 'echo: Meine Nummer: [phone]']);
  });
});
