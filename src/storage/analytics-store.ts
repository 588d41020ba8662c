import { redactPersonalData } from './redact';
import type { SqliteDatabase } from './sqlite-database';
import type { SqlValue } from './sqlite-connection';
import { StorageError } from './storage-error';

/** One recognised turn, as the bot records it after answering. */
export interface TurnRecord {
  /** Default: now. */
  time?: Date;
  channelId: string;
  conversationId: string;
  userId?: string;
  language?: string;
  /** Recognised intent, `None` when out of scope. */
  intent: string;
  score?: number;
  /** Occupation the answer was about (after applying the conversation's context). */
  occupation?: string;
  /** Topic actually answered; absent for a fallback. */
  answeredTopic?: string;
  /** The bot could not answer. */
  fallback: boolean;
  /**
   * The user's message. Stored only for fallbacks, redacted and normalised, so editors can see which
   * questions the knowledge base is missing; answered questions are not kept.
   */
  text?: string;
}

/** A thumbs up/down on an answer. */
export interface FeedbackRecord {
  /** Default: now. */
  time?: Date;
  channelId: string;
  conversationId: string;
  userId?: string;
  topic?: string;
  occupation?: string;
  rating: 'up' | 'down';
}

/** Filters of the report queries. */
export interface ReportOptions {
  /** Only rows at or after this time. */
  since?: Date;
  /** Most rows to return (top-N reports). Default 10. */
  limit?: number;
}

export interface DayCount {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  turns: number;
}

export interface FallbackRate {
  turns: number;
  fallbacks: number;
  /** fallbacks / turns; 0 when there were no turns. */
  rate: number;
}

export interface TopicCount {
  topic: string;
  count: number;
}

export interface OccupationCount {
  occupation: string;
  count: number;
}

export interface UnansweredQuestion {
  /** Normalised, redacted question. */
  text: string;
  count: number;
  /** ISO time it was last asked. */
  lastAsked: string;
}

/** How {@link AnalyticsStore.feedbackCounts} groups. */
export type FeedbackGrouping = 'topic' | 'occupation' | 'topic+occupation';

export interface FeedbackCount {
  /** null when grouped by occupation only, or when the feedback had no topic. */
  topic: string | null;
  /** null when grouped by topic only, or when the feedback had no occupation. */
  occupation: string | null;
  up: number;
  down: number;
}

/** Longest unanswered question kept; longer ones are cut (they are for reading, not for replay). */
export const ANALYTICS_TEXT_LIMIT = 500;
const DEFAULT_LIMIT = 10;

// Sentence punctuation, quotes, dashes and round brackets. Not square brackets (redaction placeholders)
// and not symbols that carry meaning at the end of a word (C#, C++).
const EDGE_PUNCTUATION = /^[\s.,;:!?¿¡…"'„“”‚‘’«»()\-–—]+|[\s.,;:!?¿¡…"'„“”‚‘’«»()\-–—]+$/gu;

/**
 * Lower-cases, collapses whitespace and trims punctuation at both ends, so "Was macht ein Koch?" and
 * "was macht ein  koch" count as one question.
 */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(EDGE_PUNCTUATION, '')
    .slice(0, ANALYTICS_TEXT_LIMIT)
    .trimEnd();
}

const ANALYTICS_COLUMNS = Object.freeze(['time', 'channel_id', 'conversation_id', 'user_id', 'language', 'intent', 'score', 'occupation', 'answered_topic', 'fallback', 'text']);
const FEEDBACK_COLUMNS = Object.freeze(['time', 'channel_id', 'conversation_id', 'user_id', 'topic', 'occupation', 'rating']);

/**
 * Usage analytics for editors and operators: one row per turn and per feedback, written through the write
 * queue, plus the report queries. Reports count UTC days and read committed data only.
 */
export class AnalyticsStore {
  private readonly redactor: (text: string) => string;

  constructor(
    private readonly db: SqliteDatabase,
    options: { redactor?: (text: string) => string } = {},
  ) {
    this.redactor = options.redactor ?? redactPersonalData;
  }

  /**
   * Records a turn; resolves when committed. Callers on the hot path need not await it, but should attach
   * a catch: analytics must never fail a turn.
   */
  async recordTurn(row: TurnRecord): Promise<void> {
    // Collapse whitespace and cut (with a margin, so redaction sees whole numbers near the limit) before
    // redacting: a pasted novel should not cost a megabyte of regex work on the turn's path.
    const raw = row.fallback && row.text ? row.text.replace(/\s+/gu, ' ').slice(0, ANALYTICS_TEXT_LIMIT * 2) : '';
    const text = raw ? normaliseQuestion(this.redactor(raw)) || null : null;
    const params: SqlValue[] = [
      isoTime(row.time),
      row.channelId,
      row.conversationId,
      row.userId ?? null,
      row.language ?? null,
      row.intent,
      row.score ?? null,
      row.occupation ?? null,
      row.answeredTopic ?? null,
      row.fallback ? 1 : 0,
      text,
    ];
    await this.db.appendRow('analytics', ANALYTICS_COLUMNS, params);
  }

  /** Records a feedback; resolves when committed. */
  async recordFeedback(row: FeedbackRecord): Promise<void> {
    if (row.rating !== 'up' && row.rating !== 'down') {
      throw new StorageError('STORAGE_INVALID_ARGUMENT', `feedback rating must be "up" or "down", got ${JSON.stringify(row.rating)}`);
    }
    const params: SqlValue[] = [
      isoTime(row.time),
      row.channelId,
      row.conversationId,
      row.userId ?? null,
      row.topic ?? null,
      row.occupation ?? null,
      row.rating,
    ];
    await this.db.appendRow('feedback', FEEDBACK_COLUMNS, params);
  }

  /** Turns per UTC day, oldest first. */
  async turnsPerDay(options: ReportOptions = {}): Promise<DayCount[]> {
    return this.db.all<DayCount>(
      `SELECT substr(time, 1, 10) AS day, COUNT(*) AS turns FROM analytics
       WHERE ? IS NULL OR time >= ? GROUP BY day ORDER BY day`,
      since(options),
    );
  }

  /** Share of turns the bot could not answer. */
  async fallbackRate(options: ReportOptions = {}): Promise<FallbackRate> {
    const row = await this.db.get<{ turns: number; fallbacks: number | null }>(
      'SELECT COUNT(*) AS turns, SUM(fallback) AS fallbacks FROM analytics WHERE ? IS NULL OR time >= ?',
      since(options),
    );
    const turns = row?.turns ?? 0;
    const fallbacks = row?.fallbacks ?? 0;
    return { turns, fallbacks, rate: turns === 0 ? 0 : fallbacks / turns };
  }

  /** Most answered topics (fallbacks excluded), most frequent first. */
  async topTopics(options: ReportOptions = {}): Promise<TopicCount[]> {
    return this.db.all<TopicCount>(
      `SELECT answered_topic AS topic, COUNT(*) AS count FROM analytics
       WHERE answered_topic IS NOT NULL AND fallback = 0 AND (? IS NULL OR time >= ?)
       GROUP BY answered_topic ORDER BY count DESC, topic LIMIT ?`,
      [...since(options), limit(options)],
    );
  }

  /**
   * Occupations asked about most, most frequent first. Fallback turns count too: interest in an occupation
   * matters even when the question about it could not be answered.
   */
  async topOccupations(options: ReportOptions = {}): Promise<OccupationCount[]> {
    return this.db.all<OccupationCount>(
      `SELECT occupation, COUNT(*) AS count FROM analytics
       WHERE occupation IS NOT NULL AND (? IS NULL OR time >= ?)
       GROUP BY occupation ORDER BY count DESC, occupation LIMIT ?`,
      [...since(options), limit(options)],
    );
  }

  /** Questions the bot could not answer, grouped by their normalised text, most frequent first. */
  async unansweredQuestions(options: ReportOptions = {}): Promise<UnansweredQuestion[]> {
    return this.db.all<UnansweredQuestion>(
      `SELECT text, COUNT(*) AS count, MAX(time) AS lastAsked FROM analytics
       WHERE fallback = 1 AND text IS NOT NULL AND (? IS NULL OR time >= ?)
       GROUP BY text ORDER BY count DESC, lastAsked DESC, text LIMIT ?`,
      [...since(options), limit(options)],
    );
  }

  /** Thumbs up/down per topic, per occupation, or per pair (default), most rated first. */
  async feedbackCounts(options: ReportOptions & { by?: FeedbackGrouping } = {}): Promise<FeedbackCount[]> {
    const by = options.by ?? 'topic+occupation';
    // Column expressions come from this fixed table, never from the caller's string.
    const columns: Record<FeedbackGrouping, string> = {
      topic: 'topic, NULL AS occupation',
      occupation: 'NULL AS topic, occupation',
      'topic+occupation': 'topic, occupation',
    };
    const groupBy: Record<FeedbackGrouping, string> = { topic: 'topic', occupation: 'occupation', 'topic+occupation': 'topic, occupation' };
    if (!Object.hasOwn(columns, by)) {
      throw new StorageError('STORAGE_INVALID_ARGUMENT', `unknown feedback grouping ${JSON.stringify(by)}`);
    }
    return this.db.all<FeedbackCount>(
      `SELECT ${columns[by]}, SUM(rating = 'up') AS up, SUM(rating = 'down') AS down FROM feedback
       WHERE ? IS NULL OR time >= ? GROUP BY ${groupBy[by]} ORDER BY up + down DESC, topic, occupation`,
      since(options),
    );
  }
}

function isoTime(time: Date | undefined): string {
  const date = time ?? new Date();
  if (Number.isNaN(date.getTime())) throw new StorageError('STORAGE_INVALID_ARGUMENT', 'invalid time');
  return date.toISOString();
}

function since(options: ReportOptions): [string | null, string | null] {
  const iso = options.since ? options.since.toISOString() : null;
  return [iso, iso];
}

function limit(options: ReportOptions): number {
  const n = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(n) || n < 1) throw new StorageError('STORAGE_INVALID_ARGUMENT', `limit must be a positive integer, got ${n}`);
  return n;
}
