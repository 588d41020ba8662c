import assert from 'node:assert/strict';
import { cutMessage } from '../../src/bot/cut-message';

describe('cutMessage: what of a long message is recognised', () => {
  const story = 'Hallo, ich heiße Sam. ' + 'Ich habe lange im Callcenter gearbeitet und viel erlebt. '.repeat(40) + 'Wie werde ich Netzwerktechniker?';

  it('leaves a message within the limit as it is', () => {
    assert.equal(cutMessage('Was verdient ein Data Scientist?', 1000), 'Was verdient ein Data Scientist?');
  });

  it('keeps the question at the end and the greeting at the start, within the limit', () => {
    const cut = cutMessage(story, 1000);
    assert.ok(cut.length <= 1000, `${cut.length} characters`);
    assert.ok(cut.endsWith('Wie werde ich Netzwerktechniker?'), cut.slice(-60));
    assert.ok(cut.startsWith('Hallo, ich heiße Sam.'), cut.slice(0, 60));
  });

  it('cuts at word boundaries', () => {
    const cut = cutMessage(story, 200);
    const words = new Set(story.split(' '));
    for (const w of cut.split(' ').filter((x) => x !== '…')) assert.ok(words.has(w), `"${w}" is no whole word of the message`);
  });

  it('keeps the last question when a sign-off or a CV follows it', () => {
    const letter = 'Sehr geehrte Damen und Herren, ich bin Sandra. Können Sie mir sagen, was ein Netzwerktechniker verdient? ' + 'Mein Lebenslauf: zehn Jahre Einzelhandel, drei Jahre Lager. '.repeat(20) + 'Vielen Dank im Voraus und viele Grüße, Sandra';
    const cut = cutMessage(letter, 1000);
    assert.ok(cut.length <= 1000);
    assert.ok(cut.includes('Können Sie mir sagen, was ein Netzwerktechniker verdient?'), cut);
  });

  it('drops only words cut in half, and keeps whole words at the edges', () => {
    assert.equal(cutMessage('aaa bbb ccc ddd eee fff ggg hhh', 18), 'aaa … fff ggg hhh');
    assert.equal(cutMessage('Hallo\nich\nbin\nSam und viel mehr Text hier', 20).includes('Sa …'), false);
  });

  it('never leaves half of an emoji at a cut', () => {
    const cut = cutMessage('😀'.repeat(600), 1000);
    assert.ok(cut.length <= 1000);
    assert.doesNotThrow(() => encodeURIComponent(cut), 'no lone surrogate');
  });

  it('keeps the end of a message without spaces, and copes with tiny limits', () => {
    assert.equal(cutMessage('x'.repeat(50) + 'END', 10).length, 10);
    assert.ok(cutMessage('x'.repeat(50) + 'END', 10).endsWith('END'));
    assert.equal(cutMessage('abcdef', 2), 'ef');
  });
});
