import assert from 'node:assert/strict';
import path from 'node:path';
import { informalWordsIn } from '../../src/address';
import { inAddress, loadKnowledge, TOPICS } from '../../src/knowledge';

const kb = loadKnowledge(path.resolve(__dirname, '..', '..', '..', 'knowledge'));

describe('the knowledge as a visitor addressed with "Sie" reads it', () => {
  const formal = inAddress(kb, 'formal');

  it('is the knowledge itself for "du"', () => {
    assert.equal(inAddress(kb, 'informal'), kb);
  });

  it('has no German topic or bot text that says "du"; English and texts that address nobody stay as they are', () => {
    for (const [id, occupation] of formal.occupations) {
      for (const topic of TOPICS) {
        const text = occupation.topics[topic].text;
        const informal = kb.occupations.get(id)!.topics[topic].text;
        if (!text || !informal) continue;
        assert.deepEqual(informalWordsIn(text.de, 'de'), [], `${id} ${topic}: ${text.de}`);
        assert.equal(text.en, informal.en);
        assert.equal(text.de, informal.de_formal ?? informal.de, `${id} ${topic}`);
      }
    }
    for (const [key, text] of Object.entries(formal.bot.texts)) {
      assert.deepEqual(informalWordsIn(text.de, 'de'), [], `${key}: ${text.de}`);
      assert.equal(text.en, kb.bot.texts[key as keyof typeof kb.bot.texts].en);
    }
    // A text that addresses nobody has no variant and reads the same.
    assert.equal(formal.bot.texts.list_and.de, kb.bot.texts.list_and.de);
    assert.notEqual(formal.bot.texts.thanks.de, kb.bot.texts.thanks.de);
  });
});
