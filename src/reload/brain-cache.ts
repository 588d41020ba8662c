import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { KnowledgeBase } from '../knowledge';
import { SoftmaxClassifier, type LearnedModel, type Utterance } from '../nlu';

/**
 * The compiled code a cached brain depends on: the recognizer, and the loaders and validation that turned
 * the data files into the cached knowledge and utterances.
 */
const CODE = ['nlu', 'knowledge', 'validation', 'language.js', 'errors.js'].map((p) => path.join(__dirname, '..', p));
const KEEP = 3;
const EXTENSION = '.brain';

/** What a restart with unchanged data takes from the cache instead of parsing, validating and training. */
export interface CachedBrain {
  /** The knowledge as {@link loadKnowledge} returned it: validated, deeply frozen. */
  readonly knowledge: KnowledgeBase;
  /** The training utterances as {@link loadTrainingData} returned them. */
  readonly utterances: readonly Utterance[];
  readonly model: LearnedModel;
}

/**
 * Fingerprint of everything a cached brain depends on: every file under the data folders (names and
 * contents) and the compiled code that loads, validates and learns from them, so an edited utterance, a
 * changed schema or a changed feature extractor all mean loading and training again.
 */
export function brainFingerprint(dataDirs: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const root of [...dataDirs, ...CODE]) {
    const base = fs.statSync(root).isDirectory() ? root : path.dirname(root);
    for (const file of listFiles(root)) {
      hash.update(path.relative(base, file));
      hash.update('\0');
      hash.update(fs.readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Validated data and trained classifiers on disk, one file per fingerprint. Parsing and validating the YAML
 * files and training take seconds; a file that passed validation once passes it again with the same code, so
 * a restart with unchanged data skips all of it. A missing, unreadable or corrupt file means loading afresh.
 */
export class BrainCache {
  constructor(private readonly dir: string) {}

  /** The cached brain for a fingerprint, if there is a usable one. */
  load(fingerprint: string): CachedBrain | undefined {
    try {
      const bytes = fs.readFileSync(this.file(fingerprint));
      const dataLength = bytes.readUInt32LE(0);
      const { knowledge, utterances, trainingTokens } = v8.deserialize(bytes.subarray(4, 4 + dataLength)) as Omit<CachedBrain, 'model'> & Pick<LearnedModel, 'trainingTokens'>;
      if (!(knowledge.occupations instanceof Map) || !Array.isArray(utterances) || trainingTokens?.length !== utterances.length) return undefined;
      const classifier = SoftmaxClassifier.deserialize(bytes.subarray(4 + dataLength));
      return { knowledge: deepFreeze(knowledge), utterances: deepFreeze(utterances), model: { classifier, trainingTokens: deepFreeze(trainingTokens) } };
    } catch {
      return undefined;
    }
  }

  /** Stores a brain (written to a temporary file and renamed, so a crash never leaves half of one). */
  save(fingerprint: string, brain: CachedBrain): void {
    const data = v8.serialize({ knowledge: brain.knowledge, utterances: brain.utterances, trainingTokens: brain.model.trainingTokens });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(data.length);
    fs.mkdirSync(this.dir, { recursive: true });
    const target = this.file(fingerprint);
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, Buffer.concat([length, data, brain.model.classifier.serialize()]));
    fs.renameSync(temp, target);
    // Older versions kept only the model, in '.model' files: pruned like outdated brains.
    const old = fs
      .readdirSync(this.dir)
      .filter((n) => n.endsWith(EXTENSION) || n.endsWith('.model'))
      .map((n) => ({ n, t: fs.statSync(path.join(this.dir, n)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { n } of old) fs.rmSync(path.join(this.dir, n), { force: true });
  }

  private file(fingerprint: string): string {
    return path.join(this.dir, `${fingerprint}${EXTENSION}`);
  }
}

/** Freezes a deserialized value as the loaders froze the original: nothing of the knowledge may change. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
  else for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

function listFiles(root: string): string[] {
  if (!fs.statSync(root).isDirectory()) return [root];
  const out: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
