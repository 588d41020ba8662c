import type { Activity } from 'botbuilder';
import { plainText, SLACK_CHANNEL_ID } from './slack/incoming';
import { withoutBotMention } from './teams';

/**
 * What the user typed, as plain words: the bot's @mention removed (Teams), and Slack markup (`<@U…>`,
 * `&lt;`) decoded for activities that come through Azure Bot Service's Slack channel. The direct Slack
 * adapter decodes its text itself, so only activities carrying Azure's `SlackMessage` are touched.
 */
export function incomingText(activity: Pick<Activity, 'text' | 'entities' | 'recipient' | 'channelId' | 'channelData'>): string {
  if (typeof activity.text !== 'string') return '';
  const fromAzureSlack = activity.channelId === SLACK_CHANNEL_ID && typeof activity.channelData === 'object' && activity.channelData !== null && 'SlackMessage' in activity.channelData;
  return fromAzureSlack ? plainText(activity.text, activity.recipient?.id?.split(':')[0]) : withoutBotMention(activity);
}
