import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { MIGRATIONS, SCHEMA_VERSION, SqliteDatabase, SqliteStorage, type Migration } from '../../src/storage';
import { rejectsWithCode, useTempDatabases } from './temp-database';

// The fixture is read from the source tree (tsc does not copy it to dist/).
const FIXTURE_V1 = path.resolve(__dirname, '../../../test/fixtures/career-bot-v1.sqlite');

/** Reads from a database file with a plain sqlite3 connection, bypassing SqliteDatabase. */
function rawQuery<T>(file: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openErr) => {
      if (openErr) return reject(openErr);
      db.all<T>(sql, (err, rows) => db.close(() => (err ? reject(err) : resolve(rows))));
    });
  });
}

function rawExec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openErr) => {
      if (openErr) return reject(openErr);
      db.exec(sql, (err) => db.close(() => (err ? reject(err) : resolve())));
    });
  });
}

async function tables(db: SqliteDatabase): Promise<string[]> {
  const rows = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return rows.map((r) => r.name);
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('SqliteDatabase: schema migrations', () => {
  const temp = useTempDatabases();

  function copyOfFixture(): string {
    const file = path.join(temp.dir(), 'career-bot.sqlite');
    fs.copyFileSync(FIXTURE_V1, file);
    return file;
  }

  it('has a version-1 fixture with two state rows and no later tables', async () => {
    assert.deepEqual(await rawQuery(FIXTURE_V1, 'PRAGMA user_version'), [{ user_version: 1 }]);
    const names = await rawQuery<{ name: string }>(FIXTURE_V1, "SELECT name FROM sqlite_master WHERE type = 'table'");
    assert.deepEqual(names.map((r) => r.name), ['bot_state']);
    assert.equal((await rawQuery(FIXTURE_V1, 'SELECT key FROM bot_state')).length, 2);
  });

  it('upgrades a version-1 database in place to the latest version and keeps its rows', async () => {
    const fixtureHash = sha256(FIXTURE_V1);
    const file = copyOfFixture();
    const db = await temp.open(file);
    assert.equal(SCHEMA_VERSION, MIGRATIONS.length);
    assert.equal(SCHEMA_VERSION, 2);
    assert.equal(db.schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(await db.get('PRAGMA user_version'), { user_version: SCHEMA_VERSION });
    assert.deepEqual(await tables(db), ['analytics', 'bot_state', 'feedback', 'transcripts']);

    const items = await new SqliteStorage(db).read(['webchat/conversations/conv-1/', 'webchat/users/user-1/']);
    assert.deepEqual(items, {
      'webchat/conversations/conv-1/': {
        dialogue: { occupation: 'backend-developer', topic: 'salary', language: 'de' },
        eTag: 'v1-etag-1',
      },
      'webchat/users/user-1/': { profile: { name: 'Zoë', visits: 3 }, eTag: 'v1-etag-2' },
    });
    // The new tables are usable straight away.
    await db.write((tx) => tx.run("INSERT INTO feedback (time, channel_id, conversation_id, rating) VALUES ('2024-01-01', 'c', 'k', 'up')"));
    assert.deepEqual(await db.integrityCheck(), ['ok']);
    assert.equal(sha256(FIXTURE_V1), fixtureHash, 'the fixture itself is never touched');
  });

  it('creates a new database (and its parent folders) at the latest version, in WAL mode', async () => {
    const file = path.join(temp.dir(), 'nested', 'deeper', 'new.sqlite');
    const db = await temp.open(file);
    assert.ok(fs.existsSync(file));
    assert.equal(db.path, file);
    assert.equal(db.schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(await db.get('PRAGMA journal_mode'), { journal_mode: 'wal' });
    assert.deepEqual(await db.get('PRAGMA foreign_keys'), { foreign_keys: 1 });
    // The writer's settings, seen from inside a write unit: synchronous NORMAL (1), busy timeout.
    const writerSettings = await db.write(async (tx) => ({
      synchronous: (await tx.get<{ synchronous: number }>('PRAGMA synchronous'))?.synchronous,
      timeout: (await tx.get<{ timeout: number }>('PRAGMA busy_timeout'))?.timeout,
      foreignKeys: (await tx.get<{ foreign_keys: number }>('PRAGMA foreign_keys'))?.foreign_keys,
    }));
    assert.deepEqual(writerSettings, { synchronous: 1, timeout: 5000, foreignKeys: 1 });
  });

  it('is idempotent: reopening a migrated database changes nothing', async () => {
    const file = copyOfFixture();
    const first = await temp.open(file);
    const schema = await first.all('SELECT type, name, sql FROM sqlite_master ORDER BY name');
    await first.close();
    const second = await temp.open(file);
    assert.equal(second.schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(await second.all('SELECT type, name, sql FROM sqlite_master ORDER BY name'), schema);
    assert.equal((await second.all('SELECT key FROM bot_state')).length, 2);
  });

  it('lets two instances open (and migrate) the same file at once', async () => {
    const file = copyOfFixture();
    const [a, b] = await Promise.all([temp.open(file), temp.open(file)]);
    assert.equal(a.schemaVersion, SCHEMA_VERSION);
    assert.equal(b.schemaVersion, SCHEMA_VERSION);
  });

  it('refuses a database written by a newer build (STORAGE_SCHEMA_TOO_NEW) and leaves it alone', async () => {
    const file = path.join(temp.dir(), 'future.sqlite');
    await rawExec(file, 'CREATE TABLE t (x); PRAGMA user_version = 99;');
    await rejectsWithCode(SqliteDatabase.open(file), 'STORAGE_SCHEMA_TOO_NEW');
    assert.deepEqual(await rawQuery(file, 'PRAGMA user_version'), [{ user_version: 99 }]);
  });

  it('rolls a failing migration back completely: the file stays at its old version', async () => {
    const file = copyOfFixture();
    const broken: Migration[] = [
      MIGRATIONS[0] as Migration,
      { version: 2, description: 'broken step', sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' },
    ];
    const err = await rejectsWithCode(SqliteDatabase.open(file, { migrations: broken }), 'STORAGE_MIGRATION_FAILED');
    assert.match(err.message, /version 2 \(broken step\)/);
    assert.deepEqual(await rawQuery(file, 'PRAGMA user_version'), [{ user_version: 1 }]);
    const names = await rawQuery<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table'");
    assert.deepEqual(names.map((r) => r.name), ['bot_state']);
    // ...and the real migrations still apply afterwards.
    assert.equal((await temp.open(file)).schemaVersion, SCHEMA_VERSION);
  });

  it('requires a file path (two connections cannot share :memory:)', async () => {
    await rejectsWithCode(SqliteDatabase.open(':memory:'), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(SqliteDatabase.open(''), 'STORAGE_INVALID_ARGUMENT');
  });

  it('reports an unopenable path as STORAGE_OPEN_FAILED', async () => {
    const dirAsFile = temp.dir();
    await rejectsWithCode(SqliteDatabase.open(dirAsFile), 'STORAGE_OPEN_FAILED');
  });

  it('does not let plain reads write: run() on the read connection is query-only', async () => {
    const db = await temp.open();
    const err = await rejectsWithCode(db.run("INSERT INTO bot_state VALUES ('k', 'e', '{}', 'now')"), 'STORAGE_QUERY_FAILED');
    assert.equal((err as { sqliteCode?: string }).sqliteCode, 'SQLITE_READONLY');
  });
});
