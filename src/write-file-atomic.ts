import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file through a temporary one renamed over it, so a crash or a concurrent reader never sees half a
 * file; the folder is created when missing. Throws when it cannot be written, leaving no temporary file.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Unique per writer: two containers sharing the folder may both be pid 1.
  const temp = `${file}.${process.pid}-${crypto.randomUUID().slice(0, 8)}.tmp`;
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
