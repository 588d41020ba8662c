import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { LANGUAGES } from '../../src/language';
import { LANGUAGE_PACKS, loadTrainingData } from '../../src/nlu';
import { foldText, foldWord, tokenize } from '../../src/nlu/normalize';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PACKS = LANGUAGES.map((l) => LANGUAGE_PACKS[l]);

describe('normalize: what the recognizer reads of a message', () => {
  // Gendered titles and contractions must read as the plain word, or "Entwickler:innen" is an unknown word.
  const folded: [string, string[]][] = [
    ['Was verdienen Backend-Entwickler:innen?', ['was', 'verdienen', 'backend', 'entwickler']],
    ['Entwickler*innen und Entwickler_innen', ['entwickler', 'und', 'entwickler']],
    ['Administrator/-in gesucht', ['administrator', 'gesucht']],
    ['Netzwerktechniker(in)', ['netzwerktechniker']],
    ['Was macht eine Systemadministratorin?', ['was', 'macht', 'eine', 'systemadministrator']],
    ['Spezialistinnen für Daten', ['spezialist', 'fuer', 'daten']],
    ['Ingenieurin', ['ingenieur']],
    ['Größe Übung', ['groesse', 'uebung']],
    ['Café résumé', ['cafe', 'resume']],
    ["what's a devops engineer? don't know", ['whats', 'a', 'devops', 'engineer', 'dont', 'know']],
    ['What’s up', ['whats', 'up']],
    // Words that merely end in "in" stay whole.
    ['Termin in Berlin, mein Kaminofen', ['termin', 'in', 'berlin', 'mein', 'kaminofen']],
    // "r" and "u" read as words beside the English words they go with; R the language and German "u." stay.
    ['r u a bot? what jobs u got info on', ['are', 'you', 'a', 'bot', 'what', 'jobs', 'you', 'got', 'info', 'on']],
    ['which R libraries, Python or R?', ['which', 'r', 'libraries', 'python', 'or', 'r']],
    ['Gehalt u. Ausbildung, Abteilung', ['gehalt', 'u', 'ausbildung', 'abteilung']],
  ];
  for (const [text, tokens] of folded) {
    it(`${JSON.stringify(text)} reads as ${tokens.join(' ')}`, () => {
      assert.deepEqual(tokenize(foldText(text, PACKS)), tokens);
    });
  }

  // A rewrite's cheap `only` test spares most messages the pattern; a pattern that could match a text its
  // test rejects would silently stop rewriting it. Checked on every message we have.
  it('every rewrite pattern match also passes its cheap test, on all training and test messages', () => {
    const texts = [
      ...loadTrainingData(path.join(ROOT, 'intents'), PACKS).map((u) => u.text),
      ...(YAML.parse(fs.readFileSync(path.join(ROOT, 'test', 'data', 'nlu-test-set.yaml'), 'utf8')) as { cases: { text: string }[] }).cases.map((c) => c.text),
      ...folded.map(([text]) => text),
    ];
    let rewritten = 0;
    for (const pack of PACKS) {
      for (const { pattern, only } of pack.rewrites) {
        for (const text of texts) {
          const lower = text.normalize('NFC').toLowerCase();
          if (lower.replace(pattern, '') === lower) continue;
          rewritten++;
          assert.ok(only.test(lower), `${pack.code} rewrite ${pattern} changes ${JSON.stringify(text)}, but its test ${only} rejects it`);
        }
      }
    }
    assert.ok(rewritten > 50, `only ${rewritten} rewritten messages: the check would prove nothing`);
  });
});

describe('foldWord', () => {
  const cases: [string, string][] = [
    ['Größe', 'groesse'],
    ['café', 'cafe'],
    ["aren't", 'arent'],
    ['OK', 'ok'],
    ['straße', 'strasse'],
  ];
  for (const [word, folded] of cases) it(`${word} -> ${folded}`, () => assert.equal(foldWord(word), folded));
});
