import { CareerBotError, type StorageErrorCode } from '../errors';

export type { StorageErrorCode } from '../errors';

/**
 * An error raised by the storage module. `sqliteCode` carries SQLite's own code (e.g. `SQLITE_BUSY`)
 * when the failure came from the database engine.
 */
export class StorageError extends CareerBotError {
  readonly sqliteCode?: string;

  constructor(
    override readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'StorageError';
    // The engine's code, straight from sqlite3's error or passed on by a wrapped StorageError.
    const cause = options?.cause as { code?: unknown; sqliteCode?: unknown } | undefined;
    const engineCode = cause?.sqliteCode ?? cause?.code;
    if (typeof engineCode === 'string' && engineCode.startsWith('SQLITE_')) this.sqliteCode = engineCode;
  }
}
