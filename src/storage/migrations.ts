import type { Logger } from '../log';
import type { Connection } from './sqlite-connection';
import { StorageError } from './storage-error';

/** One schema step: applying migration `n` (1-based `version`) takes a database from version n-1 to n. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** One or more `;`-separated statements; run inside the migration transaction. */
  readonly sql: string;
}

/**
 * The schema history, oldest first. Never edit a released step (databases in the field already ran it):
 * append a new one. The version a database is at lives in `PRAGMA user_version`.
 */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    description: 'bot state (botbuilder Storage)',
    sql: `
      CREATE TABLE bot_state (
        key TEXT PRIMARY KEY,
        etag TEXT NOT NULL,
        document TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );`,
  },
  {
    version: 2,
    description: 'transcripts, analytics, feedback',
    // AUTOINCREMENT keeps seq from ever being reused after deletes, so a continuation token handed out
    // before a purge can never point into a different conversation's rows.
    sql: `
      CREATE TABLE transcripts (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        channel_id TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        activity_id TEXT,
        timestamp TEXT NOT NULL,
        user_id TEXT,
        activity TEXT NOT NULL
      );
      CREATE INDEX transcripts_conversation ON transcripts (channel_id, conversation_id, seq);
      CREATE INDEX transcripts_user ON transcripts (user_id);
      CREATE INDEX transcripts_timestamp ON transcripts (timestamp);

      CREATE TABLE analytics (
        id INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        user_id TEXT,
        language TEXT,
        intent TEXT NOT NULL,
        score REAL,
        occupation TEXT,
        answered_topic TEXT,
        fallback INTEGER NOT NULL DEFAULT 0 CHECK (fallback IN (0, 1)),
        text TEXT
      );
      CREATE INDEX analytics_time ON analytics (time);
      CREATE INDEX analytics_user ON analytics (user_id);

      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        user_id TEXT,
        topic TEXT,
        occupation TEXT,
        rating TEXT NOT NULL CHECK (rating IN ('up', 'down'))
      );
      CREATE INDEX feedback_time ON feedback (time);
      CREATE INDEX feedback_user ON feedback (user_id);`,
  },
]);

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database up to the last of `migrations` in one IMMEDIATE transaction: a failing step leaves the
 * file exactly at its old version, and two processes opening the same file at once cannot both migrate.
 * Returns the resulting version.
 */
export async function migrate(conn: Connection, migrations: readonly Migration[], logger: Logger): Promise<number> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new StorageError('STORAGE_INVALID_ARGUMENT', `migration #${i} has version ${m.version}, expected ${i + 1}`);
    }
  });
  const latest = migrations.length;
  await conn.run('BEGIN IMMEDIATE');
  try {
    const from = (await conn.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
    if (from > latest) {
      throw new StorageError(
        'STORAGE_SCHEMA_TOO_NEW',
        `database schema is version ${from}, this build knows up to ${latest}: upgrade career-bot instead of downgrading`,
      );
    }
    for (const step of migrations.slice(from)) {
      try {
        await conn.exec(step.sql);
      } catch (err) {
        throw new StorageError(
          'STORAGE_MIGRATION_FAILED',
          `schema migration to version ${step.version} (${step.description}) failed: ${(err as Error).message}`,
          { cause: err },
        );
      }
    }
    // user_version lives in the file header and is transactional, so it commits together with the steps.
    if (from < latest) await conn.run(`PRAGMA user_version = ${latest}`);
    await conn.run('COMMIT');
    if (from < latest) logger.info('database schema migrated', { from, to: latest });
    return latest;
  } catch (err) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
