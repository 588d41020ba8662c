import assert from 'node:assert/strict';
import { boundedEditDistance } from '../../src/nlu/edit-distance';

describe('bounded edit distance', () => {
  const cases: [string, string, number, number][] = [
    ['backend', 'backend', 2, 0],
    ['bakcend', 'backend', 2, 1], // transposition counts once
    ['backnd', 'backend', 2, 1],
    ['backendd', 'backend', 2, 1],
    ['bockend', 'backend', 2, 1],
    ['frontend', 'backend', 2, 3], // beyond the bound: max + 1
    ['datenwissenschaftler', 'datenwisenschaftlr', 2, 2],
    ['', 'abc', 3, 3],
    ['abc', '', 1, 2],
    ['ca', 'abc', 3, 3], // OSA, not full Damerau: "ca" -> "abc" is 3
  ];
  for (const [a, b, max, expected] of cases) {
    it(`${JSON.stringify(a)} vs ${JSON.stringify(b)} (max ${max}) = ${expected}`, () => {
      assert.equal(boundedEditDistance(a, b, max), expected);
      assert.equal(boundedEditDistance(b, a, max), expected, 'symmetric');
    });
  }
});
