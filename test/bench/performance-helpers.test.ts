import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { moduleOf, summariseProfile } from '../../bench/cpu-profile';
import { checkCareerBotReply, checkEchoReply, loadActivity } from '../../bench/http-load';
import { EXPECTED_TOPIC, LOAD_SCRIPTS } from '../../bench/load-questions';
import { median, slope } from '../../bench/stats';
import { activityProblem } from '../../src/server';

describe('npm run bench: helpers', () => {
  describe('the load', () => {
    it('sends 40 distinct scripted questions, German and English', () => {
      assert.equal(LOAD_SCRIPTS.flat().length, 40);
      assert.equal(EXPECTED_TOPIC.size, 40, 'every question text once, so a reply can be matched to its question');
    });

    it('sends activities /api/messages accepts, with expectReplies, spread over 200 conversations', () => {
      const conversations = new Set<string>();
      for (let n = 0; n < 1000; n++) {
        const body = loadActivity(n, 200, 'load');
        const activity = JSON.parse(body) as { deliveryMode: string; conversation: { id: string }; text: string };
        assert.equal(activityProblem(activity), undefined, body);
        assert.equal(activity.deliveryMode, 'expectReplies');
        assert.ok(EXPECTED_TOPIC.has(activity.text));
        conversations.add(activity.conversation.id);
      }
      assert.equal(conversations.size, 200);
    });

    it('walks each conversation through its script in order', () => {
      const turns = [0, 200, 400].map((n) => JSON.parse(loadActivity(n, 200, 'x')) as { text: string; conversation: { id: string } });
      assert.deepEqual(turns.map((t) => t.conversation.id), ['x-c0', 'x-c0', 'x-c0']);
      assert.deepEqual(turns.map((t) => t.text), LOAD_SCRIPTS[0].slice(0, 3).map((t) => t.text));
    });
  });

  describe('reply checks: a fast but broken bot does not pass', () => {
    const reply = (topic: string, text = 'Wie viel du als Backend Developer verdienst, hängt von der Region ab.'): string =>
      JSON.stringify({
        activities: [
          { type: 'trace', value: { text: 'Was verdient ein Backend Developer?', answered: { topic } } },
          { type: 'message', text },
        ],
      });

    it('accepts the scripted topic with an answer', () => assert.equal(checkCareerBotReply(reply('salary')), undefined));
    it('rejects another topic', () => assert.match(checkCareerBotReply(reply('None')) ?? '', /expected salary/));
    it('rejects a reply without an answer text', () => assert.match(checkCareerBotReply(reply('salary', '')) ?? '', /no message/));
    it('rejects an error body', () => assert.match(checkCareerBotReply('Internal Server Error') ?? '', /not JSON/));
    it('accepts only echoes of scripted questions from the echo bot', () => {
      assert.equal(checkEchoReply(JSON.stringify({ activities: [{ type: 'message', text: 'Echo: Hallo' }] })), undefined);
      assert.ok(checkEchoReply(JSON.stringify({ activities: [{ type: 'message', text: 'Echo: something else' }] })));
    });
  });

  describe('statistics', () => {
    it('fits the slope of a line and finds none in a flat series', () => {
      assert.equal(slope([0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 1 }))), 2);
      assert.equal(slope([0, 1, 2].map((x) => ({ x, y: 150 }))), 0);
      assert.equal(slope([{ x: 1, y: 5 }]), 0);
    });

    it('takes the median of odd and even lists', () => {
      assert.equal(median([3, 1, 2]), 2);
      assert.equal(median([4, 1, 3, 2]), 2.5);
    });
  });

  describe('CPU profile summary', () => {
    it('names modules: packages (scoped, nested), our folders, node internals, V8 pseudo frames', () => {
      assert.equal(moduleOf('file:///app/node_modules/botbuilder-core/lib/turnContext.js', 'f'), 'botbuilder-core');
      assert.equal(moduleOf('file:///app/node_modules/@azure/core-client/dist/pipeline.js', 'f'), '@azure/core-client');
      assert.equal(moduleOf('file:///app/node_modules/a/node_modules/zod/v3/types.cjs', 'f'), 'zod');
      assert.equal(moduleOf('file:///app/dist/src/storage/write-queue.js', 'f'), 'src/storage');
      assert.equal(moduleOf('file:///app/dist/src/index.js', 'f'), 'src/index');
      assert.equal(moduleOf('node:internal/streams/writable', 'f'), 'node:internal');
      assert.equal(moduleOf('', '(garbage collector)'), '(garbage collector)');
      assert.equal(moduleOf('', '(idle)'), '(idle)');
    });

    it('sums self time per module and function within the time window, idle left out', () => {
      const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
      const profile = {
        startTime: 1_000_000,
        nodes: [
          { id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
          { id: 2, callFrame: frame('handle', 'file:///app/dist/src/bot/career-bot.js'), children: [3] },
          { id: 3, callFrame: frame('run', 'file:///app/node_modules/sqlite3/lib/sqlite3.js') },
          { id: 4, callFrame: frame('(idle)', '') },
        ],
        // One sample every 1 ms: handle, run, run, idle, run (the last outside the window).
        samples: [2, 3, 3, 4, 3, 3],
        timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
      };
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-prof-')), 'p.cpuprofile');
      fs.writeFileSync(file, JSON.stringify(profile));
      try {
        const s = summariseProfile(file, { fromUs: 1_000_000, toUs: 1_004_500 });
        assert.deepEqual(s.modules.map((m) => [m.name, m.ms]), [['sqlite3', 2], ['src/bot', 1]]);
        assert.equal(s.busyMs, 3);
        assert.deepEqual(s.ourInclusive.map((m) => [m.name, m.ms]), [['src/bot', 3]]);
      } finally {
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      }
    });
  });
});
