import fs from 'node:fs';
import path from 'node:path';
import { DataError, type DataProblem } from '../errors';
import type { Language } from '../language';
import { readYamlFile } from '../validation/yaml-file';
import type { LanguagePack } from './languages';
import { foldText, tokenize } from './normalize';

/** One training utterance with its intent and language. */
export interface Utterance {
  text: string;
  intent: string;
  language: Language;
}

interface RawIntents {
  language: Language;
  intents: { intent: string; examples: string[] }[];
}

/**
 * Loads every `*.yaml` in the intents folder, validated against `intents.schema.json`.
 * @throws DataError listing every problem, including an utterance listed under two intents.
 */
export function loadTrainingData(dir: string, packs: readonly LanguagePack[]): Utterance[] {
  const problems: DataProblem[] = [];
  const utterances: Utterance[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (cause) {
    throw new DataError([{ file: dir, line: 1, problem: `cannot read the intents folder (${(cause as Error).message})`, fix: 'set INTENTS_DIR to the folder holding de.yaml and en.yaml' }]);
  }
  const seen = new Map<string, { intent: string; where: string }>();
  for (const name of names) {
    const res = readYamlFile<RawIntents>(path.join(dir, name), path.join(dir, 'intents.schema.json'));
    problems.push(...res.problems);
    if (!res.file) continue;
    const f = res.file;
    const expected = path.basename(name, path.extname(name));
    if (f.data.language !== expected) {
      problems.push({ file: f.file, line: f.lineOf(['language']), problem: `language '${f.data.language}' does not match the file name`, fix: `rename the file to ${f.data.language}.yaml or set language: ${expected}` });
    }
    f.data.intents.forEach((group, gi) => {
      group.examples.forEach((text, ei) => {
        const line = f.lineOf(['intents', gi, 'examples', ei]);
        const key = `${f.data.language}|${tokenize(foldText(text, packs)).join(' ')}`;
        const previous = seen.get(key);
        if (previous && previous.intent !== group.intent) {
          problems.push({ file: f.file, line, problem: `"${text}" is listed under '${group.intent}' and under '${previous.intent}' (${previous.where})`, fix: 'keep it under one intent only' });
        } else if (!previous) {
          seen.set(key, { intent: group.intent, where: `${f.file}:${line}` });
          utterances.push({ text, intent: group.intent, language: f.data.language });
        }
      });
    });
  }
  if (utterances.length === 0 && problems.length === 0) {
    problems.push({ file: dir, line: 1, problem: 'no training utterances found', fix: 'add intents/de.yaml and intents/en.yaml' });
  }
  if (problems.length > 0) throw new DataError(problems);
  return utterances;
}
