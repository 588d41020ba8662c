import { CardFactory, type Attachment } from 'botbuilder';
import type { Comparison, TopicAnswer } from '../answers';

/** Highest Adaptive Card version Teams renders; Web Chat renders it too. */
export const CARD_VERSION = '1.5';

/** An Adaptive Card action (e.g. an `Action.Submit`); channels build their own, the card builders place them. */
export type CardAction = Record<string, unknown>;

type Element = Record<string, unknown>;

// Teams shows at most six actions per set; five leave room and fit a phone's width in two rows.
const ACTIONS_PER_SET = 5;

function card(body: Element[], fallbackText: string, actions: readonly CardAction[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    fallbackText,
    body: [...body, ...actionSets(actions, body.length > 0)],
  });
}

// Actions as ActionSets in the body, in groups a host shows in full (a card's top-level actions are capped).
function actionSets(actions: readonly CardAction[], belowContent: boolean): Element[] {
  const sets: Element[] = [];
  for (let i = 0; i < actions.length; i += ACTIONS_PER_SET) {
    sets.push({ type: 'ActionSet', actions: actions.slice(i, i + ACTIONS_PER_SET), ...(i === 0 && belowContent && { separator: true, spacing: 'Medium' }) });
  }
  return sets;
}

/**
 * A knowledge answer as an Adaptive Card: title (occupation and topic), the answer, each figure as a fact
 * list (amount, region, year, source with its date), then the sources with links and dates. Its fallback text
 * says all of that in prose for clients that cannot render cards; `actions` become buttons below.
 */
export function answerCard(answer: TopicAnswer, actions: readonly CardAction[] = []): Attachment {
  const body: Element[] = [
    { type: 'TextBlock', text: answer.title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
    ...(answer.note ? [{ type: 'TextBlock', text: answer.note, wrap: true, isSubtle: true }] : []),
    { type: 'TextBlock', text: answer.body, wrap: true },
    ...answer.figures.map((f) => ({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: `${f.label}: ${f.value}`, weight: 'Bolder', wrap: true },
        { type: 'FactSet', spacing: 'Small', facts: f.facts },
      ],
    })),
    { type: 'TextBlock', text: answer.sourcesLabel, weight: 'Bolder', wrap: true, separator: true, spacing: 'Medium' },
    ...answer.sources.map((s) => ({
      type: 'TextBlock',
      // Markdown links: Teams and Web Chat show the title as a link.
      text: `${s.url ? `[${s.title}](${s.url})` : s.title}, ${s.date}`,
      wrap: true,
      size: 'Small',
      spacing: 'Small',
    })),
  ];
  return card(body, answerText(answer), actions);
}

// Everything the card shows, as plain text: the answer names its figures, so the fact lists add nothing.
function answerText(answer: TopicAnswer): string {
  const sources = answer.sources.map((s) => `${s.title}${s.url ? ` (${s.url})` : ''}, ${s.date}`).join('; ');
  return [...(answer.note ? [answer.note] : []), answer.body, `${answer.sourcesLabel}: ${sources}`].join('\n\n');
}

/**
 * Occupations side by side as an Adaptive Card: one column per occupation with its lines and sources.
 * `fallbackText` carries the plain text for clients that cannot render cards; `actions` become buttons below.
 */
export function comparisonCard(comparison: Comparison, fallbackText: string, actions: readonly CardAction[] = []): Attachment {
  const body: Element[] = [
    { type: 'TextBlock', text: comparison.topic, weight: 'Bolder', size: 'Medium', wrap: true },
    ...(comparison.note ? [{ type: 'TextBlock', text: comparison.note, wrap: true, isSubtle: true }] : []),
    {
      type: 'ColumnSet',
      columns: comparison.columns.map((c) => ({
        type: 'Column',
        width: 'stretch',
        items: [
          { type: 'TextBlock', text: c.title, weight: 'Bolder', wrap: true },
          ...c.lines.map((line) => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
          ...(c.sources ? [{ type: 'TextBlock', text: c.sources, wrap: true, size: 'Small', isSubtle: true, spacing: 'Medium' }] : []),
        ],
      })),
    },
    ...(comparison.caveat ? [{ type: 'TextBlock', text: comparison.caveat, wrap: true, size: 'Small', isSubtle: true }] : []),
  ];
  return card(body, fallbackText, actions);
}

/** A card that is only buttons, for a plain-text reply on a channel where suggested actions do not show. */
export function buttonsCard(fallbackText: string, actions: readonly CardAction[]): Attachment {
  return card([], fallbackText, actions);
}
