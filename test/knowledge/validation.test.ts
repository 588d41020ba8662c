import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataError, formatProblem, type DataProblem } from '../../src/errors';
import { loadKnowledge, TOPICS } from '../../src/knowledge';

// Tests run from dist/test/knowledge; the real data lives in the project root.
const REAL_DIR = path.resolve(__dirname, '..', '..', '..', 'knowledge');
const OCCUPATION = 'backend-developer.yaml';
const REAL_OCCUPATION = fs.readFileSync(path.join(REAL_DIR, OCCUPATION), 'utf8');
const REAL_BOT = fs.readFileSync(path.join(REAL_DIR, 'bot.yaml'), 'utf8');

/**
 * Replaces the first occurrence of `from` in the real text. Fails loudly when the real data no longer contains it,
 * so a fixture never silently stops being broken.
 */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture out of date: the text no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** 1-based number of the first line containing `needle`, searching below the first line containing `below` if given. */
function lineOf(text: string, needle: string, below?: string): number {
  const lines = text.split('\n');
  const start = below === undefined ? 0 : lines.findIndex((l) => l.includes(below));
  assert.ok(start >= 0, `fixture out of date: no line contains ${JSON.stringify(below)}`);
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  assert.ok(i >= 0, `fixture out of date: no line contains ${JSON.stringify(needle)}`);
  return i + 1;
}

/**
 * Removes the entry `key` (a line starting with it, indentation included) found below the line `within`,
 * together with every more-indented line belonging to it.
 */
function removeEntry(text: string, within: string, key: string): string {
  const lines = text.split('\n');
  const parent = lines.indexOf(within);
  assert.ok(parent >= 0, `fixture out of date: no line ${JSON.stringify(within)}`);
  const start = lines.findIndex((l, n) => n > parent && l.startsWith(key));
  assert.ok(start >= 0, `fixture out of date: no ${JSON.stringify(key)} below ${JSON.stringify(within)}`);
  const indent = key.length - key.trimStart().length;
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].length - lines[end].trimStart().length > indent)) end++;
  // Keep a trailing empty line (end of file) in place.
  if (end === lines.length && lines[end - 1] === '') end--;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

interface ExpectedProblem {
  file: string;
  line: number;
  problem: RegExp;
  fix: RegExp;
}

/** Asserts one of `problems` matches, and that it is formatted as `file:line: problem — fix`. */
function assertProblem(problems: readonly DataProblem[], expected: ExpectedProblem): DataProblem {
  const found = problems.find((p) => expected.problem.test(p.problem));
  assert.ok(found, `no problem matching ${expected.problem} among:\n${problems.map(formatProblem).join('\n')}`);
  assert.equal(path.resolve(found.file), expected.file, 'file');
  assert.equal(found.line, expected.line, `line of: ${formatProblem(found)}`);
  assert.match(found.fix, expected.fix);
  assert.equal(formatProblem(found), `${found.file}:${expected.line}: ${found.problem} — ${found.fix}`);
  return found;
}

describe('knowledge validation messages', () => {
  const tempDirs: string[] = [];

  after(() => {
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A knowledge folder with the real schemas and bot.yaml (unless overridden) plus the given files. */
  function knowledgeDir(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-bot-knowledge-'));
    tempDirs.push(dir);
    fs.cpSync(path.join(REAL_DIR, 'schema'), path.join(dir, 'schema'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'bot.yaml'), REAL_BOT);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  /** Loads the folder, expecting it to be rejected with a DataError; returns its problems. */
  function problemsOf(dir: string): readonly DataProblem[] {
    try {
      loadKnowledge(dir);
    } catch (err) {
      assert.ok(err instanceof DataError, `expected a DataError, got ${String(err)}`);
      assert.equal(err.code, 'DATA_INVALID');
      for (const p of err.problems) assert.ok(err.message.includes(formatProblem(p)), 'the error message lists every problem');
      return err.problems;
    }
    assert.fail('expected the knowledge folder to be rejected');
  }

  /** Writes `text` as the occupation file and returns its path and the problems found. */
  function loadBrokenOccupation(text: string): { file: string; problems: readonly DataProblem[] } {
    const dir = knowledgeDir({ [OCCUPATION]: text });
    return { file: path.join(dir, OCCUPATION), problems: problemsOf(dir) };
  }

  it('loads the real knowledge folder: backend-developer answers all nine topics', () => {
    const kb = loadKnowledge(REAL_DIR);
    const occupation = kb.occupations.get('backend-developer');
    assert.ok(occupation, 'backend-developer is loaded');
    assert.equal(TOPICS.length, 9);
    assert.deepEqual(Object.keys(occupation.topics).sort(), [...TOPICS].sort());
    for (const topic of TOPICS) {
      const entry = occupation.topics[topic];
      if (!entry.covered) continue; // an explicit not_covered is a valid answer too
      assert.ok(entry.text.de.length > 0 && entry.text.en.length > 0, `${topic} has de and en text`);
      assert.ok(entry.sources.length > 0, `${topic} names its sources`);
    }
  });

  it('reports a YAML indentation error at the line with the wrong indentation', () => {
    const broken = edit(REAL_OCCUPATION, '\n  duties:\n', '\n   duties:\n');
    const { file, problems } = loadBrokenOccupation(broken);
    const line = lineOf(broken, '   duties:');
    assert.ok(problems.length > 0);
    assert.deepEqual(problems.map((p) => [path.resolve(p.file), p.line]), problems.map(() => [file, line]));
    assertProblem(problems, { file, line, problem: /^YAML syntax error: .*same column/, fix: /indentation/ });
  });

  // BUG (src/validation/yaml-file.ts): an unclosed quote is reported at the end of the file (line 248 of a
  // 247-line file) with the indentation hint, because the error position is where the parser gave up and
  // MISSING_CHAR maps to the indentation hint. Editors need the line where the quote was opened and a hint
  // to close the quote.
  it('reports an unclosed quote at the line where the quote opens, with a hint to close it', () => {
    const broken = edit(REAL_OCCUPATION, 'title: "Backend: Infos zum Berufsfeld"', 'title: "Backend: Infos zum Berufsfeld');
    const { file, problems } = loadBrokenOccupation(broken);
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'title: "Backend: Infos zum Berufsfeld'),
      problem: /^YAML syntax error: .*quote/i,
      fix: /quote/i,
    });
  });

  it('reports a topic without its English text, at that topic, with a fix naming de and en', () => {
    const broken = removeEntry(REAL_OCCUPATION, '  outlook:', '    en:');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    // Problems about a whole mapping point at its first entry (here the `de:` of outlook).
    assertProblem(problems, {
      file,
      line: lineOf(broken, '    de:', '  outlook:'),
      problem: /'topics\.outlook'/,
      fix: /de, en and sources/,
    });
  });

  // UNHELPFUL MESSAGE (src/validation/yaml-file.ts, relevantErrors/describe): a topic missing `en` yields
  // "'topics.outlook' does not have the expected shape" because the `required` errors inside the topic's oneOf are
  // dropped. The editor has to guess which of de, en, sources is missing; the message should name 'en'.
  it('says which text a topic is missing (en)', () => {
    const broken = removeEntry(REAL_OCCUPATION, '  outlook:', '    en:');
    const { file, problems } = loadBrokenOccupation(broken);
    assertProblem(problems, {
      file,
      line: lineOf(broken, '    de:', '  outlook:'),
      problem: /'topics\.outlook' is missing 'en'/,
      fix: /\ben\b/,
    });
  });

  it('reports a missing topic (jobs) with a fix listing every topic', () => {
    const broken = removeEntry(REAL_OCCUPATION, 'topics:', '  jobs:');
    assert.ok(!broken.includes('\n  jobs:'));
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    const p = assertProblem(problems, {
      file,
      line: lineOf(broken, '  overview:', 'topics:'),
      problem: /^'topics' is missing 'jobs'$/,
      fix: /topics: /,
    });
    for (const topic of TOPICS) assert.match(p.fix, new RegExp(`\\b${topic}\\b`), `fix names ${topic}`);
  });

  it('reports a misspelt key in a topic (sorces) and suggests the allowed keys', () => {
    const broken = edit(REAL_OCCUPATION, '    sources: [seed-zeitarbeit, computerwoche-cp]\n    figures:', '    sorces: [seed-zeitarbeit, computerwoche-cp]\n    figures:');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 2, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'sorces:'),
      problem: /unknown key 'sorces' in 'topics\.salary'/,
      fix: /use one of: de, de_formal, en, sources, figures, not_covered/,
    });
    // The topic then has no sources, which is reported too, naming what an answered topic needs.
    assertProblem(problems, { file, line: lineOf(broken, '    de:', '  salary:'), problem: /'topics\.salary' is missing 'sources'/, fix: /de, en and sources/ });
  });

  it('reports a misspelt top-level key (sorces), suggesting the allowed keys, and the missing sources', () => {
    const broken = edit(REAL_OCCUPATION, '\nsources:\n', '\nsorces:\n');
    const { file, problems } = loadBrokenOccupation(broken);
    const p = assertProblem(problems, { file, line: lineOf(broken, 'sorces:'), problem: /unknown key 'sorces'/, fix: /^remove it or use one of: / });
    for (const key of ['id', 'title', 'synonyms', 'sources', 'topics']) assert.match(p.fix, new RegExp(`\\b${key}\\b`), `fix names ${key}`);
    assertProblem(problems, { file, line: lineOf(broken, 'id: '), problem: /missing 'sources'/, fix: /./ });
  });

  // BUG (src/validation/yaml-file.ts): `additionalProperties` errors are located at the object holding the key
  // (instancePath), so an unknown key is reported at the first line of its parent mapping: line 2 (`id:`) for a
  // top-level typo on line 55, the topic's `de:` line for a typo further down in a topic. Expected: the line of the
  // misspelt key itself (e.g. locate [...where, params.additionalProperty] and use the key node's range).
  it('points at the line of the misspelt key itself', () => {
    const inTopic = edit(REAL_OCCUPATION, '    sources: [seed-zeitarbeit, computerwoche-cp]\n    figures:', '    sorces: [seed-zeitarbeit, computerwoche-cp]\n    figures:');
    const a = loadBrokenOccupation(inTopic);
    assertProblem(a.problems, { file: a.file, line: lineOf(inTopic, 'sorces:'), problem: /unknown key 'sorces'/, fix: /sources/ });

    const topLevel = edit(REAL_OCCUPATION, '\nsources:\n', '\nsorces:\n');
    const b = loadBrokenOccupation(topLevel);
    assertProblem(b.problems, { file: b.file, line: lineOf(topLevel, 'sorces:'), problem: /unknown key 'sorces'/, fix: /sources/ });
  });

  it('reports a topic that refers to an undefined source, listing the defined ones', () => {
    const broken = edit(REAL_OCCUPATION, '    sources: [seed-zeitarbeit]\n  jobs:', '    sources: [seed-zeitarbet]\n  jobs:');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'sources: [seed-zeitarbet]'),
      problem: /^unknown source 'seed-zeitarbet'$/,
      fix: /^define it under 'sources:' or use one of: .*\bseed-zeitarbeit\b/,
    });
  });

  it('reports offers beside an answered topic, and an offer of a topic that has no answer either', () => {
    const answered = edit(REAL_OCCUPATION, '\n  jobs:\n    de: >-', '\n  jobs:\n    offers: [workplaces]\n    de: >-');
    const first = loadBrokenOccupation(answered);
    assertProblem(first.problems, { file: first.file, line: lineOf(answered, 'offers: [workplaces]'), problem: /^'jobs' is answered, so it offers nothing instead$/, fix: /remove offers, or mark the topic not_covered/ });
    // jobs is the file's last topic: replaced by one without an answer that offers itself.
    const itself = `${REAL_OCCUPATION.slice(0, REAL_OCCUPATION.indexOf('\n  jobs:\n'))}\n  jobs:\n    not_covered: { de: Keine Stellen., en: No vacancies. }\n    offers: [jobs]\n`;
    const second = loadBrokenOccupation(itself);
    assertProblem(second.problems, { file: second.file, line: lineOf(itself, 'offers: [jobs]'), problem: /^'jobs' offers 'jobs', which has no answer either$/, fix: /offer only topics this occupation answers/ });
  });

  it('reports a figure without a currency at the figure', () => {
    const broken = edit(REAL_OCCUPATION, 'amount: 47700, currency: EUR, ', 'amount: 47700, ');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'average: {'),
      problem: /^'topics\.salary\.figures\.average' is missing 'currency'$/,
      fix: /currency/,
    });
  });

  it('reports a figure with an invalid period and lists the allowed periods', () => {
    const broken = edit(REAL_OCCUPATION, 'amount: 47700, currency: EUR, period: year,', 'amount: 47700, currency: EUR, period: yearly,');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'period: yearly'),
      problem: /'topics\.salary\.figures\.average\.period' is "yearly", which is not allowed/,
      fix: /^use year, month or hour$/,
    });
  });

  it('reports a {placeholder} in a text that has no figure of that name', () => {
    const broken = edit(REAL_OCCUPATION, 'bei einer Spanne von {range}', 'bei einer Spanne von {spanne}');
    const { file, problems } = loadBrokenOccupation(broken);
    const line = lineOf(broken, '    de:', '  salary:');
    assertProblem(problems, {
      file,
      line,
      problem: /^the text uses \{spanne\} but there is no figure 'spanne'$/,
      fix: /add it under 'figures:' or remove the placeholder/,
    });
    // The figure the text used to mention is now unused in German, and the formal variant no longer says the same.
    assertProblem(problems, { file, line, problem: /^figure 'range' is not used in the de text$/, fix: /\{range\}/ });
    assertProblem(problems, { file, line: lineOf(broken, '    de_formal:', '  salary:'), problem: /^the formal variant has the placeholders \[\{average\} \{range\} \{cp_entry\}\], the de text \[\{average\} \{spanne\} \{cp_entry\}\]$/, fix: /same \{placeholders\}/ });
    assert.equal(problems.length, 3, problems.map(formatProblem).join('\n'));
  });

  it('reports a German text that says "du" without its formal variant, at that text, saying what to add', () => {
    const broken = removeEntry(REAL_OCCUPATION, '  overview:', '    de_formal:');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, '    de:', '  overview:'),
      problem: /^the de text addresses the reader informally \("du", "dich"\) but has no formal variant$/,
      fix: /^add de_formal: after it, the same text addressing the reader formally \(German: "Sie", "Ihnen", "Ihr"\)/,
    });
  });

  it('reports a formal variant that still says "du" or changes a figure, at the variant', () => {
    const informal = edit(REAL_OCCUPATION, 'Als Backend Developer sind Sie Softwareentwickler', 'Als Backend Developer bist du Softwareentwickler');
    const renumbered = edit(informal, 'Erfassung 125 Backend-Jobs gelistet;\n      außerdem', 'Erfassung 152 Backend-Jobs gelistet;\n      außerdem');
    const { file, problems } = loadBrokenOccupation(renumbered);
    assert.equal(problems.length, 2, problems.map(formatProblem).join('\n'));
    assertProblem(problems, { file, line: lineOf(renumbered, '    de_formal:', '  overview:'), problem: /^the formal variant still addresses the reader informally \("du"\)$/, fix: /"Sie"/ });
    assertProblem(problems, {
      file,
      line: lineOf(renumbered, '    de_formal:', '  jobs:'),
      problem: /^the formal variant has the numbers \[152\], the de text \[125\]$/,
      fix: /write the same figures as in de/,
    });
  });

  it('reports a bot text that says "du" without its formal variant', () => {
    const bot = removeEntry(REAL_BOT, '  thanks:', '    de_formal:');
    const dir = knowledgeDir({ 'bot.yaml': bot, [OCCUPATION]: REAL_OCCUPATION });
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, { file: path.join(dir, 'bot.yaml'), line: lineOf(bot, '    de:', '  thanks:'), problem: /^the de text addresses the reader informally \("du", "frag"\)/, fix: /add de_formal:/ });
  });

  it('reports a bot text that addresses the reader only by an imperative, and an example question that says "du"', () => {
    const imperative = removeEntry(REAL_BOT, '  occupation_list:', '    de_formal:');
    const bot = edit(imperative, '    - Welche Berufe gibt es hier?', '    - Welche Berufe kennst du?');
    const dir = knowledgeDir({ 'bot.yaml': bot, [OCCUPATION]: REAL_OCCUPATION });
    const problems = problemsOf(dir);
    assert.equal(problems.length, 2, problems.map(formatProblem).join('\n'));
    const file = path.join(dir, 'bot.yaml');
    assertProblem(problems, { file, line: lineOf(bot, '    de:', '  occupation_list:'), problem: /^the de text addresses the reader informally \("wähle"\)/, fix: /add de_formal:/ });
    assertProblem(problems, { file, line: lineOf(bot, 'Welche Berufe kennst du?'), problem: /^this de label addresses the reader informally \("du"\), and labels have no formal variant$/, fix: /addresses nobody/ });
  });

  it('reports a figure that the text does not mention', () => {
    const broken = edit(REAL_OCCUPATION, 'gives an average annual salary of {average}', 'gives an average annual salary of nothing');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, '    en:', '  salary:'),
      problem: /^figure 'average' is not used in the en text$/,
      fix: /mention \{average\} in the text or remove the figure/,
    });
  });

  it('reports an id that does not match the file name, as file:line: problem — fix', () => {
    const broken = edit(REAL_OCCUPATION, 'id: backend-developer', 'id: backend-engineer');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    const p = assertProblem(problems, { file, line: lineOf(broken, 'id: backend-engineer'), problem: /does not match the file name/, fix: /./ });
    assert.equal(
      formatProblem(p),
      `${p.file}:2: id 'backend-engineer' does not match the file name 'backend-developer.yaml' — ` +
        'rename the file to backend-engineer.yaml or set id: backend-developer',
    );
  });

  it('reports a source with neither seed nor url, with a fix naming both', () => {
    const broken = removeEntry(REAL_OCCUPATION, '  seed-berufsfeld:', '    seed:');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, '    title:', '  seed-berufsfeld:'),
      problem: /'sources\.seed-berufsfeld'/,
      fix: /seed .*url/,
    });
  });

  it('reports an as_of date not written as YYYY-MM-DD', () => {
    const broken = edit(REAL_OCCUPATION, 'as_of: undated', 'as_of: 22.11.2026');
    const { file, problems } = loadBrokenOccupation(broken);
    const line = lineOf(broken, 'as_of: 22.11.2026');
    assert.deepEqual(problems.map((p) => p.line), problems.map(() => line), 'every problem is at the as_of line');
    assertProblem(problems, { file, line, problem: /^'sources\.seed-zeitarbeit\.as_of' /, fix: /YYYY-MM-DD/ });
  });

  // UNHELPFUL MESSAGE (src/validation/yaml-file.ts, relevantErrors): since as_of became
  // `anyOf: [date, const 'undated']` in knowledge/schema/occupation.schema.json, a bad date gives two problems at
  // the same line: the useful pattern one and "'sources.seed-zeitarbeit.as_of' must be equal to constant — see the
  // schema". relevantErrors only collapses oneOf branches, not anyOf. Expected: one problem whose fix is the anyOf's
  // x-fix (YYYY-MM-DD, YYYY-MM or 'undated').
  it('reports a bad as_of date once, with a fix that mentions every allowed form', () => {
    const broken = edit(REAL_OCCUPATION, 'as_of: undated', 'as_of: 22.11.2026');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'as_of: 22.11.2026'),
      problem: /^'sources\.seed-zeitarbeit\.as_of' /,
      fix: /YYYY-MM-DD.*undated/,
    });
  });

  // GAP (knowledge/schema/occupation.schema.json, definitions.date): the date pattern only checks the digit layout
  // (^\d{4}-\d{2}(-\d{2})?$), so impossible dates such as 2026-13-45 load without complaint and are shown to users
  // as "as of 2026-13-45". Expected: rejected like any other invalid as_of.
  it('rejects an as_of date that does not exist (2026-13-45)', () => {
    const broken = edit(REAL_OCCUPATION, 'as_of: undated', 'as_of: 2026-13-45');
    const { file, problems } = loadBrokenOccupation(broken);
    assertProblem(problems, {
      file,
      line: lineOf(broken, 'as_of: 2026-13-45'),
      problem: /'sources\.seed-zeitarbeit\.as_of'/,
      fix: /YYYY-MM-DD/,
    });
  });

  it('reports a name claimed by two occupations, in the second file, naming the first', () => {
    const { frontend, synonyms } = frontendFixture();
    // Same name as backend-developer's "Backend-Entwickler", differing only in case and punctuation.
    const broken = edit(frontend, synonyms, '\nsynonyms:\n  de:\n    - Frontend-Entwickler\n    - backend entwickler\n  en:\n    - frontend engineer');
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'frontend-developer.yaml': broken });
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file: path.join(dir, 'frontend-developer.yaml'),
      line: lineOf(broken, '- backend entwickler'),
      problem: /^'backend entwickler' is also a name of 'backend-developer' \(.*backend-developer\.yaml\)$/,
      fix: /one occupation only/,
    });
  });

  it('reports a figure without a year, with a fix offering year: unknown', () => {
    const broken = edit(REAL_OCCUPATION, 'region: DE, year: unknown, source: seed-zeitarbeit }\n      range', 'region: DE, source: seed-zeitarbeit }\n      range');
    const { file, problems } = loadBrokenOccupation(broken);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, { file, line: lineOf(broken, 'average: {'), problem: /^'topics\.salary\.figures\.average' is missing 'year'$/, fix: /year.*unknown/ });
  });

  it('reports an unknown topic, listing the topics there are', () => {
    const broken = edit(REAL_OCCUPATION, '\n  jobs:\n', '\n  gehalt:\n    de: Viel.\n    en: A lot.\n    sources: [seed-zeitarbeit]\n  jobs:\n');
    const { file, problems } = loadBrokenOccupation(broken);
    const p = assertProblem(problems, { file, line: lineOf(broken, '  gehalt:'), problem: /unknown key 'gehalt' in 'topics'/, fix: /use one of: / });
    for (const topic of TOPICS) assert.match(p.fix, new RegExp(`\\b${topic}\\b`));
  });

  it('reports a related role that is another occupation\'s own name', () => {
    const { frontend, synonyms } = frontendFixture();
    const broken = edit(frontend, synonyms, '\nsynonyms:\n  de: [Frontend-Entwickler]\n  en: [frontend engineer]\nrelated:\n  de: [Backend-Entwickler]');
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'frontend-developer.yaml': broken });
    const problems = problemsOf(dir);
    assertProblem(problems, {
      file: path.join(dir, 'frontend-developer.yaml'),
      line: lineOf(broken, 'de: [Backend-Entwickler]'),
      problem: /^related role 'Backend-Entwickler' is a name of 'backend-developer'/,
      fix: /remove it from related/,
    });
  });

  it('reports a field name that is another occupation\'s own name, at its line', () => {
    const { frontend, synonyms } = frontendFixture();
    const broken = edit(frontend, synonyms, '\nsynonyms:\n  de: [Frontend-Entwickler]\n  en: [frontend engineer]\nfields:\n  de: [Frontend-Entwicklung, Backend Entwickler]');
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'frontend-developer.yaml': broken });
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assertProblem(problems, {
      file: path.join(dir, 'frontend-developer.yaml'),
      line: lineOf(broken, 'de: [Frontend-Entwicklung, Backend Entwickler]'),
      problem: /^'Backend Entwickler' is also a name of 'backend-developer'/,
      fix: /one occupation only/,
    });
  });

  it('reports every schema problem in a file at once, each at its own line', () => {
    let broken = edit(REAL_OCCUPATION, 'amount: 47700, currency: EUR, period: year,', 'amount: 47700, currency: EUR, period: yearly,');
    broken = edit(broken, 'as_of: undated', 'as_of: 22.11.2026');
    broken = edit(broken, 'min: 40900, max: 58100, currency: EUR, ', 'min: 40900, max: 58100, ');
    broken = removeEntry(broken, 'topics:', '  jobs:');
    const { file, problems } = loadBrokenOccupation(broken);
    assertProblem(problems, { file, line: lineOf(broken, 'period: yearly'), problem: /period' is "yearly"/, fix: /year, month or hour/ });
    assertProblem(problems, { file, line: lineOf(broken, 'as_of: 22.11.2026'), problem: /as_of'/, fix: /YYYY-MM-DD/ });
    assertProblem(problems, { file, line: lineOf(broken, 'range: {'), problem: /figures\.range' is missing 'currency'/, fix: /currency/ });
    assertProblem(problems, { file, line: lineOf(broken, '  overview:', 'topics:'), problem: /missing 'jobs'/, fix: /jobs/ });
    // Nothing else, anywhere else in the file.
    const lines = ['period: yearly', 'as_of: 22.11.2026', 'range: {'].map((n) => lineOf(broken, n)).concat(lineOf(broken, '  overview:', 'topics:'));
    assert.deepEqual([...new Set(problems.map((p) => p.line))].sort((a, b) => a - b), lines.sort((a, b) => a - b));
  });

  it('reports every content problem in a file at once, each at its own line', () => {
    let broken = edit(REAL_OCCUPATION, 'id: backend-developer', 'id: backend-engineer');
    broken = edit(broken, '    sources: [seed-zeitarbeit]\n  jobs:', '    sources: [seed-zeitarbet]\n  jobs:');
    broken = edit(broken, 'gives an average annual salary of {average}', 'gives an average annual salary of {mean}');
    const { file, problems } = loadBrokenOccupation(broken);
    assertProblem(problems, { file, line: lineOf(broken, 'id: backend-engineer'), problem: /does not match the file name/, fix: /rename/ });
    assertProblem(problems, { file, line: lineOf(broken, '[seed-zeitarbet]'), problem: /unknown source 'seed-zeitarbet'/, fix: /seed-zeitarbeit/ });
    const en = lineOf(broken, '    en:', '  salary:');
    assertProblem(problems, { file, line: en, problem: /uses \{mean\} but there is no figure 'mean'/, fix: /figures/ });
    assertProblem(problems, { file, line: en, problem: /figure 'average' is not used in the en text/, fix: /\{average\}/ });
    assert.equal(problems.length, 4, problems.map(formatProblem).join('\n'));
  });

  it('reports problems in bot.yaml and in an occupation file together', () => {
    const dir = knowledgeDir({ [OCCUPATION]: edit(REAL_OCCUPATION, 'id: backend-developer', 'id: backend-engineer') });
    const bot = removeEntry(REAL_BOT, 'texts:', '  goodbye:');
    fs.writeFileSync(path.join(dir, 'bot.yaml'), bot);
    const problems = problemsOf(dir);
    assertProblem(problems, {
      file: path.join(dir, 'bot.yaml'),
      line: lineOf(bot, '  welcome:'),
      problem: /^'texts' is missing 'goodbye'$/,
      fix: /de and en/,
    });
    assertProblem(problems, { file: path.join(dir, OCCUPATION), line: 2, problem: /does not match the file name/, fix: /rename/ });
    assert.equal(problems.length, 2, problems.map(formatProblem).join('\n'));
  });
  it('loads the places: München is in Bavaria, with its English name', () => {
    const places = loadKnowledge(REAL_DIR).places;
    assert.equal(places.get('muenchen')?.region, 'DE-BY');
    assert.equal(places.get('muenchen')?.name.en, 'Munich');
  });

  it('reports a place with a region that is no ISO code, at that line, with the fix', () => {
    const text = 'places:\n  - { id: berlin, region: DE-BE, name: { de: Berlin, en: Berlin } }\n  - { id: wien, region: Österreich, name: { de: Wien, en: Vienna } }\n';
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'places.yaml': text });
    assertProblem(problemsOf(dir), { file: path.join(dir, 'places.yaml'), line: 3, problem: /region/, fix: /ISO 3166 code/ });
  });

  it('reports a place spelling that is also an occupation name, and a duplicate place id', () => {
    const text = 'places:\n  - { id: koeln, region: DE-NW, name: { de: Köln, en: Cologne } }\n  - { id: koeln, region: DE-NW, name: { de: Koeln, en: Koeln } }\n  - { id: be, region: DE-BE, name: { de: Berlin, en: Berlin }, aliases: [Backend Developer] }\n';
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'places.yaml': text });
    const problems = problemsOf(dir);
    assertProblem(problems, { file: path.join(dir, 'places.yaml'), line: 3, problem: /^place id 'koeln' is used twice$/, fix: /own id/ });
    assertProblem(problems, { file: path.join(dir, 'places.yaml'), line: 4, problem: /^'Backend Developer' is also a name of the occupation 'backend-developer'$/, fix: /one thing only/ });
  });

  it('loads the aspects: remote work, its phrases in both languages, and where an occupation covers one', () => {
    const aspects = loadKnowledge(REAL_DIR).aspects;
    const remote = aspects.get('remote');
    assert.equal(remote?.name.de, 'Homeoffice und Remote-Arbeit');
    assert.ok(remote?.phrases.includes('Homeoffice*') && remote.phrases.includes('from home'));
    assert.deepEqual(remote?.noteWith, ['jobs', 'salary']);
    assert.ok(remote?.exceptions.includes('remote access'));
    assert.deepEqual(aspects.get('working-hours')?.coveredIn.get('systemadministrator'), ['workplaces']);
  });

  it('reports an aspect phrase with a * inside, at its line, with the fix', () => {
    const text = 'aspects:\n  - id: remote\n    name: { de: Remote-Arbeit, en: remote work }\n    phrases:\n      de: [remote*]\n      en: [work*from home]\n';
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'aspects.yaml': text });
    assertProblem(problemsOf(dir), { file: path.join(dir, 'aspects.yaml'), line: 6, problem: /phrases\.en/, fix: /only its end may be \*/ });
  });

  it('reports an aspect phrase with a misspelt occupation placeholder, with the fix', () => {
    const text = 'aspects:\n  - id: headcount\n    name: { de: Beschäftigtenzahlen, en: headcounts }\n    phrases:\n      de: [wie viele <Beruf> gibt es]\n      en: [how many <occupation> are there]\n';
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'aspects.yaml': text });
    assertProblem(problemsOf(dir), { file: path.join(dir, 'aspects.yaml'), line: 5, problem: /phrases\.de/, fix: /<occupation> \(just so\)/ });
  });

  it('reports a technology phrase with spaces around it, at its line, with the fix', () => {
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'technologies.yaml': "technologies:\n  - { id: go, name: Go, phrases: [' Go'] }\n" });
    assertProblem(problemsOf(dir), { file: path.join(dir, 'technologies.yaml'), line: 2, problem: /phrases/, fix: /without spaces around it/ });
  });

  it('reports a match_case phrase that is not one of the phrases, at its line, with the phrases to choose from', () => {
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'technologies.yaml': 'technologies:\n  - id: go\n    name: Go\n    phrases: [Go, Golang]\n    match_case:\n      - go\n' });
    assertProblem(problemsOf(dir), { file: path.join(dir, 'technologies.yaml'), line: 6, problem: /^'go' under match_case is not one of the phrases of 'go'$/, fix: /exactly as under phrases \(Go, Golang\)/ });
  });

  it('reports a duplicate technology, a phrase of two technologies and a phrase that is an occupation name', () => {
    const text = [
      'technologies:',
      '  - { id: java, name: Java, phrases: [Java] }',
      '  - { id: java, name: Java, phrases: [Jakarta] }',
      '  - { id: javaee, name: Java EE, phrases: [JAVA, Backend Developer] }',
      '',
    ].join('\n');
    const dir = knowledgeDir({ [OCCUPATION]: REAL_OCCUPATION, 'technologies.yaml': text });
    const problems = problemsOf(dir);
    const file = path.join(dir, 'technologies.yaml');
    assertProblem(problems, { file, line: 3, problem: /^technology id 'java' is used twice$/, fix: /own id/ });
    assertProblem(problems, { file, line: 4, problem: /^'JAVA' is also a phrase of the technology 'java'$/, fix: /one technology only/ });
    assertProblem(problems, { file, line: 4, problem: /^'Backend Developer' is a name of the occupation 'backend-developer'$/, fix: /one thing only/ });
    assert.equal(problems.length, 3, problems.map(formatProblem).join('\n'));
  });

  it('reports a duplicate aspect, a phrase of two aspects or of an occupation, an unknown occupation and a topic it does not cover', () => {
    // Backend Developer's jobs marked not covered, so listing it under covered_in is wrong.
    const occupation = `${removeEntry(REAL_OCCUPATION, 'topics:', '  jobs:').trimEnd()}\n  jobs:\n    not_covered: { de: Keine Angaben., en: No information. }\n`;
    const text = [
      'aspects:',
      '  - id: remote',
      '    name: { de: Remote-Arbeit, en: remote work }',
      '    phrases: { de: [remote*, Backend Developer], en: [from home] }',
      '    covered_in: { backend-developer: [jobs], pilot: [salary] }',
      '  - id: remote',
      '    name: { de: Homeoffice, en: home office }',
      '    phrases: { de: [Homeoffice], en: [home office] }',
      '  - id: home',
      '    name: { de: Zuhause, en: home }',
      '    phrases: { de: [von zu Hause], en: [From Home] }',
      '',
    ].join('\n');
    const dir = knowledgeDir({ [OCCUPATION]: occupation, 'aspects.yaml': text });
    const problems = problemsOf(dir);
    const file = path.join(dir, 'aspects.yaml');
    assertProblem(problems, { file, line: 4, problem: /^'Backend Developer' is a name of the occupation 'backend-developer'$/, fix: /one thing only/ });
    assertProblem(problems, { file, line: 5, problem: /^'backend-developer' marks jobs not covered$/, fix: /only topics the occupation answers/ });
    assertProblem(problems, { file, line: 5, problem: /^unknown occupation 'pilot'$/, fix: /backend-developer/ });
    assertProblem(problems, { file, line: 6, problem: /^aspect id 'remote' is used twice$/, fix: /own id/ });
    assertProblem(problems, { file, line: 11, problem: /^'From Home' is also a phrase of the aspect 'remote'$/, fix: /one aspect only/ });
    assert.equal(problems.length, 5, problems.map(formatProblem).join('\n'));
  });
});

/** The backend fixture turned into a frontend developer, and its names block (synonyms up to sources) to replace. */
function frontendFixture(): { frontend: string; synonyms: string } {
  const frontend = [
    ['id: backend-developer', 'id: frontend-developer'],
    ['title:\n  de: Backend Developer\n  en: Backend Developer', 'title:\n  de: Frontend Developer\n  en: Frontend Developer'],
  ].reduce((text, [from, to]) => edit(text, from, to), REAL_OCCUPATION);
  const synonyms = frontend.slice(frontend.indexOf('\nsynonyms:\n'), frontend.indexOf('\nsources:\n'));
  assert.ok(synonyms.length > 0, 'fixture out of date: synonyms block not found');
  return { frontend, synonyms };
}
