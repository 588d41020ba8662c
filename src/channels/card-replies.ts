import type { Attachment } from 'botbuilder';
import type { Reply } from '../answers';
import { answerCard, comparisonCard, type CardAction } from './adaptive-cards';

/** Comparisons up to this many occupations carry their whole text as the card's fallback. */
const FULL_FALLBACK_COLUMNS = 3;

/**
 * The cards of a reply, for every channel that shows Adaptive Cards: one per knowledge answer, or the
 * comparison. The text beside them is short — each answer's title and figures, or the comparison's first
 * line — because the cards say the rest. `actions` go on the last card. Undefined when the reply has no card.
 */
export function replyCards(reply: Reply, actions: readonly CardAction[] = []): { text: string; attachments: Attachment[] } | undefined {
  const answers = reply.answers ?? [];
  if (answers.length > 0) {
    return {
      text: answers.map((a) => a.summary).join('\n\n'),
      attachments: answers.map((a, i) => answerCard(a, i === answers.length - 1 ? actions : [])),
    };
  }
  if (reply.comparison) {
    const summary = reply.comparison.header;
    // The card repeats every figure; with many columns the full text as fallback would double a message
    // towards Teams' size limit (413 MessageSizeTooBig), so wide comparisons fall back to the summary.
    const fallback = reply.comparison.columns.length <= FULL_FALLBACK_COLUMNS ? reply.text : summary;
    return { text: summary, attachments: [comparisonCard(reply.comparison, fallback, actions)] };
  }
  return undefined;
}
