/** Stable error codes of the storage layer. */
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

/** Stable error codes: logs and tests key on these, never on message wording. */
export type ErrorCode = 'CONFIG_INVALID' | 'DATA_INVALID' | 'REQUEST_INVALID' | 'TURN_FAILED' | 'SERVICE_UNAVAILABLE' | 'UPSTREAM_FAILED' | 'SLACK_API_FAILED' | 'TEAMS_PACKAGE_INVALID' | StorageErrorCode;

/** An error with a stable code; `message` is for the log, users get a friendly sentence elsewhere. */
export class CareerBotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CareerBotError';
  }
}

/** One problem in a data file, located for the editor who has to fix it. */
export interface DataProblem {
  file: string;
  line: number;
  problem: string;
  fix: string;
}

/** Formats a data problem as `file:line: problem — fix`. */
export function formatProblem(p: DataProblem): string {
  return `${p.file}:${p.line}: ${p.problem} — ${p.fix}`;
}

/** Raised when knowledge or intent files are broken; carries every problem found, not just the first. */
export class DataError extends CareerBotError {
  constructor(readonly problems: readonly DataProblem[]) {
    super('DATA_INVALID', `${problems.length} problem(s) in data files:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Raised at start-up when environment variables are invalid; lists every bad key. */
export class ConfigError extends CareerBotError {
  constructor(readonly problems: readonly string[]) {
    super('CONFIG_INVALID', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
