import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { InProcessAdapter } from '../../src/channels';
import type { CareerBotApp } from '../../src/index';
import { sharedApp } from '../helpers/app';

describe('turns of one conversation run one after another', () => {
  let app: CareerBotApp;
  before(async () => {
    app = await sharedApp();
  });

  const turn = (adapter: InProcessAdapter, conversation: string, text: string): Promise<Partial<Activity>[]> =>
    adapter.process(
      { type: 'message', text, channelId: 'test', serviceUrl: 'test://', conversation: { id: conversation } as Activity['conversation'], from: { id: 'u', name: 'User' }, recipient: { id: 'bot', name: 'Bot' } },
      (context) => app.bot.run(context),
    );
  const answered = (replies: Partial<Activity>[]): unknown => replies.find((r) => r.type === 'trace')?.value?.answered;

  it('a follow-up sent before the first answer arrives still sees the first turn’s occupation', async () => {
    const adapter = new InProcessAdapter();
    adapter.use(...app.middleware);
    const pairs = await Promise.all(
      Array.from({ length: 8 }, (_, i) => Promise.all([turn(adapter, `pair-${i}`, 'Was macht ein Data Scientist?'), turn(adapter, `pair-${i}`, 'Und was verdient man da?')])),
    );
    for (const [, second] of pairs) assert.deepEqual(answered(second), { topic: 'salary', occupation: 'data-scientist', language: 'de' });
  });
});
