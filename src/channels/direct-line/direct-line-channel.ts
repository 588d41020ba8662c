import { ActivityTypes, type Activity, type ChannelAccount } from 'botbuilder';
import type { ConversationStore, DirectLineConversation } from './conversation-store';
import { DirectLineError } from './errors';
import type { TokenGrant, TokenStore } from './token-store';

/** Runs one turn of the bot on an activity and resolves with what the bot sent, once it is stored. */
export type RunTurn = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/** What the Direct Line channel needs from the composition root. */
export interface DirectLineChannelDeps {
  runTurn: RunTurn;
  tokens: TokenStore;
  conversations: ConversationStore;
  bot: { id: string; name: string };
  /** Locale of the greeting turn (the widget's own locale). */
  locale: string;
  /** Longer message texts are refused with 413. */
  maxMessageChars: number;
}

/** The `channelId` the bot sees for these conversations (as Azure's Direct Line gives Web Chat's). */
const CHANNEL_ID = 'webchat';

/** The answer to token generation, refresh and conversation start, as in Direct Line 3.0. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  /** WebSocket URL streaming the conversation's activities (set by the HTTP layer, which knows the host). */
  streamUrl?: string;
}

/** A batch of activities and the watermark after them, as polled or streamed. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  watermark: string;
}

/** Receives a conversation's new activities as they are added. */
export type ActivityListener = (set: ActivitySet) => void;

// What a client may set on an activity it posts; everything else (from, conversation, ids) is the server's.
const CLIENT_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing]);
const MAX_NAME_CHARS = 100;
const MAX_ATTACHMENTS = 10;
const MAX_VALUE_CHARS = 4096;
/** Client activity ids remembered per conversation, for recognising a resent message. */
const MAX_CLIENT_IDS = 100;

/**
 * A self-hosted subset of Direct Line 3.0 that runs the bot in-process: tokens bound to one conversation,
 * the user's own activity echoed back with an id (Web Chat needs it to mark a message as sent), the bot's
 * replies kept for polling by watermark. Transport-free: the HTTP routes translate requests to these calls.
 */
export class DirectLineChannel {
  private readonly listeners = new Map<string, Set<ActivityListener>>();

  constructor(private readonly deps: DirectLineChannelDeps) {}

  /** `tokens/generate`: a new conversation and a token for it; `client` (e.g. its IP) counts against its own cap. */
  generate(client = 'unknown'): ConversationGrant & { userId: string } {
    const conversation = this.deps.conversations.create(client);
    if (!conversation) throw new DirectLineError('DIRECTLINE_UNAVAILABLE', 'too many open conversations; please try again in a few minutes');
    const { token, expiresIn } = this.deps.tokens.issue(conversation.id, conversation.userId);
    return { conversationId: conversation.id, token, expires_in: expiresIn, userId: conversation.userId };
  }

  /** Checks an `Authorization: Bearer <token>` header. */
  authorize(header: string | undefined): TokenGrant {
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!token) throw new DirectLineError('DIRECTLINE_TOKEN_MISSING', 'send the token as "Authorization: Bearer <token>"');
    const grant = this.deps.tokens.verify(token);
    if (!grant) throw new DirectLineError('DIRECTLINE_TOKEN_INVALID', 'the token is unknown or expired; get a new one');
    return grant;
  }

  /** `tokens/refresh`: a fresh token for the same conversation (the store keeps only a few per conversation). */
  refresh(grant: TokenGrant): ConversationGrant {
    this.conversation(grant, grant.conversationId);
    const { token, expiresIn } = this.deps.tokens.issue(grant.conversationId, grant.userId);
    return { conversationId: grant.conversationId, token, expires_in: expiresIn };
  }

  /**
   * `POST /conversations`: connects the client to its token's conversation. The first time, the bot gets
   * the user's conversationUpdate and greets; a reconnect is not greeted twice.
   */
  async start(grant: TokenGrant, token: string): Promise<ConversationGrant> {
    const conversation = this.conversation(grant, grant.conversationId);
    if (!conversation.started) {
      const user: ChannelAccount = { id: conversation.userId, name: '', role: 'user' };
      await this.turn(conversation, { type: ActivityTypes.ConversationUpdate, membersAdded: [user], from: user, locale: this.deps.locale });
      // Only now: if the greeting turn failed, the client's retry is greeted.
      conversation.started = true;
    }
    return { conversationId: conversation.id, token, expires_in: Math.max(0, Math.round((grant.expiresAt - Date.now()) / 1000)) };
  }

  /** `POST /conversations/{id}/activities`: echoes the activity, runs the bot's turn, resolves with the echo's id. */
  async post(grant: TokenGrant, conversationId: string, body: unknown): Promise<{ id: string }> {
    const conversation = this.conversation(grant, conversationId);
    const incoming = this.clientActivity(conversation, body);
    // Typing indicators are not kept or shown; the bot has nothing to say to them.
    if (incoming.type === ActivityTypes.Typing) return { id: `${conversation.id}|typing` };
    // Web Chat resends a message whose POST failed, with the same clientActivityID: show it once, answer it once.
    const clientId = (incoming.channelData as { clientActivityID?: string }).clientActivityID;
    const earlier = clientId ? conversation.clientActivities.get(clientId) : undefined;
    if (earlier?.answered) return { id: earlier.id };
    const id = earlier?.id ?? this.append(conversation, incoming);
    if (clientId) rememberClientActivity(conversation, clientId, id);
    await this.turn(conversation, { ...incoming, id });
    if (clientId) conversation.clientActivities.set(clientId, { id, answered: true });
    return { id };
  }

  /** `GET /conversations/{id}/activities?watermark=`: what happened since the watermark. */
  activities(grant: TokenGrant, conversationId: string, watermark: string | undefined): ActivitySet {
    const conversation = this.conversation(grant, conversationId);
    return this.deps.conversations.since(conversation, parseWatermark(watermark));
  }

  /**
   * The WebSocket stream: sends what happened since `watermark` at once, then every new activity as it is
   * added. Returns the function that stops it.
   */
  subscribe(grant: TokenGrant, conversationId: string, watermark: string | undefined, listener: ActivityListener): () => void {
    const conversation = this.conversation(grant, conversationId);
    const backlog = this.deps.conversations.since(conversation, parseWatermark(watermark));
    if (backlog.activities.length > 0) listener(backlog);
    const set = this.listeners.get(conversationId) ?? new Set();
    this.listeners.set(conversationId, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversationId) === set) this.listeners.delete(conversationId);
    };
  }

  /** Throws the DirectLineError a request with this grant for this conversation would get, if any. */
  checkAccess(grant: TokenGrant, conversationId: string): void {
    this.conversation(grant, conversationId);
  }

  /** Keeps a conversation with an open stream from expiring; false once it has expired after all. */
  touch(conversationId: string): boolean {
    return this.deps.conversations.use(conversationId) !== undefined;
  }

  /** Drops idle conversations and their tokens; called periodically. */
  sweep(): void {
    for (const id of this.deps.conversations.sweep()) this.deps.tokens.revokeConversation(id);
    this.deps.tokens.sweep();
  }

  private conversation(grant: TokenGrant, conversationId: string): DirectLineConversation {
    if (grant.conversationId !== conversationId) throw new DirectLineError('DIRECTLINE_FORBIDDEN', 'this token belongs to another conversation');
    const conversation = this.deps.conversations.use(conversationId);
    if (!conversation) throw new DirectLineError('DIRECTLINE_NOT_FOUND', 'the conversation has expired; start a new one');
    return conversation;
  }

  // Runs the bot and keeps its replies for the client (trace activities are for the Emulator only).
  private async turn(conversation: DirectLineConversation, activity: Partial<Activity>): Promise<void> {
    const botAccount: ChannelAccount = { ...this.deps.bot, role: 'bot' };
    let replies: Partial<Activity>[];
    try {
      replies = await this.deps.runTurn({
        ...activity,
        channelId: CHANNEL_ID,
        serviceUrl: 'urn:career-bot:direct-line',
        conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
        recipient: botAccount,
        timestamp: new Date(),
      });
    } catch (err) {
      throw new DirectLineError('DIRECTLINE_UNAVAILABLE', 'the message could not be processed or stored; please send it again', { cause: err });
    }
    for (const reply of replies) {
      if (reply.type === ActivityTypes.Trace) continue;
      this.append(conversation, { ...reply, from: botAccount, conversation: { id: conversation.id } as Activity['conversation'], timestamp: new Date() });
    }
  }

  private append(conversation: DirectLineConversation, activity: Partial<Activity>): string {
    const { id, seq } = this.deps.conversations.append(conversation, activity);
    const listeners = this.listeners.get(conversation.id);
    if (listeners) {
      const set = this.deps.conversations.since(conversation, seq);
      for (const listener of listeners) listener(set);
    }
    return id;
  }

  // Only what a client may decide survives; identity, conversation and ids are set from the token.
  private clientActivity(conversation: DirectLineConversation, body: unknown): Partial<Activity> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DirectLineError('DIRECTLINE_BAD_ACTIVITY', 'the body must be a JSON activity object');
    }
    const b = body as Record<string, unknown>;
    if (typeof b.type !== 'string' || !CLIENT_TYPES.has(b.type)) {
      throw new DirectLineError('DIRECTLINE_BAD_ACTIVITY', `"type" must be one of ${[...CLIENT_TYPES].join(', ')}`);
    }
    if (b.text !== undefined && typeof b.text !== 'string') throw new DirectLineError('DIRECTLINE_BAD_ACTIVITY', '"text" must be a string');
    const text = b.text as string | undefined;
    if (text !== undefined && text.length > this.deps.maxMessageChars) {
      throw new DirectLineError('DIRECTLINE_TOO_LARGE', `the message is longer than ${this.deps.maxMessageChars} characters; please shorten it`);
    }
    const from = b.from as { name?: unknown } | undefined;
    const channelData = b.channelData as { clientActivityID?: unknown; clientTimestamp?: unknown } | undefined;
    const attachments = Array.isArray(b.attachments) ? b.attachments.slice(0, MAX_ATTACHMENTS) : undefined;
    // Card buttons send small values; anything big would only sit in memory with the conversation.
    if (b.value !== undefined && JSON.stringify(b.value).length > MAX_VALUE_CHARS) {
      throw new DirectLineError('DIRECTLINE_TOO_LARGE', `"value" is larger than ${MAX_VALUE_CHARS} characters of JSON`);
    }
    return {
      type: b.type,
      ...(text !== undefined && { text }),
      ...(typeof b.textFormat === 'string' && { textFormat: b.textFormat }),
      ...(typeof b.locale === 'string' && b.locale.length <= 35 && { locale: b.locale }),
      ...(typeof b.name === 'string' && { name: b.name.slice(0, MAX_NAME_CHARS) }),
      ...(b.value !== undefined && { value: b.value }),
      ...(attachments && {
        attachments: attachments.map((a) => ({
          contentType: typeof a?.contentType === 'string' ? a.contentType : 'application/octet-stream',
          ...(typeof a?.name === 'string' && { name: a.name.slice(0, MAX_NAME_CHARS) }),
        })),
      }),
      from: { id: conversation.userId, name: typeof from?.name === 'string' ? from.name.slice(0, MAX_NAME_CHARS) : '', role: 'user' },
      channelData: {
        ...(typeof channelData?.clientActivityID === 'string' && { clientActivityID: channelData.clientActivityID.slice(0, MAX_NAME_CHARS) }),
        ...(typeof channelData?.clientTimestamp === 'string' && { clientTimestamp: channelData.clientTimestamp.slice(0, MAX_NAME_CHARS) }),
      },
      timestamp: new Date(),
    };
  }
}

function rememberClientActivity(conversation: DirectLineConversation, clientId: string, id: string): void {
  conversation.clientActivities.set(clientId, { id, answered: false });
  if (conversation.clientActivities.size > MAX_CLIENT_IDS) conversation.clientActivities.delete(conversation.clientActivities.keys().next().value!);
}

function parseWatermark(watermark: string | undefined): number | undefined {
  if (watermark === undefined || watermark === '') return undefined;
  const from = Number(watermark);
  if (!(Number.isInteger(from) && from >= 0)) throw new DirectLineError('DIRECTLINE_BAD_ACTIVITY', 'watermark must be a value this endpoint returned earlier');
  return from;
}
