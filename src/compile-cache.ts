import crypto from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { writeFileAtomic } from './write-file-atomic';

/** What the compile cache did in this process (for the start-up log line). */
export interface CompileCacheStats {
  /** Modules whose compiled code came from the cache. */
  readonly cached: number;
  /** Modules compiled from their source (new, changed, or the cache rejected by V8). */
  readonly compiled: number;
}

/** A compile cache enabled in this process. */
export interface CompileCache {
  /** Undefined where Node's own cache is used (Node 22.1+), which does not tell. */
  stats(): CompileCacheStats | undefined;
  /**
   * Writes the code of the modules compiled from source since start, together with the cached code that was
   * used (nothing when every module came from the cache), then ends caching in this process: modules loaded
   * later, rarely, are compiled as usual, and the cache's memory is freed. Call it once the process is ready.
   */
  save(): void;
}

/** The parts of Node's CommonJS loader a code cache has to take over (see `lib/internal/modules/cjs/loader.js`). */
interface CommonJsModule {
  filename: string;
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}
interface CommonJsLoader {
  prototype: CommonJsModule;
  wrap(script: string): string;
  _resolveFilename(request: string, parent: CommonJsModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: CommonJsModule): string[] | null;
  wrapper: readonly string[];
  _extensions: unknown;
  _cache: unknown;
  enableCompileCache?: (dir: string) => unknown;
}

/**
 * A script's `import()` needs a handler given when it is compiled. The one Node 20.20 offers for this
 * (`vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER`, experimental) was lost in our test when the script came from
 * cached code (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING at the call), so modules that may import dynamically are
 * left to Node's loader.
 */
const DYNAMIC_IMPORT = /\bimport\s*\(/;

interface Stored {
  hash: string;
  data: Buffer;
}

/**
 * Keeps V8's compiled code of the CommonJS modules under `scope` (the dependencies in `node_modules`) in
 * `dir`, so a restart does not parse and compile them again: compiling botbuilder's and restify's several
 * hundred modules is the largest single cost of start-up. The idea and the loader hook are those of the
 * `v8-compile-cache` package (yarn, eslint), which cannot be used as it is because it compiles every
 * required file as CommonJS and so breaks the ES modules Node 20 now loads through `require()`; those, like
 * anything that does not compile as a CommonJS function and modules with a dynamic `import()`, are left to
 * Node's own loader. A cached entry is used only for the exact source it was made from (SHA-1 of the text),
 * and V8 itself rejects code from another V8 version or other flags. Node 22.1 and later have this built in
 * (`module.enableCompileCache`), which is used instead where it exists.
 */
export function enableCompileCache(dir: string, scope: string): CompileCache {
  const loader = Module as unknown as CommonJsLoader;
  if (loader.enableCompileCache) {
    loader.enableCompileCache(dir);
    return { stats: () => undefined, save: () => undefined };
  }
  const name = `${process.version}-${process.arch}.bin`;
  const file = path.join(dir, name);
  let stored = readStore(file);
  const inUse = new Map<string, Stored>();
  const fresh = new Map<string, Stored>();
  const original = loader.prototype._compile;
  // Node hands the loader real paths: a node_modules reached through a symbolic link must be compared as one.
  const real = fs.existsSync(scope) ? fs.realpathSync(scope) : scope;
  const prefix = real.endsWith(path.sep) ? real : real + path.sep;
  // Stack traces count columns of the first line without the function wrapper around the module's code.
  const columnOffset = -loader.wrapper[0].length;

  loader.prototype._compile = function compile(this: CommonJsModule, content: string, filename: string, format?: string): unknown {
    if (format === 'module' || !filename.startsWith(prefix) || !/\.c?js$/.test(filename) || DYNAMIC_IMPORT.test(content)) {
      return original.call(this, content, filename, format);
    }
    const hash = crypto.createHash('sha1').update(content).digest('base64');
    const entry = stored.get(filename);
    const cachedData = entry?.hash === hash ? entry.data : undefined;
    let script: vm.Script;
    try {
      script = new vm.Script(loader.wrap(content), { filename, cachedData, columnOffset });
    } catch {
      // ES module syntax in a '.js' file, or a real syntax error: Node's loader knows what to do or to say.
      return original.call(this, content, filename, format);
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const result = wrapper.call(this.exports, this.exports, requireFor(loader, this), this, filename, path.dirname(filename));
    if (cachedData && !script.cachedDataRejected) {
      inUse.set(filename, { hash, data: cachedData });
    } else {
      // Made now, not when saving: V8 rejects code made under other flags, and start-up changes some
      // (--heap-growing-percent). After the module's top level has run, its code includes what that ran.
      fresh.set(filename, { hash, data: script.createCachedData() });
    }
    return result;
  };

  let stats: CompileCacheStats = { cached: 0, compiled: 0 };
  return {
    stats: () => (loader.prototype._compile === original ? stats : { cached: inUse.size, compiled: fresh.size }),
    save() {
      if (loader.prototype._compile === original) return;
      stats = { cached: inUse.size, compiled: fresh.size };
      loader.prototype._compile = original;
      try {
        if (fresh.size > 0) {
          writeStore(file, new Map([...inUse, ...fresh]));
          // Stores of other Node versions are of no use any more.
          for (const other of fs.readdirSync(dir)) if (other.endsWith('.bin') && other !== name) fs.rmSync(path.join(dir, other), { force: true });
        }
      } finally {
        stored = new Map();
        inUse.clear();
        fresh.clear();
      }
    },
  };
}

/** The `require` a module's code receives, as Node's `makeRequireFunction` builds it. */
function requireFor(loader: CommonJsLoader, mod: CommonJsModule): NodeJS.Require {
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => loader._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => loader._resolveLookupPaths(request, mod);
  req.resolve = resolve;
  req.main = require.main;
  req.extensions = loader._extensions as NodeJS.Require['extensions'];
  req.cache = loader._cache as NodeJS.Require['cache'];
  return req;
}

// The store: a 4-byte length, a JSON index [filename, hash, byte length][], then the code of each in order.
function readStore(file: string): Map<string, Stored> {
  const out = new Map<string, Stored>();
  try {
    const bytes = fs.readFileSync(file);
    const indexLength = bytes.readUInt32LE(0);
    const index = JSON.parse(bytes.subarray(4, 4 + indexLength).toString('utf8')) as [string, string, number][];
    let offset = 4 + indexLength;
    for (const [filename, hash, length] of index) {
      if (offset + length > bytes.length) return new Map();
      out.set(filename, { hash, data: bytes.subarray(offset, offset + length) });
      offset += length;
    }
  } catch {
    // No cache yet, or an unreadable one: everything is compiled from source and the cache written anew.
  }
  return out;
}

function writeStore(file: string, entries: ReadonlyMap<string, Stored>): void {
  const index = JSON.stringify([...entries].map(([filename, { hash, data }]) => [filename, hash, data.length]));
  const indexBytes = Buffer.from(index, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(indexBytes.length);
  writeFileAtomic(file, Buffer.concat([length, indexBytes, ...[...entries.values()].map((e) => e.data)]));
}
