import assert from 'node:assert/strict';
import { Conversation, messageText, recognizerTrace } from '../helpers/app';
import { runTable } from './run-table';
import { tables } from './tables';

describe('conversations (TestAdapter)', () => {
  for (const [name, turns] of Object.entries(tables)) {
    it(name, async () => {
      await runTable(turns);
    });
  }

  it('every knowledge answer ends with 2 to 4 follow-up topics as suggested actions', async () => {
    const conversation = new Conversation();
    for (const q of ['Was ist ein Backend Developer?', 'What does a backend developer earn?', 'Bewerbung als Backend Developer']) {
      const actions = (await conversation.say(q)).find((r) => r.type === 'message')?.suggestedActions?.actions ?? [];
      assert.ok(actions.length >= 2 && actions.length <= 4, `${q}: ${actions.length} suggestions`);
    }
  });

  it('welcomes a user who joins, in the language of the client locale', async () => {
    for (const [locale, expected] of [['de-DE', 'Hallo! Ich bin der Karriere-Bot'], ['en-GB', "Hi! I'm the career bot"]] as const) {
      const conversation = new Conversation(undefined, locale);
      const replies = await conversation.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }], recipient: { id: 'bot', name: 'bot' }, locale });
      assert.ok(messageText(replies).includes(expected), messageText(replies));
    }
  });

  it('does not welcome the bot itself joining', async () => {
    const replies = await new Conversation().say({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'bot' }], recipient: { id: 'bot', name: 'bot' } });
    assert.equal(messageText(replies), '');
  });

  it('ignores activity types it has no use for without failing', async () => {
    const replies = await new Conversation().say({ type: 'typing' });
    assert.equal(replies.filter((r) => r.type === 'message').length, 0);
  });

  it('cuts very long text before recognition and still answers', async () => {
    const long = 'Was verdient ein Backend Developer? ' + 'x'.repeat(100_000);
    const replies = await new Conversation().say(long);
    const trace = recognizerTrace(replies);
    assert.ok(trace.text.length <= 1000, `recognised ${trace.text.length} characters`);
    assert.ok(messageText(replies).includes('47.700 €'));
  });
});
