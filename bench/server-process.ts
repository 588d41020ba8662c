import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './data';

/** A server under test, running in its own process. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  /** Resident set size of the process now, in MB (VmRSS of /proc/<pid>/status). */
  rssMb(): number;
  /**
   * CPU time the process has used so far (user + system, all its threads: sqlite3's thread pool too), in
   * milliseconds. Per request, it is the cost that other load on a shared machine disturbs least.
   */
  cpuMs(): number;
  /** The part of {@link cpuMs} spent on the main (JavaScript) thread. */
  mainThreadCpuMs(): number;
  /**
   * Live JS heap in MB after a full garbage collection. Needs the server started with
   * {@link HEAP_REPORT_FLAGS}; the collection changes RSS, so read RSS first.
   */
  liveHeapMb(): Promise<number>;
  /** The process's stderr so far (for error messages). */
  log(): string;
  /** SIGTERM, waits for a clean exit (a CPU profile is written then); SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** What to start: a script under dist/ with its environment and extra node flags. */
export interface ServerSpec {
  name: string;
  /** Path of the compiled script, relative to the project root (e.g. `dist/src/main.js`). */
  script: string;
  env?: Record<string, string>;
  nodeFlags?: string[];
  /** Path answering a GET when ready; default: a POST of `probe` to /api/messages answered with 200. */
  probe: string;
}

/**
 * Starts `spec.script` with `node` on a free port of 127.0.0.1 (PORT) and resolves once the server answers
 * `spec.probe` (a JSON body POSTed to /api/messages) with 200.
 * @throws Error with the child's stderr when it exits or is not ready within `timeoutMs`.
 */
export async function startServer(spec: ServerSpec, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...(spec.nodeFlags ?? []), path.join(ROOT, spec.script)], {
    cwd: ROOT,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...spec.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    // Keep the tail only: a long run must not grow the benchmark's own memory.
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited with ${child.exitCode} before it was ready:\n${stderr}`);
    if (await answers(url, spec.probe)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} not ready after ${timeoutMs} ms:\n${stderr}`);
    }
    await sleep(50);
  }
  return {
    name: spec.name,
    pid: child.pid!,
    url,
    rssMb: () => rssMb(child),
    cpuMs: () => cpuMs(`/proc/${child.pid}/stat`),
    mainThreadCpuMs: () => cpuMs(`/proc/${child.pid}/task/${child.pid}/stat`),
    liveHeapMb: async () => {
      const before = lastReport(stderr)?.seq ?? 0;
      child.kill('SIGUSR2');
      for (let i = 0; i < 100; i++) {
        await sleep(50);
        const report = lastReport(stderr);
        if (report && report.seq > before) return report.liveHeapMb;
      }
      throw new Error(`${spec.name}: no heap report (started without HEAP_REPORT_FLAGS?)`);
    },
    log: () => stderr,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Node flags that let {@link ServerProcess.liveHeapMb} ask the server for its live heap. */
export const HEAP_REPORT_FLAGS: readonly string[] = Object.freeze(['--expose-gc', '-r', path.join(ROOT, 'dist', 'bench', 'targets', 'heap-report.js')]);

function lastReport(log: string): { seq: number; liveHeapMb: number } | undefined {
  const m = [...log.matchAll(/"seq":(\d+),"liveHeapMb":([\d.]+)/g)].at(-1);
  return m ? { seq: Number(m[1]), liveHeapMb: Number(m[2]) } : undefined;
}

async function answers(url: string, probe: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** VmRSS of a running child in MB. */
function rssMb(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kb) throw new Error(`no VmRSS in /proc/${child.pid}/status`);
  return Number(kb[1]) / 1024;
}

// Clock ticks per second of /proc/<pid>/stat (USER_HZ); 100 on every Linux this runs on.
const USER_HZ = 100;

/** utime + stime in milliseconds from a `/proc/<pid>/stat` (the process) or `/proc/<pid>/task/<tid>/stat` (a thread). */
function cpuMs(statFile: string): number {
  const stat = fs.readFileSync(statFile, 'utf8');
  // Fields after the command name (which may contain spaces) start behind the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / USER_HZ) * 1000;
}

/** A port that was free a moment ago (bound to port 0 and released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
