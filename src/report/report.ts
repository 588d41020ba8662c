import { isTopic } from '../knowledge';
import type { AnalyticsStore } from '../storage';

/** Everything `npm run report` shows knowledge editors. */
export interface EditorReport {
  since?: string;
  turnsPerDay: { day: string; turns: number }[];
  fallbackRate: { turns: number; fallbacks: number; rate: number };
  topTopics: { topic: string; count: number }[];
  topOccupations: { occupation: string; count: number }[];
  unanswered: { text: string; count: number; lastAsked: string }[];
  feedback: { topic: string | null; occupation: string | null; up: number; down: number }[];
}

export type ReportFormat = 'table' | 'csv' | 'json';

/** Queries the analytics for the report. */
export async function buildReport(analytics: AnalyticsStore, options: { since?: Date; limit?: number } = {}): Promise<EditorReport> {
  const o = { since: options.since, limit: options.limit ?? 15 };
  const [turnsPerDay, fallbackRate, topTopics, topOccupations, unanswered, feedback] = await Promise.all([
    analytics.turnsPerDay({ since: o.since, limit: 366 }),
    analytics.fallbackRate(o),
    analytics.topTopics({ since: o.since, limit: 1000 }),
    analytics.topOccupations({ since: o.since, limit: 1000 }),
    analytics.unansweredQuestions(o),
    analytics.feedbackCounts({ ...o, by: 'topic+occupation' }),
  ]);
  return {
    since: options.since?.toISOString().slice(0, 10),
    turnsPerDay,
    fallbackRate,
    // Answers only: combined answers ("salary,education", comparisons) count for each part; prompts, ratings and
    // privacy turns are not topics.
    topTopics: splitCounts(topTopics, 'topic', (t) => isTopic(t) || t === 'compare').map((r) => ({ topic: r.value, count: r.count })).slice(0, o.limit),
    topOccupations: splitCounts(topOccupations, 'occupation', (v) => v.length > 0).map((r) => ({ occupation: r.value, count: r.count })).slice(0, o.limit),
    unanswered: unanswered.map((u) => ({ text: u.text, count: u.count, lastAsked: String(u.lastAsked) })),
    feedback: feedback.map((f) => ({ topic: f.topic ?? null, occupation: f.occupation ?? null, up: f.up, down: f.down })),
  };
}

type Row = (string | number)[];
interface Section {
  title: string;
  columns: string[];
  rows: Row[];
}

function sections(r: EditorReport): Section[] {
  return [
    { title: 'Turns per day', columns: ['day', 'turns'], rows: r.turnsPerDay.map((d) => [d.day, d.turns]) },
    {
      title: 'Fallback rate',
      columns: ['turns', 'fallbacks', 'rate'],
      rows: [[r.fallbackRate.turns, r.fallbackRate.fallbacks, `${(r.fallbackRate.rate * 100).toFixed(1)} %`]],
    },
    { title: 'Top topics', columns: ['topic', 'answers'], rows: r.topTopics.map((t) => [t.topic, t.count]) },
    { title: 'Top occupations', columns: ['occupation', 'answers'], rows: r.topOccupations.map((o) => [o.occupation, o.count]) },
    {
      title: 'Most frequent unanswered questions (candidates for training utterances)',
      columns: ['question', 'times', 'last asked'],
      rows: r.unanswered.map((u) => [u.text, u.count, u.lastAsked]),
    },
    { title: 'Ratings', columns: ['topic', 'occupation', '👍', '👎'], rows: r.feedback.map((f) => [f.topic ?? '', f.occupation ?? '', f.up, f.down]) },
  ];
}

/** Renders the report as aligned terminal tables, CSV (one block per section) or JSON. */
export function renderReport(r: EditorReport, format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(r, null, 2);
  if (format === 'csv') {
    return sections(r)
      .map((s) => [`# ${s.title}`, s.columns.map(csvCell).join(','), ...s.rows.map((row) => row.map(csvCell).join(','))].join('\n'))
      .join('\n\n');
  }
  const head = `career-bot report${r.since ? ` since ${r.since}` : ''}`;
  return [head, ...sections(r).map(table)].join('\n\n');
}

function table(s: Section): string {
  if (s.rows.length === 0) return `${s.title}\n  (none yet)`;
  const widths = s.columns.map((c, i) => Math.max(c.length, ...s.rows.map((r) => String(r[i]).length)));
  const line = (cells: Row): string => '  ' + cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [s.title, line(s.columns), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...s.rows.map(line)].join('\n');
}

function csvCell(v: string | number): string {
  // Users' questions end up here: a cell starting with = + - @ would run as a formula in a spreadsheet.
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Counts of combined values ("salary,education") added to each part; only `keep` values remain. */
function splitCounts<K extends string>(rows: readonly ({ count: number } & Record<K, string>)[], key: K, keep: (v: string) => boolean): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const part of row[key].split(',')) if (keep(part)) counts.set(part, (counts.get(part) ?? 0) + row.count);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
