import { ActionTypes, ActivityTypes, InputHints, MessageFactory, type Activity, type Attachment } from 'botbuilder';
import { extend } from '../extend';
import { LOCALES } from '../language';
import type { Reply, Suggestion } from '../answers';

/**
 * The message activity every renderer sends: the text in the reply's locale, optional attachments, and
 * optional suggestions as imBack suggested actions (clicking sends the value back as the user's message).
 */
export function replyMessage(reply: Reply, text: string, options: { attachments?: Attachment[]; suggestions?: readonly Suggestion[] } = {}): Partial<Activity> {
  const suggestions = options.suggestions ?? [];
  const activity: Partial<Activity> =
    suggestions.length > 0
      ? MessageFactory.suggestedActions(suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s.title, value: s.value })), text)
      : MessageFactory.text(text);
  const attachments = options.attachments && options.attachments.length > 0 ? options.attachments : undefined;
  return extend(activity, { type: ActivityTypes.Message, locale: LOCALES[reply.language], inputHint: InputHints.AcceptingInput, ...(attachments && { attachments }) });
}
