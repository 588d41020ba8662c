import { ActionTypes, ActivityTypes, InputHints, MessageFactory, type Activity } from 'botbuilder';
import { LOCALES } from '../language';
import type { Reply } from '../answers';

/** Turns a channel-neutral reply into activities for one channel. */
export interface ChannelRenderer {
  render(reply: Reply): Partial<Activity>[];
}

/**
 * Default rendering for Web Chat, the Emulator and other Bot Framework channels: the text, the locale and
 * suggestions as imBack buttons (clicking sends the value back as the user's message).
 */
export const defaultRenderer: ChannelRenderer = {
  render(reply) {
    const activity: Partial<Activity> =
      reply.suggestions.length > 0
        ? MessageFactory.suggestedActions(
            reply.suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })),
            reply.text,
          )
        : MessageFactory.text(reply.text);
    return [{ ...activity, type: ActivityTypes.Message, locale: LOCALES[reply.language], inputHint: InputHints.AcceptingInput }];
  },
};
