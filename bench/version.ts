import { execFileSync } from 'node:child_process';
import { ROOT } from './data';

/**
 * The code and data a measurement was taken with: commit, plus a note when src/, intents/ or knowledge/
 * differ from it. A benchmark number without this cannot be compared with the next one.
 */
export function sourceVersion(): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'intents', 'knowledge') !== '';
    return dirty ? `${commit} + uncommitted changes in src/, intents/ or knowledge/` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
