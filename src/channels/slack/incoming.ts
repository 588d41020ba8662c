/**
 * What the bot takes from Slack's Events API and interactivity payloads: a user's message with where it
 * was written, or the reason it is ignored. Pure functions, no I/O.
 */

/** The `channelId` of Slack activities: the direct Slack adapter's and Azure Bot Service's Slack channel's. */
export const SLACK_CHANNEL_ID = 'slack';

/** A user's message (typed or a button click) the bot should answer. */
export interface SlackUserMessage {
  /** Slack channel id (C…, G… or D… for a direct message). */
  channel: string;
  /** The thread the answer goes to; undefined for a top-level direct message (answered top-level). */
  threadTs?: string;
  /** Slack user id of the writer. */
  user: string;
  /** The message text as Slack sent it (mentions and entities still encoded). */
  text: string;
  /** Slack's timestamp of the message (its id within the channel); the click's time for a button. */
  ts: string;
  team?: string;
  isDirect: boolean;
  /** Names and types of files shared with the message (the bot does not read them). */
  files: { name?: string; mimetype?: string }[];
  source: 'event' | 'button';
}

export type Parsed = { message: SlackUserMessage } | { ignore: string };

// Message subtypes written by a person; every other subtype (edits, deletions, joins, bots) is not a question.
const USER_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/**
 * The user message in an `event_callback` envelope: an `app_mention`, or a `message` in a direct message
 * (`channel_type: 'im'`). Bot messages, edits, deletions and other subtypes are ignored.
 * In channels every mention starts (or continues) a thread; in direct messages the conversation is the DM
 * itself, unless the user writes in a thread.
 */
export function messageFromEvent(envelope: Json): Parsed {
  const event = envelope.event;
  if (!isObject(event)) return { ignore: 'no event' };
  const type = str(event.type);
  if (type !== 'app_mention' && !(type === 'message' && event.channel_type === 'im')) return { ignore: `event ${type ?? '?'} not handled` };
  if (event.bot_id || event.subtype === 'bot_message' || event.bot_profile) return { ignore: 'bot message' };
  if (event.subtype !== undefined && !USER_SUBTYPES.has(String(event.subtype))) return { ignore: `message subtype ${String(event.subtype)}` };
  // Slack resends an edited mention as an app_mention with `edited` and no subtype: the question was answered.
  if (event.edited !== undefined) return { ignore: 'edit' };
  const channel = str(event.channel);
  const user = str(event.user);
  const ts = str(event.ts);
  if (!channel || !user || !ts) return { ignore: 'event without channel, user or ts' };
  const isDirect = event.channel_type === 'im' || channel.startsWith('D');
  const files = Array.isArray(event.files) ? event.files.filter(isObject).map((f) => ({ name: str(f.name), mimetype: str(f.mimetype) })) : [];
  return {
    message: {
      channel,
      threadTs: str(event.thread_ts) ?? (isDirect ? undefined : ts),
      user,
      text: typeof event.text === 'string' ? event.text : '',
      ts,
      team: str(envelope.team_id) ?? str(event.team),
      isDirect,
      files,
      source: 'event',
    },
  };
}

/**
 * The button click in a `block_actions` payload as a user message whose text is the button's value, in the
 * conversation of the message the button belongs to.
 */
export function messageFromAction(payload: Json): Parsed {
  if (payload.type !== 'block_actions') return { ignore: `interaction ${String(payload.type)} not handled` };
  const action = Array.isArray(payload.actions) ? payload.actions.find((a) => isObject(a) && a.type === 'button' && typeof a.value === 'string') : undefined;
  if (!isObject(action)) return { ignore: 'no button with a value' };
  const user = isObject(payload.user) ? str(payload.user.id) : undefined;
  const container = isObject(payload.container) ? payload.container : {};
  const message = isObject(payload.message) ? payload.message : {};
  const channel = (isObject(payload.channel) ? str(payload.channel.id) : undefined) ?? str(container.channel_id);
  if (!user || !channel) return { ignore: 'click without user or channel' };
  const isDirect = channel.startsWith('D');
  const messageTs = str(message.ts) ?? str(container.message_ts);
  const threadTs = str(message.thread_ts) ?? str(container.thread_ts) ?? (isDirect ? undefined : messageTs);
  return {
    message: {
      channel,
      threadTs,
      user,
      text: String(action.value),
      ts: str(action.action_ts) ?? messageTs ?? String(Date.now() / 1000),
      team: (isObject(payload.team) ? str(payload.team.id) : undefined) ?? (isObject(payload.user) ? str(payload.user.team_id) : undefined),
      isDirect,
      files: [],
      source: 'button',
    },
  };
}

/**
 * Plain words from Slack's message text: the bot's own mention removed, other mentions, channel links and
 * links reduced to what they show, `&amp;`/`&lt;`/`&gt;` decoded.
 */
export function plainText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target, label] = inner.split('|', 2);
      if (botUserId && target === `@${botUserId}`) return ' ';
      if (label) return target.startsWith('#') ? `#${label}` : label;
      // <!channel>, <!here>, <!subteam^…>: the word only. Kept as "@channel" it could come back quoted in an
      // answer and notify a whole channel.
      if (target.startsWith('!')) return target.slice(1).split('^')[0];
      return target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a conversation lives in Slack, encoded in and read back from the Bot Framework conversation id. */
export interface SlackAddress {
  channel: string;
  threadTs?: string;
}

/**
 * The conversation id: the channel, plus the thread when there is one, plus the user in a channel thread —
 * state is kept per thread and user, so one person's follow-up never continues another's question, and
 * "delete my data" in a thread deletes only the asker's.
 */
export function conversationId(address: SlackAddress & { user?: string; isDirect?: boolean }): string {
  if (!address.threadTs) return address.channel;
  return address.user && !address.isDirect ? `${address.channel}:${address.threadTs}:${address.user}` : `${address.channel}:${address.threadTs}`;
}

/** Reads a conversation id made by `conversationId` back into channel and thread (the user part is not an address). */
export function addressOf(id: string): SlackAddress {
  const [channel, threadTs] = id.split(':', 2);
  return threadTs ? { channel, threadTs } : { channel };
}
