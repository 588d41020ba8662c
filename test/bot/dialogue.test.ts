import assert from 'node:assert/strict';
import path from 'node:path';
import { AnswerComposer } from '../../src/answers';
import { decide, type DialogueState } from '../../src/bot';
import { loadKnowledge } from '../../src/knowledge';
import type { Recognition } from '../../src/nlu';
import { ROOT } from '../helpers/app';

/** The conversation rules on their own, with recognitions made by hand. */
describe('dialogue rules', () => {
  const answers = new AnswerComposer(loadKnowledge(path.join(ROOT, 'knowledge')));
  const options = { retentionDays: 30 };
  const rec = (over: Partial<Recognition>): Recognition => ({
    text: '', language: 'de', intent: 'None', score: 0.9, intents: [], occupations: [], related: [], occupationOnly: false, placeOnly: false, aspectOnly: false, asksFit: false, ...over,
  });

  it('two equally likely topics: asks "Meinst du Gehalt oder Ausbildung?" with both as buttons, keeping the occupation', () => {
    const out = decide(rec({ intent: 'salary', score: 0.48, ambiguous: ['salary', 'education'], occupations: ['devops-engineer'] }), {}, answers, options);
    assert.equal(out.reply?.text, 'Meinst du Gehalt oder Ausbildung?');
    assert.deepEqual(out.reply?.suggestions.map((s) => s.title), ['Gehalt', 'Ausbildung']);
    assert.equal(out.state.occupation, 'devops-engineer');
    // The click is the label, which the recognizer maps to the topic with certainty.
    const click = decide(rec({ intent: 'education', score: 1 }), out.state, answers, options);
    assert.deepEqual(click.answered, { topic: 'education', occupation: 'devops-engineer', language: 'de' });
  });

  it('the English clarification question', () => {
    const out = decide(rec({ language: 'en', intent: 'outlook', score: 0.4, ambiguous: ['outlook', 'education'] }), {}, answers, options);
    assert.equal(out.reply?.text, 'Did you mean Prospects or Education?');
  });

  it('a first miss gets the fallback, a second in a row the rephrasing hint, an answer resets the count', () => {
    let state: DialogueState = {};
    const miss = (): string => {
      const out = decide(rec({ intent: 'None' }), state, answers, options);
      state = out.state;
      return out.reply!.text;
    };
    assert.match(miss(), /Dabei kann ich dir leider nicht helfen/);
    assert.match(miss(), /wieder nicht verstanden/);
    assert.match(miss(), /wieder nicht verstanden/);
    state = decide(rec({ intent: 'salary', occupations: ['backend-developer'] }), state, answers, options).state;
    assert.match(miss(), /Das habe ich leider nicht verstanden – .* Backend Developer/s);
  });

  it('several topics with an occupation in context answer each, in order', () => {
    const out = decide(rec({ intent: 'education', topics: ['salary', 'education'] }), { occupation: 'netzwerktechniker' }, answers, options);
    const text = out.reply!.text;
    const salary = answers.topic('netzwerktechniker', 'salary', 'de').text.slice(0, 40);
    const education = answers.topic('netzwerktechniker', 'education', 'de').text.slice(0, 40);
    assert.ok(text.indexOf(salary) >= 0 && text.indexOf(education) > text.indexOf(salary), text.slice(0, 200));
    assert.deepEqual(out.answered, { topic: 'salary,education', occupation: 'netzwerktechniker', language: 'de' });
  });

  it('several topics without an occupation: asks which one, then answers all of them', () => {
    const ask = decide(rec({ intent: 'education', topics: ['salary', 'education'] }), {}, answers, options);
    assert.equal(ask.answered.topic, 'ask-occupation');
    const named = decide(rec({ intent: 'None', occupations: ['data-scientist'], occupationOnly: true }), ask.state, answers, options);
    assert.deepEqual(named.answered, { topic: 'salary,education', occupation: 'data-scientist', language: 'de' });
  });
});
