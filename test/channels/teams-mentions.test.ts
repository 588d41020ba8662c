import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { withoutBotMention } from '../../src/channels';

const BOT = { id: '28:bot', name: 'Career Bot' };
const mention = (text: string, who: { id: string; name: string } = BOT): Record<string, unknown> => ({ type: 'mention', text, mentioned: who });
const activity = (text: string, entities: Record<string, unknown>[] = []): Pick<Activity, 'text' | 'entities' | 'recipient'> =>
  ({ text, entities, recipient: BOT }) as Pick<Activity, 'text' | 'entities' | 'recipient'>;

describe('Teams: the bot @mention is removed from the text', () => {
  const table: [string, Record<string, unknown>[], string][] = [
    ['<at>Career Bot</at> Was verdient ein Backend Developer?', [mention('<at>Career Bot</at>')], 'Was verdient ein Backend Developer?'],
    ['Was verdient ein Backend Developer? <at>Career Bot</at>', [mention('<at>Career Bot</at>')], 'Was verdient ein Backend Developer?'],
    ['Hey <at>Career Bot</at>, what does a DevOps engineer do?', [mention('<at>Career Bot</at>')], 'Hey, what does a DevOps engineer do?'],
    // The user shortened the mention to the first word: Teams sends the short form in text and entity alike.
    ['<at>Career</at> Gehalt?', [mention('<at>Career</at>')], 'Gehalt?'],
    // The entity and the text differ (no-break space, case): the tag still names the bot.
    ['<at>career&nbsp;bot</at>&nbsp;Gehalt?', [mention('<at>Career Bot</at>')], 'Gehalt?'],
    // No entity, a renamed bot: in a channel the leading tag is the bot.
    ['<at>Karriere-Bot</at> Ausbildung?', [], 'Ausbildung?'],
    // Someone else mentioned: their name stays, only the tag goes.
    ['<at>Career Bot</at> was verdient <at>Ben Meyer</at>s Job?', [mention('<at>Career Bot</at>'), mention('<at>Ben Meyer</at>', { id: '29:ben', name: 'Ben Meyer' })], 'was verdient Ben Meyers Job?'],
    // Only someone else at the start, the bot named later by its tag: the other name stays.
    ['<at>Ben</at> und <at>Career Bot</at>: Gehalt?', [], 'Ben und: Gehalt?'],
    ['<at id="0">Career Bot</at> Jobs', [mention('<at id="0">Career Bot</at>')], 'Jobs'],
    // Nothing to remove: the text as typed, entities and all.
    ['Fish &amp; chips <3', [], 'Fish &amp; chips <3'],
    ['', [], ''],
  ];
  for (const [text, entities, heard] of table) {
    it(`"${text}" → "${heard}"`, () => {
      assert.equal(withoutBotMention(activity(text, entities)), heard);
    });
  }

  it('does not change the activity itself (transcripts keep what was sent)', () => {
    const a = activity('<at>Career Bot</at> Gehalt?', [mention('<at>Career Bot</at>')]);
    withoutBotMention(a);
    assert.equal(a.text, '<at>Career Bot</at> Gehalt?');
  });
});
