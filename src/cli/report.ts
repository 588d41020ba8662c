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
  if (since && Number.isNaN(since.getTime())) throw new Error(`--since must be a date like 2026-11-01\n${USAGE}`);
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error(`--limit must be a positive whole number\n${USAGE}`);
  const config = loadConfig();
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
