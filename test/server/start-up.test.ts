import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/app';
import { startupLog } from '../helpers/start';

describe('start-up caches (npm start)', function () {
  this.timeout(120_000);
  const listening = (log: Record<string, unknown>[]): Record<string, unknown> => {
    const line = log.find((l) => l.msg === 'career-bot listening');
    assert.ok(line, 'no "listening" line');
    return line;
  };

  it('a restart takes the validated data, the model and the dependencies\' compiled code from the caches', async () => {
    const env = { MODEL_CACHE_DIR: tempDir(), COMPILE_CACHE_DIR: tempDir() };
    const first = listening(await startupLog([], env));
    assert.equal(first.model, 'trained');
    const { cached, compiled } = first.compileCache as { cached: number; compiled: number };
    assert.ok(compiled > 100 && cached === 0, JSON.stringify(first.compileCache));
    // The cache is written just after "listening"; the first process is stopped right then.
    const deadline = Date.now() + 10_000;
    while (fs.readdirSync(env.COMPILE_CACHE_DIR).filter((f) => f.endsWith('.bin')).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const second = listening(await startupLog([], env));
    assert.equal(second.model, 'cached');
    // Fewer modules than at the first start: with the brain cache nothing loads the YAML parser or the validator.
    const again = second.compileCache as { cached: number; compiled: number };
    assert.ok(again.compiled === 0 && again.cached > 100 && again.cached < compiled, JSON.stringify(again));
  });

  it('COMPILE_CACHE_DIR=off compiles everything and writes nothing', async () => {
    const dir = tempDir();
    const line = listening(await startupLog([], { COMPILE_CACHE_DIR: 'off', MODEL_CACHE_DIR: path.join(dir, 'brains') }));
    assert.equal(line.compileCache, undefined);
    assert.deepEqual(fs.readdirSync(dir), ['brains']);
  });
});
