import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { SqlValue } from './sqlite-connection';
import type { SqliteDatabase } from './sqlite-database';
import { StorageError } from './storage-error';

// Keeps `IN (?, ?, …)` lists well under SQLite's bound-parameter limit.
const KEYS_PER_QUERY = 500;

/**
 * botbuilder `Storage` on the `bot_state` table, behaving like botbuilder's MemoryStorage:
 * - read returns only the keys that exist, each item with its `eTag`;
 * - write overwrites when the change's eTag is `'*'`, missing or empty, or when the key does not exist yet
 *   (even with some other eTag, as MemoryStorage does); otherwise the eTag must equal the stored one, or
 *   the write fails with `Storage: error writing "<key>" due to eTag conflict.` (StorageError,
 *   STORAGE_ETAG_CONFLICT);
 * - every write gives the item a new eTag; the caller's object is not modified.
 *
 * One difference, on purpose: all changes of one `write` call are one unit of the write queue, i.e. one
 * transaction. If one key conflicts, none of the call's keys is written (MemoryStorage writes the others),
 * so a turn's state is saved completely or not at all.
 */
export class SqliteStorage implements Storage {
  constructor(private readonly db: SqliteDatabase) {}

  /** Reads the items stored under `keys`; missing keys are absent from the result. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const chunk of chunks([...new Set(keys)])) {
      const rows = await this.db.all<{ key: string; etag: string; document: string }>(
        `SELECT key, etag, document FROM bot_state WHERE key IN (${chunk.map(() => '?').join(', ')})`,
        chunk,
      );
      for (const row of rows) {
        const item = JSON.parse(row.document) as StoreItem;
        item.eTag = row.etag;
        items[row.key] = item;
      }
    }
    return items;
  }

  /** Writes `changes` in one transaction, with optimistic concurrency on eTags (see the class comment). */
  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Serialise now, not when the unit runs: the caller may change its objects right after this call
    // (botbuilder's state objects live on), and a value JSON cannot hold should fail here, for this caller.
    const prepared = Object.entries(changes).map(([key, item]) => {
      if (typeof item !== 'object' || item === null) {
        throw new StorageError('STORAGE_INVALID_ARGUMENT', `Storage: item for "${key}" must be an object`);
      }
      const { eTag, ...document } = item as StoreItem;
      return { key, eTag: eTag as unknown, document: JSON.stringify(document) };
    });
    if (prepared.length === 0) return;
    const now = new Date().toISOString();
    const params = prepared.map((c): SqlValue[] => [c.key, newETag(), c.document, now, c.eTag !== '*' && c.eTag ? String(c.eTag) : null]);
    // One key (a turn's conversation state, the usual case) is one statement, so it needs no unit of its own.
    if (params.length === 1) {
      const { changes } = await this.db.writeStatement(UPSERT, params[0]);
      if (changes === 0) throw conflict(prepared[0].key);
      return;
    }
    await this.db.write(async (tx) => {
      for (const [i, p] of params.entries()) {
        // Throwing undoes the keys written before it: the unit's savepoint.
        if ((await tx.run(UPSERT, p)).changes === 0) throw conflict(prepared[i].key);
      }
    });
  }

  /** Deletes the items stored under `keys`; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.db.write(async (tx) => {
      for (const chunk of chunks([...new Set(keys)])) {
        await tx.run(`DELETE FROM bot_state WHERE key IN (${chunk.map(() => '?').join(', ')})`, chunk);
      }
    });
  }
}

/**
 * Inserts or overwrites an item; with an expected eTag (parameter 5) an existing row is overwritten only if
 * its eTag matches. A mismatch changes nothing and reports 0 changes: the conflict check and the write are
 * one statement.
 */
const UPSERT = `INSERT INTO bot_state (key, etag, document, updated_at) VALUES (?1, ?2, ?3, ?4)
  ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, document = excluded.document, updated_at = excluded.updated_at
  WHERE ?5 IS NULL OR bot_state.etag = ?5`;

function conflict(key: string): StorageError {
  return new StorageError('STORAGE_ETAG_CONFLICT', `Storage: error writing "${key}" due to eTag conflict.`);
}

// Random rather than a counter: eTags must stay unique across restarts and across processes sharing the file.
function newETag(): string {
  return randomUUID();
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += KEYS_PER_QUERY) out.push(list.slice(i, i + KEYS_PER_QUERY));
  return out;
}
