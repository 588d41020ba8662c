/**
 * Cold start to ready: spawns `node dist/src/main.js` and times until its "listening" log line, with the
 * brain and compile caches empty (validating, training and compiling at start-up) and filled (the usual
 * restart), in the same run.
 *
 *   npm run build && node dist/bench/startup.js [--runs 5]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Spawns the bot with `env` (port 0, hot reload off) and resolves with the milliseconds until its
 * "listening" log line; the process is stopped then.
 */
export function startOnce(env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(ROOT, 'dist', 'src', 'main.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HOT_RELOAD: 'false', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    let ready = false;
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      // Once: a second SIGTERM would cut the graceful shutdown short.
      if (!ready && log.includes('"career-bot listening"')) {
        ready = true;
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        child.kill('SIGTERM');
        child.once('exit', () => resolve(ms));
      }
    });
    child.once('exit', (code) => (log.includes('listening') ? undefined : reject(new Error(`exited ${code}: ${log}`))));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-startup-'));
  const results: { name: string; ms: number[] }[] = [
    { name: 'cold (empty caches: trains)', ms: [] },
    { name: 'warm (brain + compile cache)', ms: [] },
  ];
  for (let i = 0; i < runs; i++) {
    const env = { DATABASE_PATH: path.join(dir, `db-${i}.sqlite`), MODEL_CACHE_DIR: path.join(dir, `cache-${i}`), COMPILE_CACHE_DIR: path.join(dir, `compiled-${i}`) };
    results[0].ms.push(await startOnce(env));
    results[1].ms.push(await startOnce(env));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  process.stdout.write(`start-up to "listening", ${runs} runs each (ms)\n`);
  for (const r of results) {
    process.stdout.write(`${r.name.padEnd(32)} median ${median(r.ms).toFixed(0).padStart(5)}  min ${Math.min(...r.ms).toFixed(0).padStart(5)}  max ${Math.max(...r.ms).toFixed(0).padStart(5)}\n`);
  }
  process.stdout.write('target (issue 8): < 1500 ms\n');
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
