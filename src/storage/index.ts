/**
 * SQLite persistence: bot state (botbuilder Storage), transcripts (botbuilder TranscriptStore), usage
 * analytics, privacy operations, all on one database file with one write queue.
 *
 * Typical wiring:
 *   const db = await SqliteDatabase.open(path, { logger });
 *   const storage = new SqliteStorage(db);              // ConversationState / UserState
 *   const transcripts = new SqliteTranscriptStore(db);  // TranscriptLoggerMiddleware
 *   const analytics = new AnalyticsStore(db);
 *   const privacy = new SqlitePrivacy(db);
 *   ...
 *   await db.close();                                    // on shutdown: flushes pending writes
 */
export { SqliteDatabase, type SqliteDatabaseOptions } from './sqlite-database';
export type { WriteTransaction, WriteUnit, WriteQueueStats } from './write-queue';
export type { RunResult, SqlValue } from './sqlite-connection';
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
export { StorageError, type StorageErrorCode } from './storage-error';
export { SqliteStorage } from './sqlite-storage';
export {
  SqliteTranscriptStore,
  TRANSCRIPT_PAGE_SIZE,
  TRANSCRIPT_TEXT_LIMIT,
  TRUNCATION_MARKER,
  truncateText,
  type SqliteTranscriptStoreOptions,
} from './sqlite-transcript-store';
export { redactPersonalData, REDACTION_PLACEHOLDERS } from './redact';
export {
  AnalyticsStore,
  ANALYTICS_TEXT_LIMIT,
  normaliseQuestion,
  type DayCount,
  type FallbackRate,
  type FeedbackCount,
  type FeedbackGrouping,
  type FeedbackRecord,
  type OccupationCount,
  type ReportOptions,
  type TopicCount,
  type TurnRecord,
  type UnansweredQuestion,
} from './analytics-store';
export { SqlitePrivacy, type PurgeResult, type UserDataDeletion } from './privacy';
