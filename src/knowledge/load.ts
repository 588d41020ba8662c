import fs from 'node:fs';
import path from 'node:path';
import { ADDRESS_FORMS, formalKey, informalWordsIn, type FormalKey } from '../address';
import { DataError, type DataProblem } from '../errors';
import { LANGUAGES, type Language } from '../language';
import { readYamlFile, type YamlFile } from '../validation/yaml-file';
import { PLACEHOLDER, TOPICS, type Aspect, type BotTexts, type Figure, type KnowledgeBase, type Occupation, type Place, type ReaderText, type Source, type Technology, type Topic, type TopicEntry } from './types';

/** File holding the bot-wide texts; every other `*.yaml` in the folder is an occupation. */
export const BOT_TEXTS_FILE = 'bot.yaml';
/** Optional file of places recognised in questions. */
export const PLACES_FILE = 'places.yaml';
/** Optional file of aspects no source covers. */
export const ASPECTS_FILE = 'aspects.yaml';
/** Optional file of technologies asked about by name. */
export const TECHNOLOGIES_FILE = 'technologies.yaml';
/** Files that are not occupations. */
const OTHER_FILES = new Set([BOT_TEXTS_FILE, PLACES_FILE, ASPECTS_FILE, TECHNOLOGIES_FILE]);

interface RawSource { seed?: string; url?: string; title: string; as_of: string | Date; retrieved?: string | Date }
interface RawFigure extends Omit<Figure, 'source'> { source: string }
type RawReaderText = Record<Language, string> & Partial<Record<FormalKey, string>>;
interface RawTopic extends Partial<RawReaderText> { sources?: string[]; figures?: Record<string, RawFigure>; not_covered?: RawReaderText; offers?: Topic[] }
interface RawOccupation {
  id: string;
  title: Record<Language, string>;
  synonyms: Record<Language, string[]>;
  related?: Partial<Record<Language, string[]>>;
  fields?: Partial<Record<Language, string[]>>;
  sources: Record<string, RawSource>;
  topics: Record<Topic, RawTopic>;
}
interface RawPlaces {
  places: { id: string; region: string; name: Record<Language, string>; aliases?: string[] }[];
}
interface RawAspects {
  aspects: { id: string; name: Record<Language, string>; phrases: Record<Language, string[]>; except?: string[]; asked_with?: Topic[]; note_with?: Topic[]; covered_in?: Record<string, Topic[]>; names?: boolean }[];
}
interface RawTechnologies {
  technologies: { id: string; name: string; phrases: string[]; match_case?: string[] }[];
}
interface RawBot {
  texts: BotTexts['texts'];
  topics: Record<Topic, { label: Record<Language, string>; follow_ups: Topic[] }>;
  examples: Record<Language, string[]>;
  figure_labels: BotTexts['figureLabels'];
  commands: BotTexts['commands'];
}


/**
 * Loads and validates every knowledge file in `dir`.
 * @throws DataError with every problem (`file:line: problem — fix`) when anything is wrong.
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const problems: DataProblem[] = [];
  const schemaDir = path.join(dir, 'schema');
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch (cause) {
    throw new DataError([{ file: dir, line: 1, problem: `cannot read the knowledge folder (${(cause as Error).message})`, fix: 'set KNOWLEDGE_DIR to the folder holding the YAML files' }]);
  }

  let bot: BotTexts | undefined;
  if (!names.includes(BOT_TEXTS_FILE)) {
    problems.push({ file: path.join(dir, BOT_TEXTS_FILE), line: 1, problem: 'the bot texts file is missing', fix: 'restore knowledge/bot.yaml from version control' });
  } else {
    const res = readYamlFile<RawBot>(path.join(dir, BOT_TEXTS_FILE), path.join(schemaDir, 'bot.schema.json'));
    problems.push(...res.problems);
    if (res.file) {
      const before = problems.length;
      checkBotTexts(res.file, problems);
      if (problems.length === before) bot = toBotTexts(res.file.data);
    }
  }

  const occupations = new Map<string, Occupation>();
  const files: YamlFile<RawOccupation>[] = [];
  for (const name of names.filter((n) => !OTHER_FILES.has(n))) {
    const res = readYamlFile<RawOccupation>(path.join(dir, name), path.join(schemaDir, 'occupation.schema.json'));
    problems.push(...res.problems);
    if (!res.file) continue;
    const before = problems.length;
    checkOccupation(res.file, path.basename(name, path.extname(name)), problems);
    if (problems.length === before) {
      occupations.set(res.file.data.id, toOccupation(res.file.data));
      files.push(res.file);
    }
  }
  problems.push(...crossCheckSynonyms(files));
  if (occupations.size === 0 && problems.length === 0) {
    problems.push({ file: dir, line: 1, problem: 'no occupation files found', fix: 'add at least one occupation, e.g. knowledge/backend-developer.yaml' });
  }
  let places = new Map<string, Place>();
  if (names.includes(PLACES_FILE)) {
    const res = readYamlFile<RawPlaces>(path.join(dir, PLACES_FILE), path.join(schemaDir, 'places.schema.json'));
    problems.push(...res.problems);
    if (res.file) places = toPlaces(res.file, files, problems);
  }
  let aspects = new Map<string, Aspect>();
  if (names.includes(ASPECTS_FILE)) {
    const res = readYamlFile<RawAspects>(path.join(dir, ASPECTS_FILE), path.join(schemaDir, 'aspects.schema.json'));
    problems.push(...res.problems);
    if (res.file) aspects = toAspects(res.file, files, problems);
  }
  let technologies = new Map<string, Technology>();
  if (names.includes(TECHNOLOGIES_FILE)) {
    const res = readYamlFile<RawTechnologies>(path.join(dir, TECHNOLOGIES_FILE), path.join(schemaDir, 'technologies.schema.json'));
    problems.push(...res.problems);
    if (res.file) technologies = toTechnologies(res.file, files, problems);
  }
  if (problems.length > 0 || !bot) throw new DataError(problems);
  return Object.freeze({ occupations, bot, places, aspects, technologies });
}

/** Reports a problem at a value of the file, under `base` (an entry of a list): `at(['id'], problem, fix)`. */
function reporter(f: YamlFile<unknown>, problems: DataProblem[], base: (string | number)[] = []): (sub: (string | number)[], problem: string, fix: string) => void {
  return (sub, problem, fix) => {
    problems.push({ file: f.file, line: f.lineOf([...base, ...sub]), problem, fix });
  };
}

// Spellings compare like names do in messages: case, spaces and hyphens do not matter.
const nameKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Occupation ids by each of their own names (compared as {@link nameKey}): a place or a phrase must not be one. */
function occupationsByName(files: readonly YamlFile<RawOccupation>[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const o of files) for (const [name] of ownNames(o)) ids.set(nameKey(name), o.data.id);
  return ids;
}

/** Places by id; a duplicate id or a spelling that is also another place's or an occupation's name is a problem. */
function toPlaces(f: YamlFile<RawPlaces>, occupationFiles: readonly YamlFile<RawOccupation>[], problems: DataProblem[]): Map<string, Place> {
  const occupationNames = occupationsByName(occupationFiles);
  const places = new Map<string, Place>();
  const owners = new Map<string, string>();
  f.data.places.forEach((p, i) => {
    const at = reporter(f, problems, ['places', i]);
    if (places.has(p.id)) return at(['id'], `place id '${p.id}' is used twice`, 'give every place its own id');
    const written: [string, (string | number)[]][] = [
      ...LANGUAGES.map((l): [string, (string | number)[]] => [p.name[l], ['name', l]]),
      ...(p.aliases ?? []).map((a, j): [string, (string | number)[]] => [a, ['aliases', j]]),
    ];
    for (const [spelling, where] of written) {
      const key = nameKey(spelling);
      const occupation = occupationNames.get(key);
      const owner = owners.get(key);
      if (occupation) at(where, `'${spelling}' is also a name of the occupation '${occupation}'`, 'remove it from the place: a name may stand for one thing only');
      else if (owner && owner !== p.id) at(where, `'${spelling}' is also a spelling of the place '${owner}'`, 'keep it in one place only');
      else owners.set(key, p.id);
    }
    const spellings = [...new Set(written.map(([w]) => w))];
    places.set(p.id, Object.freeze({ id: p.id, region: p.region, name: Object.freeze({ de: p.name.de, en: p.name.en }), spellings: Object.freeze(spellings) }));
  });
  return places;
}

/**
 * Aspects by id. A duplicate id, a phrase of two aspects, a phrase that is an occupation's name, an unknown
 * occupation or a topic the occupation marks not covered are problems.
 */
function toAspects(f: YamlFile<RawAspects>, occupationFiles: readonly YamlFile<RawOccupation>[], problems: DataProblem[]): Map<string, Aspect> {
  const occupations = new Map(occupationFiles.map((o) => [o.data.id, o.data]));
  const occupationNames = occupationsByName(occupationFiles);
  const aspects = new Map<string, Aspect>();
  const owners = new Map<string, string>();
  f.data.aspects.forEach((a, i) => {
    const at = reporter(f, problems, ['aspects', i]);
    if (aspects.has(a.id)) return at(['id'], `aspect id '${a.id}' is used twice`, 'give every aspect its own id');
    for (const l of LANGUAGES) {
      a.phrases[l].forEach((phrase, j) => {
        const key = nameKey(phrase);
        const occupation = occupationNames.get(key);
        const owner = owners.get(key);
        if (occupation) at(['phrases', l, j], `'${phrase}' is a name of the occupation '${occupation}'`, 'remove it: a name may stand for one thing only');
        else if (owner && owner !== a.id) at(['phrases', l, j], `'${phrase}' is also a phrase of the aspect '${owner}'`, 'keep it in one aspect only');
        else owners.set(key, a.id);
      });
    }
    const coveredIn = new Map<string, readonly Topic[]>();
    for (const [id, topics] of Object.entries(a.covered_in ?? {})) {
      const occupation = occupations.get(id);
      if (!occupation) {
        at(['covered_in', id], `unknown occupation '${id}'`, `use an occupation id: ${[...occupations.keys()].join(', ')}`);
        continue;
      }
      const open = topics.filter((t) => occupation.topics[t].not_covered);
      if (open.length > 0) at(['covered_in', id], `'${id}' marks ${open.join(', ')} not covered`, 'list only topics the occupation answers');
      coveredIn.set(id, Object.freeze([...topics]));
    }
    aspects.set(a.id, Object.freeze({
      id: a.id,
      name: Object.freeze({ de: a.name.de, en: a.name.en }),
      phrases: Object.freeze([...new Set(LANGUAGES.flatMap((l) => a.phrases[l]))]),
      exceptions: Object.freeze([...(a.except ?? [])]),
      askedWith: Object.freeze([...(a.asked_with ?? [])]),
      noteWith: Object.freeze([...(a.note_with ?? [])]),
      coveredIn,
      names: a.names ?? false,
    }));
  });
  return aspects;
}

/** Technologies by id; a duplicate id, a phrase of two technologies or a phrase that is an occupation's name is a problem. */
function toTechnologies(f: YamlFile<RawTechnologies>, occupationFiles: readonly YamlFile<RawOccupation>[], problems: DataProblem[]): Map<string, Technology> {
  const occupationNames = occupationsByName(occupationFiles);
  const technologies = new Map<string, Technology>();
  const owners = new Map<string, string>();
  f.data.technologies.forEach((t, i) => {
    const at = reporter(f, problems, ['technologies', i]);
    if (technologies.has(t.id)) return at(['id'], `technology id '${t.id}' is used twice`, 'give every technology its own id');
    t.phrases.forEach((phrase, j) => {
      // Compared as written: "C#" and "C++" are different phrases, though nameKey would make both "c".
      const key = phrase.toLowerCase();
      const occupation = occupationNames.get(nameKey(phrase));
      const owner = owners.get(key);
      if (occupation) at(['phrases', j], `'${phrase}' is a name of the occupation '${occupation}'`, 'remove it: a name may stand for one thing only');
      else if (owner && owner !== t.id) at(['phrases', j], `'${phrase}' is also a phrase of the technology '${owner}'`, 'keep it in one technology only');
      else owners.set(key, t.id);
    });
    (t.match_case ?? []).forEach((phrase, j) => {
      if (!t.phrases.includes(phrase)) at(['match_case', j], `'${phrase}' under match_case is not one of the phrases of '${t.id}'`, `write it exactly as under phrases (${t.phrases.join(', ')}) or remove it`);
    });
    technologies.set(t.id, Object.freeze({ id: t.id, name: t.name, phrases: Object.freeze([...new Set(t.phrases)]), matchCase: Object.freeze([...(t.match_case ?? [])]) }));
  });
  return technologies;
}

function checkOccupation(f: YamlFile<RawOccupation>, fileId: string, problems: DataProblem[]): void {
  const d = f.data;
  const at = reporter(f, problems);
  if (d.id !== fileId) at(['id'], `id '${d.id}' does not match the file name '${fileId}.yaml'`, `rename the file to ${d.id}.yaml or set id: ${fileId}`);
  for (const [key, source] of Object.entries(d.sources)) {
    for (const field of ['as_of', 'retrieved'] as const) {
      const value = dateText(source[field]);
      if (value && value !== 'undated' && !isCalendarDate(value)) {
        at(['sources', key, field], `'sources.${key}.${field}' is ${value}, which is not a real date`, 'write an existing date as YYYY-MM-DD, YYYY-MM or YYYY');
      }
    }
  }
  for (const topic of TOPICS) {
    const t = d.topics[topic];
    if (t.offers && !t.not_covered) at(['topics', topic, 'offers'], `'${topic}' is answered, so it offers nothing instead`, 'remove offers, or mark the topic not_covered');
    for (const offered of t.offers ?? []) {
      if (offered === topic || d.topics[offered]?.not_covered) at(['topics', topic, 'offers'], `'${topic}' offers '${offered}', which has no answer either`, 'offer only topics this occupation answers');
    }
    if (t.not_covered) {
      checkAddress(t.not_covered, (sub, problem, fix) => at(['topics', topic, 'not_covered', ...sub], problem, fix));
      continue;
    }
    checkAddress(t as RawReaderText, (sub, problem, fix) => at(['topics', topic, ...sub], problem, fix));
    for (const key of t.sources ?? []) {
      if (!d.sources[key]) at(['topics', topic, 'sources'], `unknown source '${key}'`, `define it under 'sources:' or use one of: ${Object.keys(d.sources).join(', ')}`);
    }
    const figures = t.figures ?? {};
    for (const [name, fig] of Object.entries(figures)) {
      const p = ['topics', topic, 'figures', name];
      if (!d.sources[fig.source]) at([...p, 'source'], `unknown source '${fig.source}'`, `define it under 'sources:' or use one of: ${Object.keys(d.sources).join(', ')}`);
      if (fig.kind === 'range' && (fig.min === undefined || fig.max === undefined)) at(p, `range figure '${name}' needs min and max`, 'add min: and max: as plain numbers');
      if (fig.kind === 'range' && fig.min !== undefined && fig.max !== undefined && fig.min > fig.max) at(p, `range figure '${name}' has min above max`, 'swap min and max');
      if (fig.kind !== 'range' && fig.amount === undefined) at(p, `figure '${name}' has no amount`, 'add amount: as a plain number (e.g. 47700)');
      if (fig.covers) checkNeutral(fig.covers, (sub, problem, fix) => at([...p, 'covers', ...sub], problem, fix));
    }
    // Formal variants use the placeholders of their text (checkAddress).
    for (const key of LANGUAGES) {
      const text = t[key] ?? '';
      const used = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
      for (const name of used) {
        if (!figures[name]) at(['topics', topic, key], `the text uses {${name}} but there is no figure '${name}'`, `add it under 'figures:' or remove the placeholder`);
      }
      for (const name of Object.keys(figures)) {
        if (!used.has(name)) at(['topics', topic, key], `figure '${name}' is not used in the ${key} text`, `mention {${name}} in the text or remove the figure`);
      }
    }
  }
}

/** An occupation's own names (titles and synonyms in every language), each with its path in the file. */
function ownNames(f: YamlFile<RawOccupation>): [string, (string | number)[]][] {
  return [
    ...LANGUAGES.map((l): [string, (string | number)[]] => [f.data.title[l], ['title', l]]),
    ...LANGUAGES.flatMap((l) => f.data.synonyms[l].map((s, i): [string, (string | number)[]] => [s, ['synonyms', l, i]])),
    ...LANGUAGES.flatMap((l) => (f.data.fields?.[l] ?? []).map((s, i): [string, (string | number)[]] => [s, ['fields', l, i]])),
  ];
}

function crossCheckSynonyms(files: YamlFile<RawOccupation>[]): DataProblem[] {
  const owners = new Map<string, { id: string; file: YamlFile<RawOccupation> }>();
  const problems: DataProblem[] = [];
  for (const f of files) {
    for (const [name, p] of ownNames(f)) {
      const owner = owners.get(nameKey(name));
      if (owner && owner.id !== f.data.id) {
        problems.push({ file: f.file, line: f.lineOf(p), problem: `'${name}' is also a name of '${owner.id}' (${owner.file.file})`, fix: 'a name may belong to one occupation only; remove it from one of them' });
      } else if (!owner) owners.set(nameKey(name), { id: f.data.id, file: f });
    }
  }
  // Related roles may be shared (FiSi relates to several occupations), but never be another one's own name.
  for (const f of files) {
    for (const l of LANGUAGES) {
      (f.data.related?.[l] ?? []).forEach((name, i) => {
        const owner = owners.get(nameKey(name));
        if (owner) {
          problems.push({ file: f.file, line: f.lineOf(['related', l, i]), problem: `related role '${name}' is a name of '${owner.id}' (${owner.file.file})`, fix: 'remove it from related: (users naming it get that occupation)' });
        }
      });
    }
  }
  return problems;
}

// YAML reads an unquoted 2026-11-22 as a date; keep the author's calendar date.
function dateText(d: string | Date | undefined): string | undefined {
  return d instanceof Date ? d.toISOString().slice(0, 10) : d === undefined ? undefined : String(d);
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
}

function toSource(key: string, s: RawSource): Source {
  return Object.freeze({ key, seed: s.seed, url: s.url, title: s.title, asOf: dateText(s.as_of)!, retrieved: dateText(s.retrieved) });
}

function toOccupation(d: RawOccupation): Occupation {
  const sources = new Map(Object.entries(d.sources).map(([k, s]) => [k, toSource(k, s)]));
  const topics = {} as Record<Topic, TopicEntry>;
  for (const topic of TOPICS) {
    const t = d.topics[topic];
    if (t.not_covered) {
      topics[topic] = { covered: false, text: readerText(t.not_covered), ...(t.offers && { offers: Object.freeze([...t.offers]) }) };
      continue;
    }
    const figures: Record<string, Figure> = {};
    for (const [name, f] of Object.entries(t.figures ?? {})) figures[name] = Object.freeze({ ...f, source: sources.get(f.source)! });
    topics[topic] = Object.freeze({
      covered: true as const,
      text: readerText(t as RawReaderText),
      sources: Object.freeze((t.sources ?? []).map((k) => sources.get(k)!)),
      figures: Object.freeze(figures),
    });
  }
  return Object.freeze({
    id: d.id,
    title: Object.freeze({ ...d.title }),
    synonyms: Object.freeze({ de: Object.freeze([...d.synonyms.de]), en: Object.freeze([...d.synonyms.en]) }),
    related: Object.freeze({ de: Object.freeze([...(d.related?.de ?? [])]), en: Object.freeze([...(d.related?.en ?? [])]) }),
    fields: Object.freeze({ de: Object.freeze([...(d.fields?.de ?? [])]), en: Object.freeze([...(d.fields?.en ?? [])]) }),
    topics: Object.freeze(topics),
  });
}

/** The text trimmed, with its formal variants. */
function readerText(t: RawReaderText): ReaderText {
  const text: Record<string, string> = {};
  for (const key of [...LANGUAGES, ...LANGUAGES.map(formalKey)]) if (t[key] !== undefined) text[key] = t[key].trim();
  return Object.freeze(text as ReaderText);
}

// Digits as written ("40.000", "2024") in order: a formal variant says the same as its text, sentence by sentence.
const numbersIn = (text: string): string => (text.match(/\d(?:[\d.,]*\d)?/g) ?? []).join(' ');
const placeholdersIn = (text: string): string => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).join(' ');

/**
 * A text for the reader in a language with two forms of address: one that says "du" needs a formal variant, and
 * the formal variant must say the same — no informal word, the same numbers and placeholders.
 */
function checkAddress(t: Partial<RawReaderText>, at: (sub: string[], problem: string, fix: string) => void): void {
  for (const lang of LANGUAGES) {
    if (!ADDRESS_FORMS[lang]) continue;
    const key = formalKey(lang);
    const text = t[lang] ?? '';
    const formal = t[key];
    if (formal === undefined) {
      const informal = informalWordsIn(text, lang);
      if (informal.length > 0) at([lang], `the ${lang} text addresses the reader informally ("${informal.join('", "')}") but has no formal variant`, `add ${key}: after it, the same text addressing the reader formally (German: "Sie", "Ihnen", "Ihr"); visitors who write formally get it`);
      continue;
    }
    const left = informalWordsIn(formal, lang);
    if (left.length > 0) at([key], `the formal variant still addresses the reader informally ("${left.join('", "')}")`, 'write it formally (German: "Sie", "Ihnen", "Ihr")');
    if (numbersIn(formal) !== numbersIn(text)) at([key], `the formal variant has the numbers [${numbersIn(formal)}], the ${lang} text [${numbersIn(text)}]`, `a formal variant says the same as the text: write the same figures as in ${lang}`);
    if (placeholdersIn(formal) !== placeholdersIn(text)) at([key], `the formal variant has the placeholders [${placeholdersIn(formal)}], the ${lang} text [${placeholdersIn(text)}]`, `use the same {placeholders} as in ${lang}`);
  }
}

/** Every bot text that addresses the reader has its formal variant (see {@link checkAddress}); labels address nobody. */
function checkBotTexts(f: YamlFile<RawBot>, problems: DataProblem[]): void {
  const at = reporter(f, problems);
  for (const [key, text] of Object.entries(f.data.texts)) checkAddress(text, (sub, problem, fix) => at(['texts', key, ...sub], problem, fix));
  const labels: [Partial<Record<Language, string | string[]>>, (string | number)[]][] = [
    [f.data.examples, ['examples']],
    ...Object.entries(f.data.topics).map(([topic, t]): [Record<Language, string>, string[]] => [t.label, ['topics', topic, 'label']]),
    ...Object.entries(f.data.commands).map(([key, c]): [Record<Language, string>, string[]] => [c, ['commands', key]]),
    ...Object.entries(f.data.figure_labels).map(([key, l]): [Record<Language, string>, string[]] => [l, ['figure_labels', key]]),
  ];
  for (const [label, where] of labels) checkNeutral(label, (sub, problem, fix) => at([...where, ...sub], problem, fix));
}

/**
 * Labels, buttons and example questions have no formal variant: in a language with two forms of address they must
 * address nobody ("Welche Berufe gibt es hier?", not "Welche Berufe kennst du?").
 */
function checkNeutral(label: Partial<Record<Language, string | readonly string[]>>, at: (sub: (string | number)[], problem: string, fix: string) => void): void {
  for (const lang of LANGUAGES) {
    const value = label[lang];
    const items: [string, (string | number)[]][] = typeof value === 'string' ? [[value, [lang]]] : (value ?? []).map((text, i) => [text, [lang, i]]);
    for (const [text, where] of items) {
      const informal = informalWordsIn(text, lang);
      if (informal.length > 0) at(where, `this ${lang} label addresses the reader informally ("${informal.join('", "')}"), and labels have no formal variant`, 'word it so that it addresses nobody, e.g. "Welche Berufe gibt es hier?"');
    }
  }
}

function toBotTexts(d: RawBot): BotTexts {
  const topics = {} as Record<Topic, { label: Record<Language, string>; followUps: Topic[] }>;
  for (const t of TOPICS) topics[t] = { label: d.topics[t].label, followUps: d.topics[t].follow_ups };
  return Object.freeze({ texts: d.texts, topics, examples: d.examples, figureLabels: d.figure_labels, commands: d.commands });
}
