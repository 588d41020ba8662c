import fs from 'node:fs';
import path from 'node:path';
import { formatSeconds } from './progress';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) the summary reads. */
interface CpuProfile {
  /** Microseconds on the monotonic clock (the one `process.hrtime` reads, in any process on the machine). */
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; parent?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function or module, in milliseconds and as a share of the busy (non-idle) time. */
export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** Where a profiled process spent its main-thread time. */
export interface ProfileSummary {
  /** Sampled time in ms, and the part that was not idle. */
  totalMs: number;
  busyMs: number;
  /** Self time per module: an npm package, a folder of ours (`src/bot`), node internals, GC. */
  modules: SelfTime[];
  /** Self time per function, with file and line. */
  functions: SelfTime[];
  /** Inclusive time of each of our `src/` folders (their callees counted, wherever they live). */
  ourInclusive: SelfTime[];
}

const IDLE = '(idle)';

/** A time window on the monotonic clock, in microseconds (`process.hrtime.bigint() / 1000n`). */
export interface Window {
  fromUs: number;
  toUs: number;
}

/** Now on the monotonic clock the profiler uses, in microseconds. */
export function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Summarises a `.cpuprofile`: self time (the time a function itself was on the CPU, callees excluded) by
 * module and by function, and the inclusive time of each of our own folders. With `window`, only samples
 * taken within it count (the load, not the start-up). Only the main thread is in the profile: sqlite3's
 * queries run on libuv's thread pool and are not in it.
 */
export function summariseProfile(file: string, window?: Window): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

  // A sample's time is the gap to the next sample (as DevTools counts it).
  const selfMs = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + ms);
  }

  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    totalMs += ms;
    const mod = moduleOf(node.callFrame.url, node.callFrame.functionName);
    if (mod === IDLE) {
      idleMs += ms;
      continue;
    }
    add(modules, mod, ms);
    add(functions, functionLabel(node.callFrame), ms);
    // Each of our folders on the stack gets the sample once, however deep the recursion.
    const seen = new Set<string>();
    for (let frame: number | undefined = id; frame !== undefined; frame = parentOf.get(frame)) {
      const m = moduleOf(byId.get(frame)!.callFrame.url, '');
      if (m.startsWith('src/') && !seen.has(m)) {
        seen.add(m);
        add(inclusive, m, ms);
      }
    }
  }
  const busyMs = totalMs - idleMs;
  const ranked = (m: Map<string, number>): SelfTime[] =>
    [...m].map(([name, ms]) => ({ name, ms, share: busyMs > 0 ? ms / busyMs : 0 })).sort((a, b) => b.ms - a.ms);
  return { totalMs, busyMs, modules: ranked(modules), functions: ranked(functions), ourInclusive: ranked(inclusive) };
}

/** The newest `.cpuprofile` in `dir`. */
export function newestProfile(dir: string): string {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!files[0]) throw new Error(`no .cpuprofile in ${dir}`);
  return files[0];
}

/** Plain-text report of a summary: top modules, top functions, our folders inclusive. */
export function formatProfile(title: string, s: ProfileSummary, top = 15): string {
  const pct = (x: SelfTime): string => `${(x.share * 100).toFixed(1).padStart(5)} %  ${x.ms.toFixed(0).padStart(6)} ms  ${x.name}`;
  return [
    `${title}: ${formatSeconds(s.busyMs)} busy of ${formatSeconds(s.totalMs)} sampled (main thread)`,
    'self time by module:',
    ...s.modules.slice(0, top).map((x) => `  ${pct(x)}`),
    'self time by function:',
    ...s.functions.slice(0, top).map((x) => `  ${pct(x)}`),
    'inclusive time of our folders (callees included):',
    ...(s.ourInclusive.length ? s.ourInclusive.map((x) => `  ${pct(x)}`) : ['  (none)']),
  ].join('\n');
}

function add(m: Map<string, number>, key: string, ms: number): void {
  m.set(key, (m.get(key) ?? 0) + ms);
}

/** `node_modules/<package>` → the package; `dist/src/<folder>/` → `src/<folder>`; node internals; V8's pseudo frames. */
export function moduleOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(idle)' || functionName === '(root)') return IDLE;
    if (functionName.startsWith('(')) return functionName; // (garbage collector), (program)
    return '(native)';
  }
  // The innermost node_modules names the package (nested installs sit inside other packages).
  const pkg = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
  if (pkg) return pkg[1];
  const ours = /\/dist\/(src|bench)\/(?:([^/]+)\/)?[^/]+\.js$/.exec(url);
  if (ours) return ours[2] ? `${ours[1]}/${ours[2]}` : `${ours[1]}/${path.basename(url, '.js')}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url;
}

function functionLabel(frame: { functionName: string; url: string; lineNumber: number }): string {
  const where = frame.url ? `${moduleOf(frame.url, '')}/${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}
