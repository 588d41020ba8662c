import type { Activity } from 'botbuilder';
import type { Reply } from '../answers';
import { replyCards } from './card-replies';
import { replyMessage } from './message';
import { SLACK_CHANNEL_ID } from './slack/incoming';
import { slackReply } from './slack/reply';
import { teamsRenderer } from './teams';

/** Turns a channel-neutral reply into activities for the channel of the incoming activity. */
export interface ChannelRenderer {
  render(reply: Reply, channelId?: string): Partial<Activity>[];
}

/** Channels without a renderer of their own: the full text, suggestions as imBack suggested actions. */
export const textRenderer: ChannelRenderer = {
  render: (reply) => [replyMessage(reply, reply.text, { suggestions: reply.suggestions })],
};

/**
 * Web Chat, Direct Line and the Emulator: knowledge answers and comparisons as Adaptive Cards beside a short
 * text (which still names every figure), suggestions as suggested actions.
 */
export const webChatRenderer: ChannelRenderer = {
  render(reply) {
    const cards = replyCards(reply);
    return [replyMessage(reply, cards?.text ?? reply.text, { attachments: cards?.attachments, suggestions: reply.suggestions })];
  },
};

/** Slack (direct or through Azure Bot Service): Block Kit, not suggested actions or Adaptive Cards. */
const slackRenderer: ChannelRenderer = {
  render: (reply) => [slackReply(reply)],
};

const RENDERERS: Readonly<Record<string, ChannelRenderer>> = Object.freeze({
  msteams: teamsRenderer,
  [SLACK_CHANNEL_ID]: slackRenderer,
  webchat: webChatRenderer,
  directline: webChatRenderer,
  emulator: webChatRenderer,
});

/** Picks the renderer by the incoming activity's `channelId`; unknown channels get plain text. */
export const defaultRenderer: ChannelRenderer = {
  render: (reply, channelId) => (RENDERERS[channelId ?? ''] ?? textRenderer).render(reply, channelId),
};
