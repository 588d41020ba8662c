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

describe('answer composer: pay side by side', () => {
  const answers = new AnswerComposer(loadKnowledge(path.join(ROOT, 'knowledge')));

  it('lists yearly figures before monthly and hourly ones and other countries last, each citing its source by number once listed', () => {
    const reply = answers.compare(['data-scientist', 'fachinformatiker-anwendungsentwicklung'], 'salary', 'de');
    const [scientist, apprentice] = reply.comparison!.columns;
    const periods = scientist.lines.map((l) => (/ \$ /.test(l) ? 'abroad' : / pro (Jahr|Monat|Stunde)/.exec(l)![1]));
    assert.deepEqual([...new Set(periods)], ['Jahr', 'Stunde', 'abroad']);
    assert.match(scientist.lines.at(-1)!, /112\.590 \$ pro Jahr \(Vereinigte Staaten/);
    assert.ok(apprentice.lines.every((l) => l.includes('pro Monat')));
    // Apprentice pay after the pay of people in the job: 682 € a month is not set against 40.000 € a year.
    const during = apprentice.lines.map((l) => l.includes('Ausbildungsvergütung'));
    assert.deepEqual(during, [...during].sort((a, b) => Number(a) - Number(b)));
    assert.ok(during[0] === false && during.at(-1) === true);
    for (const column of reply.comparison!.columns) {
      assert.ok(column.lines.every((l) => /\[\d\]$/.test(l) && !l.includes('](http')), 'a number, not the source, on each line');
      const links = column.sources.match(/\]\(http[^)]+\)/g)!;
      assert.equal(new Set(links).size, links.length, 'each source once');
      const cited = new Set(column.lines.map((l) => /\[(\d)\]$/.exec(l)![1]));
      assert.equal(cited.size, links.length, 'every listed source cited');
    }
    assert.match(scientist.sources, /^Quellen: \[1\] \[get in IT/);
  });
});

describe('answer composer: the last answer shorter, or only the sentences asked about', () => {
  const answers = new AnswerComposer(loadKnowledge(path.join(ROOT, 'knowledge')));

  it('gives the start of an answer with only the figures it names and all its sources', () => {
    const brief = answers.brief('devops-engineer', 'salary', 'de');
    assert.ok(brief);
    const card = brief.answers![0];
    // The start names get in IT's figure; the card must not list the eight others of the whole answer.
    assert.match(card.body, /52\.200 €/);
    assert.doesNotMatch(card.body, /DataScientest/);
    assert.deepEqual(card.figures.map((f) => f.value), ['52.200 € pro Jahr']);
    assert.equal(brief.suggestions[0].title, 'Mehr dazu');
    assert.match(brief.text, /Quellen: .*datascientest\.com/, 'all the answer\'s sources stay listed');
  });

  it('quotes the sentences naming a telling word asked about; null for words none names, the whole for a word most name', () => {
    const quoted = answers.quotedAbout('devops-engineer', 'duties', [{ word: 'monitoring' }], 'de');
    assert.ok(quoted);
    assert.match(quoted.text, /„Du richtest Monitoring auf Infrastruktur- und Anwendungsebene ein/);
    assert.doesNotMatch(quoted.text, /Oft treibst du auch/);
    // Forms of one word: "dauert" finds "dauern".
    assert.match(answers.quotedAbout('systemadministrator', 'education', [{ word: 'dauert' }], 'de')?.text ?? '', /dauern im Schnitt ein Jahr/);
    // Said in other words: a duration is said with years, also inside a word ("dreijährigen").
    const duration = answers.quotedAbout('systemadministrator', 'education', [{ word: 'lange', said: ['dauer', 'jahr', 'jaehrig'] }], 'de')?.text ?? '';
    assert.match(duration, /der dreijährigen dualen Ausbildung/);
    assert.match(duration, /dauern im Schnitt ein Jahr/);
    assert.equal(answers.quotedAbout('devops-engineer', 'duties', [{ word: 'abitur' }], 'de'), null);
    // Every sentence about applying names it: the whole answer is about it, so none is quoted alone.
    assert.equal(answers.quotedAbout('backend-developer', 'application', [{ word: 'bewerben' }], 'de'), undefined);
  });
});
