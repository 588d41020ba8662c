import assert from 'node:assert/strict';
import { informalWordsIn, readAddress } from '../src/address';
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
    // Formal visitors who write in lower case: requests to the reader, or a question's start.
    ['haben sie infos zu devops?', 'de', 'formal'],
    ['wissen sie was ein devops engineer macht?', 'de', 'formal'],
    ['welche umschulung wuerden sie empfehlen', 'de', 'formal'],
    ['vielen dank fuer ihre hilfe', 'de', 'formal'],
    ['Hallo,\nSie können mir sicher helfen', 'de', 'formal'],
    // A letter's formulas.
    ['Sehr geehrte Damen und Herren, was verdient ein DevOps Engineer?', 'de', 'formal'],
    ['Sehr geehrtes Team, ich möchte mich als Data Scientist bewerben.', 'de', 'formal'],
    ['Mit freundlichen Grüßen, K. Weber', 'de', 'formal'],
    // Later in a sentence "sie" is "they"; a phrase does not run across sentences; shouting shows no form.
    ['Was verdienen Data Scientists und haben sie gute Chancen?', 'de', undefined],
    ['Was können sie? Mir ist das egal.', 'de', undefined],
    ['WAS VERDIENEN SIE ALS DEVOPS?', 'de', undefined],
    ['Was ist ein DU?', 'de', undefined],
    ['weißte was ein fisi verdient', 'de', 'informal'],
  ];
  for (const [text, language, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected ?? 'none'}`, () => assert.equal(readAddress(text, language).used, expected));
  }

  const requests: [string, Language, 'formal' | 'informal' | undefined][] = [
    ['Bitte siezen Sie mich.', 'de', 'formal'],
    ['Können Sie mich bitte siezen?', 'de', 'formal'],
    ['Ich möchte lieber gesiezt werden.', 'de', 'formal'],
    ['Können wir beim Sie bleiben?', 'de', 'formal'],
    ['Bitte duzen Sie mich nicht, ich bevorzuge das Sie.', 'de', 'formal'],
    ['Sie dürfen mich gerne duzen.', 'de', 'informal'],
    ['wir können uns gern duzen', 'de', 'informal'],
    ['Was verdient ein Data Scientist?', 'de', undefined],
    ['Können Sie mir sagen, was ein Data Scientist verdient?', 'de', undefined],
  ];
  for (const [text, language, expected] of requests) {
    it(`${JSON.stringify(text)} asks for ${expected ?? 'nothing'}`, () => assert.equal(readAddress(text, language).asked, expected));
  }

  it('finds the informal words a knowledge text addresses its reader with', () => {
    assert.deepEqual(informalWordsIn('Du brauchst Abitur, wenn dich das Studium reizt; dein Weg, euer Team.', 'de'), ['du', 'dich', 'dein', 'euer']);
    assert.deepEqual(informalWordsIn('Man braucht Abitur; Sie brauchen Ihr Zeugnis.', 'de'), []);
    assert.deepEqual(informalWordsIn('Do you need a degree?', 'en'), []);
    // Imperatives count at the start of a sentence or clause only.
    assert.deepEqual(informalWordsIn('Gern. Frag mich etwas; Bewirbst du dich, gestalte den Lebenslauf.', 'de'), ['du', 'dich', 'frag', 'gestalte']);
    assert.deepEqual(informalWordsIn('Fragen Sie mich. Man sagt, die Frage sei gut.', 'de'), []);
  });
});
