import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteDatabase, type SqliteDatabaseOptions } from '../../src/storage';

/** Temp folders and databases for one describe block; everything is closed and removed after each test. */
export interface TempDatabases {
  /** A fresh, empty temp folder. */
  dir(): string;
  /** Opens `file` (default: a new file in a fresh temp folder); closed automatically after the test. */
  open(file?: string, options?: SqliteDatabaseOptions): Promise<SqliteDatabase>;
}

/** Registers the clean-up hooks in the calling describe block. */
export function useTempDatabases(): TempDatabases {
  const dirs: string[] = [];
  const dbs: SqliteDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.close().catch(() => undefined);
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const temp: TempDatabases = {
    dir() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-storage-'));
      dirs.push(dir);
      return dir;
    },
    async open(file, options) {
      const db = await SqliteDatabase.open(file ?? path.join(temp.dir(), 'career-bot.sqlite'), options);
      dbs.push(db);
      return db;
    },
  };
  return temp;
}

/** Asserts that `promise` rejects with a StorageError-like error carrying `code`; returns the error. */
export async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<Error & { code: string }> {
  try {
    await promise;
  } catch (err) {
    const actual = (err as { code?: unknown }).code;
    if (actual !== code) throw new Error(`expected error code ${code}, got ${String(actual)}: ${(err as Error).message}`);
    return err as Error & { code: string };
  }
  throw new Error(`expected a rejection with code ${code}`);
}
