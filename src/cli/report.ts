import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { buildReport, renderReport, type ReportFormat } from '../report';
import { AnalyticsStore, SqliteDatabase } from '../storage';

const USAGE = 'usage: npm run report -- [--format table|csv|json] [--since YYYY-MM-DD] [--limit N]';

/**
 * `npm run report`: what knowledge editors need from the analytics — turns per day, fallback rate, top
 * topics and occupations, the most frequent unanswered questions, and the ratings.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'table' }, since: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const format = values.format as ReportFormat;
  if (!['table', 'csv', 'json'].includes(format)) throw new Error(`--format must be table, csv or json\n${USAGE}`);
  const since = values.since ? new Date(`${values.since}T00:00:00Z`) : undefined;
  // Round-trip check: JavaScript would read 2026-02-31 as 3 March.
  if (since && (Number.isNaN(since.getTime()) || since.toISOString().slice(0, 10) !== values.since)) throw new Error(`--since must be a real date like 2026-11-01\n${USAGE}`);
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error(`--limit must be a positive whole number\n${USAGE}`);
  const config = loadConfig();
  if (!fs.existsSync(config.databasePath)) throw new Error(`no database at ${config.databasePath} — start the bot first, or set DATABASE_PATH to its file`);
  const db = await SqliteDatabase.open(config.databasePath);
  try {
    process.stdout.write(renderReport(await buildReport(new AnalyticsStore(db), { since, limit }), format) + '\n');
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
