import { Database, type Statement } from 'sqlite3';
import { StorageError } from './storage-error';

/** A value SQLite can bind: booleans are stored as 1/0, Buffers as BLOBs. */
export type SqlValue = string | number | boolean | null | Buffer;

/** What a data-changing statement reports. */
export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
  /** Row id of the last inserted row (meaningful after an INSERT only). */
  lastID: number;
}

/**
 * One sqlite3 connection behind promises. sqlite3 offers only a callback API (DESIGN.md); this is the single
 * place that adapts it, and it turns engine errors into StorageError('STORAGE_QUERY_FAILED') naming the SQL
 * (never the bound values, which may hold personal data).
 */
export class Connection {
  // Every turn repeats the same few statements; preparing each once saves a parse and a prepare/finalize
  // round trip to the thread pool per call (measured: bench/persistence.ts, npm run bench). `get` stays
  // unprepared: a prepared statement stopped after its first row would keep its read snapshot open.
  private readonly statements = new Map<string, PreparedEntry>();

  private constructor(private readonly db: Database) {}

  /** Opens `path` with sqlite3's `mode` flags. */
  static open(path: string, mode: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const db: Database = new Database(path, mode, (err) => (err ? reject(err) : resolve(new Connection(db))));
    });
  }

  /**
   * From now on statements run strictly one after another in the order they were issued. The writer needs
   * this: in sqlite3's default (parallel) mode, statements issued without awaiting may run out of order.
   */
  serialize(): void {
    this.db.serialize();
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.prepared(sql, (err) => reject(queryError(err, sql))).run(params, function (err) {
        if (err) reject(queryError(err, sql));
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get<T>(sql, params, (err, row) => (err ? reject(queryError(err, sql)) : resolve(row)));
    });
  }

  /** All rows. sqlite3 steps the statement to its end and resets it before the next use, so no read stays open. */
  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.prepared(sql, (err) => reject(queryError(err, sql))).all(params, (err, rows) => (err ? reject(queryError(err, sql)) : resolve(rows as T[])));
    });
  }

  /** Runs several `;`-separated statements without parameters (used for migrations). */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.exec(sql, (err) => (err ? reject(queryError(err, sql)) : resolve()));
    });
  }

  /**
   * The cached statement for `sql`. sqlite3 never calls back a `run`/`all` of a statement whose preparation
   * failed (e.g. a table that is gone): the callers waiting on it get `onPrepareError` instead, and the
   * statement is dropped so that the next call prepares it afresh.
   */
  private prepared(sql: string, onPrepareError: (err: Error) => void): Statement {
    let entry = this.statements.get(sql);
    if (!entry) {
      const created: PreparedEntry = { statement: undefined as unknown as Statement, waiting: new Set() };
      created.statement = this.db.prepare(sql, (err) => {
        const waiting = created.waiting;
        created.waiting = undefined;
        if (!err) return;
        this.statements.delete(sql);
        for (const fail of waiting ?? []) fail(err);
      });
      this.statements.set(sql, created);
      entry = created;
    }
    entry.waiting?.add(onPrepareError);
    return entry.statement;
  }

  async close(): Promise<void> {
    // SQLite refuses to close while prepared statements are alive.
    await Promise.all([...this.statements.values()].map(({ statement }) => new Promise<void>((resolve) => statement.finalize(() => resolve()))));
    this.statements.clear();
    return new Promise((resolve, reject) => {
      this.db.close((err) => (err ? reject(queryError(err, 'close')) : resolve()));
    });
  }
}

interface PreparedEntry {
  statement: Statement;
  /** Until the preparation has succeeded: how to fail each caller queued on the statement if it does not. */
  waiting?: Set<(err: Error) => void>;
}

function queryError(err: Error, sql: string): StorageError {
  const oneLine = sql.replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
  return new StorageError('STORAGE_QUERY_FAILED', `${err.message} (in: ${shown})`, { cause: err });
}
