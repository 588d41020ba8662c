import assert from 'node:assert/strict';
import { addressOf, informalWordsIn } from '../src/address';
import type { Language } from '../src/language';

describe('form of address of a message', () => {
  const table: [string, Language, 'formal' | 'informal' | undefined][] = [
    ['Können Sie mir sagen, was ein Data Scientist verdient?', 'de', 'formal'],
    ['können sie mir sagen was ein data scientist verdient', 'de', 'formal'],
    ['Guten Tag, was verdient man bei Ihnen?', 'de', 'formal'],
    ['Danke Ihnen!', 'de', 'formal'],
    ['Was muss ich in Ihrem Bewerbungsformular angeben?', 'de', 'formal'],
    ['Kannst du mir sagen, was ein Data Scientist verdient?', 'de', 'informal'],
    ['kannste mir sagen was ein fisi verdient', 'de', 'informal'],
    ['Welche Berufe kennst du?', 'de', 'informal'],
    // "sie" in lower case, or a capital at a sentence's start, is "she" or "they".
    ['Was verdienen sie?', 'de', undefined],
    ['Ich habe mit Data Scientists gesprochen. Sie verdienen gut, oder?', 'de', undefined],
    ['„Sie“ steht am Anfang', 'de', undefined],
    ['Was verdient ein Data Scientist?', 'de', undefined],
    // Both forms in one message: nothing to go by.
    ['Können Sie mir helfen? Kannst du das?', 'de', undefined],
    // A language with one form of address.
    ['Can you tell me what a data scientist earns?', 'en', undefined],
  ];
  for (const [text, language, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected ?? 'none'}`, () => assert.equal(addressOf(text, language), expected));
  }

  it('finds the informal words a knowledge text addresses its reader with', () => {
    assert.deepEqual(informalWordsIn('Du brauchst Abitur, wenn dich das Studium reizt; dein Weg, euer Team.', 'de'), ['du', 'dich', 'dein', 'euer']);
    assert.deepEqual(informalWordsIn('Man braucht Abitur; Sie brauchen Ihr Zeugnis.', 'de'), []);
    assert.deepEqual(informalWordsIn('Do you need a degree?', 'en'), []);
  });
});
