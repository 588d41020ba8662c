/**
 * Turns per second with SQLite persistence (state, transcripts, analytics) against botbuilder's
 * MemoryStorage with nothing recorded, in the same run, same process, same bot.
 *
 *   npm run build && node dist/bench/persistence.js [--turns 3000] [--concurrency 20]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConversationState, MemoryStorage, type Activity, type Middleware } from 'botbuilder';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { CareerBot, type TurnLog, type UserDataEraser } from '../src/bot';
import { defaultRenderer, InProcessAdapter } from '../src/channels';
import { compose } from '../src/index';
import { loadBrain, type Brain } from '../src/reload';

const QUESTIONS = [
  'Was verdient ein Backend Developer?', 'Und die Ausbildung?', 'What does a data scientist do?', 'and the salary?',
  'Welche Kenntnisse braucht ein DevOps Engineer?', 'Wie wird das Wetter?', 'Unterschied zwischen Frontend und Backend?', 'Jobs als Sysadmin',
];

async function run(adapter: InProcessAdapter, bot: CareerBot, turns: number, concurrency: number): Promise<number> {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < turns; i = next++) {
        const activity: Partial<Activity> = {
          type: 'message', text: QUESTIONS[i % QUESTIONS.length], channelId: 'bench', serviceUrl: 'bench://',
          conversation: { id: `c-${i % 200}` } as Activity['conversation'], from: { id: `u-${i % 200}`, name: 'u' }, recipient: { id: 'bot', name: 'bot' },
        };
        await adapter.process(activity, (c) => bot.run(c));
      }
    }),
  );
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { turns: { type: 'string', default: '3000' }, concurrency: { type: 'string', default: '20' } } });
  const turns = Number(values.turns);
  const concurrency = Number(values.concurrency);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-bench-'));
  const config = loadConfig({ DATABASE_PATH: path.join(dir, 'bench.sqlite'), LOG_LEVEL: 'silent', HOT_RELOAD: 'false' }, path.resolve(__dirname, '..', '..'));
  const logger = createLogger('silent');

  // Persistence on: exactly what `npm start` wires (SQLite state, transcripts, analytics; replies flushed).
  const app = await compose(config, logger);
  const sqliteAdapter = new InProcessAdapter();
  sqliteAdapter.use(...app.middleware);
  const flushing: Middleware = { onTurn: async (_c, next) => { await next(); await app.db.flush(); } };
  sqliteAdapter.use(flushing);

  // Baseline: the same brain, MemoryStorage, nothing recorded.
  const brain: Brain = loadBrain(config);
  const none: TurnLog & UserDataEraser = { recordTurn: async () => undefined, recordFeedback: async () => undefined, deleteUserData: async () => ({ state: 0, transcripts: 0, analytics: 0, feedback: 0 }) };
  const memoryBot = new CareerBot({
    brain: () => brain, conversationState: new ConversationState(new MemoryStorage()), renderer: defaultRenderer, logger,
    defaultLanguage: config.defaultLanguage, defaultAddress: config.defaultAddress, maxMessageChars: config.maxMessageChars, turnLog: none, eraser: none, retentionDays: 30,
  });
  const memoryAdapter = new InProcessAdapter();

  await run(memoryAdapter, memoryBot, 300, concurrency); // warm-up both paths
  await run(sqliteAdapter, app.bot, 300, concurrency);
  const groupsBefore = app.db.stats.groups;
  const memorySeconds = await run(memoryAdapter, memoryBot, turns, concurrency);
  const sqliteSeconds = await run(sqliteAdapter, app.bot, turns, concurrency);
  const groups = app.db.stats.groups - groupsBefore;
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const memoryRate = turns / memorySeconds;
  const sqliteRate = turns / sqliteSeconds;
  const rows = [
    ['storage', 'turns', 'seconds', 'turns/s', 'write transactions/turn'],
    ['MemoryStorage (nothing recorded)', String(turns), memorySeconds.toFixed(2), memoryRate.toFixed(0), '0'],
    ['SQLite (state+transcripts+analytics)', String(turns), sqliteSeconds.toFixed(2), sqliteRate.toFixed(0), (groups / turns).toFixed(2)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) process.stdout.write(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + '\n');
  process.stdout.write(`\nratio SQLite / memory: ${(sqliteRate / memoryRate).toFixed(2)} (target >= 0.80); concurrency ${concurrency}, ${os.cpus().length} cores\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
