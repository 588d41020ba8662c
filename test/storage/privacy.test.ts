import assert from 'node:assert/strict';
import { ActivityTypes, type Activity } from 'botbuilder';
import {
  AnalyticsStore,
  SqlitePrivacy,
  SqliteStorage,
  SqliteTranscriptStore,
  type SqliteDatabase,
} from '../../src/storage';
import { rejectsWithCode, useTempDatabases } from './temp-database';

const NOW = new Date('2024-06-30T12:00:00.000Z');
const daysAgo = (n: number): Date => new Date(NOW.getTime() - n * 24 * 60 * 60 * 1000);

function line(channelId: string, conversationId: string, userId: string, text: string, options: { fromBot?: boolean; isGroup?: boolean; at?: Date } = {}): Activity {
  const user = { id: userId, name: userId, role: 'user' };
  const bot = { id: 'career-bot', name: 'Bot', role: 'bot' };
  return {
    type: ActivityTypes.Message,
    channelId,
    conversation: { id: conversationId, isGroup: options.isGroup ?? false, conversationType: options.isGroup ? 'channel' : 'personal', name: '' },
    from: options.fromBot ? bot : user,
    recipient: options.fromBot ? user : bot,
    timestamp: options.at ?? daysAgo(1),
    text,
  } as Activity;
}

async function keys(db: SqliteDatabase): Promise<string[]> {
  return (await db.all<{ key: string }>('SELECT key FROM bot_state ORDER BY key')).map((r) => r.key);
}

async function countRows(db: SqliteDatabase, table: 'transcripts' | 'analytics' | 'feedback', userId?: string): Promise<number> {
  const row = userId
    ? await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`, [userId])
    : await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
  return row?.n ?? -1;
}

describe('SqlitePrivacy', () => {
  const temp = useTempDatabases();
  let db: SqliteDatabase;
  let privacy: SqlitePrivacy;
  let transcripts: SqliteTranscriptStore;
  let analytics: AnalyticsStore;

  beforeEach(async () => {
    db = await temp.open();
    privacy = new SqlitePrivacy(db);
    transcripts = new SqliteTranscriptStore(db);
    analytics = new AnalyticsStore(db);
  });

  describe('deleteUserData', () => {
    beforeEach(async () => {
      // botbuilder's state keys (namespace ''), see privacy.ts.
      await new SqliteStorage(db).write({
        'webchat/conversations/conv-a/': { dialogue: { occupation: 'backend-developer' } }, // user-1, one-to-one
        'webchat/conversations/conv-a/users/user-1/': { private: true }, // PrivateConversationState
        'webchat/users/user-1/': { profile: 'u1' }, // UserState
        'msteams/users/user-1/': { profile: 'u1 in teams' },
        'msteams/conversations/conv-g/': { shared: true }, // group conversation: stays
        'msteams/conversations/conv-g/users/user-1/': { private: 'u1 in group' },
        'webchat/users/user-10/': { profile: 'a different user whose id starts the same' },
        'webchat/conversations/conv-b/': { dialogue: 'user-2' },
        'webchat/conversations/conv-ab/': { dialogue: 'prefix trap' },
      });
      await transcripts.logActivity(line('webchat', 'conv-a', 'user-1', 'Was verdient ein Backend Developer?'));
      await transcripts.logActivity(line('webchat', 'conv-a', 'user-1', '47.700 € im Jahr', { fromBot: true }));
      await transcripts.logActivity(line('msteams', 'conv-g', 'user-1', 'hi from user 1', { isGroup: true }));
      await transcripts.logActivity(line('msteams', 'conv-g', 'user-2', 'hi from user 2', { isGroup: true }));
      await transcripts.logActivity(line('msteams', 'conv-g', 'user-2', 'reply to user 2', { isGroup: true, fromBot: true }));
      await transcripts.logActivity(line('webchat', 'conv-b', 'user-2', 'Hallo'));
      const turn = { intent: 'salary', answeredTopic: 'salary', fallback: false };
      await analytics.recordTurn({ ...turn, channelId: 'webchat', conversationId: 'conv-a', userId: 'user-1' });
      await analytics.recordTurn({ intent: 'None', fallback: true, text: 'kochen?', channelId: 'webchat', conversationId: 'conv-a', userId: 'user-1' });
      await analytics.recordTurn({ ...turn, channelId: 'webchat', conversationId: 'conv-b', userId: 'user-2' });
      await analytics.recordFeedback({ channelId: 'webchat', conversationId: 'conv-a', userId: 'user-1', topic: 'salary', rating: 'up' });
      await analytics.recordFeedback({ channelId: 'webchat', conversationId: 'conv-b', userId: 'user-2', topic: 'salary', rating: 'down' });
    });

    it("deletes the user's state, transcript lines, analytics and feedback, and returns the counts", async () => {
      const web = await privacy.deleteUserData('webchat', 'user-1');
      const teams = await privacy.deleteUserData('msteams', 'user-1');
      const counts = Object.fromEntries(Object.keys(web).map((k) => [k, web[k as keyof typeof web] + teams[k as keyof typeof teams]]));
      assert.deepEqual(counts, { state: 5, transcripts: 3, analytics: 2, feedback: 1 });
      assert.deepEqual(await keys(db), [
        'msteams/conversations/conv-g/',
        'webchat/conversations/conv-ab/',
        'webchat/conversations/conv-b/',
        'webchat/users/user-10/',
      ]);
      assert.equal(await countRows(db, 'transcripts', 'user-1'), 0);
      assert.equal(await countRows(db, 'analytics', 'user-1'), 0);
      assert.equal(await countRows(db, 'feedback', 'user-1'), 0);
    });

    it('a deletion on one channel keeps the same user id on another channel (ids are per channel)', async () => {
      await privacy.deleteUserData('webchat', 'user-1');
      assert.ok((await keys(db)).includes('msteams/users/user-1/'));
      assert.deepEqual((await transcripts.getTranscriptActivities('msteams', 'conv-g')).items.map((a) => a.text), ['hi from user 1', 'hi from user 2', 'reply to user 2']);
    });

    it("keeps other users' data, including their lines in a shared group conversation", async () => {
      await privacy.deleteUserData('webchat', 'user-1');
      await privacy.deleteUserData('msteams', 'user-1');
      const group = (await transcripts.getTranscriptActivities('msteams', 'conv-g')).items.map((a) => a.text);
      assert.deepEqual(group, ['hi from user 2', 'reply to user 2']);
      assert.equal((await transcripts.getTranscriptActivities('webchat', 'conv-b')).items.length, 1);
      assert.equal(await countRows(db, 'analytics', 'user-2'), 1);
      assert.equal(await countRows(db, 'feedback', 'user-2'), 1);
    });

    it('finds nothing the second time, and for unknown users', async () => {
      await privacy.deleteUserData('webchat', 'user-1');
      await privacy.deleteUserData('msteams', 'user-1');
      assert.deepEqual(await privacy.deleteUserData('webchat', 'user-1'), { state: 0, transcripts: 0, analytics: 0, feedback: 0 });
      assert.deepEqual(await privacy.deleteUserData('webchat', "nobody'; DROP TABLE bot_state; --"), { state: 0, transcripts: 0, analytics: 0, feedback: 0 });
      assert.equal((await keys(db)).length, 4);
    });

    it('requires a user id', async () => {
      await rejectsWithCode(privacy.deleteUserData('webchat', ''), 'STORAGE_INVALID_ARGUMENT');
    });
  });

  describe('purgeExpired', () => {
    beforeEach(async () => {
      await transcripts.logActivity(line('webchat', 'old', 'user-1', 'old line', { at: daysAgo(40) }));
      await transcripts.logActivity(line('webchat', 'old', 'user-1', 'old answer', { at: daysAgo(31), fromBot: true }));
      await transcripts.logActivity(line('webchat', 'new', 'user-1', 'new line', { at: daysAgo(5) }));
      const fallback = { channelId: 'webchat', conversationId: 'x', intent: 'None', fallback: true };
      await analytics.recordTurn({ ...fallback, time: daysAgo(40), text: 'Was macht ein Koch?' });
      await analytics.recordTurn({ ...fallback, time: daysAgo(5), text: 'Was macht ein Bäcker?' });
      await analytics.recordTurn({ channelId: 'webchat', conversationId: 'x', intent: 'salary', answeredTopic: 'salary', fallback: false, time: daysAgo(40) });
    });

    it('deletes transcript lines and analytics texts older than the retention period, keeping the counts', async () => {
      const result = await privacy.purgeExpired(30, NOW);
      assert.deepEqual(result, { cutoff: daysAgo(30).toISOString(), transcripts: 2, analyticsTexts: 1 });
      assert.deepEqual((await transcripts.listTranscripts('webchat')).items.map((t) => t.id), ['new']);
      assert.equal(await countRows(db, 'analytics'), 3, 'analytics rows stay for the reports');
      assert.deepEqual(await analytics.unansweredQuestions(), [{ text: 'was macht ein bäcker', count: 1, lastAsked: daysAgo(5).toISOString() }]);
      assert.deepEqual(await analytics.fallbackRate(), { turns: 3, fallbacks: 2, rate: 2 / 3 });
    });

    it('is idempotent and respects the period given', async () => {
      assert.deepEqual(await privacy.purgeExpired(60, NOW), { cutoff: daysAgo(60).toISOString(), transcripts: 0, analyticsTexts: 0 });
      await privacy.purgeExpired(30, NOW);
      assert.equal((await privacy.purgeExpired(30, NOW)).transcripts, 0);
      assert.equal((await privacy.purgeExpired(0, NOW)).transcripts, 1);
    });

    it('rejects a negative or non-numeric retention period', async () => {
      await rejectsWithCode(privacy.purgeExpired(-1), 'STORAGE_INVALID_ARGUMENT');
      await rejectsWithCode(privacy.purgeExpired(Number.NaN), 'STORAGE_INVALID_ARGUMENT');
    });
  });
});
