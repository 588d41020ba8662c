import assert from 'node:assert/strict';
import path from 'node:path';
import { AnswerComposer } from '../../src/answers';
import { loadKnowledge } from '../../src/knowledge';
import { ROOT } from '../helpers/app';

describe('answer composer: topic answers are composed once and shared', () => {
  const answers = new AnswerComposer(loadKnowledge(path.join(ROOT, 'knowledge')));

  it('gives the same, unchangeable reply each time, so one turn cannot alter the next one\'s answer', () => {
    const first = answers.topic('backend-developer', 'salary', 'de');
    const again = answers.topic('backend-developer', 'salary', 'de');
    assert.equal(again, first);
    assert.match(first.text, /47\.700 €/);
    assert.throws(() => {
      (first as { text: string }).text = 'changed';
    }, TypeError);
    assert.throws(() => (first.suggestions as unknown[]).push({ title: 'x', value: 'x' }), TypeError);
    assert.match(answers.topic('backend-developer', 'salary', 'de').text, /47\.700 €/);
  });

  it('keeps a note for a related role out of later answers, and languages apart', () => {
    const related = answers.withNotes(answers.topic('backend-developer', 'salary', 'de'), [answers.relatedNote('API-Entwickler', 'backend-developer', 'de')]);
    assert.match(related.text, /API-Entwickler/);
    assert.ok(related.answers?.every((a) => a.note));
    const plain = answers.topic('backend-developer', 'salary', 'de');
    assert.doesNotMatch(plain.text, /API-Entwickler/);
    assert.ok(plain.answers?.every((a) => a.note === undefined));
    assert.match(answers.topic('backend-developer', 'salary', 'en').text, /€47,700/);
  });
});
