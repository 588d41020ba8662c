import assert from 'node:assert/strict';
import { ActivityHandler, ConversationState, MemoryStorage, TestAdapter, type Storage, type StoreItem } from 'botbuilder';
import { SqliteStorage } from '../../src/storage';
import { rejectsWithCode, useTempDatabases } from './temp-database';

/** Drops the eTag so stored documents can be compared with what was written. */
function withoutETag(item: StoreItem | undefined): Record<string, unknown> | undefined {
  if (!item) return item;
  const { eTag: _eTag, ...rest } = item;
  return rest;
}

/**
 * botbuilder's Storage behaviour, as MemoryStorage defines it. Run against MemoryStorage too, so the
 * expectations are proven to be botbuilder's and not ours.
 */
function storageContract(create: () => Promise<Storage>): void {
  let storage: Storage;
  beforeEach(async () => {
    storage = await create();
  });

  it('reads nothing for keys that were never written', async () => {
    assert.deepEqual(await storage.read(['missing', 'also/missing']), {});
    assert.deepEqual(await storage.read([]), {});
  });

  it('round-trips a written item', async () => {
    await storage.write({ a: { count: 1, name: 'Ada' } });
    const items = await storage.read(['a']);
    assert.deepEqual(withoutETag(items.a), { count: 1, name: 'Ada' });
  });

  it('assigns a non-empty string eTag and a new one on every write', async () => {
    await storage.write({ a: { n: 1 } });
    const first = (await storage.read(['a'])).a?.eTag;
    assert.equal(typeof first, 'string');
    assert.ok(first);
    await storage.write({ a: { n: 2 } });
    const second = (await storage.read(['a'])).a?.eTag;
    assert.equal(typeof second, 'string');
    assert.notEqual(second, first);
  });

  it('accepts a write carrying the current eTag', async () => {
    await storage.write({ a: { n: 1 } });
    const current = (await storage.read(['a'])).a as StoreItem;
    await storage.write({ a: { ...current, n: 2 } });
    assert.deepEqual(withoutETag((await storage.read(['a'])).a), { n: 2 });
  });

  it('rejects a stale eTag with an "eTag conflict" error and keeps the stored item', async () => {
    await storage.write({ a: { n: 1 } });
    const stale = (await storage.read(['a'])).a as StoreItem;
    await storage.write({ a: { ...stale, n: 2 } });
    await assert.rejects(storage.write({ a: { ...stale, n: 3 } }), /eTag conflict/);
    assert.deepEqual(withoutETag((await storage.read(['a'])).a), { n: 2 });
  });

  it("overwrites when the eTag is '*'", async () => {
    await storage.write({ a: { n: 1 } });
    await storage.write({ a: { n: 2, eTag: '*' } });
    assert.deepEqual(withoutETag((await storage.read(['a'])).a), { n: 2 });
  });

  it('overwrites when the eTag is missing or empty', async () => {
    await storage.write({ a: { n: 1 } });
    await storage.write({ a: { n: 2 } });
    assert.deepEqual(withoutETag((await storage.read(['a'])).a), { n: 2 });
    await storage.write({ a: { n: 3, eTag: '' } });
    assert.deepEqual(withoutETag((await storage.read(['a'])).a), { n: 3 });
  });

  it('writes a new key even when it carries some other eTag', async () => {
    await storage.write({ fresh: { n: 1, eTag: 'made-up' } });
    const item = (await storage.read(['fresh'])).fresh;
    assert.deepEqual(withoutETag(item), { n: 1 });
    assert.notEqual(item?.eTag, 'made-up');
  });

  it('settles writes made at once as if made one after another, each eTag checked against the write before', async () => {
    await storage.write({ a: { n: 0 }, b: { n: 0 } });
    const { a } = await storage.read(['a']);
    const settled = await Promise.allSettled([
      storage.write({ a: { n: 1, eTag: a!.eTag } }),
      storage.write({ a: { n: 2, eTag: a!.eTag } }),
      storage.write({ b: { n: 1, eTag: 'stale' } }),
      storage.write({ c: { n: 1, eTag: 'never-stored' } }),
      storage.write({ a: { n: 3, eTag: '*' } }),
    ]);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled']);
    for (const i of [1, 2]) assert.match(String((settled[i] as PromiseRejectedResult).reason), /eTag conflict/);
    const items = await storage.read(['a', 'b', 'c']);
    assert.deepEqual([items.a, items.b, items.c].map(withoutETag), [{ n: 3 }, { n: 0 }, { n: 1 }]);
  });

  it('deletes items and ignores keys that do not exist', async () => {
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(['a', 'never-written']);
    const items = await storage.read(['a', 'b']);
    assert.deepEqual(Object.keys(items), ['b']);
  });

  it('writes and reads several keys in one call', async () => {
    await storage.write({ 'x/1': { v: 1 }, 'x/2': { v: 2 }, 'x/3': { v: 3 } });
    const items = await storage.read(['x/1', 'x/2', 'x/3', 'x/4']);
    assert.deepEqual(Object.keys(items).sort(), ['x/1', 'x/2', 'x/3']);
    assert.deepEqual(withoutETag(items['x/2']), { v: 2 });
    assert.notEqual(items['x/1']?.eTag, items['x/2']?.eTag);
  });

  it('round-trips nested objects, arrays and unusual text', async () => {
    const doc = {
      dialogue: { occupation: 'backend-developer', history: [{ topic: 'salary', at: 1 }, { topic: 'skills', at: 2 }] },
      flags: { a: true, b: false, none: null },
      numbers: [0, -1.5, 1e21, Number.MAX_SAFE_INTEGER],
      text: "Grüße 👩‍💻 \u0000 '; DROP TABLE bot_state; --",
      empty: { list: [], obj: {} },
    };
    await storage.write({ deep: doc });
    assert.deepEqual(withoutETag((await storage.read(['deep'])).deep), doc);
  });

  it('follows JSON semantics: undefined fields vanish, Dates become ISO strings', async () => {
    await storage.write({ j: { gone: undefined, when: new Date('2024-05-01T10:00:00Z') } });
    assert.deepEqual(withoutETag((await storage.read(['j'])).j), { when: '2024-05-01T10:00:00.000Z' });
  });

  it("does not modify the caller's object", async () => {
    const item = { n: 1, eTag: '*' };
    await storage.write({ a: item });
    assert.deepEqual(item, { n: 1, eTag: '*' });
  });
}

describe('storage contract: MemoryStorage (botbuilder reference)', () => {
  storageContract(async () => new MemoryStorage());
});

describe('storage contract: SqliteStorage', () => {
  const temp = useTempDatabases();
  storageContract(async () => new SqliteStorage(await temp.open()));
});

describe('SqliteStorage', () => {
  const temp = useTempDatabases();

  it('writes all changes of one call or none (a turn is one transaction)', async () => {
    const storage = new SqliteStorage(await temp.open());
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const stale = (await storage.read(['b'])).b as StoreItem;
    await storage.write({ b: { n: 2 } });
    const err = await rejectsWithCode(storage.write({ a: { n: 9 }, b: { ...stale, n: 9 }, c: { n: 9 } }), 'STORAGE_ETAG_CONFLICT');
    assert.match(err.message, /"b" due to eTag conflict/);
    const items = await storage.read(['a', 'b', 'c']);
    assert.deepEqual(withoutETag(items.a), { n: 1 });
    assert.deepEqual(withoutETag(items.b), { n: 2 });
    assert.equal(items.c, undefined);
  });

  it('keeps items and eTags across close and reopen', async () => {
    const file = `${temp.dir()}/state.sqlite`;
    const db = await temp.open(file);
    await new SqliteStorage(db).write({ 'webchat/users/u1/': { visits: 3 } });
    const before = await new SqliteStorage(db).read(['webchat/users/u1/']);
    await db.close();
    const after = await new SqliteStorage(await temp.open(file)).read(['webchat/users/u1/']);
    assert.deepEqual(after, before);
  });

  it('stores what the item was when write() was called, not what it became later', async () => {
    const storage = new SqliteStorage(await temp.open());
    const item = { n: 1 };
    const pending = storage.write({ a: item });
    item.n = 2;
    await pending;
    assert.deepEqual(withoutETag((await storage.read(['a'])).a), { n: 1 });
  });

  it('rejects items that are not objects with STORAGE_INVALID_ARGUMENT', async () => {
    const storage = new SqliteStorage(await temp.open());
    await rejectsWithCode(storage.write({ a: null as unknown as StoreItem }), 'STORAGE_INVALID_ARGUMENT');
  });

  it('reads and deletes more keys than one SQL statement can bind', async () => {
    const storage = new SqliteStorage(await temp.open());
    const changes = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, { i }]));
    await storage.write(changes);
    assert.equal(Object.keys(await storage.read(Object.keys(changes))).length, 1200);
    await storage.delete(Object.keys(changes));
    assert.deepEqual(await storage.read(Object.keys(changes)), {});
  });

  it("persists botbuilder ConversationState across turns (keys like 'test/conversations/<id>/')", async () => {
    const db = await temp.open();
    const conversationState = new ConversationState(new SqliteStorage(db));
    const counter = conversationState.createProperty<number>('turns');
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      const turns = (await counter.get(context, 0)) + 1;
      await counter.set(context, turns);
      await context.sendActivity(`turn ${turns}`);
      await next();
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
      await conversationState.saveChanges(context);
    });
    await adapter.send('a').assertReply('turn 1').send('b').assertReply('turn 2').send('c').assertReply('turn 3');
    const rows = await db.all<{ key: string; document: string }>('SELECT key, document FROM bot_state');
    assert.equal(rows.length, 1);
    assert.match(rows[0]?.key ?? '', /^test\/conversations\/.+\/$/);
    assert.equal((JSON.parse(rows[0]?.document ?? '{}') as { turns: number }).turns, 3);
  });
});
