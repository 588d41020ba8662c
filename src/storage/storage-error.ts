/**
 * Stable codes of storage failures: logs and tests key on these, never on message wording.
 * (Kept here rather than in src/errors.ts so the storage module stays self-contained; see index.ts.)
 */
export type StorageErrorCode =
  | 'STORAGE_OPEN_FAILED'
  | 'STORAGE_SCHEMA_TOO_NEW'
  | 'STORAGE_MIGRATION_FAILED'
  | 'STORAGE_CLOSED'
  | 'STORAGE_QUERY_FAILED'
  | 'STORAGE_WRITE_FAILED'
  | 'STORAGE_TX_CLOSED'
  | 'STORAGE_ETAG_CONFLICT'
  | 'STORAGE_INVALID_TOKEN'
  | 'STORAGE_INVALID_ARGUMENT';

/**
 * An error raised by the storage module. `sqliteCode` carries SQLite's own code (e.g. `SQLITE_BUSY`)
 * when the failure came from the database engine.
 */
export class StorageError extends Error {
  readonly sqliteCode?: string;

  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
    // The engine's code, straight from sqlite3's error or passed on by a wrapped StorageError.
    const cause = options?.cause as { code?: unknown; sqliteCode?: unknown } | undefined;
    const engineCode = cause?.sqliteCode ?? cause?.code;
    if (typeof engineCode === 'string' && engineCode.startsWith('SQLITE_')) this.sqliteCode = engineCode;
  }
}
