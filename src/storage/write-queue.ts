import type { Logger } from '../log';
import type { Connection, RunResult, SqlValue } from './sqlite-connection';
import { StorageError } from './storage-error';

/**
 * What a unit of work may do inside the shared write transaction. Reads through it see the writes of the
 * units before it in the same group (the plain `SqliteDatabase.get/all` see committed data only).
 * Await every call: the handle stops working when the unit's function settles.
 */
export interface WriteTransaction {
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** A unit of work for the write queue. Throwing (or rejecting) undoes exactly this unit's changes. */
export type WriteUnit<T> = (tx: WriteTransaction) => T | Promise<T>;

/** Counters for monitoring: how well group commit batches, and how often units fail. */
export interface WriteQueueStats {
  /** Transactions committed (or attempted) by the queue. */
  groups: number;
  /** Units whose changes were committed. */
  committedUnits: number;
  /** Units that were rejected (their own error, or their group failed to commit). */
  failedUnits: number;
  /** Single statements and merged INSERTs run (a unit function's own statements not counted): rows merge into few. */
  statements: number;
}

/** One row for an append-only table, inserted together with the other rows of its group (see {@link WriteQueue.appendRow}). */
interface Row {
  table: string;
  columns: readonly string[];
  values: readonly SqlValue[];
}

interface Pending {
  /** Absent for flush markers, which only wait for their turn. */
  work?: { fn: WriteUnit<unknown> } | { sql: string; params: readonly SqlValue[] } | { row: Row };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

// The queue owns the transaction; a unit that managed it itself would commit or end other units' work.
const TX_CONTROL = /^\s*(?:BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;
const SAVEPOINT = 'write_unit';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Rows per multi-row INSERT. Each size is its own prepared statement, so this also bounds how many are kept
 * per table; far below SQLite's limit of 32 766 bound parameters.
 */
const ROWS_PER_INSERT = 64;

/**
 * FIFO write queue with group commit over one connection. Every pending unit is run in one
 * `BEGIN IMMEDIATE … COMMIT` — a unit function inside its own SAVEPOINT, so that a failing unit is rolled
 * back alone (a single statement needs none: SQLite undoes a failed statement itself) — and the units'
 * promises settle only after the COMMIT, so a resolved write is on disk (in the WAL). One commit per group
 * instead of per unit, and one multi-row INSERT for the group's rows of a table, is what makes many small
 * writes (a turn's state, transcript lines, analytics rows) cheap.
 */
export class WriteQueue {
  private pending: Pending[] = [];
  private running = false;
  private readonly counters: WriteQueueStats = { groups: 0, committedUnits: 0, failedUnits: 0, statements: 0 };

  constructor(
    private readonly conn: Connection,
    private readonly logger: Logger,
  ) {}

  get stats(): WriteQueueStats {
    return { ...this.counters };
  }

  /** Enqueues `fn`; resolves with its result once the group it ran in has committed. */
  enqueue<T>(fn: WriteUnit<T>): Promise<T> {
    return this.push({ fn });
  }

  /**
   * Enqueues a unit that is exactly one statement. It runs without a savepoint of its own: SQLite undoes a
   * failed statement by itself, and no code of the caller runs between the statement and the commit. That
   * saves two of the three round trips to the database thread per unit (a turn's state).
   */
  enqueueStatement(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    if (TX_CONTROL.test(sql)) return Promise.reject(txControlError());
    return this.push({ sql, params });
  }

  /**
   * Enqueues the INSERT of one row into an append-only table (transcript lines, analytics rows). The rows of
   * a group that go to the same table are held back and written together by multi-row INSERTs — one round
   * trip to the database thread for dozens of turns — in the order they were enqueued. Held rows are
   * written before any unit function and before any statement whose SQL names their table (reading or
   * writing it), so everything that could see them does; only statements on other tables may run before
   * them (the two commute, as long as no trigger links the tables; the schema has none). Resolves after the
   * COMMIT; a row SQLite refuses fails alone.
   */
  appendRow(table: string, columns: readonly string[], values: readonly SqlValue[]): Promise<void> {
    const bad = [table, ...columns].find((name) => !IDENTIFIER.test(name));
    if (bad !== undefined || columns.length === 0 || columns.length !== values.length) {
      return Promise.reject(
        new StorageError('STORAGE_INVALID_ARGUMENT', bad !== undefined ? `not a plain SQL identifier: ${JSON.stringify(bad)}` : `${columns.length} columns but ${values.length} values`),
      );
    }
    return this.push({ row: { table, columns, values } });
  }

  private push<T>(work: NonNullable<Pending['work']>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Resolves once every unit enqueued before the call has settled (committed or rejected). Never rejects. */
  flush(): Promise<void> {
    if (!this.running && this.pending.length === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.pending.push({ resolve: () => resolve(), reject: () => resolve() });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running) return;
    this.running = true;
    // setImmediate rather than starting at once: writes issued in the same tick (e.g. the transcript
    // lines and the state of one turn) join the same group.
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const group = this.pending.splice(0);
        try {
          await this.runGroup(group);
        } catch (err) {
          // runGroup settles every unit itself; this is only a guard against a bug leaving callers hanging.
          for (const p of group) p.reject(err);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async runGroup(group: Pending[]): Promise<void> {
    const units = group.filter((p) => p.work !== undefined);
    if (units.length > 0) await this.commitGroup(units);
    for (const p of group) if (p.work === undefined) p.resolve(undefined);
  }

  private async commitGroup(units: Pending[]): Promise<void> {
    this.counters.groups++;
    const outcomes: Outcome[] = [];
    try {
      await this.conn.run('BEGIN IMMEDIATE');
    } catch (err) {
      this.failGroup(units, outcomes, err, 'could not start a write transaction');
      return;
    }
    try {
      // Rows wait in batches per table until the group ends or something that could see them comes.
      const batches = new Map<string, { columns: string; indexes: number[] }>();
      const writeBatches = async (only?: (table: string) => boolean): Promise<void> => {
        for (const [table, batch] of batches) {
          if (only && !only(table)) continue;
          batches.delete(table);
          await this.insertRows(batch.indexes.map((i) => rowOf(units[i])!), batch.indexes, outcomes);
        }
      };
      for (const [i, unit] of units.entries()) {
        const work = unit.work!;
        if ('row' in work) {
          const table = work.row.table.toLowerCase();
          const columns = work.row.columns.join(',');
          // Other columns are another statement: the rows before them go in first, keeping the table's order.
          if (batches.has(table) && batches.get(table)!.columns !== columns) await writeBatches((t) => t === table);
          const batch = batches.get(table) ?? { columns, indexes: [] };
          batch.indexes.push(i);
          batches.set(table, batch);
        } else if ('fn' in work) {
          await writeBatches();
          outcomes[i] = await this.runUnit(work.fn);
        } else {
          // Conservative: a table named anywhere in the SQL (a subquery, `main.t`, "t") counts.
          await writeBatches((table) => namesTable(work.sql, table));
          outcomes[i] = await this.runStatement(work.sql, work.params);
        }
      }
      await writeBatches();
      await this.conn.run('COMMIT');
    } catch (err) {
      // A savepoint or the commit itself failed (disk full, I/O error): nothing of this group is durable.
      await this.conn.run('ROLLBACK').catch(() => undefined);
      this.failGroup(units, outcomes, err, 'write transaction failed and was rolled back');
      return;
    }
    units.forEach((unit, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) {
        this.counters.committedUnits++;
        unit.resolve(outcome.value);
      } else {
        this.counters.failedUnits++;
        unit.reject(outcome.error);
      }
    });
  }

  /** Rejects every unit of a lost group; a unit that had already failed keeps its own error. */
  private failGroup(units: Pending[], outcomes: Outcome[], cause: unknown, what: string): void {
    const error = new StorageError('STORAGE_WRITE_FAILED', `${what}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.logger.error('storage write group failed', { code: error.code, units: units.length, err: error });
    units.forEach((unit, i) => {
      this.counters.failedUnits++;
      const outcome = outcomes[i];
      unit.reject(outcome && !outcome.ok ? outcome.error : error);
    });
  }

  /**
   * Inserts rows of one table and column list with multi-row INSERTs. When SQLite refuses one (a NOT NULL or
   * CHECK constraint), that statement changed nothing, and its rows are inserted one by one so that only the
   * faulty row fails.
   */
  private async insertRows(rows: Row[], indexes: number[], outcomes: Outcome[]): Promise<void> {
    const { table, columns } = rows[0];
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + ROWS_PER_INSERT);
      const sql = head + Array.from(chunk, () => tuple).join(', ');
      const together = await this.runStatement(sql, chunk.flatMap((r) => r.values));
      for (const [j, row] of chunk.entries()) {
        const outcome = together.ok || chunk.length === 1 ? together : await this.runStatement(head + tuple, row.values);
        outcomes[indexes[start + j]] = outcome.ok ? { ok: true, value: undefined } : outcome;
      }
    }
  }

  private async runStatement(sql: string, params: readonly SqlValue[]): Promise<Outcome> {
    this.counters.statements++;
    try {
      return { ok: true, value: await this.conn.run(sql, params) };
    } catch (error) {
      // A constraint or type error undoes just the statement; a full disk or I/O error may have rolled back
      // the whole transaction, and the units after it must not run in autocommit mode. BEGIN tells the two
      // apart: it fails inside a transaction and succeeds only when the transaction is gone.
      const lost = await this.conn.run('BEGIN').then(
        () => true,
        () => false,
      );
      if (lost) throw error;
      return { ok: false, error };
    }
  }

  private async runUnit(fn: WriteUnit<unknown>): Promise<Outcome> {
    await this.conn.run(`SAVEPOINT ${SAVEPOINT}`);
    const tx = new UnitTransaction(this.conn);
    let outcome: Outcome;
    try {
      const value = await fn(tx);
      await tx.settle();
      outcome = { ok: true, value };
    } catch (error) {
      await tx.settle().catch(() => undefined);
      outcome = { ok: false, error };
    }
    tx.close();
    if (!outcome.ok) await this.conn.run(`ROLLBACK TO ${SAVEPOINT}`);
    await this.conn.run(`RELEASE ${SAVEPOINT}`);
    return outcome;
  }
}

/** The handle a unit gets; it refuses work once the unit is over so a stray call cannot leak into the next unit. */
class UnitTransaction implements WriteTransaction {
  private open = true;
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(private readonly conn: Connection) {}

  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return this.track(sql, () => this.conn.run(sql, params));
  }

  get<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.track(sql, () => this.conn.get<T>(sql, params));
  }

  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.track(sql, () => this.conn.all<T>(sql, params));
  }

  /**
   * Waits for statements the unit started but did not await. If one of them fails, the unit fails: nobody
   * else could have seen that error.
   */
  async settle(): Promise<void> {
    const stragglers = [...this.inflight];
    if (stragglers.length === 0) return;
    const results = await Promise.allSettled(stragglers);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  close(): void {
    this.open = false;
  }

  private track<T>(sql: string, op: () => Promise<T>): Promise<T> {
    if (!this.open) {
      return Promise.reject(new StorageError('STORAGE_TX_CLOSED', 'write transaction handle used after its unit ended (missing await?)'));
    }
    if (TX_CONTROL.test(sql)) return Promise.reject(txControlError());
    const p = op();
    this.inflight.add(p);
    const done = (): void => void this.inflight.delete(p);
    p.then(done, done);
    return p;
  }
}

function namesTable(sql: string, table: string): boolean {
  return new RegExp(`(?<![\\w$])${table}(?![\\w$])`, 'i').test(sql);
}

function rowOf(unit: Pending): Row | undefined {
  return unit.work && 'row' in unit.work ? unit.work.row : undefined;
}

function txControlError(): StorageError {
  return new StorageError('STORAGE_INVALID_ARGUMENT', 'units must not control the transaction: the write queue does');
}
