import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../log';
import { slackMessage, toMrkdwn, type SlackBlock, type SlackMessage } from './blocks';
import { addressOf, conversationId, plainText, SLACK_CHANNEL_ID, type SlackUserMessage } from './incoming';
import type { SlackApi, SlackIdentity } from './slack-api';

/** The Bot Framework channel id of Slack, the same as Azure Bot Service's Slack channel uses. */

/**
 * Runs the bot for Slack without Azure: a Slack user message becomes a Bot Framework message activity
 * (channel `slack`, one conversation per channel thread or direct message, the bot's mention removed, no
 * locale), goes through the middleware and the bot, and the bot's messages are posted with
 * `chat.postMessage` into the same thread as Block Kit. Trace and other non-message activities stay here.
 */
export class SlackAdapter extends BotAdapter {
  private identityCall?: Promise<SlackIdentity>;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly api: SlackApi,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** The bot's Slack user (from `auth.test`, asked once; asked again after a failure). */
  identity(): Promise<SlackIdentity> {
    this.identityCall ??= this.api.authTest().catch((err: unknown) => {
      this.identityCall = undefined;
      throw err;
    });
    return this.identityCall;
  }

  /**
   * Starts the turn for a user message in the background — Slack wants its HTTP answer within three
   * seconds, the reply follows with `chat.postMessage`. A failure is logged with its code, never thrown.
   */
  receive(message: SlackUserMessage, logic: (context: TurnContext) => Promise<void>): void {
    const turn = this.process(message, logic).catch((err: unknown) => {
      this.logger.error('slack turn failed', { code: 'SLACK_TURN_FAILED', channel: message.channel, err });
    });
    this.running.add(turn);
    void turn.finally(() => this.running.delete(turn));
  }

  /** Resolves when every turn started by `receive` so far has finished (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Runs one turn for a user message through the middleware and `logic`; the bot's own messages are skipped. */
  async process(message: SlackUserMessage, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const me = await this.identity();
    if (message.user === me.userId) return;
    const context = new TurnContext(this, toActivity(message, me));
    await this.runMiddleware(context, logic);
  }

  /** @inheritdoc */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const content = activity.type === ActivityTypes.Message ? slackContent(activity) : undefined;
      if (!content) {
        // Traces (the RecognizerResult) and typing indicators have no place in a Slack channel.
        responses.push({ id: randomUUID() });
        continue;
      }
      const address = addressOf(activity.conversation?.id ?? context.activity.conversation.id);
      const { ts } = await this.api.postMessage({ channel: address.channel, thread_ts: address.threadTs, ...content });
      responses.push({ id: ts });
    }
    return responses;
  }

  /** @inheritdoc */
  async updateActivity(): Promise<void> {
    throw new Error('SlackAdapter does not update messages');
  }

  /** @inheritdoc */
  async deleteActivity(): Promise<void> {
    throw new Error('SlackAdapter does not delete messages');
  }

  /** Runs `logic` in an existing conversation (a proactive message): what it sends is posted there. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity as Activity), logic);
  }
}

function toActivity(message: SlackUserMessage, me: SlackIdentity): Activity {
  const attachments = message.files.map((f) => ({ contentType: f.mimetype ?? 'application/octet-stream', name: f.name }));
  return {
    type: ActivityTypes.Message,
    id: message.ts,
    timestamp: new Date(Number(message.ts) * 1000),
    channelId: SLACK_CHANNEL_ID,
    conversation: {
      id: conversationId(message),
      isGroup: !message.isDirect,
      conversationType: message.isDirect ? 'personal' : 'channel',
      tenantId: message.team,
      name: '',
    },
    from: { id: message.user, name: message.user, role: 'user' },
    recipient: { id: me.userId, name: me.userId, role: 'bot' },
    text: plainText(message.text, me.userId),
    ...(attachments.length > 0 && { attachments }),
    channelData: { team: message.team, channel: message.channel, ts: message.ts, thread_ts: message.threadTs, source: message.source },
  } as Activity;
}

// The renderer's Block Kit (channelData.blocks) if present, else the text and suggested actions converted.
function slackContent(activity: Partial<Activity>): SlackMessage | undefined {
  const data = activity.channelData as { text?: unknown; blocks?: unknown } | undefined;
  if (Array.isArray(data?.blocks) && data.blocks.length > 0) {
    return { text: typeof data.text === 'string' ? data.text : toMrkdwn(activity.text ?? ''), blocks: data.blocks as SlackBlock[] };
  }
  const choices = (activity.suggestedActions?.actions ?? []).map((a) => ({ title: a.title ?? String(a.value), value: String(a.value) }));
  if (!activity.text && choices.length === 0) return undefined;
  return slackMessage(activity.text ?? '', choices);
}
