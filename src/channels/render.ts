import { ActionTypes, ActivityTypes, InputHints, MessageFactory, type Activity } from 'botbuilder';
import { LOCALES } from '../language';
import type { Reply } from '../answers';
import { comparisonCard } from './adaptive-cards';
import { slackReply } from './slack/reply';

/** Turns a channel-neutral reply into activities for the channel of the incoming activity. */
export interface ChannelRenderer {
  render(reply: Reply, channelId?: string): Partial<Activity>[];
}

/** Bot Framework channels that render Adaptive Cards. */
const CARD_CHANNELS = new Set(['webchat', 'directline', 'msteams', 'emulator']);

/**
 * Default rendering for Web Chat, the Emulator and other Bot Framework channels: the text, the locale and
 * suggestions as imBack buttons (clicking sends the value back as the user's message). A comparison is added
 * as a side-by-side Adaptive Card where the channel shows cards; the text always says everything too.
 */
export const defaultRenderer: ChannelRenderer = {
  render(reply, channelId) {
    // Slack (direct or through Azure Bot Service) shows Block Kit, not suggested actions or Adaptive Cards.
    if (channelId === 'slack') return [slackReply(reply)];
    const card = reply.comparison && channelId && CARD_CHANNELS.has(channelId) ? comparisonCard(reply.comparison, reply.text) : undefined;
    // With a card, the text is its one-line summary (the card's fallbackText has all of it), so nothing shows twice.
    const text = card ? reply.text.split('\n\n')[0] : reply.text;
    const activity: Partial<Activity> =
      reply.suggestions.length > 0
        ? MessageFactory.suggestedActions(reply.suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })), text)
        : MessageFactory.text(text);
    const attachments = card ? [card] : undefined;
    return [{ ...activity, type: ActivityTypes.Message, locale: LOCALES[reply.language], inputHint: InputHints.AcceptingInput, ...(attachments && { attachments }) }];
  },
};
