import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DataError } from '../../src/errors';
import { createLogger } from '../../src/log';
import { BrainCache, brainFingerprint, loadBrain } from '../../src/reload';
import { ROOT, tempDir, testConfig } from '../helpers/app';

describe('brain cache', () => {
  const samples = ['Was verdient ein Backend Developer?', 'how do I apply', 'Wie wird das Wetter?', 'Unterschied Frontend Backend', 'Gehalt Data Scientist in München'];
  const brainFiles = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.brain'));

  it('a restart with unchanged data takes knowledge and model from the cache and answers exactly the same', () => {
    const cacheDir = tempDir();
    const config = testConfig({ MODEL_CACHE_DIR: cacheDir });
    const first = loadBrain(config);
    assert.equal(first.model, 'trained');
    assert.equal(brainFiles(cacheDir).length, 1);
    const second = loadBrain(config);
    assert.equal(second.model, 'cached');
    assert.deepEqual(second.knowledge, first.knowledge);
    for (const text of samples) assert.deepEqual(second.recognizer.recognize(text), first.recognizer.recognize(text), text);
    for (const address of ['informal', 'formal'] as const) {
      const answer = (brain: typeof first): unknown => brain.answers[address].topic('backend-developer', 'salary', 'de');
      assert.deepEqual(answer(second), answer(first), address);
    }
    assert.notDeepEqual(second.answers.formal.topic('backend-developer', 'salary', 'de'), second.answers.informal.topic('backend-developer', 'salary', 'de'));
    // As immutable as freshly loaded knowledge.
    const backend = second.knowledge.occupations.get('backend-developer')!;
    assert.ok(Object.isFrozen(backend.title) && Object.isFrozen(backend.topics.salary));
    assert.throws(() => {
      (backend.title as { de: string }).de = 'Pilot';
    }, TypeError);
  });

  it('an edited data file is loaded and validated again: a broken file is never hidden by the cache', () => {
    const dir = tempDir();
    fs.cpSync(path.join(ROOT, 'knowledge'), path.join(dir, 'knowledge'), { recursive: true });
    const config = testConfig({ MODEL_CACHE_DIR: tempDir(), KNOWLEDGE_DIR: path.join(dir, 'knowledge') });
    const before = brainFingerprint([config.knowledgeDir, config.intentsDir]);
    loadBrain(config);
    const file = path.join(dir, 'knowledge', 'backend-developer.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^id: .*$/m, 'id: 42'));
    assert.notEqual(brainFingerprint([config.knowledgeDir, config.intentsDir]), before);
    assert.throws(() => loadBrain(config), (err) => err instanceof DataError && err.message.includes('backend-developer.yaml'));
  });

  it('an edited intents file changes the fingerprint', () => {
    const dir = tempDir();
    fs.cpSync(path.join(ROOT, 'intents'), path.join(dir, 'intents'), { recursive: true });
    const before = brainFingerprint([path.join(ROOT, 'knowledge'), path.join(dir, 'intents')]);
    fs.appendFileSync(path.join(dir, 'intents', 'en.yaml'), '\n');
    assert.notEqual(brainFingerprint([path.join(ROOT, 'knowledge'), path.join(dir, 'intents')]), before);
  });

  it('a corrupt or truncated cache file means loading and training again, not a crash', () => {
    const cacheDir = tempDir();
    const config = testConfig({ MODEL_CACHE_DIR: cacheDir });
    loadBrain(config);
    const [file] = brainFiles(cacheDir);
    const full = path.join(cacheDir, file);
    const bytes = fs.readFileSync(full);
    for (const broken of [Buffer.from('not a brain'), bytes.subarray(0, bytes.length >> 1), bytes.subarray(0, bytes.length - 4)]) {
      fs.writeFileSync(full, broken);
      assert.equal(new BrainCache(cacheDir).load(file.replace('.brain', '')), undefined);
    }
    assert.equal(loadBrain(config).model, 'trained');
  });

  it('keeps the three newest brains; older ones and model files of earlier versions are removed', () => {
    const cacheDir = tempDir();
    ['d.brain', 'c.brain', 'b.brain', 'a.model'].forEach((name, age) => {
      fs.writeFileSync(path.join(cacheDir, name), '');
      const then = new Date(Date.now() - (age + 1) * 60_000);
      fs.utimesSync(path.join(cacheDir, name), then, then);
    });
    loadBrain(testConfig({ MODEL_CACHE_DIR: cacheDir }));
    const left = brainFiles(cacheDir);
    assert.equal(fs.readdirSync(cacheDir).length, 3);
    assert.ok(left.includes('c.brain') && left.includes('d.brain'), left.join(', '));
  });

  it('a cache folder that cannot be written costs only the cache: the brain loads and a warning is logged', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const lines: string[] = [];
    const brain = loadBrain(testConfig({ MODEL_CACHE_DIR: path.join(file, 'cache') }), createLogger('warn', (line) => lines.push(line)));
    assert.equal(brain.model, 'trained');
    assert.ok(lines.some((l) => l.includes('BRAIN_CACHE_FAILED')), lines.join('\n'));
  });

  it('a missing data folder gets the loaders\' message, not a file system error from the fingerprint', () => {
    assert.equal(brainFingerprint(['/nonexistent-knowledge', path.join(ROOT, 'intents')]), undefined);
    assert.throws(() => loadBrain(testConfig({ MODEL_CACHE_DIR: tempDir(), KNOWLEDGE_DIR: '/nonexistent-knowledge' })), (err) => err instanceof DataError && err.message.includes('KNOWLEDGE_DIR'));
  });

  it('MODEL_CACHE_DIR=off loads and trains every time and writes nothing', () => {
    const config = testConfig({ MODEL_CACHE_DIR: 'off' });
    assert.equal(config.modelCacheDir, undefined);
    assert.equal(loadBrain(config).model, 'trained');
  });
});
