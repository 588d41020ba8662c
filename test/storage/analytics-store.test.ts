import assert from 'node:assert/strict';
import { AnalyticsStore, normaliseQuestion, type SqliteDatabase, type TurnRecord } from '../../src/storage';
import { rejectsWithCode, useTempDatabases } from './temp-database';

const at = (iso: string): Date => new Date(iso);
const base = { channelId: 'webchat', conversationId: 'c1', userId: 'u1', language: 'de', score: 0.9 };
const answered = (time: string, occupation: string, topic: string): TurnRecord => ({
  ...base,
  time: at(time),
  intent: topic,
  occupation,
  answeredTopic: topic,
  fallback: false,
  text: 'answered questions are never stored',
});
const fallback = (time: string, text: string, occupation?: string): TurnRecord => ({
  ...base,
  time: at(time),
  intent: 'None',
  score: 0.2,
  fallback: true,
  text,
  ...(occupation ? { occupation } : {}),
});

/** Ten turns over three days and five feedbacks: the fixed data set of the report tests. */
const TURNS: TurnRecord[] = [
  answered('2024-05-01T08:00:00Z', 'backend-developer', 'salary'),
  answered('2024-05-01T09:00:00Z', 'backend-developer', 'duties'),
  fallback('2024-05-01T10:00:00Z', 'Was verdient ein Koch?'),
  answered('2024-05-01T23:59:59Z', 'frontend-developer', 'salary'),
  answered('2024-05-02T00:00:00Z', 'backend-developer', 'salary'),
  fallback('2024-05-02T11:00:00Z', '  was verdient ein   KOCH '),
  fallback('2024-05-02T12:00:00Z', 'Meine Nummer ist 0171 1234567, rufen Sie an!', 'data-scientist'),
  answered('2024-05-03T08:00:00Z', 'frontend-developer', 'education'),
  fallback('2024-05-03T09:00:00Z', 'Was verdient ein Koch???'),
  answered('2024-05-03T10:00:00Z', 'data-scientist', 'salary'),
];

describe('AnalyticsStore', () => {
  const temp = useTempDatabases();
  let db: SqliteDatabase;
  let analytics: AnalyticsStore;

  beforeEach(async () => {
    db = await temp.open();
    analytics = new AnalyticsStore(db);
    await Promise.all(TURNS.map((t) => analytics.recordTurn(t)));
    const feedback = { channelId: 'webchat', conversationId: 'c1', userId: 'u1' };
    await Promise.all([
      analytics.recordFeedback({ ...feedback, time: at('2024-05-01T08:01:00Z'), topic: 'salary', occupation: 'backend-developer', rating: 'up' }),
      analytics.recordFeedback({ ...feedback, time: at('2024-05-02T08:01:00Z'), topic: 'salary', occupation: 'backend-developer', rating: 'up' }),
      analytics.recordFeedback({ ...feedback, time: at('2024-05-03T08:01:00Z'), topic: 'salary', occupation: 'backend-developer', rating: 'down' }),
      analytics.recordFeedback({ ...feedback, time: at('2024-05-01T09:01:00Z'), topic: 'duties', occupation: 'backend-developer', rating: 'up' }),
      analytics.recordFeedback({ ...feedback, time: at('2024-05-01T23:59:00Z'), topic: 'salary', occupation: 'frontend-developer', rating: 'down' }),
    ]);
  });

  it('counts turns per UTC day', async () => {
    assert.deepEqual(await analytics.turnsPerDay(), [
      { day: '2024-05-01', turns: 4 },
      { day: '2024-05-02', turns: 3 },
      { day: '2024-05-03', turns: 3 },
    ]);
    assert.deepEqual(await analytics.turnsPerDay({ since: at('2024-05-02T00:00:00Z') }), [
      { day: '2024-05-02', turns: 3 },
      { day: '2024-05-03', turns: 3 },
    ]);
  });

  it('computes the fallback rate', async () => {
    assert.deepEqual(await analytics.fallbackRate(), { turns: 10, fallbacks: 4, rate: 0.4 });
    assert.deepEqual(await analytics.fallbackRate({ since: at('2024-05-03T00:00:00Z') }), { turns: 3, fallbacks: 1, rate: 1 / 3 });
    assert.deepEqual(await analytics.fallbackRate({ since: at('2030-01-01T00:00:00Z') }), { turns: 0, fallbacks: 0, rate: 0 });
  });

  it('ranks answered topics', async () => {
    assert.deepEqual(await analytics.topTopics(), [
      { topic: 'salary', count: 4 },
      { topic: 'duties', count: 1 },
      { topic: 'education', count: 1 },
    ]);
    assert.deepEqual(await analytics.topTopics({ limit: 1 }), [{ topic: 'salary', count: 4 }]);
    assert.deepEqual(await analytics.topTopics({ since: at('2024-05-03T00:00:00Z') }), [
      { topic: 'education', count: 1 },
      { topic: 'salary', count: 1 },
    ]);
  });

  it('ranks occupations, counting unanswered questions about them too', async () => {
    assert.deepEqual(await analytics.topOccupations(), [
      { occupation: 'backend-developer', count: 3 },
      { occupation: 'data-scientist', count: 2 },
      { occupation: 'frontend-developer', count: 2 },
    ]);
    assert.deepEqual(await analytics.topOccupations({ since: at('2024-05-02T00:00:00Z'), limit: 2 }), [
      { occupation: 'data-scientist', count: 2 },
      { occupation: 'backend-developer', count: 1 },
    ]);
  });

  it('lists unanswered questions normalised, redacted and counted', async () => {
    assert.deepEqual(await analytics.unansweredQuestions(), [
      { text: 'was verdient ein koch', count: 3, lastAsked: '2024-05-03T09:00:00.000Z' },
      { text: 'meine nummer ist [phone], rufen sie an', count: 1, lastAsked: '2024-05-02T12:00:00.000Z' },
    ]);
    assert.deepEqual(await analytics.unansweredQuestions({ since: at('2024-05-02T11:30:00Z') }), [
      { text: 'was verdient ein koch', count: 1, lastAsked: '2024-05-03T09:00:00.000Z' },
      { text: 'meine nummer ist [phone], rufen sie an', count: 1, lastAsked: '2024-05-02T12:00:00.000Z' },
    ]);
  });

  it('stores the text of fallbacks only', async () => {
    const rows = await db.all<{ fallback: number; text: string | null }>('SELECT fallback, text FROM analytics');
    assert.ok(rows.filter((r) => r.fallback === 0).every((r) => r.text === null));
    assert.ok(rows.filter((r) => r.fallback === 1).every((r) => typeof r.text === 'string'));
  });

  it('counts feedback per topic and occupation, per topic, and per occupation', async () => {
    assert.deepEqual(await analytics.feedbackCounts(), [
      { topic: 'salary', occupation: 'backend-developer', up: 2, down: 1 },
      { topic: 'duties', occupation: 'backend-developer', up: 1, down: 0 },
      { topic: 'salary', occupation: 'frontend-developer', up: 0, down: 1 },
    ]);
    assert.deepEqual(await analytics.feedbackCounts({ by: 'topic' }), [
      { topic: 'salary', occupation: null, up: 2, down: 2 },
      { topic: 'duties', occupation: null, up: 1, down: 0 },
    ]);
    assert.deepEqual(await analytics.feedbackCounts({ by: 'occupation' }), [
      { topic: null, occupation: 'backend-developer', up: 3, down: 1 },
      { topic: null, occupation: 'frontend-developer', up: 0, down: 1 },
    ]);
    assert.deepEqual(await analytics.feedbackCounts({ since: at('2024-05-02T00:00:00Z') }), [
      { topic: 'salary', occupation: 'backend-developer', up: 1, down: 1 },
    ]);
  });

  it('rejects bad input with STORAGE_INVALID_ARGUMENT', async () => {
    const feedback = { channelId: 'webchat', conversationId: 'c1', rating: 'meh' as 'up' };
    await rejectsWithCode(analytics.recordFeedback(feedback), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(analytics.topTopics({ limit: 0 }), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(analytics.feedbackCounts({ by: 'user_id; DROP TABLE feedback' as 'topic' }), 'STORAGE_INVALID_ARGUMENT');
    await rejectsWithCode(analytics.recordTurn({ ...fallback('2024-01-01', 'x'), time: new Date('nonsense') }), 'STORAGE_INVALID_ARGUMENT');
  });

  it('keeps a long pasted question short', async () => {
    await analytics.recordTurn(fallback('2024-06-01T00:00:00Z', 'Frage '.repeat(200_000)));
    const row = await db.get<{ text: string }>("SELECT text FROM analytics WHERE time = '2024-06-01T00:00:00.000Z'");
    assert.ok((row?.text.length ?? 0) <= 500);
  });
});

describe('normaliseQuestion', () => {
  const cases: Array<[string, string]> = [
    ['Was verdient ein Koch?', 'was verdient ein koch'],
    ['  was   verdient\n\tein KOCH  ', 'was verdient ein koch'],
    ['¿Qué hace un cocinero?!', 'qué hace un cocinero'],
    ['„Gehalt“ als Pflegekraft …', 'gehalt“ als pflegekraft'],
    ['Meine Mail: [email]', 'meine mail: [email]'],
    ['[phone] bitte zurückrufen.', '[phone] bitte zurückrufen'],
    ['C++ oder C#?', 'c++ oder c#'],
    ['???', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => assert.equal(normaliseQuestion(input), expected));
  }
});
