import assert from 'node:assert/strict';
import type { Attachment } from 'botbuilder';
import type { CareerBotApp } from '../../src/index';
import { Conversation, messageText, sharedApp } from '../helpers/app';

interface Card {
  version: string;
  fallbackText: string;
  body: { type: string; text?: string; columns?: { items: { text: string }[] }[] }[];
}

describe('channel rendering of comparisons', () => {
  let app: CareerBotApp;
  before(async () => {
    app = await sharedApp();
  });
  const ask = async (channelId: string): Promise<{ text: string; attachments: Attachment[] }> => {
    const conversation = new Conversation(app);
    const replies = await conversation.say({ type: 'message', text: 'Wer verdient mehr, Backend oder Frontend Developer?', channelId });
    const message = replies.find((r) => r.type === 'message')!;
    return { text: messageText(replies), attachments: message.attachments ?? [] };
  };

  for (const channelId of ['webchat', 'msteams', 'emulator']) {
    it(`${channelId}: a side-by-side Adaptive Card (version 1.5) with a text summary`, async () => {
      const { text, attachments } = await ask(channelId);
      assert.equal(attachments.length, 1);
      assert.equal(attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
      const card = attachments[0].content as Card;
      assert.equal(card.version, '1.5');
      const columns = card.body.find((b) => b.type === 'ColumnSet')!.columns!;
      assert.deepEqual(columns.map((c) => c.items[0].text), ['Backend Developer', 'Frontend Developer']);
      assert.ok(columns[0].items.some((i) => i.text.includes('47.700 €')), 'Backend pay in its column');
      assert.ok(columns[1].items.some((i) => i.text.includes('53.424 €')), 'Frontend pay in its column');
      assert.match(text, /im Vergleich – Gehalt/);
      assert.match(card.fallbackText, /47\.700 €[\s\S]*53\.424 €/, 'the fallback text has everything');
    });
  }

  for (const channelId of ['slack', 'test', 'terminal']) {
    it(`${channelId}: plain text with every figure, no card`, async () => {
      const { text, attachments } = await ask(channelId);
      assert.equal(attachments.length, 0);
      assert.match(text, /47\.700 €[\s\S]*53\.424 €/);
    });
  }
});
