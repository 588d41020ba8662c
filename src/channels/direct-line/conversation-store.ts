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
  /** The client has received every activity before this sequence number (polled or streamed). */
  delivered: number;
  activities: Partial<Activity>[];
  /** Size of each kept activity as JSON (characters), in the same order. */
  sizes: number[];
  lastUsed: number;
  /** Who created it (a client IP), for the per-client cap. */
  readonly client: string;
  /** Web Chat's clientActivityID → the echo's id, and whether the bot has answered it. */
  readonly clientActivities: Map<string, { id: string; answered: boolean }>;
}

/** Limits of the in-memory conversation store. */
export interface ConversationStoreOptions {
  idleSeconds: number;
  /** Beyond this many conversations in memory, new ones are refused (503) until idle ones expire. */
  maxConversations?: number;
  /** Beyond this many live conversations of one client, its new ones are refused (503). */
  maxPerClient?: number;
  /** Older activities of a long conversation are dropped from memory (the client already has them). */
  maxActivities?: number;
  /**
   * All conversations' kept activities together, as JSON characters (the objects take a few times that in
   * memory). Beyond it, activities are dropped — those the clients have already received first — down to
   * nine tenths of it: the caps on conversations and activities alone would allow gigabytes of cards.
   */
  maxActivityChars?: number;
  now?: () => number;
}

/**
 * The Direct Line conversations in memory. The bot's own state lives in the database; this only buffers
 * what the widget polls for (or reads again when its stream reconnects), so dropping an idle conversation,
 * or the old activities of one, loses nothing the bot needs.
 */
export class ConversationStore {
  /** In order of last use, least recent first (use() moves a conversation to the end). */
  private readonly conversations = new Map<string, DirectLineConversation>();
  private readonly perClient = new Map<string, number>();
  private readonly maxConversations: number;
  private readonly maxPerClient: number;
  private readonly maxActivities: number;
  private readonly maxActivityChars: number;
  private activityChars = 0;
  private readonly now: () => number;

  constructor(private readonly options: ConversationStoreOptions) {
    this.maxConversations = options.maxConversations ?? 10_000;
    this.maxPerClient = options.maxPerClient ?? 50;
    this.maxActivities = options.maxActivities ?? 500;
    // About 13 000 answers with their cards; typical use stays far below.
    this.maxActivityChars = options.maxActivityChars ?? 64 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** A new conversation with random ids, or undefined when memory (or the client's share of it) is full. */
  create(client = 'unknown'): DirectLineConversation | undefined {
    if (this.full(client)) {
      this.sweep();
      if (this.full(client)) return undefined;
    }
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    const conversation: DirectLineConversation = {
      id: randomBytes(16).toString('base64url'),
      userId: newUserId(),
      started: false,
      firstSeq: 0,
      delivered: 0,
      activities: [],
      sizes: [],
      lastUsed: this.now(),
      client,
      clientActivities: new Map(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation, marked as used now; undefined if unknown or expired. */
  use(id: string): DirectLineConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.isIdle(conversation)) {
      this.drop(conversation);
      return undefined;
    }
    conversation.lastUsed = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Appends an activity, giving it the conversation-wide id `conversationId|seq`; returns id and sequence number. */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): { id: string; seq: number } {
    const seq = conversation.firstSeq + conversation.activities.length;
    const id = `${conversation.id}|${String(seq).padStart(7, '0')}`;
    const kept = { ...activity, id };
    // A conversation swept while its turn ran is gone from the store: its replies count for nothing here.
    const size = this.conversations.get(conversation.id) === conversation ? JSON.stringify(kept).length : 0;
    conversation.activities.push(kept);
    conversation.sizes.push(size);
    this.activityChars += size;
    if (conversation.activities.length > this.maxActivities) this.dropOldest(conversation, conversation.activities.length - this.maxActivities);
    if (this.activityChars > this.maxActivityChars) this.makeRoom(conversation);
    return { id, seq };
  }

  /**
   * Activities from sequence number `watermark` on (all kept ones when absent) and the watermark to ask
   * with next time: the sequence number the next activity will get.
   */
  since(conversation: DirectLineConversation, watermark: number | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const next = conversation.firstSeq + conversation.activities.length;
    const from = Math.max(watermark ?? 0, conversation.firstSeq);
    // What this returns goes to the client (a poll's answer or a stream message).
    conversation.delivered = next;
    return { activities: conversation.activities.slice(from - conversation.firstSeq), watermark: String(next) };
  }

  /** Drops idle conversations; returns their ids so their tokens can be revoked. */
  sweep(): string[] {
    const dropped: string[] = [];
    for (const [id, conversation] of this.conversations) {
      if (this.isIdle(conversation)) {
        this.drop(conversation);
        dropped.push(id);
      }
    }
    return dropped;
  }

  /**
   * Drops activities, least recently used conversations first, until nine tenths of the budget are left
   * (so that this runs rarely): first those the clients have received, then unread ones (memory is the
   * hard limit: a client that never reads must not hold it), and `current` keeps its newest activity.
   */
  private makeRoom(current: DirectLineConversation): void {
    const target = this.maxActivityChars * 0.9;
    for (const c of this.conversations.values()) {
      if (this.activityChars <= target) return;
      this.dropOldest(c, Math.min(c.activities.length, c.delivered - c.firstSeq));
    }
    for (const c of this.conversations.values()) {
      if (this.activityChars <= target) return;
      if (c !== current) this.dropOldest(c, c.activities.length);
    }
    while (this.activityChars > target && current.activities.length > 1) this.dropOldest(current, 1);
  }

  private dropOldest(conversation: DirectLineConversation, count: number): void {
    if (count <= 0) return;
    conversation.activities.splice(0, count);
    for (const size of conversation.sizes.splice(0, count)) this.activityChars -= size;
    conversation.firstSeq += count;
  }

  private full(client: string): boolean {
    return this.conversations.size >= this.maxConversations || (this.perClient.get(client) ?? 0) >= this.maxPerClient;
  }

  private drop(conversation: DirectLineConversation): void {
    this.conversations.delete(conversation.id);
    this.dropOldest(conversation, conversation.activities.length);
    const left = (this.perClient.get(conversation.client) ?? 1) - 1;
    if (left > 0) this.perClient.set(conversation.client, left);
    else this.perClient.delete(conversation.client);
  }

  private isIdle(conversation: DirectLineConversation): boolean {
    return this.now() - conversation.lastUsed > this.options.idleSeconds * 1000;
  }
}

/** A random Direct Line user id (`dl_…`), the form Azure's Direct Line uses too. */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
