import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { WriteTransaction } from '../../src/storage';
import { rejectsWithCode, useTempDatabases } from './temp-database';

const insertState = (tx: WriteTransaction, key: string): Promise<unknown> =>
  tx.run("INSERT INTO bot_state (key, etag, document, updated_at) VALUES (?, 'e', '{}', 'now')", [key]);

describe('SqliteDatabase: write queue', () => {
  const temp = useTempDatabases();

  async function count(db: { get<T>(sql: string): Promise<T | undefined> }): Promise<number> {
    return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM bot_state'))?.n ?? -1;
  }

  it('commits 200 concurrent writes, in far fewer transactions (group commit)', async () => {
    const db = await temp.open();
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => db.write(async (tx) => (await insertState(tx, `k${i}`), i))));
    assert.deepEqual(results, Array.from({ length: 200 }, (_, i) => i));
    assert.equal(await count(db), 200);
    assert.ok(db.stats.groups < 20, `expected group commit, got ${db.stats.groups} transactions for 200 units`);
    assert.equal(db.stats.committedUnits, 200);
  });

  it('runs units in the order they were enqueued', async () => {
    const db = await temp.open();
    const order: number[] = [];
    await Promise.all(Array.from({ length: 50 }, (_, i) => db.write(() => void order.push(i))));
    assert.deepEqual(order, Array.from({ length: 50 }, (_, i) => i));
  });

  it('rolls back only a failing unit; the others in its group commit', async () => {
    const db = await temp.open();
    const a = db.write((tx) => insertState(tx, 'a'));
    const thrown = db.write(async (tx) => {
      await insertState(tx, 'half-done');
      throw new Error('unit failed on purpose');
    });
    const sqlError = db.write((tx) => tx.run("INSERT INTO feedback (time, channel_id, conversation_id, rating) VALUES ('t', 'c', 'k', 'meh')"));
    const duplicate = db.write((tx) => insertState(tx, 'a'));
    const c = db.write((tx) => insertState(tx, 'c'));
    const settled = await Promise.allSettled([a, thrown, sqlError, duplicate, c]);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'rejected', 'rejected', 'fulfilled']);
    assert.equal(db.stats.groups, 1, 'all five ran in one transaction');
    assert.match(String((settled[1] as PromiseRejectedResult).reason), /unit failed on purpose/);
    assert.equal(((settled[2] as PromiseRejectedResult).reason as { code: string }).code, 'STORAGE_QUERY_FAILED');
    assert.equal(((settled[3] as PromiseRejectedResult).reason as { sqliteCode: string }).sqliteCode, 'SQLITE_CONSTRAINT');
    const keys = (await db.all<{ key: string }>('SELECT key FROM bot_state ORDER BY key')).map((r) => r.key);
    assert.deepEqual(keys, ['a', 'c']);
    assert.equal(db.stats.failedUnits, 3);
  });

  const INSERT_STATE = "INSERT INTO bot_state (key, etag, document, updated_at) VALUES (?, 'e', '{}', 'now')";

  it('undoes a failing single-statement unit alone; units before and after it in the group commit', async () => {
    const db = await temp.open();
    const settled = await Promise.allSettled([
      db.writeStatement(INSERT_STATE, ['a']),
      db.writeStatement("INSERT INTO feedback (time, channel_id, conversation_id, rating) VALUES ('t', 'c', 'k', 'meh')"),
      db.writeStatement(INSERT_STATE, ['a']),
      db.write((tx) => insertState(tx, 'b')),
      db.writeStatement(INSERT_STATE, ['c']),
    ]);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled', 'fulfilled']);
    assert.equal(db.stats.groups, 1, 'all five ran in one transaction');
    assert.equal(((settled[2] as PromiseRejectedResult).reason as { sqliteCode: string }).sqliteCode, 'SQLITE_CONSTRAINT');
    assert.deepEqual((settled[0] as PromiseFulfilledResult<{ changes: number }>).value.changes, 1);
    assert.deepEqual((await db.all<{ key: string }>('SELECT key FROM bot_state ORDER BY key')).map((r) => r.key), ['a', 'b', 'c']);
  });

  it('fails the whole group when a single statement ends the transaction, and never runs the rest outside it', async () => {
    const db = await temp.open();
    // A trigger raising ROLLBACK ends the transaction, as a full disk or an I/O error may.
    await db.write((tx) =>
      tx.run("CREATE TEMP TRIGGER no_down BEFORE INSERT ON feedback WHEN NEW.rating = 'down' BEGIN SELECT RAISE(ROLLBACK, 'rolled back on purpose'); END"),
    );
    const settled = await Promise.allSettled([
      db.writeStatement(INSERT_STATE, ['before']),
      db.writeStatement("INSERT INTO feedback (time, channel_id, conversation_id, rating) VALUES ('t', 'c', 'k', 'down')"),
      db.writeStatement(INSERT_STATE, ['after']),
      db.write((tx) => insertState(tx, 'unit-after')),
    ]);
    assert.deepEqual(settled.map((s) => s.status), ['rejected', 'rejected', 'rejected', 'rejected']);
    assert.equal(await count(db), 0, 'nothing of the lost group is stored');
    await db.writeStatement(INSERT_STATE, ['later']);
    assert.equal(await count(db), 1, 'the queue works on afterwards');
  });

  it('rejects a statement SQLite cannot prepare (a table that is gone) instead of leaving it pending', async () => {
    const db = await temp.open();
    await db.write((tx) => tx.run('DROP TABLE feedback'));
    await rejectsWithCode(db.writeStatement("INSERT INTO feedback (time) VALUES ('t')"), 'STORAGE_QUERY_FAILED');
    await rejectsWithCode(db.appendRow('feedback', ['time'], ['t']), 'STORAGE_QUERY_FAILED');
    await rejectsWithCode(db.all('SELECT * FROM feedback'), 'STORAGE_QUERY_FAILED');
    await db.writeStatement(INSERT_STATE, ['still-works']);
    assert.equal(await count(db), 1);
  });

  describe('appendRow (multi-row inserts)', () => {
    const COLUMNS = ['time', 'channel_id', 'conversation_id', 'rating'] as const;
    const feedback = (db: Awaited<ReturnType<typeof temp.open>>, id: string, rating = 'up'): Promise<void> => db.appendRow('feedback', COLUMNS, ['t', 'c', id, rating]);
    const stored = async (db: Awaited<ReturnType<typeof temp.open>>): Promise<string[]> =>
      (await db.all<{ conversation_id: string }>('SELECT conversation_id FROM feedback ORDER BY id')).map((r) => r.conversation_id);

    it('stores 300 concurrent rows in the order they were appended, by a few multi-row statements', async () => {
      const db = await temp.open();
      const ids = Array.from({ length: 300 }, (_, i) => `r${i}`);
      await Promise.all(ids.map((id) => feedback(db, id)));
      assert.deepEqual(await stored(db), ids);
      assert.equal(db.stats.committedUnits, 300);
      assert.ok(db.stats.groups < 10, `expected the rows to share transactions, got ${db.stats.groups}`);
      assert.ok(db.stats.statements <= 10, `expected multi-row INSERTs, got ${db.stats.statements} statements for 300 rows`);
    });

    it('keeps the order of a table\'s rows when their column lists differ', async () => {
      const db = await temp.open();
      await Promise.all([
        feedback(db, 'first'),
        db.appendRow('feedback', [...COLUMNS, 'topic'], ['t', 'c', 'second', 'up', 'salary']),
        feedback(db, 'third'),
      ]);
      assert.deepEqual(await stored(db), ['first', 'second', 'third']);
    });

    it('writes held rows before any statement that names their table, however it is written', async () => {
      const db = await temp.open();
      const statements = [
        'DELETE FROM main.feedback',
        'DELETE FROM "feedback"',
        'WITH doomed AS (SELECT id FROM feedback) DELETE FROM feedback WHERE id IN (SELECT id FROM doomed)',
      ];
      for (const sql of statements) {
        await Promise.all([feedback(db, 'before'), db.writeStatement(sql), feedback(db, 'after')]);
        assert.deepEqual(await stored(db), ['after'], sql);
        await db.writeStatement('DELETE FROM feedback');
      }
      // A statement on another table that reads this one sees the rows appended before it.
      await Promise.all([
        feedback(db, 'seen'),
        db.writeStatement("INSERT INTO bot_state (key, etag, document, updated_at) SELECT 'count', 'e', (SELECT COUNT(*) FROM feedback), 'now' WHERE true"),
      ]);
      assert.equal((await db.get<{ document: string }>("SELECT document FROM bot_state WHERE key = 'count'"))?.document, '1');
    });

    it('fails only the row SQLite refuses; the others of its statement are stored', async () => {
      const db = await temp.open();
      const settled = await Promise.allSettled([feedback(db, 'a'), feedback(db, 'bad', 'meh'), feedback(db, 'c')]);
      assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled']);
      assert.equal(((settled[1] as PromiseRejectedResult).reason as { code: string }).code, 'STORAGE_QUERY_FAILED');
      assert.deepEqual(await stored(db), ['a', 'c']);
      assert.equal(db.stats.failedUnits, 1);
    });

    it('keeps order against a unit function and against a statement on the same table', async () => {
      const db = await temp.open();
      const seen: string[][] = [];
      await Promise.all([
        feedback(db, 'before-unit'),
        db.write(async (tx) => void seen.push((await tx.all<{ conversation_id: string }>('SELECT conversation_id FROM feedback')).map((r) => r.conversation_id))),
        feedback(db, 'before-delete'),
        db.writeStatement('DELETE FROM feedback'),
        feedback(db, 'after-delete'),
      ]);
      assert.equal(db.stats.groups, 1);
      assert.deepEqual(seen, [['before-unit']], 'the unit sees the rows appended before it, not after');
      assert.deepEqual(await stored(db), ['after-delete']);
    });

    it('refuses names that are not plain identifiers, and a column/value count mismatch', async () => {
      const db = await temp.open();
      await rejectsWithCode(db.appendRow('feedback; DROP TABLE feedback', COLUMNS, ['t', 'c', 'x', 'up']), 'STORAGE_INVALID_ARGUMENT');
      await rejectsWithCode(db.appendRow('feedback', ['time', 'rating)--'], ['t', 'up']), 'STORAGE_INVALID_ARGUMENT');
      await rejectsWithCode(db.appendRow('feedback', COLUMNS, ['t']), 'STORAGE_INVALID_ARGUMENT');
      assert.deepEqual(await stored(db), []);
    });
  });

  it('does not let a single-statement unit control the transaction either', async () => {
    const db = await temp.open();
    await rejectsWithCode(db.writeStatement('COMMIT'), 'STORAGE_INVALID_ARGUMENT');
    await db.close();
    await rejectsWithCode(db.writeStatement(INSERT_STATE, ['late']), 'STORAGE_CLOSED');
  });

  it('resolves a write only after its commit: a plain read right after sees it', async () => {
    const db = await temp.open();
    for (let i = 0; i < 20; i++) {
      await db.write((tx) => insertState(tx, `k${i}`));
      assert.equal(await count(db), i + 1);
    }
  });

  it('hides a group from plain reads until it has committed', async () => {
    const db = await temp.open();
    let seenInside = -1;
    await db.write(async (tx) => {
      await insertState(tx, 'inside');
      seenInside = await count(db); // the read connection: committed data only
      assert.equal((await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM bot_state'))?.n, 1, 'the unit sees its own write');
    });
    assert.equal(seenInside, 0);
    assert.equal(await count(db), 1);
  });

  it('flush() waits for everything enqueued so far, and resolves at once when idle', async () => {
    const db = await temp.open();
    await db.flush();
    for (let i = 0; i < 50; i++) void db.write((tx) => insertState(tx, `k${i}`));
    void db.write(() => Promise.reject(new Error('ignored by flush'))).catch(() => undefined);
    await db.flush();
    assert.equal(await count(db), 50);
  });

  it('keeps data across close and reopen; close() commits writes still queued', async () => {
    const file = path.join(temp.dir(), 'reopen.sqlite');
    const db = await temp.open(file);
    await db.write((tx) => insertState(tx, 'before-close'));
    const queued = db.write((tx) => insertState(tx, 'queued-at-close'));
    await db.close();
    await queued;
    assert.ok(!fs.existsSync(`${file}-wal`) || fs.statSync(`${file}-wal`).size === 0, 'the WAL is checkpointed at close');
    const reopened = await temp.open(file);
    assert.deepEqual((await reopened.all<{ key: string }>('SELECT key FROM bot_state ORDER BY key')).map((r) => r.key), [
      'before-close',
      'queued-at-close',
    ]);
    assert.deepEqual(await reopened.integrityCheck(), ['ok']);
  });

  it('refuses reads and writes after close() with STORAGE_CLOSED; close() twice is fine', async () => {
    const db = await temp.open();
    await db.close();
    await db.close();
    assert.ok(db.closed);
    await rejectsWithCode(db.write((tx) => insertState(tx, 'late')), 'STORAGE_CLOSED');
    await rejectsWithCode(db.get('SELECT 1'), 'STORAGE_CLOSED');
  });

  it('stops a transaction handle from being used after its unit ended (STORAGE_TX_CLOSED)', async () => {
    const db = await temp.open();
    let leaked: WriteTransaction | undefined;
    await db.write((tx) => void (leaked = tx));
    await rejectsWithCode((leaked as WriteTransaction).run('SELECT 1'), 'STORAGE_TX_CLOSED');
  });

  it('does not let a unit control the transaction itself', async () => {
    const db = await temp.open();
    await rejectsWithCode(db.write((tx) => tx.run('COMMIT')), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(db.write((tx) => tx.run('  rollback')), 'STORAGE_INVALID_ARGUMENT');
    await db.write((tx) => insertState(tx, 'still-works'));
    assert.equal(await count(db), 1);
  });

  it('waits for statements a unit forgot to await, and fails the unit if one of them fails', async () => {
    const db = await temp.open();
    await db.write((tx) => void insertState(tx, 'not-awaited'));
    assert.equal(await count(db), 1);
    await rejectsWithCode(
      db.write((tx) => void insertState(tx, 'not-awaited')),
      'STORAGE_QUERY_FAILED',
    );
    assert.equal(await count(db), 1);
  });

  it('keeps a resolved write when the process is killed with SIGKILL right after', async function () {
    this.timeout(20_000);
    const file = path.join(temp.dir(), 'crash.sqlite');
    const storageModule = path.resolve(__dirname, '../../src/storage');
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const { SqliteDatabase } = require(${JSON.stringify(storageModule)});
         (async () => {
           const db = await SqliteDatabase.open(${JSON.stringify(file)});
           for (let i = 0; i < 25; i++) {
             await db.write((tx) => tx.run("INSERT INTO bot_state VALUES (?, 'e', '{}', 'now')", ['k' + i]));
           }
           process.stdout.write('committed\\n');
           setInterval(() => {}, 1000); // stay alive until killed, WAL not checkpointed
         })().catch((e) => { console.error(e); process.exit(1); });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('committed')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const db = await temp.open(file);
    assert.equal(await count(db), 25);
    assert.deepEqual(await db.integrityCheck(), ['ok']);
  });
});
