import assert from 'node:assert/strict';
import { ConversationStore, TokenStore } from '../../src/channels/direct-line';

/** Token and conversation lifetimes, on a clock the test moves. */
describe('Direct Line tokens and conversations expire', () => {
  let now = 0;
  const clock = (): number => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('a token works until its lifetime is over, then never again', () => {
    const tokens = new TokenStore(30 * 60, clock);
    const { token, expiresIn } = tokens.issue('c1', 'u1');
    assert.equal(expiresIn, 1800);
    now += 29 * 60 * 1000;
    assert.equal(tokens.verify(token)?.conversationId, 'c1');
    now += 2 * 60 * 1000;
    assert.equal(tokens.verify(token), undefined);
    now -= 10 * 60 * 1000;
    assert.equal(tokens.verify(token), undefined, 'an expired token is forgotten, not revived');
  });

  it('tokens are random and unguessable from each other', () => {
    const tokens = new TokenStore(60, clock);
    const a = tokens.issue('c1', 'u1').token;
    const b = tokens.issue('c1', 'u1').token;
    assert.notEqual(a, b);
    assert.ok(a.length >= 40);
  });

  it('an idle conversation is dropped from memory, an active one is kept', () => {
    const store = new ConversationStore({ idleSeconds: 60, now: clock });
    const idle = store.create()!;
    const active = store.create()!;
    now += 50_000;
    store.use(active.id);
    now += 20_000;
    assert.deepEqual(store.sweep(), [idle.id]);
    assert.equal(store.use(idle.id), undefined);
    assert.ok(store.use(active.id));
  });

  it('refuses new conversations when memory is full, until idle ones expire', () => {
    const store = new ConversationStore({ idleSeconds: 60, maxConversations: 2, now: clock });
    assert.ok(store.create());
    assert.ok(store.create());
    assert.equal(store.create(), undefined);
    now += 61_000;
    assert.ok(store.create(), 'expired ones make room');
  });

  it('keeps the last activities of a long conversation, with watermarks that still work', () => {
    const store = new ConversationStore({ idleSeconds: 60, maxActivities: 3, now: clock });
    const c = store.create()!;
    for (let i = 0; i < 5; i++) store.append(c, { type: 'message', text: `m${i}` });
    const all = store.since(c, undefined);
    assert.deepEqual(all.activities.map((a) => a.text), ['m2', 'm3', 'm4']);
    assert.equal(all.watermark, '5');
    assert.deepEqual(store.since(c, 4).activities.map((a) => a.text), ['m4']);
    assert.deepEqual(store.since(c, 5).activities, []);
  });

  describe('memory budget for kept activities', () => {
    const kept = (store: ConversationStore, ...conversations: { id: string }[]): string[][] =>
      conversations.map((c) => store.since(store.use(c.id)!, undefined).activities.map((a) => a.text!));
    const chars = (store: ConversationStore, ...conversations: { id: string }[]): number =>
      conversations.reduce((sum, c) => sum + store.since(store.use(c.id)!, undefined).activities.reduce((n, a) => n + JSON.stringify(a).length, 0), 0);
    const text = (label: string): string => `${label} ${'x'.repeat(300)}`;

    it('drops the activities of the least recently used conversations first', () => {
      const store = new ConversationStore({ idleSeconds: 60, maxActivityChars: 2400, now: clock });
      const a = store.create()!;
      const b = store.create()!;
      for (const i of [1, 2, 3]) store.append(a, { type: 'message', text: text(`a${i}`) });
      for (const i of [1, 2, 3]) store.append(b, { type: 'message', text: text(`b${i}`) });
      store.use(a.id);
      const c = store.create()!;
      for (const i of [1, 2]) store.append(c, { type: 'message', text: text(`c${i}`) });
      const [keptB, keptA, keptC] = kept(store, b, a, c);
      assert.deepEqual(keptB, [], 'b was used least recently');
      assert.deepEqual(keptA.map((t) => t.slice(0, 2)), ['a1', 'a2', 'a3']);
      assert.deepEqual(keptC.map((t) => t.slice(0, 2)), ['c1', 'c2']);
      assert.equal(store.since(store.use(b.id)!, undefined).watermark, '3', 'b goes on numbering where it was');
      assert.ok(chars(store, a, b, c) <= 2400);
    });

    it('drops what clients have already received before unread replies, even of a less recently used conversation', () => {
      const store = new ConversationStore({ idleSeconds: 60, maxActivityChars: 2400, now: clock });
      const unread = store.create()!;
      const read = store.create()!;
      for (const i of [1, 2, 3]) store.append(unread, { type: 'message', text: text(`u${i}`) });
      for (const i of [1, 2, 3]) store.append(read, { type: 'message', text: text(`r${i}`) });
      store.since(read, undefined); // the client polls: it has all three now
      const c = store.create()!;
      store.append(c, { type: 'message', text: text('c1') });
      const [keptUnread, keptRead] = kept(store, unread, read);
      assert.deepEqual(keptUnread.map((t) => t.slice(0, 2)), ['u1', 'u2', 'u3']);
      assert.deepEqual(keptRead, []);
    });

    it('gives the budget back when conversations expire, also for a reply that arrives after its conversation expired', () => {
      const store = new ConversationStore({ idleSeconds: 60, maxActivityChars: 2400, now: clock });
      const old = store.create()!;
      for (const i of [1, 2, 3, 4, 5, 6]) store.append(old, { type: 'message', text: text(`o${i}`) });
      now += 61_000;
      store.sweep();
      store.append(old, { type: 'message', text: text('late reply') });
      const fresh = store.create()!;
      for (const i of [1, 2, 3, 4, 5, 6]) store.append(fresh, { type: 'message', text: text(`f${i}`) });
      assert.deepEqual(kept(store, fresh)[0].map((t) => t.slice(0, 2)), ['f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
    });

    it('keeps the newest activities of one conversation that alone exceeds the budget', () => {
      const store = new ConversationStore({ idleSeconds: 60, maxActivityChars: 1000, now: clock });
      const c = store.create()!;
      for (let i = 0; i < 10; i++) store.append(c, { type: 'message', text: text(`m${i}`) });
      const { activities, watermark } = store.since(c, undefined);
      assert.deepEqual(activities.map((a) => a.text!.slice(0, 2)), ['m8', 'm9']);
      assert.equal(watermark, '10');
      assert.deepEqual(store.since(c, 9).activities.map((a) => a.text!.slice(0, 2)), ['m9']);
      assert.ok(chars(store, c) <= 1000);
    });
  });
});
