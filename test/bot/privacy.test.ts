import assert from 'node:assert/strict';
import type { CareerBotApp } from '../../src/index';
import { Conversation, messageText, recognizerTrace, sharedApp } from '../helpers/app';

describe('privacy and ratings (SQLite)', () => {
  let app: CareerBotApp;
  before(async () => {
    app = await sharedApp();
  });

  const rows = async (table: string, userId: string): Promise<number> => {
    await app.db.flush();
    const row = await app.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE user_id = ?`, [userId]);
    return row?.n ?? 0;
  };

  it('"Was speicherst du über mich?" gets the privacy notice with the retention period', async () => {
    const replies = await new Conversation(app, 'de-DE', 'privacy-reader').say('Was speicherst du über mich?');
    assert.match(messageText(replies), /Was ich speichere: .*nach 30 Tagen/s);
    assert.equal(recognizerTrace(replies).answered.topic, 'privacy');
    const en = await new Conversation(app, 'en-US', 'privacy-reader-en').say('what do you store about me?');
    assert.match(messageText(en), /What I store: .*after 30\s+days/s);
  });

  it('a rating after an answer is stored with its topic and occupation, once', async () => {
    const user = 'rating-user';
    const c = new Conversation(app, 'de-DE', user);
    const answer = await c.say('Was verdient ein Data Scientist?');
    const buttons = answer.find((r) => r.type === 'message')?.suggestedActions?.actions.map((a) => String(a.value)) ?? [];
    assert.ok(buttons.includes('👍 Hilfreich') && buttons.includes('👎 Nicht hilfreich'), buttons.join(' | '));
    assert.match(messageText(await c.say('👍 Hilfreich')), /Danke für deine Bewertung/);
    assert.match(messageText(await c.say('👍')), /keine Antwort, die du bewerten könntest/, 'a second click does not count twice');
    await app.db.flush();
    const stored = await app.db.all<{ topic: string; occupation: string; rating: string }>('SELECT topic, occupation, rating FROM feedback WHERE user_id = ?', [user]);
    assert.deepEqual(stored, [{ topic: 'salary', occupation: 'data-scientist', rating: 'up' }]);
    const counts = await app.analytics.feedbackCounts({ by: 'topic+occupation' });
    assert.ok(counts.some((r) => r.topic === 'salary' && r.occupation === 'data-scientist' && r.up >= 1));
  });

  it('"Lösche meine Daten" asks first; "Nein" deletes nothing', async () => {
    const user = 'undecided-user';
    const c = new Conversation(app, 'de-DE', user);
    await c.say('Was macht ein Backend Developer?');
    const ask = await c.say('Lösche meine Daten');
    assert.match(messageText(ask), /Soll ich wirklich alles löschen/);
    const buttons = ask.find((r) => r.type === 'message')?.suggestedActions?.actions.map((a) => a.title) ?? [];
    assert.deepEqual(buttons, ['Ja, alles löschen', 'Nein, nichts löschen']);
    assert.match(messageText(await c.say('Nein, nichts löschen')), /nichts gelöscht/);
    assert.ok((await rows('transcripts', user)) > 0, 'still there');
  });

  it('"delete my data" + yes deletes state, transcripts, analytics and ratings, says what it deleted, and forgets the context', async () => {
    const user = 'leaving-user';
    const c = new Conversation(app, 'en-US', user);
    await c.say('What does a DevOps engineer earn?');
    await c.say('👎');
    assert.ok((await rows('transcripts', user)) > 0 && (await rows('analytics', user)) > 0 && (await rows('feedback', user)) === 1);

    assert.match(messageText(await c.say('please delete my data')), /Shall I really delete everything/);
    const done = messageText(await c.say('Yes, delete everything'));
    assert.match(done, /Done\. I deleted [1-9]\d* log entries, [1-9]\d* statistics entries, 1 ratings and 1 stored conversation states/);
    for (const table of ['transcripts', 'analytics', 'feedback']) assert.equal(await rows(table, user), 0, `${table} of the user after the turn`);

    const after = await c.say('and the education?');
    assert.equal(recognizerTrace(after).answered.topic, 'ask-occupation', 'the occupation from before is forgotten');
  });

  it('a typed yes without a pending deletion deletes nothing', async () => {
    const user = 'random-yes';
    const c = new Conversation(app, 'de-DE', user);
    await c.say('Was macht ein Systemadministrator?');
    await c.say('ja');
    assert.ok((await rows('transcripts', user)) > 0);
  });

  it('e-mail addresses and phone numbers are masked in stored transcripts and unanswered questions', async () => {
    const user = 'pii-user';
    const c = new Conversation(app, 'de-DE', user);
    await c.say('Ruf mich an unter 0171 1234567 oder schreib an max.mustermann@example.de');
    await app.db.flush();
    const stored = await app.db.all<{ activity: string }>('SELECT activity FROM transcripts WHERE user_id = ?', [user]);
    const text = stored.map((r) => r.activity).join('\n');
    assert.ok(!text.includes('0171 1234567') && !text.includes('max.mustermann@example.de'), text);
    assert.match(text, /\[phone\].*\[email\]/);
    const questions = await app.db.all<{ text: string | null }>('SELECT text FROM analytics WHERE user_id = ?', [user]);
    assert.ok(questions.every((q) => !q.text || (!q.text.includes('0171') && !q.text.includes('example.de'))));
  });
});
