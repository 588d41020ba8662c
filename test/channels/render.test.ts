import assert from 'node:assert/strict';
import path from 'node:path';
import type { Activity, Attachment } from 'botbuilder';
import { AnswerComposer, type Reply } from '../../src/answers';
import { defaultRenderer } from '../../src/channels';
import type { CareerBotApp } from '../../src/index';
import { loadKnowledge, TOPICS } from '../../src/knowledge';
import { Conversation, messageText, ROOT, sharedApp } from '../helpers/app';

interface Card {
  version: string;
  fallbackText: string;
  body: { type: string; text?: string; columns?: { items: { text: string }[] }[] }[];
}

describe('channel rendering of comparisons', () => {
  let app: CareerBotApp;
  before(async () => {
    app = await sharedApp();
  });
  const ask = async (channelId: string): Promise<{ text: string; attachments: Attachment[] }> => {
    const conversation = new Conversation(app);
    const replies = await conversation.say({ type: 'message', text: 'Wer verdient mehr, Backend oder Frontend Developer?', channelId });
    const message = replies.find((r) => r.type === 'message')!;
    return { text: messageText(replies), attachments: message.attachments ?? [] };
  };

  for (const channelId of ['webchat', 'msteams', 'emulator']) {
    it(`${channelId}: a side-by-side Adaptive Card (version 1.5) with a text summary`, async () => {
      const { text, attachments } = await ask(channelId);
      assert.equal(attachments.length, 1);
      assert.equal(attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
      const card = attachments[0].content as Card;
      assert.equal(card.version, '1.5');
      const columns = card.body.find((b) => b.type === 'ColumnSet')!.columns!;
      assert.deepEqual(columns.map((c) => c.items[0].text), ['Backend Developer', 'Frontend Developer']);
      assert.ok(columns[0].items.some((i) => i.text.includes('47.700 €')), 'Backend pay in its column');
      assert.ok(columns[1].items.some((i) => i.text.includes('53.424 €')), 'Frontend pay in its column');
      assert.match(text, /im Vergleich – Gehalt/);
      assert.match(card.fallbackText, /47\.700 €[\s\S]*53\.424 €/, 'the fallback text has everything');
    });
  }

  it('a place asked about: the note is on the card, the text beside it stays the comparison header', async () => {
    const replies = await new Conversation(app).say({ type: 'message', text: 'Wer verdient mehr in Köln, Backend oder Frontend Developer?', channelId: 'msteams' });
    const message = replies.find((r) => r.type === 'message')!;
    const card = message.attachments![0].content as Card;
    assert.match(card.body[1].text!, /^Eigene Zahlen für Köln habe ich nicht/);
    assert.match(message.text!, /^Backend Developer und Frontend Developer im Vergleich – Gehalt/);
  });

  for (const channelId of ['test', 'terminal', 'facebook']) {
    it(`${channelId}: plain text with every figure, no card`, async () => {
      const { text, attachments } = await ask(channelId);
      assert.equal(attachments.length, 0);
      assert.match(text, /47\.700 €[\s\S]*53\.424 €/);
    });
  }
});

describe('channel rendering of knowledge answers', () => {
  const composer = new AnswerComposer(loadKnowledge(path.join(ROOT, 'knowledge')));
  const pay = (): Reply => composer.withFeedback(composer.topic('backend-developer', 'salary', 'de'));
  const cardsOf = (activity: Partial<Activity>): Card[] => (activity.attachments ?? []).map((a) => a.content as Card);
  const texts = (card: Card): string[] => {
    const out: string[] = [];
    const walk = (items: Card['body']): void => {
      for (const i of items) {
        if (i.text) out.push(i.text);
        walk((i as { items?: Card['body'] }).items ?? []);
      }
    };
    walk(card.body);
    return out;
  };

  for (const channelId of ['webchat', 'directline', 'emulator']) {
    it(`${channelId}: the answer card beside a short text that names every figure; follow-ups stay suggested actions`, () => {
      const [activity] = defaultRenderer.render(pay(), channelId);
      assert.equal(activity.text, 'Backend Developer – Gehalt: Durchschnitt 47.700 € pro Jahr; Spanne 40.900 € bis 58.100 € pro Jahr; Einstieg 47.000 € pro Jahr (Stand 2020)');
      assert.equal(activity.locale, 'de-DE');
      const [card] = cardsOf(activity);
      assert.equal(card.version, '1.5');
      assert.equal(texts(card)[0], 'Backend Developer – Gehalt');
      assert.ok(texts(card).some((t) => t.startsWith('Wie viel du als Backend Developer')), 'the answer itself');
      assert.ok(!JSON.stringify(card).includes('Action.Submit'), 'no buttons in the card: the suggested actions are the buttons');
      assert.deepEqual(activity.suggestedActions?.actions.map((a) => [a.type, a.value]), [
        ['imBack', 'Arbeitgeber'],
        ['imBack', 'Berufsaussichten'],
        ['imBack', 'Jobs'],
        ['imBack', '👍 Hilfreich'],
        ['imBack', '👎 Nicht hilfreich'],
      ]);
    });
  }

  for (const channelId of ['test', 'terminal', 'facebook', undefined]) {
    it(`${channelId ?? 'no channel'}: the full text with its sources and suggested actions, no card`, () => {
      const [activity] = defaultRenderer.render(pay(), channelId);
      assert.equal(activity.attachments, undefined);
      assert.equal(activity.text, pay().text);
      assert.match(activity.text ?? '', /47\.700 €[\s\S]*Quellen: Berufsbild Backend Developer/);
      assert.equal(activity.suggestedActions?.actions.length, 5);
    });
  }

  it('several answers in one reply: one card each, the text names each title and figure', () => {
    const reply = composer.combine([composer.topic('backend-developer', 'salary', 'en'), composer.topic('backend-developer', 'education', 'en')]);
    const [activity] = defaultRenderer.render(reply, 'webchat');
    assert.deepEqual(cardsOf(activity).map((c) => texts(c)[0]), ['Backend Developer – Salary', 'Backend Developer – Education']);
    assert.equal(activity.text, 'Backend Developer – Salary: average €47,700 per year; range €40,900 to €58,100 per year; entry level €47,000 per year (as of 2020)\n\nBackend Developer – Education');
  });

  it('several answers where one topic is not covered: plain text, so nothing is lost beside the cards', () => {
    const reply = composer.combine([composer.topic('data-scientist', 'salary', 'de'), composer.topic('data-scientist', 'jobs', 'de')]);
    const [activity] = defaultRenderer.render(reply, 'msteams');
    assert.equal(activity.text, reply.text);
    assert.ok(cardsOf(activity).every((c) => texts(c).length === 0), 'at most a card of buttons');
  });

  it('a related role: the note is on the card too', () => {
    const reply = composer.withNotes(composer.topic('devops-engineer', 'salary', 'de'), [composer.relatedNote('Platform Engineer', 'devops-engineer', 'de')]);
    const [card] = cardsOf(defaultRenderer.render(reply, 'msteams')[0]);
    assert.match(texts(card)[1], /„Platform Engineer“ ist eine verwandte Rolle/);
    assert.match(card.fallbackText, /^„Platform Engineer“ ist eine verwandte Rolle[\s\S]*Quellen:/);
  });

  it('every knowledge answer fits in one Teams message (Teams rejects messages over about 28 KB)', () => {
    const kb = loadKnowledge(path.join(ROOT, 'knowledge'));
    for (const id of kb.occupations.keys()) {
      for (const topic of TOPICS) {
        for (const language of ['de', 'en'] as const) {
          const activities = defaultRenderer.render(composer.withFeedback(composer.topic(id, topic, language)), 'msteams');
          assert.equal(activities.length, 1);
          const size = Buffer.byteLength(JSON.stringify(activities[0]));
          assert.ok(size < 28_000, `${id} ${topic} ${language}: ${size} bytes`);
        }
      }
    }
  });

  it('figures from abroad or older than five years say so in the text and in their facts', () => {
    const reply = composer.topic('data-scientist', 'salary', 'en');
    const [activity] = defaultRenderer.render(reply, 'webchat');
    assert.match(activity.text ?? '', /median \$112,590 per year \(United States\)/);
    const facts = reply.answers![0].figures.find((f) => f.kind === 'median' && f.value.startsWith('$'))!.facts;
    assert.deepEqual(facts.find((f) => f.title === 'Region')?.value, 'United States');
  });
});
