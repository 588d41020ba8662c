import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers/app';

/** Starts the bot as `npm start` does (plus `nodeFlags`), returns its log lines up to "listening", stops it. */
async function startupLog(nodeFlags: string[], env: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...nodeFlags, path.join(ROOT, 'dist', 'src', 'index.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: path.join(tempDir(), 'heap.sqlite'), HOT_RELOAD: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let buffer = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${buffer}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        if (buffer.includes('"career-bot listening"')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${buffer}`)));
    });
  } finally {
    child.kill('SIGTERM');
  }
  return buffer
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('heap growth bound (HEAP_GROWING_PERCENT)', function () {
  this.timeout(60_000);
  const bounded = (log: Record<string, unknown>[]): unknown => log.find((l) => l.msg === 'heap growth bounded')?.heapGrowingPercent;

  it('the started bot bounds V8 heap growth at 50 % by default, and at the configured value', async () => {
    assert.equal(bounded(await startupLog([])), 50);
    assert.equal(bounded(await startupLog([], { HEAP_GROWING_PERCENT: '120' })), 120);
  });

  it("leaves V8's own growth with 0, and an operator's node --heap-growing-percent wins", async () => {
    assert.equal(bounded(await startupLog([], { HEAP_GROWING_PERCENT: '0' })), undefined);
    assert.equal(bounded(await startupLog(['--heap-growing-percent=80'])), undefined);
  });
});
