import type { Activity } from 'botbuilder';
import { randomBytes } from 'node:crypto';

/** One web chat conversation as kept in memory: its activities in order, numbered by the watermark. */
export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  /** Whether the client has connected (POST /conversations) and been greeted. */
  started: boolean;
  /** Sequence number of `activities[0]`. */
  firstSeq: number;
  activities: Partial<Activity>[];
  lastUsed: number;
}

export interface ConversationStoreOptions {
  idleSeconds: number;
  /** Beyond this many conversations in memory, new ones are refused (503) until idle ones expire. */
  maxConversations?: number;
  /** Older activities of a long conversation are dropped from memory (the client already has them). */
  maxActivities?: number;
  now?: () => number;
}

/**
 * The Direct Line conversations in memory. The bot's own state lives in the database; this only buffers
 * what the widget polls for, so dropping an idle conversation loses nothing the bot needs.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, DirectLineConversation>();
  private readonly maxConversations: number;
  private readonly maxActivities: number;
  private readonly now: () => number;

  constructor(private readonly options: ConversationStoreOptions) {
    this.maxConversations = options.maxConversations ?? 10_000;
    this.maxActivities = options.maxActivities ?? 500;
    this.now = options.now ?? Date.now;
  }

  /** A new conversation with random ids, or undefined when memory is full. */
  create(): DirectLineConversation | undefined {
    if (this.conversations.size >= this.maxConversations) {
      this.sweep();
      if (this.conversations.size >= this.maxConversations) return undefined;
    }
    const conversation: DirectLineConversation = {
      id: randomBytes(16).toString('base64url'),
      userId: `dl_${randomBytes(12).toString('base64url')}`,
      started: false,
      firstSeq: 0,
      activities: [],
      lastUsed: this.now(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation, marked as used now; undefined if unknown or expired. */
  use(id: string): DirectLineConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.isIdle(conversation)) {
      this.conversations.delete(id);
      return undefined;
    }
    conversation.lastUsed = this.now();
    return conversation;
  }

  /** Appends an activity, giving it the conversation-wide id `conversationId|seq`; returns id and sequence number. */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): { id: string; seq: number } {
    const seq = conversation.firstSeq + conversation.activities.length;
    const id = `${conversation.id}|${String(seq).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id });
    if (conversation.activities.length > this.maxActivities) {
      const drop = conversation.activities.length - this.maxActivities;
      conversation.activities.splice(0, drop);
      conversation.firstSeq += drop;
    }
    return { id, seq };
  }

  /**
   * Activities from sequence number `watermark` on (all kept ones when absent) and the watermark to ask
   * with next time: the sequence number the next activity will get.
   */
  since(conversation: DirectLineConversation, watermark: number | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const next = conversation.firstSeq + conversation.activities.length;
    const from = Math.max(watermark ?? 0, conversation.firstSeq);
    return { activities: conversation.activities.slice(from - conversation.firstSeq), watermark: String(next) };
  }

  /** Drops idle conversations; returns their ids so their tokens can be revoked. */
  sweep(): string[] {
    const dropped: string[] = [];
    for (const [id, conversation] of this.conversations) {
      if (this.isIdle(conversation)) {
        this.conversations.delete(id);
        dropped.push(id);
      }
    }
    return dropped;
  }

  get size(): number {
    return this.conversations.size;
  }

  private isIdle(conversation: DirectLineConversation): boolean {
    return this.now() - conversation.lastUsed > this.options.idleSeconds * 1000;
  }
}
