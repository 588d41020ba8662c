import path from 'node:path';
import { loadConfig } from '../config';
import { DataError, formatProblem, type DataProblem } from '../errors';
import { loadKnowledge } from '../knowledge';
import { LANGUAGE_PACKS, loadTrainingData } from '../nlu';

/**
 * `npm run validate`: checks every knowledge and intent file and prints each problem as
 * `file:line: problem — fix`. Exit code 1 when anything is wrong.
 */
function main(): void {
  const config = loadConfig();
  const problems: DataProblem[] = [];
  const collect = (load: () => unknown): unknown => {
    try {
      return load();
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      problems.push(...e.problems);
      return undefined;
    }
  };
  const kb = collect(() => loadKnowledge(config.knowledgeDir)) as ReturnType<typeof loadKnowledge> | undefined;
  const utterances = collect(() => loadTrainingData(config.intentsDir, Object.values(LANGUAGE_PACKS))) as unknown[] | undefined;
  if (problems.length > 0) {
    for (const p of problems) process.stdout.write(formatProblem(p) + '\n');
    process.stdout.write(`\n${problems.length} problem(s) found.\n`);
    process.exit(1);
  }
  process.stdout.write(
    `OK: ${kb!.occupations.size} occupation(s) in ${path.relative(process.cwd(), config.knowledgeDir) || '.'}, ` +
      `${utterances!.length} training utterances in ${path.relative(process.cwd(), config.intentsDir) || '.'}.\n`,
  );
}

main();
