import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { redactPersonalData } from './redact';
import type { SqlValue } from './sqlite-connection';
import type { SqliteDatabase } from './sqlite-database';
import { StorageError } from './storage-error';

/** Activities (and transcripts) per page, as botbuilder's own transcript stores. */
export const TRANSCRIPT_PAGE_SIZE = 20;
/**
 * Longest `text` (and `value.text`) kept in a transcript, in UTF-16 code units, marker included. Chat
 * messages are a few hundred characters; this only stops a pasted document from bloating the database.
 */
export const TRANSCRIPT_TEXT_LIMIT = 100_000;
/** Appended to a text that was cut at {@link TRANSCRIPT_TEXT_LIMIT}. */
export const TRUNCATION_MARKER = ' […truncated]';

/** Options of {@link SqliteTranscriptStore}. */
export interface SqliteTranscriptStoreOptions {
  /** Pass texts through the redactor before storing. Default true. */
  redact?: boolean;
  /** Replaces personal data in a text. Default {@link redactPersonalData}. */
  redactor?: (text: string) => string;
}

const TRANSCRIPT_COLUMNS = Object.freeze(['channel_id', 'conversation_id', 'activity_id', 'timestamp', 'user_id', 'activity']);

interface TranscriptRow {
  seq: number;
  activity: string;
}

interface ConversationRow {
  id: string;
  created: string;
  first: number;
}

/**
 * botbuilder `TranscriptStore` on the `transcripts` table. Use it with botbuilder's
 * `TranscriptLoggerMiddleware`. Activities are kept in the order they were logged (which is conversation
 * order: the middleware logs the incoming activity before the replies), stored as JSON, so any text
 * (NUL bytes, emoji, SQL) round-trips exactly; `timestamp` and `localTimestamp` come back as Dates.
 */
export class SqliteTranscriptStore implements TranscriptStore {
  private readonly redactor: ((text: string) => string) | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteTranscriptStoreOptions = {},
  ) {
    this.redactor = options.redact === false ? undefined : (options.redactor ?? redactPersonalData);
  }

  /**
   * Stores a (redacted, length-limited) copy of `activity`; the caller's object is not changed. Returns
   * the write-queue unit's promise: it resolves once the line is committed.
   */
  logActivity(activity: Activity): Promise<void> {
    if (!activity) return Promise.reject(new StorageError('STORAGE_INVALID_ARGUMENT', 'activity cannot be null for logActivity()'));
    // Traces are diagnostics (the recognizer's scores, already in analytics), not conversation: skipping
    // them saves the largest insert of every turn.
    if (activity.type === 'trace') return Promise.resolve();
    const channelId = activity.channelId;
    const conversationId = activity.conversation?.id;
    if (!channelId || !conversationId) {
      return Promise.reject(new StorageError('STORAGE_INVALID_ARGUMENT', 'activity needs channelId and conversation.id to be logged'));
    }
    let params: SqlValue[];
    try {
      const json = JSON.stringify(this.prepare(activity));
      // Never later than now: a client's future timestamp must not dodge the retention purge.
      const at = isoTimestamp(activity.timestamp);
      const now = new Date().toISOString();
      params = [channelId, conversationId, activity.id ?? null, at < now ? at : now, userIdOf(activity), json];
    } catch (err) {
      // A throwing redactor or an activity JSON cannot hold (a cycle, a BigInt): reject rather than throw,
      // callers handle the returned promise (TranscriptLoggerMiddleware attaches a catch to it).
      return Promise.reject(err);
    }
    return this.db.appendRow('transcripts', TRANSCRIPT_COLUMNS, params);
  }

  /**
   * One page (20) of a conversation's activities in logged order, from `startDate` on if given. Pass the
   * returned `continuationToken` to get the next page; it is an empty string on the last page.
   */
  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    requireArgument(channelId, 'channelId');
    requireArgument(conversationId, 'conversationId');
    const after = decodeToken(continuationToken);
    if (startDate !== undefined && Number.isNaN(new Date(startDate).getTime())) {
      throw new StorageError('STORAGE_INVALID_ARGUMENT', 'startDate is not a valid date');
    }
    const since = startDate ? isoTimestamp(startDate) : null;
    const rows = await this.db.all<TranscriptRow>(
      `SELECT seq, activity FROM transcripts
       WHERE channel_id = ? AND conversation_id = ? AND seq > ? AND (? IS NULL OR timestamp >= ?)
       ORDER BY seq LIMIT ?`,
      [channelId, conversationId, after, since, since, TRANSCRIPT_PAGE_SIZE + 1],
    );
    const page = rows.slice(0, TRANSCRIPT_PAGE_SIZE);
    return {
      items: page.map((r) => reviveActivity(r.activity)),
      continuationToken: rows.length > TRANSCRIPT_PAGE_SIZE ? encodeToken((page.at(-1) as TranscriptRow).seq) : '',
    };
  }

  /**
   * One page (20) of the conversations logged on `channelId`, oldest first; `created` is the time of the
   * conversation's earliest activity.
   */
  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    requireArgument(channelId, 'channelId');
    const after = decodeToken(continuationToken);
    const rows = await this.db.all<ConversationRow>(
      `SELECT conversation_id AS id, MIN(timestamp) AS created, MIN(seq) AS first FROM transcripts
       WHERE channel_id = ? GROUP BY conversation_id HAVING MIN(seq) > ? ORDER BY first LIMIT ?`,
      [channelId, after, TRANSCRIPT_PAGE_SIZE + 1],
    );
    const page = rows.slice(0, TRANSCRIPT_PAGE_SIZE);
    return {
      items: page.map((r) => ({ channelId, id: r.id, created: new Date(r.created) })),
      continuationToken: rows.length > TRANSCRIPT_PAGE_SIZE ? encodeToken((page.at(-1) as ConversationRow).first) : '',
    };
  }

  /** Deletes every logged activity of the conversation (through the write queue). */
  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    requireArgument(channelId, 'channelId');
    requireArgument(conversationId, 'conversationId');
    await this.db.write((tx) => tx.run('DELETE FROM transcripts WHERE channel_id = ? AND conversation_id = ?', [channelId, conversationId]));
  }

  private prepare(activity: Activity): Activity {
    const copy: Activity = { ...activity };
    if (typeof copy.text === 'string') copy.text = this.cleanText(copy.text);
    const value = copy.value as { text?: unknown } | undefined;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.text === 'string') {
      copy.value = { ...value, text: this.cleanText(value.text) };
    }
    return copy;
  }

  // Redact before cutting, so a phone number or IBAN straddling the cut is not left half-visible. A huge
  // text is first cut with a margin, so redaction never scans more than the limit plus that margin.
  private cleanText(text: string): string {
    if (!this.redactor) return truncateText(text);
    if (text.length <= TRANSCRIPT_TEXT_LIMIT) return truncateText(this.redactor(text));
    return cutWithMarker(this.redactor(text.slice(0, TRANSCRIPT_TEXT_LIMIT + REDACTION_MARGIN)));
  }
}

// Longer than any e-mail address, phone number or IBAN the redactor looks for.
const REDACTION_MARGIN = 1000;

/**
 * Cuts `text` to at most {@link TRANSCRIPT_TEXT_LIMIT} code units, ending in {@link TRUNCATION_MARKER};
 * shorter texts are returned unchanged.
 */
export function truncateText(text: string): string {
  return text.length <= TRANSCRIPT_TEXT_LIMIT ? text : cutWithMarker(text);
}

// Never splits a surrogate pair (an emoji): a lone surrogate would not survive a round trip through UTF-8.
function cutWithMarker(text: string): string {
  let end = Math.min(text.length, TRANSCRIPT_TEXT_LIMIT - TRUNCATION_MARKER.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + TRUNCATION_MARKER;
}

/**
 * The user's side of an activity: the sender of a user's message, the recipient of a bot's reply. Privacy
 * deletion finds a user's lines by this column.
 */
function userIdOf(activity: Activity): string | null {
  const fromRole = activity.from?.role;
  const toRole = activity.recipient?.role;
  if (fromRole === 'bot' || (fromRole !== 'user' && toRole === 'user')) return activity.recipient?.id ?? null;
  return activity.from?.id ?? null;
}

// Stored as ISO-8601 UTC so that string comparison is time comparison (startDate filter, retention).
function isoTimestamp(value: Date | string | undefined): string {
  const date = value === undefined ? new Date() : new Date(value);
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

function reviveActivity(json: string): Activity {
  const activity = JSON.parse(json) as Activity;
  // botbuilder types these as Dates (its activity validator converts incoming strings), JSON made them strings.
  for (const field of ['timestamp', 'localTimestamp'] as const) {
    const v = activity[field] as unknown;
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) activity[field] = new Date(v);
  }
  return activity;
}

// Tokens are opaque to callers; inside they carry the last sequence number seen. base64url keeps them
// URL-safe for callers that put them into query strings.
function encodeToken(seq: number): string {
  return Buffer.from(JSON.stringify({ after: seq }), 'utf8').toString('base64url');
}

function decodeToken(token: string | undefined): number {
  if (!token) return 0;
  try {
    const after = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { after?: unknown }).after;
    if (typeof after === 'number' && Number.isSafeInteger(after) && after >= 0) return after;
  } catch {
    // fall through to the typed error
  }
  throw new StorageError('STORAGE_INVALID_TOKEN', 'invalid continuation token');
}

function requireArgument(value: string, name: string): void {
  if (!value) throw new StorageError('STORAGE_INVALID_ARGUMENT', `Missing ${name}`);
}
