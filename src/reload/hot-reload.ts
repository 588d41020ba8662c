import fs from 'node:fs';
import { DataError, formatProblem } from '../errors';
import type { Logger } from '../log';

/** Outcome of one reload attempt, for logs and tests. */
export type ReloadResult = { ok: true } | { ok: false; problems: string[] };

export interface HotReloadOptions<T> {
  /** Folders whose changes trigger a reload. */
  dirs: readonly string[];
  /** Builds the new value; throws DataError when the files are broken. */
  load: () => T;
  /** Installs a successfully loaded value. */
  apply: (value: T) => void;
  logger: Logger;
  /** Edits arrive as bursts of events (editors write, rename, chmod): wait this long for quiet. */
  debounceMs?: number;
  onReload?: (result: ReloadResult) => void;
}

/**
 * Watches data folders and reloads after an edit, once the burst of file events is over. A broken edit
 * keeps the previous version running and logs every problem as `file:line: problem — fix`.
 * @returns a function that stops watching.
 */
export function startHotReload<T>(options: HotReloadOptions<T>): () => void {
  const { dirs, load, apply, logger, debounceMs = 300, onReload } = options;
  let timer: NodeJS.Timeout | undefined;
  const reload = (): void => {
    let result: ReloadResult;
    try {
      apply(load());
      result = { ok: true };
      logger.info('data files reloaded');
    } catch (e) {
      // Whatever went wrong (a broken file, a schema deleted mid-save), the running version stays: a reload
      // must never take the bot down.
      result = { ok: false, problems: e instanceof DataError ? e.problems.map(formatProblem) : [String((e as Error).message ?? e)] };
      logger.warn('data files changed but are invalid; keeping the previous version', { code: e instanceof DataError ? e.code : 'RELOAD_FAILED', problems: result.problems });
    }
    onReload?.(result);
  };
  const watchers = dirs.map((dir) =>
    fs.watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
