import assert from 'node:assert/strict';
import { NameExtractor, type Name } from '../../src/nlu/name-extractor';

const NAMES: Name[] = [
  { id: 'backend', tokens: ['backend', 'developer'] },
  { id: 'backend', tokens: ['backend', 'entwickler'] },
  { id: 'sysadmin', tokens: ['systemadministrator'] },
  { id: 'devops', tokens: ['devops', 'engineer'] },
  { id: 'devops', tokens: ['sre'], related: true },
  { id: 'devops', tokens: ['devops'] },
];

describe('NameExtractor: occupation names in tokenised text', () => {
  const extractor = new NameExtractor(NAMES, new Set(['was', 'verdient', 'ein', 'und']));
  const found = (text: string): string[] =>
    extractor.extract(text.split(' ')).map((m) => `${m.ids.join('+')}${m.related ? '(related)' : ''}@${m.start}-${m.end}/${m.distance}`);

  const table: [string, string[]][] = [
    ['was verdient ein backend developer', ['backend@3-5/0']],
    // Spaces and hyphens do not matter: the name's letters are compared joined.
    ['was verdient ein backendentwickler', ['backend@3-4/0']],
    ['back end entwickler', ['backend@0-3/0']],
    // One typo from 6 letters, two from 12.
    ['was verdient ein systemadminstrator', ['sysadmin@3-4/1']],
    ['was verdient ein sytemadminstrator', ['sysadmin@3-4/2']],
    ['was verdient ein bakcend developer', ['backend@3-5/1']], // a swap of two letters is one typo
    // A related role, and two names in one message, in text order.
    ['sre und devops engineer', ['devops(related)@0-1/0', 'devops@2-4/0']],
    // A word one letter short of a six-letter name may have lost that letter.
    ['devps skills', ['devops@0-1/1']],
    ['devos', ['devops@0-1/1']],
    // A word after a name that its typos alone could be is a word of its own ("Backend Developer C++").
    ['backend developer c', ['backend@0-2/0']],
    // A plain word never becomes part of a misspelt name; short words are never typos.
    ['was verdient ein', []],
    ['srf', []],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(found(text), expected));
  }
});
