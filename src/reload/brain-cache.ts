import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { KnowledgeBase } from '../knowledge';
import { deepFreeze } from '../deep-freeze';
import { SoftmaxClassifier, type LearnedModel, type Utterance } from '../nlu';
import { writeFileAtomic } from '../write-file-atomic';

/**
 * The code a cached brain depends on: all of our compiled code (the loaders, the validation, the recognizer,
 * and what chooses its settings; hashing all of it is simpler than knowing which parts matter, and a deploy
 * retrains once), and the libraries that parse, validate and stem.
 */
const CODE_DIR = path.join(__dirname, '..');
const LIBRARIES = ['natural', 'yaml', 'ajv'];
/** The layout of a cache file; a change means old files are not read. */
const FORMAT = 'brain-1';
const KEEP = 3;
const EXTENSION = '.brain';

/** What a restart with unchanged data takes from the cache instead of parsing, validating and training. */
export interface CachedBrain {
  /**
   * The knowledge as {@link loadKnowledge} returned it, validated. Read from the cache it is frozen throughout
   * (the loaders freeze only what code could be tempted to change; nothing changes the rest either).
   */
  readonly knowledge: KnowledgeBase;
  /** The training utterances as {@link loadTrainingData} returned them. */
  readonly utterances: readonly Utterance[];
  readonly model: LearnedModel;
}

/**
 * Fingerprint of everything a cached brain depends on: every file under the data folders (names and
 * contents, symbolic links followed as the loaders follow them), our compiled code and the versions of the
 * libraries that parse, validate and stem, so an edited utterance, a changed schema or a changed feature
 * extractor all mean loading and training again. Undefined when a folder cannot be read: the loaders then
 * say what is wrong.
 */
export function brainFingerprint(dataDirs: readonly string[]): string | undefined {
  const hash = crypto.createHash('sha256');
  hash.update(FORMAT);
  try {
    [...dataDirs, CODE_DIR].forEach((root, i) => {
      // The folder's place in the list: a file moved from one folder to the next changes the fingerprint.
      hash.update(`\0${i}\0`);
      for (const file of listFiles(root)) {
        hash.update(path.relative(root, file));
        hash.update('\0');
        hash.update(fs.readFileSync(file));
        hash.update('\0');
      }
    });
  } catch {
    return undefined;
  }
  for (const name of LIBRARIES) hash.update(`${name}@${libraryVersion(name)}\0`);
  return hash.digest('hex').slice(0, 32);
}

function libraryVersion(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
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

  /**
   * Stores a brain (written to a temporary file and renamed, so a crash never leaves half of one) and removes
   * all but the newest few. Throws when the folder cannot be written; the caller decides what that costs.
   */
  save(fingerprint: string, brain: CachedBrain): void {
    const data = v8.serialize({ knowledge: brain.knowledge, utterances: brain.utterances, trainingTokens: brain.model.trainingTokens });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(data.length);
    writeFileAtomic(this.file(fingerprint), Buffer.concat([length, data, brain.model.classifier.serialize()]));
    this.prune();
  }

  /** Keeps the newest brains; older versions kept only the model, in '.model' files, pruned alike. */
  private prune(): void {
    const files = fs.readdirSync(this.dir).filter((n) => n.endsWith(EXTENSION) || n.endsWith('.model'));
    // Another process may prune the same folder at the same time: a file gone meanwhile is fine.
    const aged = files.map((n) => ({ n, t: fs.statSync(path.join(this.dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }));
    for (const { n } of aged.sort((a, b) => b.t - a.t).slice(KEEP)) fs.rmSync(path.join(this.dir, n), { force: true });
  }

  private file(fingerprint: string): string {
    return path.join(this.dir, `${fingerprint}${EXTENSION}`);
  }
}

/** Every file under `root` (or `root` itself), in a stable order; symbolic links are followed like the loaders do. */
function listFiles(root: string): string[] {
  if (!fs.statSync(root).isDirectory()) return [root];
  const out: string[] = [];
  for (const name of fs.readdirSync(root).sort()) {
    const full = path.join(root, name);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) out.push(...listFiles(full));
    else if (stat?.isFile()) out.push(full);
  }
  return out;
}
