import assert from 'node:assert/strict';
import { LANGUAGE_PACKS } from '../../src/nlu/languages';
import { foldWord } from '../../src/nlu/normalize';

// The lexicons are data the spelling corrector trusts blindly: a wrong entry hides a typo for good.
describe('language packs: lexicons', () => {
  const de = LANGUAGE_PACKS.de.lexicon();
  const en = LANGUAGE_PACKS.en.lexicon();

  it('German: one lower-case word a line, sorted, no duplicates', () => {
    const bad = de.filter((w) => !/^[a-zäöüß]+$/.test(w));
    assert.deepEqual(bad, [], 'only the letters a-z, ä, ö, ü and ß');
    const sorted = [...de].sort();
    assert.deepEqual(de, sorted, 'keep the list sorted (diffs stay readable)');
    assert.equal(new Set(de).size, de.length, 'no duplicates');
  });

  it('German: no word that is also another one typed without its umlaut ("mochte" for "möchte")', () => {
    const all = new Set(de);
    const umlaut: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
    const twins = de.filter((w) => [...w].some((c, i) => umlaut[c] && all.has(w.slice(0, i) + umlaut[c] + w.slice(i + 1))));
    assert.deepEqual(twins, [], 'leave these out: they stay open to correction');
  });

  it('both: the everyday words whose "correction" changed answers are there, typos are not', () => {
    const words = new Set([...de, ...en].map(foldWord));
    for (const w of ['bedienen', 'unsicher', 'erfahren', 'stadt', 'drei', 'hause', 'were', 'hope', 'three', 'went']) assert.ok(words.has(w), w);
    for (const w of ['gehallt', 'verdinen', 'entwikler', 'salray', 'aplying', 'wether', 'mochte', 'konnte']) assert.ok(!words.has(w), w);
  });

  it('English: SCOWL\'s common words are read (tens of thousands)', () => assert.ok(en.length > 30_000, `${en.length} words`));
});
