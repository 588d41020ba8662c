import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SoftmaxClassifier } from '../nlu/classifier';

const NLU_CODE_DIR = path.join(__dirname, '..', 'nlu');
const KEEP = 3;

/**
 * Fingerprint of everything a trained model depends on: every file under the data folders (names and
 * contents) and the recognizer's own compiled code, so an edited utterance or a changed feature extractor
 * both mean retraining.
 */
export function modelFingerprint(dataDirs: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const dir of [...dataDirs, NLU_CODE_DIR]) {
    for (const file of listFiles(dir)) {
      hash.update(path.relative(dir, file));
      hash.update('\0');
      hash.update(fs.readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Trained classifiers on disk, one file per fingerprint, so a restart with unchanged data does not retrain.
 * A missing, unreadable or corrupt file simply means training again.
 */
export class ModelCache {
  constructor(private readonly dir: string) {}

  /** The cached classifier for a fingerprint, if there is a usable one. */
  load(fingerprint: string): SoftmaxClassifier | undefined {
    try {
      return SoftmaxClassifier.deserialize(fs.readFileSync(this.file(fingerprint)));
    } catch {
      return undefined;
    }
  }

  /** Stores a classifier (written to a temporary file and renamed, so a crash never leaves half a model). */
  save(fingerprint: string, model: SoftmaxClassifier): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const target = this.file(fingerprint);
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, model.serialize());
    fs.renameSync(temp, target);
    const old = fs
      .readdirSync(this.dir)
      .filter((n) => n.endsWith('.model'))
      .map((n) => ({ n, t: fs.statSync(path.join(this.dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { n } of old) fs.rmSync(path.join(this.dir, n), { force: true });
  }

  private file(fingerprint: string): string {
    return path.join(this.dir, `${fingerprint}.model`);
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
