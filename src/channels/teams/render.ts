import type { Reply, Suggestion } from '../../answers';
import { buttonsCard, type CardAction } from '../adaptive-cards';
import { replyCards } from '../card-replies';
import { replyMessage } from '../message';
import type { ChannelRenderer } from '../render';

/**
 * A suggestion as a Teams card button. `messageBack` sends `text` to the bot like a typed message (in
 * channels too, where the bot otherwise only hears @mentions) and shows `displayText` in the chat as the
 * user's words; `value.text` carries the same for clients that only pass the submit data on.
 */
export function teamsButton(s: Suggestion): CardAction {
  // Teams expects messageBack's value as a JSON string and hands it to the bot parsed, as `activity.value`.
  return { type: 'Action.Submit', title: s.title, data: { msteams: { type: 'messageBack', text: s.value, displayText: s.title, value: JSON.stringify({ text: s.value }) } } };
}

/**
 * Microsoft Teams: knowledge answers and comparisons as Adaptive Cards beside a short text that names every
 * figure; follow-ups as card buttons on every reply that has them, because Teams shows suggested actions only
 * in personal chats.
 */
export const teamsRenderer: ChannelRenderer = {
  render(reply: Reply) {
    const actions = reply.suggestions.map(teamsButton);
    const cards = replyCards(reply, actions) ?? { text: reply.text, attachments: actions.length > 0 ? [buttonsCard(reply.text, actions)] : [] };
    return [replyMessage(reply, cards.text, { attachments: cards.attachments })];
  },
};
