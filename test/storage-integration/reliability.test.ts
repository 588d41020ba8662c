import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createLogger } from '../../src/log';
import { compose } from '../../src/index';
import { buildReport, renderReport } from '../../src/report';
import { SqliteDatabase } from '../../src/storage';
import { ROOT, tempDir, testConfig, listening } from '../helpers/app';

interface Activity {
  type: string;
  text?: string;
  value?: { answered?: { topic: string; occupation?: string } };
}

const message = (text: string, conversation: string, user = 'user-1'): Record<string, unknown> => ({
  type: 'message',
  text,
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:1',
  deliveryMode: 'expectReplies',
  conversation: { id: conversation },
  from: { id: user },
  recipient: { id: 'bot' },
});

async function post(base: string, body: unknown): Promise<{ status: number; activities: Activity[] }> {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = res.status === 200 ? ((await res.json()) as { activities: Activity[] }) : { activities: [] };
  return { status: res.status, activities: json.activities };
}

const answered = (activities: Activity[]): { topic: string; occupation?: string } | undefined => activities.find((a) => a.type === 'trace')?.value?.answered;


describe('persistence: restarts, concurrency, crashes (real database files)', () => {
  it('a conversation continues after a server restart: the occupation from before is still used', async () => {
    const databasePath = path.join(tempDir(), 'restart.sqlite');
    const first = await compose(testConfig({ DATABASE_PATH: databasePath }), createLogger('silent'));
    const before = await post(await listening(first), message('Was macht ein Data Scientist?', 'restart-1'));
    assert.deepEqual(answered(before.activities), { topic: 'duties', occupation: 'data-scientist', language: 'de' });
    await first.close();

    const second = await compose(testConfig({ DATABASE_PATH: databasePath }), createLogger('silent'));
    try {
      const after = await post(await listening(second), message('Und was verdient man da?', 'restart-1'));
      assert.deepEqual(answered(after.activities), { topic: 'salary', occupation: 'data-scientist', language: 'de' });
    } finally {
      await second.close();
    }
  });

  it('concurrent turns of one conversation are all answered and all recorded (no lost update)', async () => {
    const app = await compose(testConfig(), createLogger('silent'));
    try {
      const base = await listening(app);
      const questions = ['Was verdient ein Backend Developer?', 'Was macht ein Data Scientist?', 'Ausbildung Systemadministrator', 'Jobs als DevOps Engineer'];
      const results = await Promise.all(Array.from({ length: 24 }, (_, i) => post(base, message(questions[i % questions.length], 'busy-1'))));
      for (const r of results) {
        assert.equal(r.status, 200);
        const text = r.activities.filter((a) => a.type === 'message').map((a) => a.text).join('\n');
        assert.ok(!/schiefgelaufen|went wrong/.test(text), `a turn failed: ${text}`);
      }
      const turns = await app.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM analytics WHERE conversation_id = 'busy-1'");
      assert.equal(turns?.n, 24);
      const lines = await app.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM transcripts WHERE conversation_id = 'busy-1' AND json_extract(activity, '$.type') = 'message' AND json_extract(activity, '$.from.id') = 'user-1'");
      assert.equal(lines?.n, 24, 'every user message is in the transcript');
    } finally {
      await app.close();
    }
  });

  it('SIGKILL during a burst of turns leaves an intact database with every turn whose reply was sent', async function () {
    this.timeout(60_000);
    const databasePath = path.join(tempDir(), 'crash.sqlite');
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(ROOT, 'dist', 'src', 'main.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, HOT_RELOAD: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const base = await listeningUrl(child);
    const answeredConversations: string[] = [];
    let killed = false;
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; !killed && i < 200; i++) {
        const id = `crash-${w}-${i}`;
        try {
          const r = await post(base, message('Was verdient ein Frontend Developer?', id, `u-${w}`));
          if (r.status === 200 && answered(r.activities)?.topic === 'salary') answeredConversations.push(id);
        } catch {
          return; // the server is gone
        }
        if (answeredConversations.length >= 60 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3, 4, 5].map(worker));
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(undefined) : child.once('exit', resolve)));
    assert.equal(child.signalCode, 'SIGKILL');

    const db = await SqliteDatabase.open(databasePath);
    try {
      assert.deepEqual(await db.integrityCheck(), ['ok']);
      for (const id of answeredConversations) {
        const state = await db.get<{ document: string }>('SELECT document FROM bot_state WHERE key = ?', [`test/conversations/${id}/`]);
        assert.ok(state && JSON.parse(state.document).dialogue?.occupation === 'frontend-developer', `state of ${id}`);
        const turn = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM analytics WHERE conversation_id = ?', [id]);
        assert.equal(turn?.n, 1, `analytics of ${id}`);
        const lines = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM transcripts WHERE conversation_id = ?', [id]);
        assert.ok((lines?.n ?? 0) >= 2, `transcript of ${id}`);
      }
    } finally {
      await db.close();
    }
  });

  it('SIGTERM during a burst: running turns are answered, the process exits 0 with a clean database', async function () {
    this.timeout(60_000);
    const databasePath = path.join(tempDir(), 'term.sqlite');
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(ROOT, 'dist', 'src', 'main.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, HOT_RELOAD: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const base = await listeningUrl(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const inFlight = Array.from({ length: 12 }, (_, i) => post(base, message('Was verdient ein Frontend Developer?', `term-${i}`)).catch((err: Error) => err));
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    const results = await Promise.all(inFlight);
    assert.equal(await exited, 0, log);
    assert.match(log, /"shutting down"/);
    // Requests either completed normally or were refused before they started — none got half an answer.
    const answeredOnes = results.filter((r): r is { status: number; activities: Activity[] } => !(r instanceof Error));
    for (const r of answeredOnes) assert.equal(r.status, 200);
    const db = await SqliteDatabase.open(databasePath);
    try {
      assert.deepEqual(await db.integrityCheck(), ['ok']);
      const turns = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM analytics WHERE conversation_id LIKE 'term-%'");
      assert.ok((turns?.n ?? 0) >= answeredOnes.length, 'every answered turn is stored');
    } finally {
      await db.close();
    }
  });

  it('a turn whose data cannot be stored is not confirmed: 503 with a reason instead of 200', async () => {
    const app = await compose(testConfig(), createLogger('silent'));
    try {
      const base = await listening(app);
      assert.equal((await post(base, message('Was macht ein Data Scientist?', 'broken-1'))).status, 200);
      // Simulate a storage failure for this turn's transcript lines (as a full disk would).
      await app.db.write((tx) => tx.run('DROP TABLE transcripts'));
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message('Und was verdient man da?', 'broken-1')) });
      assert.equal(res.status, 503);
      assert.match(((await res.json()) as { message: string }).message, /could not be stored/);
    } finally {
      await app.close();
    }
  });

  it('the editors report shows turns, fallbacks, topics, occupations, unanswered questions and ratings', async () => {
    const app = await compose(testConfig(), createLogger('silent'));
    try {
      const base = await listening(app);
      for (const [text, conv] of [['Was verdient ein Backend Developer?', 'r1'], ['👍', 'r1'], ['Wie hoch ist der Mindestlohn?', 'r2'], ['wie hoch ist der mindestlohn', 'r3'], ['Was macht ein Data Scientist?', 'r4']]) {
        await post(base, message(text, conv));
      }
      const report = await buildReport(app.analytics);
      assert.equal(report.fallbackRate.fallbacks, 2);
      assert.deepEqual(report.unanswered.map((u) => [u.text, u.count]), [['wie hoch ist der mindestlohn', 2]]);
      assert.ok(report.topTopics.some((t) => t.topic === 'salary'));
      assert.ok(report.topOccupations.some((o) => o.occupation === 'data-scientist'));
      assert.deepEqual(report.feedback, [{ topic: 'salary', occupation: 'backend-developer', up: 1, down: 0 }]);
      const table = renderReport(report, 'table');
      assert.match(table, /Most frequent unanswered questions[\s\S]*wie hoch ist der mindestlohn\s+2/);
      assert.match(renderReport(report, 'csv'), /^# Turns per day\nday,turns\n\d{4}-\d{2}-\d{2},5$/m);
      assert.deepEqual(JSON.parse(renderReport(report, 'json')).fallbackRate, report.fallbackRate);
      assert.ok(report.topTopics.every((t) => ['overview', 'duties', 'education', 'skills', 'salary', 'workplaces', 'outlook', 'application', 'jobs', 'compare'].includes(t.topic)), JSON.stringify(report.topTopics));
      const hostile = { ...report, unanswered: [{ text: '=HYPERLINK("http://evil.example")', count: 1, lastAsked: '2026-11-22' }] };
      assert.match(renderReport(hostile, 'csv'), /^"'=HYPERLINK\(""http:\/\/evil\.example""\)",1,/m, 'spreadsheet formulas are neutralised');
      const future = await buildReport(app.analytics, { since: new Date(Date.now() + 86_400_000) });
      assert.equal(future.fallbackRate.turns, 0, '--since filters');
    } finally {
      await app.close();
    }
  });
});

/** Waits for the server's "listening" log line and returns its base URL. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${buffer}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.includes('"career-bot listening"'));
      if (line) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${buffer}`)));
  });
}
