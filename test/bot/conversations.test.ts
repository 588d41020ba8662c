import assert from 'node:assert/strict';
import type { CareerBotApp } from '../../src/index';
import { answerStart, Conversation, messageText, recognizerTrace, sharedApp, testApp } from '../helpers/app';
import { runTable } from './run-table';
import { INFORMAL_DE, tables } from './tables';

describe('conversations (TestAdapter)', () => {
  let app: CareerBotApp;
  before(async () => {
    app = await sharedApp();
  });

  for (const [name, turns] of Object.entries(tables)) {
    it(name, async () => {
      await runTable(app, turns);
    });
  }

  it('every knowledge answer ends with 2 to 4 follow-up topics and the two rating buttons', async () => {
    const conversation = new Conversation(app);
    for (const q of ['Was ist ein Backend Developer?', 'What does a backend developer earn?', 'Bewerbung als Backend Developer']) {
      const titles = ((await conversation.say(q)).find((r) => r.type === 'message')?.suggestedActions?.actions ?? []).map((a) => a.title ?? '');
      const ratings = titles.filter((t) => /^👍|^👎/u.test(t));
      assert.equal(ratings.length, 2, `${q}: ${titles.join(' | ')}`);
      const topics = titles.length - ratings.length;
      assert.ok(topics >= 2 && topics <= 4, `${q}: ${titles.join(' | ')}`);
    }
  });

  it('welcomes a user who joins, in the language of the client locale', async () => {
    for (const [locale, expected] of [['de-DE', 'Hallo! Ich bin der Karriere-Bot'], ['en-GB', "Hi! I'm the career bot"]] as const) {
      const conversation = new Conversation(app, locale);
      const replies = await conversation.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }], recipient: { id: 'bot', name: 'bot' }, locale });
      assert.ok(messageText(replies).includes(expected), messageText(replies));
    }
  });

  it('with DEFAULT_ADDRESS=formal, welcomes with "Sie" and keeps it until the visitor writes "du"', async () => {
    const formalApp = await testApp({ DEFAULT_ADDRESS: 'formal' });
    try {
      const conversation = new Conversation(formalApp, 'de-DE');
      const welcome = messageText(await conversation.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }], recipient: { id: 'bot', name: 'bot' }, locale: 'de-DE' }));
      assert.ok(welcome.includes('Fragen Sie mich zu IT-Berufen') && !INFORMAL_DE.test(welcome), welcome);
      const pay = messageText(await conversation.say('Was verdient ein Backend Developer?'));
      assert.ok(pay.includes(answerStart('backend-developer', 'salary', 'de', 'formal')) && !INFORMAL_DE.test(pay), pay);
      const duties = messageText(await conversation.say('kannst du mir sagen, was ein Backend Developer macht?'));
      assert.ok(duties.includes(answerStart('backend-developer', 'duties', 'de')), duties);
    } finally {
      await formalApp.close();
    }
  });

  it('does not welcome the bot itself joining', async () => {
    const replies = await new Conversation(app).say({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'bot' }], recipient: { id: 'bot', name: 'bot' } });
    assert.equal(messageText(replies), '');
  });

  it('ignores activity types it has no use for without failing', async () => {
    const replies = await new Conversation(app).say({ type: 'typing' });
    assert.equal(replies.filter((r) => r.type === 'message').length, 0);
  });

  it('cuts very long text before recognition and still answers', async () => {
    const long = 'Was verdient ein Backend Developer? ' + 'x'.repeat(100_000);
    const replies = await new Conversation(app).say(long);
    const trace = recognizerTrace(replies);
    assert.ok(trace.text.length <= 1000, `recognised ${trace.text.length} characters`);
    assert.ok(messageText(replies).includes('47.700 €'));
  });
});
