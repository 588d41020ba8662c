import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './helpers/app';

/**
 * Each run is a fresh Node process (a compile cache hooks the module loader for good): it enables the cache
 * for a folder of small modules, loads them, writes the cache and prints what it got.
 */
function run(modules: string, cacheDir: string): { value: unknown; stats: { cached: number; compiled: number } } {
  const script = `
    const { enableCompileCache } = require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'compile-cache.js'))});
    const cache = enableCompileCache(${JSON.stringify(cacheDir)}, ${JSON.stringify(modules)});
    const entry = require(${JSON.stringify(path.join(modules, 'entry.js'))});
    entry.later().then((later) => {
      const stats = cache.stats();
      cache.save();
      process.stdout.write(JSON.stringify({ value: { ...entry.now, later }, stats }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as ReturnType<typeof run>;
}

describe('compile cache', function () {
  this.timeout(30_000);

  function modules(): string {
    const dir = path.join(tempDir(), 'node_modules');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    // entry.js imports dynamically and the .mjs files are ES modules: Node's own loader runs those.
    fs.writeFileSync(path.join(dir, 'entry.js'), `
      const helper = require('./sub/helper');
      exports.now = { ...helper.info, esm: require('./esm.mjs').value };
      exports.later = () => import('./lazy.mjs').then((m) => m.value);`);
    fs.writeFileSync(path.join(dir, 'sub', 'helper.js'), `
      const other = require('../other');
      exports.info = { helper: 'one', other: other.value, resolved: require.resolve('../other') === require('path').join(__dirname, '..', 'other.js'), cache: require.cache[__filename] === module };`);
    fs.writeFileSync(path.join(dir, 'other.js'), 'exports.value = "other";');
    fs.writeFileSync(path.join(dir, 'esm.mjs'), 'export const value = "an ES module through require()";');
    fs.writeFileSync(path.join(dir, 'lazy.mjs'), 'export const value = "a dynamic import";');
    return dir;
  }
  const expected = { helper: 'one', other: 'other', resolved: true, cache: true, esm: 'an ES module through require()', later: 'a dynamic import' };

  it('a second process runs the same modules from the cache, with the same results', () => {
    const dir = modules();
    const cache = tempDir();
    const first = run(dir, cache);
    assert.deepEqual(first.value, expected);
    assert.deepEqual(first.stats, { cached: 0, compiled: 2 });
    const second = run(dir, cache);
    assert.deepEqual(second.value, expected);
    assert.deepEqual(second.stats, { cached: 2, compiled: 0 });
  });

  it('works when the modules folder is reached through a symbolic link (Node hands the loader real paths)', () => {
    const dir = modules();
    const link = path.join(tempDir(), 'node_modules');
    fs.symlinkSync(dir, link);
    const cache = tempDir();
    assert.deepEqual(run(link, cache).stats, { cached: 0, compiled: 2 });
    assert.deepEqual(run(link, cache).stats, { cached: 2, compiled: 0 });
  });

  it('a cached module reports errors at their line and column', () => {
    const dir = modules();
    fs.writeFileSync(path.join(dir, 'sub', 'helper.js'), 'exports.info = { stack: new Error("here").stack.split("\\n")[1] };');
    const cache = tempDir();
    run(dir, cache);
    const where = (run(dir, cache).value as { stack: string }).stack;
    assert.match(where, /helper\.js:1:25\)?$/, where);
  });

  it('an edited module runs its new code, never the cached old one (even at the same length)', () => {
    const dir = modules();
    const cache = tempDir();
    run(dir, cache);
    const helper = path.join(dir, 'sub', 'helper.js');
    fs.writeFileSync(helper, fs.readFileSync(helper, 'utf8').replace("'one'", "'two'"));
    const after = run(dir, cache);
    assert.equal((after.value as typeof expected).helper, 'two');
    assert.deepEqual(after.stats, { cached: 1, compiled: 1 });
  });

  it('a corrupt cache file means compiling from source, not a crash', () => {
    const dir = modules();
    const cache = tempDir();
    run(dir, cache);
    for (const f of fs.readdirSync(cache)) fs.writeFileSync(path.join(cache, f), 'not a cache');
    const after = run(dir, cache);
    assert.deepEqual(after.value, expected);
    assert.deepEqual(after.stats, { cached: 0, compiled: 2 });
  });
});
