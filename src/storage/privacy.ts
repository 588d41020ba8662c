import type { SqliteDatabase } from './sqlite-database';
import { StorageError } from './storage-error';

/** Rows removed by {@link SqlitePrivacy.deleteUserData}, per kind. */
export interface UserDataDeletion {
  /** bot_state items (user state, private and one-to-one conversation state). */
  state: number;
  transcripts: number;
  analytics: number;
  feedback: number;
}

/** Rows changed by {@link SqlitePrivacy.purgeExpired}. */
export interface PurgeResult {
  /** ISO time; everything older was purged. */
  cutoff: string;
  /** Transcript activities deleted. */
  transcripts: number;
  /** Analytics rows whose question text was removed (the counts stay for the reports). */
  analyticsTexts: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Data-protection operations (GDPR erasure requests, retention) across all tables. Each runs as one unit
 * of the write queue, so it is all-or-nothing.
 *
 * botbuilder's state keys (botbuilder-core 4.23, `namespace` defaults to ''):
 * - ConversationState:        `${channelId}/conversations/${conversationId}/${namespace}`
 * - UserState:                `${channelId}/users/${userId}/${namespace}`
 * - PrivateConversationState: `${channelId}/conversations/${conversationId}/users/${userId}/${namespace}`
 * Conversation state carries no user id, so the user's conversations are looked up in transcripts,
 * analytics and feedback first.
 */
export class SqlitePrivacy {
  constructor(private readonly db: SqliteDatabase) {}

  /**
   * Deletes everything stored about `userId` on `channelId` (a user id means something only within its
   * channel: "user" in the terminal chat is not "user" in Teams): their user and private conversation state, their transcript
   * lines, analytics rows and feedback; for one-to-one conversations also the conversation state and the
   * bot's side of the transcript. In group conversations (`conversation.isGroup` in the transcript) only the
   * user's own rows go: the shared conversation state and other members' lines stay. Conversations that
   * were never transcribed are treated as one-to-one.
   */
  deleteUserData(channelId: string, userId: string): Promise<UserDataDeletion> {
    if (!userId || !channelId) return Promise.reject(new StorageError('STORAGE_INVALID_ARGUMENT', 'channelId and userId are required'));
    return this.db.write(async (tx) => {
      const counts: UserDataDeletion = { state: 0, transcripts: 0, analytics: 0, feedback: 0 };
      const conversations = await tx.all<{ channel_id: string; conversation_id: string }>(
        `SELECT channel_id, conversation_id FROM transcripts WHERE channel_id = ? AND user_id = ?
         UNION SELECT channel_id, conversation_id FROM analytics WHERE channel_id = ? AND user_id = ?
         UNION SELECT channel_id, conversation_id FROM feedback WHERE channel_id = ? AND user_id = ?`,
        [channelId, userId, channelId, userId, channelId, userId],
      );
      for (const { conversation_id: conversationId } of conversations) {
        const group = await tx.get(
          `SELECT 1 AS yes FROM transcripts WHERE channel_id = ? AND conversation_id = ?
           AND json_extract(activity, '$.conversation.isGroup') = 1 LIMIT 1`,
          [channelId, conversationId],
        );
        if (group) continue;
        counts.transcripts += (
          await tx.run('DELETE FROM transcripts WHERE channel_id = ? AND conversation_id = ?', [channelId, conversationId])
        ).changes;
        // Prefix match with substr, not LIKE: ids may contain % or _.
        const prefix = `${channelId}/conversations/${conversationId}/`;
        counts.state += (await tx.run('DELETE FROM bot_state WHERE substr(key, 1, length(?)) = ?', [prefix, prefix])).changes;
      }
      counts.transcripts += (await tx.run('DELETE FROM transcripts WHERE channel_id = ? AND user_id = ?', [channelId, userId])).changes;
      // User state and private conversation state of any conversation on this channel.
      const channelPrefix = `${channelId}/`;
      counts.state += (
        await tx.run('DELETE FROM bot_state WHERE substr(key, 1, length(?)) = ? AND instr(key, ?) > 0', [channelPrefix, channelPrefix, `/users/${userId}/`])
      ).changes;
      counts.analytics = (await tx.run('DELETE FROM analytics WHERE channel_id = ? AND user_id = ?', [channelId, userId])).changes;
      counts.feedback = (await tx.run('DELETE FROM feedback WHERE channel_id = ? AND user_id = ?', [channelId, userId])).changes;
      return counts;
    });
  }

  /**
   * Retention: deletes transcript activities older than `retentionDays` days before `now`, and removes the
   * question text of older analytics rows (their counts stay). Run it daily.
   */
  purgeExpired(retentionDays: number, now: Date = new Date()): Promise<PurgeResult> {
    if (!Number.isFinite(retentionDays) || retentionDays < 0) {
      return Promise.reject(new StorageError('STORAGE_INVALID_ARGUMENT', `retentionDays must be a non-negative number, got ${retentionDays}`));
    }
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
    return this.db.write(async (tx) => ({
      cutoff,
      transcripts: (await tx.run('DELETE FROM transcripts WHERE timestamp < ?', [cutoff])).changes,
      analyticsTexts: (await tx.run('UPDATE analytics SET text = NULL WHERE text IS NOT NULL AND time < ?', [cutoff])).changes,
    }));
  }
}
