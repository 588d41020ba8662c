import { CardFactory, type Attachment } from 'botbuilder';
import type { Comparison } from '../answers';

/** Highest Adaptive Card version Teams renders; Web Chat renders it too. */
export const CARD_VERSION = '1.5';

/**
 * Occupations side by side as an Adaptive Card: one column per occupation with its lines and sources.
 * `fallbackText` carries the plain text for clients that cannot render cards.
 */
export function comparisonCard(comparison: Comparison, fallbackText: string): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    fallbackText,
    body: [
      { type: 'TextBlock', text: comparison.topic, weight: 'Bolder', size: 'Medium', wrap: true },
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
    ],
  });
}
