import assert from 'node:assert/strict';
import type { Recognizer } from '../../src/nlu';
import { sharedApp } from '../helpers/app';

describe('recognizer: job titles the knowledge base does not have', () => {
  let recognizer: Recognizer;
  before(async () => {
    recognizer = (await sharedApp()).brain().recognizer;
  });

  // An unknown title is a word never seen in training; the question around it must still be understood,
  // so the bot can say honestly that it does not know the occupation instead of "I did not understand".
  const titled: [string, string, string][] = [
    ['Was verdient ein Pilot?', 'salary', 'Pilot'],
    ['how much does a pilot earn', 'salary', 'pilot'],
    ['Welche Ausbildung braucht ein Koch?', 'education', 'Koch'],
  ];
  for (const [text, intent, title] of titled) {
    it(`"${text}": ${intent}, unknown occupation "${title}"`, () => {
      const r = recognizer.recognize(text);
      assert.equal(r.intent, intent);
      assert.equal(r.unknownOccupation, title);
    });
  }

  for (const text of ['Schreib mir ein Gedicht', 'Was ist ein schwarzes Loch?', 'Sing mir ein Lied']) {
    it(`"${text}" stays off-topic (no job title read into it)`, () => {
      const r = recognizer.recognize(text);
      assert.equal(r.intent, 'None');
    });
  }
});
