import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import type { CareerBotApp } from '../../src/index';
import { Conversation, messageText, recognizerTrace } from '../helpers/app';
import type { Turn } from './tables';

/**
 * Plays a conversation table in a fresh conversation and asserts every row: what the bot must say and must
 * not say, the reply locale, what the trace says was answered, and the buttons offered.
 * @returns the text of every reply, for checks across all tables (e.g. that no figure is invented).
 */
export async function runTable(app: CareerBotApp, turns: readonly Turn[]): Promise<string[]> {
  const conversation = new Conversation(app);
  const texts: string[] = [];
  for (const [i, turn] of turns.entries()) {
    const replies: Partial<Activity>[] = await conversation.say(turn.user);
    const text = messageText(replies);
    texts.push(text);
    const where = `turn ${i + 1} (${JSON.stringify(turn.user)}) got:\n${text}`;
    for (const s of turn.says ?? []) assert.ok(typeof s === 'string' ? text.includes(s) : s.test(text), `must say ${s} — ${where}`);
    for (const s of turn.not ?? []) assert.ok(!(typeof s === 'string' ? text.includes(s) : s.test(text)), `must not say ${s} — ${where}`);
    const messages = replies.filter((r) => r.type === 'message');
    assert.ok(messages.length > 0, `no reply — ${where}`);
    for (const m of messages) assert.match(m.locale ?? '', /^(de-DE|en-US)$/, `every reply sets locale — ${where}`);
    if (turn.locale) for (const m of messages) assert.equal(m.locale, turn.locale, where);
    const trace = recognizerTrace(replies);
    if (turn.answered) {
      assert.equal(trace.answered.topic, turn.answered.topic, where);
      if (turn.answered.occupation) assert.equal(trace.answered.occupation, turn.answered.occupation, where);
    }
    const titles = messages.flatMap((m) => m.suggestedActions?.actions.map((x) => x.title) ?? []);
    for (const b of turn.buttons ?? []) assert.ok(titles.includes(b), `must offer button ${b}, offered ${titles.join(', ')} — ${where}`);
  }
  return texts;
}
