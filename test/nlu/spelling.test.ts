import assert from 'node:assert/strict';
import { boundedEditDistance } from '../../src/nlu/edit-distance';
import { SpellingCorrector } from '../../src/nlu/spelling';

describe('spelling corrector', () => {
  // Corrections are words met at least twice; "gehalt" three times: the more frequent of two equally close words
  // wins. "pivot" only once: known, but no correction ("pilot" is no typo of one pivot-table example).
  const twice = ['gestalt', 'ausbildung', 'entwickler', 'verdient', 'was', 'backend', 'datenwissenschaftler'];
  const speller = new SpellingCorrector(['gehalt', 'gehalt', 'gehalt', ...twice, ...twice, 'pivot']);

  const cases: [string, string][] = [
    ['gehallt', 'gehalt'], // one insertion
    ['gehlat', 'gehalt'], // one transposition
    ['gehal', 'gehalt'], // one deletion, and nearer to gehalt than to gestalt
    ['ausbilung', 'ausbildung'],
    ['ausbuldnug', 'ausbildung'], // two edits: allowed from 8 letters on
    ['entwikler', 'entwickler'],
    ['datenwisenschaftlr', 'datenwissenschaftler'],
    ['verdinet', 'verdient'],
    ['bakcend', 'backend'],
    ['gehzzt', 'gehzzt'], // two edits in a short word: left alone
    ['wsa', 'wsa'], // shorter than four letters: never corrected
    ['java11', 'java11'], // digits: a version, not a typo
    ['kubernetes', 'kubernetes'], // nothing near it: left alone
    ['gehalt', 'gehalt'],
    ['pilot', 'pilot'], // one edit from a word met only once
    ['pivot', 'pivot'],
  ];
  for (const [typed, expected] of cases) {
    it(`${typed} -> ${expected}`, () => assert.equal(speller.correct(typed), expected));
  }

  describe('with a lexicon of correctly spelled words', () => {
    const withLexicon = new SpellingCorrector([...twice, ...twice, 'verdienen', 'verdienen', 'sicher', 'sicher'], ['bedienen', 'unsicher', 'were']);
    const lexiconCases: [string, string][] = [
      ['bedienen', 'bedienen'], // a word, not a typo of "verdienen"
      ['unsicher', 'unsicher'], // one edit from "sicher", and the opposite
      ['verdinen', 'verdienen'], // typos are still corrected
      ['bedinen', 'bedinen'], // lexicon words are no corrections themselves: one edit from "bedienen", left alone
    ];
    for (const [typed, expected] of lexiconCases) {
      it(`${typed} -> ${expected}`, () => assert.equal(withLexicon.correct(typed), expected));
    }
  });

  it('finds the nearest word as a scan of the whole vocabulary would (the hashed index loses no candidate)', () => {
    // Neighbours that share delete variants ('bewerung' comes from both bewerbung and bewertung).
    const words = ['anwendungsentwicklung', 'netzwerktechnik', 'arbeitgeber', 'arbeitszeit', 'arbeitszeiten', 'weiterbildung', 'bewerbung', 'bewertung', 'teilzeit', 'vollzeit', 'freizeit'];
    const s = new SpellingCorrector([...words, ...words]);
    const nearest = (w: string): number => {
      const allowed = w.length >= 8 ? 2 : 1;
      return Math.min(allowed + 1, ...words.map((c) => boundedEditDistance(w, c, allowed)));
    };
    // Every single and double deletion, substitution by 'x' and swap of neighbours of every word.
    let checked = 0;
    for (const w of words) {
      const typos = new Set<string>();
      for (let i = 0; i < w.length; i++) {
        typos.add(w.slice(0, i) + w.slice(i + 1));
        typos.add(w.slice(0, i) + 'x' + w.slice(i + 1));
        if (i + 1 < w.length) typos.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
        for (let j = i + 1; j < w.length - 1; j++) typos.add(w.slice(0, i) + w.slice(i + 1, j) + w.slice(j + 1));
      }
      for (const t of typos) {
        if (words.includes(t)) continue;
        const allowed = t.length >= 8 ? 2 : 1;
        const best = nearest(t);
        const got = s.correct(t);
        if (best > allowed) assert.equal(got, t, `${t}: nothing within ${allowed} edits`);
        else assert.equal(boundedEditDistance(t, got, allowed), best, `${t} -> ${got}: a word ${best} edit(s) away was missed`);
        checked++;
      }
    }
    assert.ok(checked > 900, `only ${checked} typos checked`);
  });
});
