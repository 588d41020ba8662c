import { parseArgs } from 'node:util';

/** Thrown for a bad command-line flag; the scripts print it and exit with code 2. */
export class UsageError extends Error {}

/**
 * Parses the flags a bench script accepts (`--name value` or `--name=value`; booleans as `--name`).
 * @throws UsageError for unknown flags or missing values.
 */
export function parseFlags<T extends Record<string, { type: 'string' | 'boolean' }>>(
  argv: readonly string[],
  options: T,
): { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean } {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as never;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** A flag that must be a number from 0 to 1 (a share); `fallback` when absent. */
export function shareFlag(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--${name}=${raw}: expected a number from 0 to 1`);
  return n;
}
