import assert from 'node:assert/strict';
import type { CareerBotApp } from '../../src/index';
import { createLogger } from '../../src/log';
import { listening, messageActivity, testApp } from '../helpers/app';

function message(text: string, conversation: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(text, conversation, { from: { id: 'user-ops' } })) };
}

/** What an operator relies on: health, readiness, metrics and logs that carry no personal data. */
describe('operations: /healthz, /readyz, /metrics, logs', () => {
  let app: CareerBotApp;
  let base: string;
  const lines: string[] = [];

  before(async () => {
    app = await testApp({ METRICS_TOKEN: 'scrape-me' }, createLogger('info', (line) => lines.push(line)));
    base = await listening(app);
  });
  after(() => app.close());

  it('is alive and ready with knowledge and database', async () => {
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', checks: { knowledge: true, database: true, accepting: true } });
  });

  it('counts turns by channel, intent and language, fallbacks, latency and HTTP statuses', async () => {
    await fetch(`${base}/api/messages`, message('Was verdient ein Backend Developer?', 'ops-1'));
    await fetch(`${base}/api/messages`, message('asdfgh qwertz', 'ops-2'));
    await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"broken' });
    assert.equal((await fetch(`${base}/metrics`)).status, 401, 'METRICS_TOKEN is required when set');
    const res = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-me' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
    const text = await res.text();
    assert.match(text, /careerbot_turns_total\{channel="test",intent="salary",language="de"\} 1/);
    assert.match(text, /careerbot_fallbacks_total\{channel="test",language="de"\} 1/);
    assert.match(text, /careerbot_turn_duration_seconds_count\{channel="test"\} 2/);
    assert.match(text, /careerbot_http_responses_total\{route="\/api\/messages",status="200"\} 2/);
    assert.match(text, /careerbot_http_responses_total\{route="\/api\/messages",status="400"\} 1/);
    assert.match(text, /process_resident_memory_bytes \d+/, 'process metrics');
  });

  it('labels made-up channel ids as "other", so callers cannot blow up the metrics', async () => {
    const init = message('Hallo', 'ops-3');
    init.body = String(init.body).replace('"channelId":"test"', '"channelId":"random-123"');
    await fetch(`${base}/api/messages`, init);
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-me' } })).text();
    assert.doesNotMatch(text, /random-123/);
    assert.match(text, /careerbot_turns_total\{channel="other"/);
  });

  it('logs one line per turn with an id, intent and duration — and never what the user wrote', async () => {
    lines.length = 0;
    await fetch(`${base}/api/messages`, message('Ich bin max.mustermann@example.com, was verdient ein Data Scientist?', 'ops-4'));
    const turns = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'turn');
    assert.equal(turns.length, 1, lines.join('\n'));
    assert.equal(turns[0].level, 'info');
    assert.match(String(turns[0].turnId), /^[0-9a-f-]{36}$/);
    assert.equal(turns[0].intent, 'salary');
    assert.equal(turns[0].occupation, 'data-scientist');
    assert.equal(typeof turns[0].ms, 'number');
    for (const line of lines) assert.doesNotMatch(line, /mustermann|example\.com|verdient/, 'no message text or personal data in the log');
  });

  it('is not ready once the database is gone', async () => {
    const other = await testApp();
    const otherBase = await listening(other);
    await other.db.close();
    const res = await fetch(`${otherBase}/readyz`);
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { checks: { database: boolean } }).checks.database, false);
    await other.close();
  });
});
