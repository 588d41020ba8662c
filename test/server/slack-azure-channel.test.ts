import assert from 'node:assert/strict';
import { serveApp } from '../helpers/app';

interface Reply {
  type: string;
  text?: string;
  locale?: string;
  suggestedActions?: unknown;
  attachments?: unknown[];
  channelData?: { text?: string; blocks?: { type: string; text?: { type: string; text: string }; elements?: { type: string; text: { text: string }; value: string }[] }[] };
}

/**
 * Azure Bot Service's Slack channel: activities with channelId `slack` arrive on /api/messages; the
 * answer carries Slack Block Kit in channelData and no suggested actions (Slack has none).
 */
describe('Azure Bot Service Slack channel: channelId slack on /api/messages', () => {
  const served = serveApp();

  const ask = async (text: string, conversation: string): Promise<Reply[]> => {
    const res = await fetch(`${served.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m-${Math.random()}`,
        text,
        channelId: 'slack',
        serviceUrl: 'https://slack.botframework.com/',
        deliveryMode: 'expectReplies',
        // Azure's Slack conversation and user ids have this shape (bot:team:channel, user:team).
        conversation: { id: `B01:T01:${conversation}`, isGroup: true },
        from: { id: 'U01:T01', name: 'jane' },
        recipient: { id: 'B01:T01', name: 'careerbot' },
        channelData: { SlackMessage: { type: 'event_callback', event: { type: 'app_mention', text } }, ApiToken: 'unused' },
      }),
    });
    assert.equal(res.status, 200);
    return ((await res.json()) as { activities: Reply[] }).activities.filter((a) => a.type === 'message');
  };

  it('renders the answer as Block Kit in channelData: mrkdwn sections, topic buttons, text fallback', async () => {
    const [message] = await ask('Was verdient ein Backend Developer?', 'C01');
    assert.match(message.text ?? '', /47\.700 €/);
    assert.equal(message.locale, 'de-DE');
    assert.equal(message.suggestedActions, undefined, 'no suggested actions on Slack');
    const blocks = message.channelData?.blocks ?? [];
    const section = blocks.find((b) => b.type === 'section')!;
    assert.equal(section.text?.type, 'mrkdwn');
    assert.match(section.text?.text ?? '', /47\.700 €/);
    const buttons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
    assert.deepEqual(buttons.map((b) => b.value), ['Arbeitgeber', 'Berufsaussichten', 'Jobs', '👍 Hilfreich', '👎 Nicht hilfreich']);
    assert.match(message.channelData?.text ?? '', /47\.700 €/, 'fallback text for notifications');
  });

  it('reads Slack markup in the text as plain words (mentions, escaped characters)', async () => {
    const [message] = await ask('<@U0BOT> Was verdient ein Backend Developer &amp; was ein Frontend Developer? &lt;3', 'C03');
    const answer = message.text ?? '';
    assert.match(answer, /47\.700 €/);
    assert.doesNotMatch(answer, /&amp;|&lt;|<@/);
  });

  it('writes links in Slack form and shows comparisons as text, without an Adaptive Card', async () => {
    const [message] = await ask('Wer verdient mehr, Backend oder Frontend Developer?', 'C02');
    assert.equal(message.attachments, undefined);
    const text = (message.channelData?.blocks ?? []).filter((b) => b.type === 'section').map((b) => b.text!.text).join('\n');
    assert.match(text, /47\.700 €[\s\S]*53\.424 €/);
    assert.match(text, /<https:\/\/www\.cio\.de\/[^|>]+\|CIO\.de: [^>]+>/, 'markdown links become <url|label>');
    assert.doesNotMatch(text, /\]\(https?:/, 'no markdown links left');
    assert.match(text, /^• /m, 'list dashes become bullets');
  });
});
