import type { Activity } from 'botbuilder';
import type { Reply } from '../../answers';
import { replyMessage } from '../message';
import { slackMessage } from './blocks';

/**
 * A reply for Slack: the Block Kit message in `channelData` (`{ text, blocks }`, what Azure Bot Service's
 * Slack channel passes on to Slack, and what the direct Slack adapter posts), the follow-ups as buttons in
 * the blocks rather than suggested actions (Slack has none), and the plain text for transcripts.
 */
export function slackReply(reply: Reply): Partial<Activity> {
  return { ...replyMessage(reply, reply.text), channelData: slackMessage(reply.text, reply.suggestions) };
}
