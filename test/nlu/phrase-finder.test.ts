import assert from 'node:assert/strict';
import { PhraseFinder, type Phrase } from '../../src/nlu/phrase-finder';

describe('PhraseFinder: fixed phrases in tokenised text', () => {
  const phrase = (id: string, text: string, exception = false): Phrase => {
    const openEnd = text.endsWith('*');
    return { id, tokens: (openEnd ? text.slice(0, -1) : text).split(' '), openEnd, exception };
  };
  const finder = new PhraseFinder([
    phrase('part-time', 'teilzeit*'),
    phrase('remote', 'remote*'),
    phrase('remote', 'home office*'),
    phrase('remote', 'remote access', true),
    phrase('hours', 'stunden pro woche'),
    phrase('net', 'nach abzug*'),
    phrase('short', 'ob*'),
  ]);
  const ids = (text: string): string[] => finder.find(text.split(' ')).map((m) => m.id);

  it('matches a word by its beginning, and only the word whose beginning it is', () => {
    assert.deepEqual(ids('gibt es teilzeitstellen'), ['part-time']);
    assert.deepEqual(ids('gibt es eine zeitstelle'), []);
  });

  it('matches several words exactly, the last one open when the phrase says so', () => {
    assert.deepEqual(ids('wie viele stunden pro woche'), ['hours']);
    assert.deepEqual(ids('wie viele stunden pro tag'), []);
    assert.deepEqual(ids('home officetage gibt es'), ['remote']);
    assert.deepEqual(ids('was bleibt nach abzug der steuern'), ['net']);
    assert.deepEqual(ids('nach'), []);
  });

  it('reports the tokens each match covers, in text order', () => {
    assert.deepEqual(finder.find('teilzeit im home office'.split(' ')), [
      { id: 'part-time', start: 0, end: 1 },
      { id: 'remote', start: 2, end: 4 },
    ]);
  });

  it('leaves out a match inside an exception of the same id, but not one beside it', () => {
    assert.deepEqual(ids('skills fuer remote access'), []);
    assert.deepEqual(ids('remote access und remote arbeiten'), ['remote']);
  });

  it('compares words shorter than the three-letter key with every token', () => {
    assert.deepEqual(ids('oben'), ['short']);
    assert.deepEqual(ids('a b'), []);
  });
});
