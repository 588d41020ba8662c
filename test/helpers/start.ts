import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, tempDir } from './app';

/** Starts the bot as `npm start` does (plus `nodeFlags`), returns its log lines up to "listening", stops it. */
export async function startupLog(nodeFlags: string[], env: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...nodeFlags, path.join(ROOT, 'dist', 'src', 'main.js')], {
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
