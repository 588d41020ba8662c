import fs from 'node:fs';
import nodePath from 'node:path';
import { OPEN_CREATE, OPEN_READWRITE } from 'sqlite3';
import { createLogger, type Logger } from '../log';
import { MIGRATIONS, migrate, type Migration } from './migrations';
import { Connection, type RunResult, type SqlValue } from './sqlite-connection';
import { StorageError } from './storage-error';
import { WriteQueue, type WriteQueueStats, type WriteUnit } from './write-queue';

/** Options of {@link SqliteDatabase.open}. */
export interface SqliteDatabaseOptions {
  logger?: Logger;
  /** How long a statement waits for another process's lock before failing with SQLITE_BUSY. Default 5000. */
  busyTimeoutMs?: number;
  /** Schema history to apply; defaults to {@link MIGRATIONS}. Meant for tests of the migration machinery. */
  migrations?: readonly Migration[];
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * The career-bot database file: schema migrations at open, committed-data reads, and one FIFO write queue
 * with group commit for every write.
 *
 * Durability: WAL with `synchronous=NORMAL`. A commit is a write() of the WAL pages without fsync, so a
 * resolved write survives a crash or SIGKILL of the process (the data is in the OS page cache), but a power
 * loss or kernel crash may lose the last commits (never corrupts the file). For a chat bot's state and logs
 * that is the right trade: an fsync per turn would cost far more than the rare lost turn.
 *
 * Two connections: the writer is used by the write queue only; reads use a second connection set to
 * `query_only`, so they never see a group that is still in flight (and can never write by accident).
 * Hence a real file path is required (`:memory:` would give each connection its own database).
 */
export class SqliteDatabase {
  private closing?: Promise<void>;

  private constructor(
    /** Absolute path of the database file. */
    readonly path: string,
    /** Schema version after migration (`PRAGMA user_version`). */
    readonly schemaVersion: number,
    private readonly writer: Connection,
    private readonly reader: Connection,
    private readonly queue: WriteQueue,
    private readonly logger: Logger,
  ) {}

  /**
   * Starts watching the writes from now on: `committed()` resolves once everything enqueued so far is
   * committed, and rejects if any write failed meanwhile (e.g. a full disk) — for answering a request only
   * when its data is stored.
   */
  trackWrites(): { committed(): Promise<void> } {
    const failedBefore = this.queue.stats.failedUnits;
    return {
      committed: async () => {
        await this.flush();
        if (this.queue.stats.failedUnits > failedBefore) throw new StorageError('STORAGE_WRITE_FAILED', 'a write failed while the request was handled');
      },
    };
  }

  /**
   * Opens (creating it and its parent folder if needed) the database at `path`, switches it to WAL, and
   * migrates the schema to the latest version in one transaction, so an older file upgrades in place.
   * Throws StorageError: STORAGE_OPEN_FAILED, STORAGE_SCHEMA_TOO_NEW (file written by a newer build),
   * STORAGE_MIGRATION_FAILED (the file is left at its old version), STORAGE_INVALID_ARGUMENT.
   */
  static async open(path: string, options: SqliteDatabaseOptions = {}): Promise<SqliteDatabase> {
    if (!path || path === ':memory:' || path.startsWith('file:')) {
      throw new StorageError('STORAGE_INVALID_ARGUMENT', `a database file path is required, got "${path}"`);
    }
    const logger = options.logger ?? createLogger('silent');
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
      throw new StorageError('STORAGE_INVALID_ARGUMENT', `busyTimeoutMs must be a non-negative integer, got ${busyTimeoutMs}`);
    }
    const file = nodePath.resolve(path);
    const opened: Connection[] = [];
    try {
      fs.mkdirSync(nodePath.dirname(file), { recursive: true });
      const writer = await Connection.open(file, OPEN_READWRITE | OPEN_CREATE);
      opened.push(writer);
      // busy_timeout first: switching to WAL and migrating need locks another process may briefly hold.
      await writer.run(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
      // Two processes switching a new file to WAL at once: SQLite answers one of them SQLITE_BUSY at once,
      // without waiting (deadlock avoidance), so the switch itself is retried within the busy timeout.
      const mode = await retryWhileBusy(() => writer.get<{ journal_mode: string }>('PRAGMA journal_mode = WAL'), busyTimeoutMs);
      if (mode?.journal_mode !== 'wal') {
        // e.g. a network file system without shared memory: still correct, just slower and less concurrent.
        logger.warn('database is not in WAL mode', { code: 'STORAGE_NO_WAL', path: file, journalMode: mode?.journal_mode });
      }
      await writer.run('PRAGMA synchronous = NORMAL');
      await writer.run('PRAGMA foreign_keys = ON');
      const version = await migrate(writer, options.migrations ?? MIGRATIONS, logger);
      writer.serialize();

      const reader = await Connection.open(file, OPEN_READWRITE);
      opened.push(reader);
      await reader.run(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
      await reader.run('PRAGMA foreign_keys = ON');
      await reader.run('PRAGMA query_only = ON');

      return new SqliteDatabase(file, version, writer, reader, new WriteQueue(writer, logger), logger);
    } catch (err) {
      for (const conn of opened.reverse()) await conn.close().catch(() => undefined);
      if (err instanceof StorageError && err.code !== 'STORAGE_QUERY_FAILED') throw err;
      throw new StorageError('STORAGE_OPEN_FAILED', `cannot open database ${file}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** True once close() has been called; reads and writes are refused from then on. */
  get closed(): boolean {
    return this.closing !== undefined;
  }

  /** Write-queue counters (groups committed, units committed/failed). */
  get stats(): WriteQueueStats {
    return this.queue.stats;
  }

  /** First row of a read query over committed data, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.guard(() => this.reader.get<T>(sql, params));
  }

  /** All rows of a read query over committed data. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.guard(() => this.reader.all<T>(sql, params));
  }

  /**
   * Runs a statement on the read connection (e.g. a PRAGMA). The connection is `query_only`: anything that
   * would change data fails, because every write has to go through {@link write}.
   */
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return this.guard(() => this.reader.run(sql, params));
  }

  /**
   * Enqueues a unit of work on the write queue. `fn` runs inside the queue's transaction with its own
   * savepoint; the promise resolves with `fn`'s result after the COMMIT, or rejects with `fn`'s error (only
   * this unit is undone) or STORAGE_WRITE_FAILED (the whole group was lost, e.g. disk full).
   */
  write<T>(fn: WriteUnit<T>): Promise<T> {
    if (this.closed) return Promise.reject(closedError());
    return this.queue.enqueue(fn);
  }

  /**
   * Enqueues a unit of exactly one statement (an INSERT of a log line, say): like {@link write}, but cheaper,
   * since a single statement needs no savepoint to be undone alone. Resolves after the COMMIT.
   */
  writeStatement(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    if (this.closed) return Promise.reject(closedError());
    return this.queue.enqueueStatement(sql, params);
  }

  /**
   * Enqueues the INSERT of one row into an append-only table: the cheapest write, since the rows of a whole
   * group go in by a few multi-row INSERTs (see {@link WriteQueue.appendRow} for the ordering it allows).
   * Resolves after the COMMIT.
   */
  appendRow(table: string, columns: readonly string[], values: readonly SqlValue[]): Promise<void> {
    if (this.closed) return Promise.reject(closedError());
    return this.queue.appendRow(table, columns, values);
  }

  /** Resolves when every write enqueued so far has settled (committed, or rejected to its caller). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Rows of `PRAGMA integrity_check`: `['ok']` for a healthy file, otherwise one line per problem. */
  async integrityCheck(): Promise<string[]> {
    const rows = await this.all<{ integrity_check: string }>('PRAGMA integrity_check');
    return rows.map((r) => r.integrity_check);
  }

  /**
   * Stops accepting writes, lets the queue finish, checkpoints the WAL into the main file and closes both
   * connections. Safe to call more than once.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    await this.queue.flush();
    await this.reader.close().catch((err: unknown) => this.logger.warn('closing the read connection failed', { code: 'STORAGE_CLOSE', err }));
    try {
      // TRUNCATE leaves an empty WAL behind, so a copied or backed-up .sqlite file is complete on its own.
      await this.writer.run('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch (err) {
      this.logger.warn('WAL checkpoint at close failed', { code: 'STORAGE_CHECKPOINT', err });
    }
    await this.writer.close();
  }

  private guard<T>(op: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(closedError());
    return op();
  }
}

function closedError(): StorageError {
  return new StorageError('STORAGE_CLOSED', 'the database has been closed');
}

async function retryWhileBusy<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if ((err as StorageError).sqliteCode !== 'SQLITE_BUSY' || Date.now() >= deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}
