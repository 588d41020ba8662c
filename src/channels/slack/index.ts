export { slackMessage, toMrkdwn, escapeSlack, splitMrkdwn, SLACK_LIMITS, type SlackBlock, type SlackMessage } from './blocks';
export { slackReply } from './reply';
export { messageFromEvent, messageFromAction, plainText, conversationId, addressOf, SLACK_CHANNEL_ID, type SlackUserMessage } from './incoming';
export { signatureProblem, slackSignature, MAX_SIGNATURE_AGE_SECONDS } from './signature';
export { RecentIds } from './recent-ids';
export { createSlackApi, type SlackApi, type SlackIdentity } from './slack-api';
export { SlackAdapter } from './slack-adapter';
