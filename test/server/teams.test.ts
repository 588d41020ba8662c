import assert from 'node:assert/strict';
import { serveApp } from '../helpers/app';
import { BOT, OTHER_USER, USER, botMention, fakeConnector, installationUpdate, membersAdded, teamsButtonClick, teamsMessage, type Scope } from '../helpers/teams';

interface Activity {
  type: string;
  id?: string;
  text?: string;
  locale?: string;
  replyToId?: string;
  conversation?: { id: string };
  suggestedActions?: unknown;
  attachments?: { contentType: string; content: Card }[];
  value?: { text: string; answered: { topic: string; occupation?: string; language: string } };
}
interface Element {
  type: string;
  text?: string;
  facts?: { title: string; value: string }[];
  items?: Element[];
  actions?: SubmitAction[];
}
interface SubmitAction {
  type: string;
  title: string;
  data: { msteams: { type: string; text: string; displayText: string; value: string } };
}
interface Card {
  version: string;
  fallbackText: string;
  body: Element[];
}

/** Every element of a card, containers opened. */
function elements(card: Card): Element[] {
  const all: Element[] = [];
  const walk = (list: Element[]): void => {
    for (const e of list) {
      all.push(e);
      walk(e.items ?? []);
    }
  };
  walk(card.body);
  return all;
}

const buttonsOf = (card: Card): SubmitAction[] => elements(card).flatMap((e) => (e.type === 'ActionSet' ? e.actions ?? [] : []));

describe('Microsoft Teams on /api/messages', () => {
  const served = serveApp();

  const post = async (activity: Record<string, unknown>): Promise<Activity[]> => {
    const res = await fetch(`${served.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    assert.equal(res.status, 200, await res.clone().text());
    const body = await res.text();
    return body ? ((JSON.parse(body) as { activities?: Activity[] }).activities ?? []) : [];
  };
  const messages = (replies: Activity[]): Activity[] => replies.filter((a) => a.type === 'message');
  const textOf = (replies: Activity[]): string => messages(replies).map((m) => m.text ?? '').join('\n');
  const traceOf = (replies: Activity[]): NonNullable<Activity['value']> => replies.find((a) => a.type === 'trace')!.value!;
  const cardsOf = (replies: Activity[]): Card[] =>
    messages(replies).flatMap((m) => (m.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content));

  describe('mentions are removed before recognition, in every scope', () => {
    const cases: { scope: Scope; says: string; mentions?: Record<string, unknown>[]; heard: string; topic: string; occupation: string; mustSay: RegExp; mustNotSay?: RegExp; locale?: string }[] = [
      { scope: 'personal', says: 'Was verdient ein Backend Developer?', heard: 'Was verdient ein Backend Developer?', topic: 'salary', occupation: 'backend-developer', mustSay: /47\.700 €/ },
      { scope: 'channel', says: '<at>Career Bot</at> Was verdient ein Backend Developer?', heard: 'Was verdient ein Backend Developer?', topic: 'salary', occupation: 'backend-developer', mustSay: /47\.700 €/, mustNotSay: /<at>|Career Bot/ },
      { scope: 'groupChat', says: '<at>Career Bot</at> What does a data scientist do?', heard: 'What does a data scientist do?', topic: 'duties', occupation: 'data-scientist', mustSay: /Data Scientist – Duties/, locale: 'en-US' },
      { scope: 'channel', says: 'Welche Ausbildung braucht ein DevOps Engineer <at>Career Bot</at>', heard: 'Welche Ausbildung braucht ein DevOps Engineer', topic: 'education', occupation: 'devops-engineer', mustSay: /DevOps Engineer – Ausbildung/ },
      {
        // The entity spells the mention differently from the text (a no-break space in the message).
        scope: 'channel',
        says: '<at>Career&nbsp;Bot</at>&nbsp;Was verdient ein Frontend Developer?',
        mentions: [botMention('<at>Career Bot</at>')],
        heard: 'Was verdient ein Frontend Developer?',
        topic: 'salary',
        occupation: 'frontend-developer',
        mustSay: /53\.424 €/,
      },
      {
        // The app was renamed in the tenant and the message has no mention entity at all: the leading tag is the bot.
        scope: 'channel',
        says: '<at>Karriere-Bot</at> Was verdient ein Frontend Developer?',
        mentions: [],
        heard: 'Was verdient ein Frontend Developer?',
        topic: 'salary',
        occupation: 'frontend-developer',
        mustSay: /53\.424 €/,
        mustNotSay: /Karriere-Bot/,
      },
      {
        // Someone else mentioned too: their name stays as plain words.
        scope: 'groupChat',
        says: '<at>Career Bot</at> <at>Ben Meyer</at> fragt: Was verdient ein Backend Developer?',
        mentions: [botMention(), { type: 'mention', text: '<at>Ben Meyer</at>', mentioned: { id: OTHER_USER.id, name: OTHER_USER.name } }],
        heard: 'Ben Meyer fragt: Was verdient ein Backend Developer?',
        topic: 'salary',
        occupation: 'backend-developer',
        mustSay: /47\.700 €/,
      },
    ];
    cases.forEach((c, i) => {
      it(`${c.scope}: "${c.says}" is heard as "${c.heard}"`, async () => {
        const replies = await post(teamsMessage(c.says, { scope: c.scope, chat: `mention${i}`, thread: `17000000000${i}`, mentions: c.mentions, locale: c.locale }));
        const trace = traceOf(replies);
        assert.equal(trace.text, c.heard);
        assert.deepEqual(trace.answered, { topic: c.topic, occupation: c.occupation, language: c.heard.startsWith('What') ? 'en' : 'de' });
        assert.match(textOf(replies), c.mustSay);
        if (c.mustNotSay) assert.doesNotMatch(textOf(replies), c.mustNotSay);
      });
    });

    it('a bare mention with nothing else gets the polite note for an empty message', async () => {
      const replies = await post(teamsMessage('<at>Career Bot</at> ', { scope: 'channel', chat: 'bare', thread: '1700000000099' }));
      assert.match(textOf(replies), /Deine Nachricht war leer/);
    });
  });

  it('answers in the thread it was asked in: same conversation id (with ;messageid=) and replyToId', async () => {
    const ask = teamsMessage('<at>Career Bot</at> Was verdient ein Backend Developer?', { scope: 'channel', chat: 'thread', thread: '1712000000042' });
    const replies = await post(ask);
    const conversationId = (ask.conversation as { id: string }).id;
    assert.match(conversationId, /;messageid=1712000000042$/);
    for (const reply of messages(replies)) {
      assert.equal(reply.conversation?.id, conversationId);
      assert.equal(reply.replyToId, ask.id);
    }
  });

  describe('answers as Adaptive Cards with a text beside them', () => {
    it('a pay answer: figures as facts (region, year, source), sources with links, follow-ups as buttons; the text names every figure', async () => {
      const replies = await post(teamsMessage('Was verdient ein Backend Developer?', { chat: 'pay-card' }));
      const [message] = messages(replies);
      assert.match(message.text ?? '', /Backend Developer – Gehalt: Durchschnitt 47\.700 € pro Jahr; Spanne 40\.900 € bis 58\.100 € pro Jahr/);
      assert.equal(message.suggestedActions, undefined, 'Teams gets card buttons, not suggested actions');
      const [card] = cardsOf(replies);
      assert.ok(Number(card.version) <= 1.5, `card version ${card.version}`);
      const all = elements(card);
      assert.equal(all[0].text, 'Backend Developer – Gehalt');
      assert.ok(all.some((e) => e.type === 'TextBlock' && e.text === 'Durchschnitt: 47.700 € pro Jahr'));
      assert.ok(all.some((e) => e.type === 'TextBlock' && e.text === 'Spanne: 40.900 € bis 58.100 € pro Jahr'));
      const factSets = all.filter((e) => e.type === 'FactSet');
      assert.equal(factSets.length, 3, 'one fact list per figure');
      const facts = factSets.map((f) => Object.fromEntries(f.facts!.map((x) => [x.title, x.value])));
      assert.ok(facts.every((f) => f.Region === 'Deutschland'));
      assert.deepEqual(facts.map((f) => f.Jahr), ['ohne Jahresangabe', 'ohne Jahresangabe', '2020']);
      assert.match(facts[0].Quelle, /Berufsbild Backend Developer .*abgerufen/);
      assert.match(facts[2].Quelle, /Computerwoche.*Oktober 2020/);
      assert.ok(all.some((e) => e.text === 'Quellen'), 'a sources block');
      assert.match(card.fallbackText, /47\.700 €[\s\S]*Quellen:/);
      const buttons = buttonsOf(card);
      assert.deepEqual(buttons.map((b) => b.title), ['Arbeitgeber', 'Berufsaussichten', 'Jobs', '👍 Hilfreich', '👎 Nicht hilfreich']);
      for (const b of buttons) {
        assert.equal(b.type, 'Action.Submit');
        assert.equal(b.data.msteams.type, 'messageBack');
        assert.equal(b.data.msteams.text, b.title);
        assert.deepEqual(JSON.parse(b.data.msteams.value), { text: b.title });
      }
    });

    it('an English answer with sources that have URLs links them in the sources block', async () => {
      const replies = await post(teamsMessage('What does a data scientist earn?', { chat: 'pay-en', locale: 'en-US' }));
      const [card] = cardsOf(replies);
      assert.ok(elements(card).some((e) => e.type === 'TextBlock' && /^\[[^\]]+\]\(https:\/\/[^)]+\), (as of|undated)/.test(e.text ?? '')), 'a linked source with its date');
      assert.match(textOf(replies), /€53,140 per year/);
      assert.equal(messages(replies)[0].locale, 'en-US');
    });

    it('replies without a card still get their suggestions as buttons: "which occupations?" lists all eight', async () => {
      const replies = await post(teamsMessage('Welche Berufe kennst du?', { chat: 'list' }));
      assert.match(textOf(replies), /Backend Developer.*Systemadministrator/s);
      const [card] = cardsOf(replies);
      const sets = elements(card).filter((e) => e.type === 'ActionSet');
      assert.ok(sets.every((s) => s.actions!.length <= 5), 'at most five buttons per row set');
      assert.equal(buttonsOf(card).length, 8);
      assert.ok(!elements(card).some((e) => e.type === 'TextBlock'), 'the text is not repeated in the card');
    });

    it('a comparison keeps its side-by-side card, with the follow-ups as buttons', async () => {
      const replies = await post(teamsMessage('<at>Career Bot</at> Wer verdient mehr, Backend oder Frontend Developer?', { scope: 'channel', chat: 'compare', thread: '1712000000077' }));
      const [card] = cardsOf(replies);
      assert.ok(elements(card).some((e) => e.type === 'ColumnSet'));
      assert.ok(buttonsOf(card).length >= 3);
      assert.match(card.fallbackText, /47\.700 €[\s\S]*53\.424 €/);
    });
  });

  describe('a click on a card button is understood like typed text', () => {
    const table: { scope: Scope; first: string; click: string; mustSay: RegExp; mustNotSay: RegExp }[] = [
      { scope: 'personal', first: 'Was macht ein DevOps Engineer?', click: 'Gehalt', mustSay: /DevOps Engineer – Gehalt/, mustNotSay: /verstanden/ },
      { scope: 'channel', first: '<at>Career Bot</at> What does a backend developer do?', click: 'Salary', mustSay: /€47,700/, mustNotSay: /didn't get/ },
    ];
    table.forEach((t, i) => {
      it(`${t.scope}: "${t.first}", then a click on "${t.click}"`, async () => {
        const thread = `17130000000${i}`;
        const first = await post(teamsMessage(t.first, { scope: t.scope, chat: `click${i}`, thread, locale: t.click === 'Salary' ? 'en-US' : 'de-DE' }));
        const button = buttonsOf(cardsOf(first)[0]).find((b) => b.title === t.click);
        assert.ok(button, `a "${t.click}" button`);
        const replies = await post(teamsButtonClick(button, { scope: t.scope, chat: `click${i}`, thread, replyToId: messages(first)[0].id }));
        assert.match(textOf(replies), t.mustSay);
        assert.doesNotMatch(textOf(replies), t.mustNotSay);
      });
    });

    it('an Action.Submit whose data arrives only as value (no text) is answered too', async () => {
      await post(teamsMessage('Was macht ein Data Scientist?', { chat: 'submit' }));
      const replies = await post(teamsMessage('', { chat: 'submit', extra: { text: undefined, value: { text: 'Ausbildung' } } }));
      assert.equal(traceOf(replies).answered.topic, 'education');
      assert.match(textOf(replies), /Data Scientist – Ausbildung/);
    });
  });

  it('keeps even the widest comparison far below Teams\' message size limit (413 MessageSizeTooBig)', async () => {
    const replies = await post(teamsMessage('Vergleich Backend, Frontend, Fullstack, DevOps, Data Scientist, Netzwerktechniker, Systemadministrator und Fachinformatiker Gehalt', { chat: 'widest' }));
    const [message] = messages(replies);
    assert.ok(cardsOf(replies).length > 0, 'a comparison card');
    const kb = Buffer.byteLength(JSON.stringify(message)) / 1024;
    assert.ok(kb < 30, `the message is ${kb.toFixed(1)} KB of JSON`);
  });

  describe('welcome', () => {
    const welcome = /Ich bin der Karriere-Bot/;
    const cases: { what: string; activities: (chat: string) => Record<string, unknown>[]; welcomes: number }[] = [
      { what: 'installed in a personal chat (conversationUpdate, then installationUpdate)', activities: (c) => [membersAdded('personal', [BOT], { chat: c }), installationUpdate('personal', 'add', { chat: c })], welcomes: 1 },
      { what: 'installed in a personal chat (installationUpdate first)', activities: (c) => [installationUpdate('personal', 'add', { chat: c }), membersAdded('personal', [BOT], { chat: c })], welcomes: 1 },
      { what: 'added to a team (teamMemberAdded with the bot)', activities: (c) => [membersAdded('channel', [BOT], { chat: c }), installationUpdate('channel', 'add', { chat: c })], welcomes: 1 },
      { what: 'added to a group chat', activities: (c) => [membersAdded('groupChat', [BOT], { chat: c })], welcomes: 1 },
      { what: 'a colleague joining a team that has the bot', activities: (c) => [membersAdded('channel', [{ id: OTHER_USER.id, aadObjectId: OTHER_USER.aadObjectId }], { chat: c })], welcomes: 0 },
      { what: 'an app upgrade', activities: (c) => [installationUpdate('personal', 'add-upgrade', { chat: c })], welcomes: 0 },
      { what: 'an uninstall', activities: (c) => [installationUpdate('personal', 'remove', { chat: c })], welcomes: 0 },
    ];
    cases.forEach((c, i) => {
      it(`${c.welcomes ? 'welcomes once' : 'says nothing'} when ${c.what}`, async () => {
        const replies: Activity[] = [];
        for (const activity of c.activities(`welcome${i}`)) replies.push(...(await post(activity)));
        const welcomes = messages(replies).filter((m) => welcome.test(m.text ?? ''));
        assert.equal(welcomes.length, c.welcomes, textOf(replies));
        assert.equal(messages(replies).length, c.welcomes);
        if (c.welcomes) assert.ok(buttonsOf(cardsOf(replies)[0]).length > 0, 'example questions as buttons');
      });
    });

    it('welcomes in English when Teams runs in English', async () => {
      const replies = await post(installationUpdate('personal', 'add', { chat: 'welcome-en', locale: 'en-US' }));
      assert.match(textOf(replies), /I'm the career bot/);
    });

    it('never asks the channel about added members: a plain member id and an unreachable serviceUrl still give 200 at once', async () => {
      // A fake Teams connector that records every call: TeamsInfo.getMember would GET .../members/<id>.
      const connector = await fakeConnector(404);
      try {
        const replies = await post(membersAdded('channel', [{ id: USER.id }, BOT], { chat: 'no-lookup', serviceUrl: connector.serviceUrl }));
        assert.equal(messages(replies).length, 1, 'the welcome for the bot being added');
        assert.deepEqual(connector.calls, []);
        // And where nothing listens at all (a closed port), the same.
        const closed = await post(membersAdded('channel', [{ id: OTHER_USER.id }], { chat: 'no-lookup-2', serviceUrl: 'http://127.0.0.1:1/emea/' }));
        assert.equal(messages(closed).length, 0);
      } finally {
        connector.close();
      }
    });
  });

  it('with normal delivery, posts the answer into the thread of the question (replyToActivity on the thread conversation)', async () => {
    const connector = await fakeConnector();
    const ask = teamsMessage('<at>Career Bot</at> Was verdient ein Backend Developer?', { scope: 'channel', chat: 'deliver', thread: '1712000000555', extra: { deliveryMode: undefined, serviceUrl: connector.serviceUrl } });
    const res = await fetch(`${served.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ask) });
    connector.close();
    assert.equal(res.status, 200);
    const message = connector.calls.find((r) => r.body.type === 'message') as { method: string; path: string; body: { text?: string; conversation?: { id: string } } } | undefined;
    assert.ok(message, `calls: ${connector.calls.map((r) => r.path).join(', ')}`);
    const thread = (ask.conversation as { id: string }).id;
    assert.equal(message.method, 'POST');
    assert.equal(message.path, `/emea/v3/conversations/${encodeURIComponent(thread)}/activities/${encodeURIComponent(String(ask.id))}`);
    assert.equal(message.body.conversation?.id, thread);
    assert.match(message.body.text ?? '', /47\.700 €/);
  });
});
