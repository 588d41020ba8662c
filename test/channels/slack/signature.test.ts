import assert from 'node:assert/strict';
import { RecentIds, signatureProblem, slackSignature } from '../../../src/channels/slack';

describe('Slack request signature (v0)', () => {
  // The worked example of Slack's documentation on verifying requests.
  const secret = '8f742231b10e8888abcd99yyyzzz85a5';
  const timestamp = '1531420618';
  const body = Buffer.from(
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  );

  it("matches Slack's documented example signature", () => {
    assert.equal(slackSignature(secret, timestamp, body), 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
    assert.equal(signatureProblem(secret, { timestamp, signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503', rawBody: body }, 1531420618 + 10), undefined);
  });

  const signature = slackSignature(secret, timestamp, body);
  const at = Number(timestamp);
  const table: [string, Parameters<typeof signatureProblem>[1], number, RegExp | undefined][] = [
    ['genuine, 299 s old', { timestamp, signature, rawBody: body }, at + 299, undefined],
    ['301 s old', { timestamp, signature, rawBody: body }, at + 301, /five minutes/],
    ['301 s in the future', { timestamp, signature, rawBody: body }, at - 301, /five minutes/],
    ['no timestamp', { timestamp: undefined, signature, rawBody: body }, at, /missing/],
    ['a timestamp that is not a number', { timestamp: '15314206l8', signature, rawBody: body }, at, /Unix time/],
    ['upper-case hex', { timestamp, signature: signature.toUpperCase(), rawBody: body }, at, /does not match/],
    ['a v1 prefix', { timestamp, signature: signature.replace('v0=', 'v1='), rawBody: body }, at, /does not match/],
    ['an empty body', { timestamp, signature, rawBody: Buffer.alloc(0) }, at, /does not match/],
  ];
  for (const [what, request, now, problem] of table) {
    it(`${what} → ${problem ? 'refused' : 'accepted'}`, () => {
      const result = signatureProblem(secret, request, now);
      if (problem) assert.match(result ?? '', problem);
      else assert.equal(result, undefined);
    });
  }
});

describe('recent event ids (Slack retries)', () => {
  it('reports a repeated id as a duplicate within the time to live, and forgets it after', () => {
    let now = 0;
    const ids = new RecentIds({ maxEntries: 100, ttlMs: 1000, now: () => now });
    assert.equal(ids.checkAndAdd('Ev1'), false);
    now = 999;
    assert.equal(ids.checkAndAdd('Ev1'), true);
    now = 2000;
    assert.equal(ids.checkAndAdd('Ev1'), false, 'expired: seen as new');
    assert.equal(ids.checkAndAdd('Ev1'), true);
  });

  it('never holds more than maxEntries, forgetting the oldest first', () => {
    const ids = new RecentIds({ maxEntries: 3, ttlMs: 60_000, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) ids.checkAndAdd(id);
    assert.equal(ids.size, 3);
    assert.equal(ids.checkAndAdd('d'), true);
    assert.equal(ids.checkAndAdd('a'), false, 'the oldest was dropped');
  });
});
