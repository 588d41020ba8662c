import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadBrain, ModelCache, modelFingerprint } from '../../src/reload';
import { ROOT, tempDir, testConfig } from '../helpers/app';

describe('model cache', () => {
  const samples = ['Was verdient ein Backend Developer?', 'how do I apply', 'Wie wird das Wetter?', 'Unterschied Frontend Backend'];

  it('a restart with unchanged data uses the cached model and recognises exactly the same', () => {
    const cacheDir = tempDir();
    const config = testConfig({ MODEL_CACHE_DIR: cacheDir });
    const first = loadBrain(config);
    assert.equal(first.model, 'trained');
    assert.equal(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.model')).length, 1);
    const second = loadBrain(config);
    assert.equal(second.model, 'cached');
    for (const text of samples) assert.deepEqual(second.recognizer.recognize(text), first.recognizer.recognize(text), text);
  });

  it('an edited intents file retrains (the fingerprint covers every data file)', () => {
    const dir = tempDir();
    fs.cpSync(path.join(ROOT, 'intents'), path.join(dir, 'intents'), { recursive: true });
    const before = modelFingerprint([path.join(ROOT, 'knowledge'), path.join(dir, 'intents')]);
    const file = path.join(dir, 'intents', 'en.yaml');
    fs.appendFileSync(file, '\n');
    assert.notEqual(modelFingerprint([path.join(ROOT, 'knowledge'), path.join(dir, 'intents')]), before);
  });

  it('a corrupt cache file means training again, not a crash', () => {
    const cacheDir = tempDir();
    const config = testConfig({ MODEL_CACHE_DIR: cacheDir });
    loadBrain(config);
    const [file] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.model'));
    fs.writeFileSync(path.join(cacheDir, file), 'not a model');
    assert.equal(new ModelCache(cacheDir).load(file.replace('.model', '')), undefined);
    assert.equal(loadBrain(config).model, 'trained');
  });

  it('MODEL_CACHE_DIR=off trains every time and writes nothing', () => {
    const config = testConfig({ MODEL_CACHE_DIR: 'off' });
    assert.equal(config.modelCacheDir, undefined);
    assert.equal(loadBrain(config).model, 'trained');
  });
});
