import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { formatDate } from '../../src/answers';
import { loadKnowledge, TOPICS, type Topic } from '../../src/knowledge';
import type { CareerBotApp } from '../../src/index';
import { LANGUAGES, type Language } from '../../src/language';
import { answerStart, Conversation, messageText, recognizerTrace, ROOT, sharedApp } from '../helpers/app';
import { occupationTables } from './occupation-tables';
import { runTable } from './run-table';
import { tables } from './tables';

/** One natural question per topic and language; {o} is the occupation's title. */
const QUESTIONS: Record<Topic, Record<Language, string>> = {
  overview: { de: 'Was ist eigentlich ein {o}?', en: 'What is a {o}?' },
  duties: { de: 'Welche Aufgaben hat man als {o}?', en: 'What does a {o} do day to day?' },
  education: { de: 'Welche Ausbildung braucht man als {o}?', en: 'What education do I need to become a {o}?' },
  skills: { de: 'Welche Kenntnisse braucht ein {o}?', en: 'Which skills does a {o} need?' },
  salary: { de: 'Was verdient man als {o}?', en: 'How much does a {o} earn?' },
  workplaces: { de: 'Bei welchen Arbeitgebern arbeitet ein {o}?', en: 'Which employers hire a {o}?' },
  outlook: { de: 'Wie sind die Berufsaussichten als {o}?', en: 'What are the career prospects for a {o}?' },
  application: { de: 'Wie bewerbe ich mich als {o}?', en: 'How do I apply as a {o}?' },
  jobs: { de: 'Gibt es offene Stellen als {o}?', en: 'Are there job openings for a {o}?' },
};

describe('occupations', () => {
  let app: CareerBotApp;
  before(async () => {
    app = await sharedApp();
  });
  const occupations = [...loadKnowledge(path.join(ROOT, 'knowledge')).occupations.values()];

  it('the knowledge base has all eight occupations', () => {
    assert.deepEqual(occupations.map((o) => o.id).sort(), [
      'backend-developer', 'data-scientist', 'devops-engineer', 'fachinformatiker-anwendungsentwicklung',
      'frontend-developer', 'fullstack-developer', 'netzwerktechniker', 'systemadministrator',
    ]);
  });

  for (const o of occupations) {
    for (const language of LANGUAGES) {
      it(`${o.id} (${language}): a question on every topic gets this occupation's answer`, async () => {
        for (const topic of TOPICS) {
          const question = QUESTIONS[topic][language].replace('{o}', o.title[language]);
          const replies = await new Conversation(app).say(question);
          const trace = recognizerTrace(replies);
          assert.deepEqual({ topic: trace.answered.topic, occupation: trace.answered.occupation }, { topic, occupation: o.id }, question);
          assert.ok(messageText(replies).includes(answerStart(o.id, topic, language)), `${question}\n${messageText(replies)}`);
        }
      });
    }
  }

  it('the RecognizerResult trace names the place asked about, and none when there is none', async () => {
    assert.deepEqual(recognizerTrace(await new Conversation(app).say('Was verdient ein Sysadmin in Köln?')).entities, { occupation: ['systemadministrator'], place: ['koeln'] });
    assert.deepEqual(recognizerTrace(await new Conversation(app).say('Was verdient ein Sysadmin?')).entities, { occupation: ['systemadministrator'] });
  });

  describe('conversation tables', () => {
    for (const [name, turns] of Object.entries(occupationTables)) it(name, () => runTable(app, turns));
  });

  it('no reply of any conversation table contains a number that is not in the knowledge files', async () => {
    const known = knownNumbers();
    const replies: string[] = [];
    for (const turns of [...Object.values(tables), ...Object.values(occupationTables)]) replies.push(...(await runTable(app, turns)));
    for (const o of occupations) {
      for (const language of LANGUAGES) {
        replies.push(...(await new Conversation(app).say(QUESTIONS.salary[language].replace('{o}', o.title[language]))).map((r) => r.text ?? ''));
      }
    }
    const invented: string[] = [];
    for (const text of replies) {
      // Longest first, so a year-only date does not eat the end of a full one.
      const withoutDates = [...known.dates].sort((x, y) => y.length - x.length).reduce((t, d) => t.split(d).join(' '), text);
      for (const n of withoutDates.match(/\d+(?:[.,]\d+)*/g) ?? []) if (!known.numbers.has(n.replace(/[.,]/g, ''))) invented.push(`${n} in: ${text.slice(0, 120)}…`);
    }
    assert.deepEqual(invented, []);
  });
});

/** Every number written in the knowledge files (separators removed) and every source date as the bot formats it. */
function knownNumbers(): { numbers: Set<string>; dates: Set<string> } {
  const numbers = new Set<string>();
  const dates = new Set<string>();
  const dir = path.join(ROOT, 'knowledge');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const raw = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const n of raw.match(/\d+(?:[.,]\d+)*/g) ?? []) numbers.add(n.replace(/[.,]/g, ''));
    const data = parse(raw) as { sources?: Record<string, { as_of?: unknown; retrieved?: unknown }> };
    for (const s of Object.values(data.sources ?? {})) {
      for (const d of [s.as_of, s.retrieved]) {
        const iso = d instanceof Date ? d.toISOString().slice(0, 10) : typeof d === 'string' && d !== 'undated' ? d : undefined;
        if (iso) for (const l of LANGUAGES) dates.add(formatDate(iso, l));
      }
    }
  }
  return { numbers, dates };
}
