import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/log';
import { compose, type CareerBotApp } from '../../src/index';
import { loadBrain, startHotReload, type ReloadResult } from '../../src/reload';
import { Conversation, messageText, ROOT, testConfig } from '../helpers/app';

describe('hot reload of knowledge and intents', () => {
  let dir: string;
  let app: CareerBotApp;
  let stop: () => void;
  let nextResult: Promise<ReloadResult>;
  let resolveResult: (r: ReloadResult) => void;
  const warnings: string[] = [];
  const expectReload = (): void => {
    nextResult = new Promise((r) => (resolveResult = r));
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-reload-'));
    fs.cpSync(path.join(ROOT, 'knowledge'), path.join(dir, 'knowledge'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'intents'), path.join(dir, 'intents'), { recursive: true });
    const config = testConfig({ KNOWLEDGE_DIR: path.join(dir, 'knowledge'), INTENTS_DIR: path.join(dir, 'intents') });
    const logger = createLogger('warn', (line) => warnings.push(line));
    app = await compose(config, logger);
    stop = startHotReload({ dirs: [config.knowledgeDir, config.intentsDir], load: () => loadBrain(config), apply: app.setBrain, logger, debounceMs: 50, onReload: (r) => resolveResult(r) });
  });
  after(async () => {
    stop();
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (): string => path.join(dir, 'knowledge', 'backend-developer.yaml');
  const ask = async (): Promise<string> => messageText(await new Conversation(app).say('Was macht ein Backend Developer?'));

  it('an edited answer is live after the edit, without a restart', async () => {
    expectReload();
    fs.writeFileSync(file(), fs.readFileSync(file(), 'utf8').replace('  duties:\n    de: >-\n', '  duties:\n    de: >-\n      Frisch bearbeitet.\n'));
    assert.deepEqual(await nextResult, { ok: true });
    assert.match(await ask(), /^Frisch bearbeitet\./);
  });

  it('a broken edit keeps the previous version running and logs file:line with the fix', async () => {
    expectReload();
    fs.writeFileSync(file(), fs.readFileSync(file(), 'utf8').replace('\n  duties:\n', '\n   duties:\n'));
    const result = await nextResult;
    assert.equal(result.ok, false);
    assert.match((result as { problems: string[] }).problems.join('\n'), /backend-developer\.yaml:\d+: YAML syntax error: .* — /);
    assert.match(warnings.join('\n'), /keeping the previous version/);
    assert.match(await ask(), /^Frisch bearbeitet\./);
  });

  it('new training utterances are learnt on reload', async () => {
    expectReload();
    fs.writeFileSync(file(), fs.readFileSync(file(), 'utf8').replace('\n   duties:\n', '\n  duties:\n'));
    assert.deepEqual(await nextResult, { ok: true });
    const before = app.brain();
    assert.notEqual(before.recognizer.recognize('zorblax quetzalcoatl').intent, 'salary');
    expectReload();
    const intents = path.join(dir, 'intents', 'de.yaml');
    fs.writeFileSync(intents, fs.readFileSync(intents, 'utf8').replace('  - intent: salary\n    examples:\n', '  - intent: salary\n    examples:\n      - zorblax quetzalcoatl\n'));
    assert.deepEqual(await nextResult, { ok: true });
    assert.notEqual(app.brain(), before);
    assert.equal(app.brain().recognizer.recognize('zorblax quetzalcoatl').intent, 'salary');
  });
});
