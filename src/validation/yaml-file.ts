import fs from 'node:fs';
import path from 'node:path';
import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter } from 'yaml';
import type { DataProblem } from '../errors';

/** A parsed YAML file that can locate any of its values for error messages. */
export interface YamlFile<T> {
  /** Path shown in messages (relative to the working directory). */
  readonly file: string;
  readonly data: T;
  /** 1-based line of the value at `pathInData` (or of its nearest existing parent). */
  lineOf(pathInData: readonly (string | number)[]): number;
}

/** Result of reading a data file: the file when it is valid, and every problem found. */
export interface ReadResult<T> {
  file?: YamlFile<T>;
  problems: DataProblem[];
}

// The parser and the validator are loaded on first use: a start-up from the brain cache reads no YAML and
// validates nothing, and loading them took about a tenth of a second.
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
let validator: Ajv | undefined;
function ajv(): Ajv {
  if (!validator) {
    const AjvClass = (require('ajv') as typeof import('ajv')).default;
    // strictRequired off: oneOf branches name properties declared one level up, which is valid JSON Schema.
    validator = new AjvClass({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false });
    // Our own annotation: the hint shown to editors after the dash in `file:line: problem — fix`.
    validator.addKeyword({ keyword: 'x-fix', schemaType: 'string' });
  }
  return validator;
}
// Keyed by path and modification time, so an edited schema takes effect on the next (hot) reload.
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaPath: string): ValidateFunction {
  const key = `${schemaPath}@${fs.statSync(schemaPath).mtimeMs}`;
  let v = compiled.get(key);
  if (!v) {
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as { $id?: string };
    // An older version of the same schema is registered under its $id; replace it.
    if (schema.$id) ajv().removeSchema(schema.$id);
    v = ajv().compile(schema);
    compiled.set(key, v);
  }
  return v;
}

/** Display path for messages: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * Reads a YAML file, reports syntax errors and JSON Schema violations as `file:line` problems.
 * @param filePath absolute path of the YAML file.
 * @param schemaPath absolute path of the JSON Schema it must satisfy.
 */
export function readYamlFile<T>(filePath: string, schemaPath: string): ReadResult<T> {
  const file = displayPath(filePath);
  let source: string;
  try {
    source = fs.readFileSync(filePath, 'utf8');
  } catch (cause) {
    return { problems: [{ file, line: 1, problem: `cannot read the file (${(cause as Error).message})`, fix: 'check that it exists and is readable' }] };
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: DataProblem[] = doc.errors.map((e) => {
    const unclosed = e.code === 'MISSING_CHAR' && /quote/i.test(e.message) ? unclosedQuoteLine(source) : undefined;
    return {
      file,
      // The parser notices an unclosed quote only at the end of the file; point at where it was opened.
      line: unclosed ?? lineCounter.linePos(e.pos[0]).line,
      problem: `YAML syntax error: ${firstLine(e.message)}`,
      fix: unclosed ? 'close the quote at the end of the text on this line (or escape a " inside it as \\")' : syntaxHint(e.code),
    };
  });
  if (problems.length > 0) return { problems };

  const data = doc.toJS() as T;
  const lineOf = (p: readonly (string | number)[]): number => locate(doc, lineCounter, p);
  const validate = validatorFor(schemaPath);
  if (!validate(data)) {
    for (const err of relevantErrors(validate.errors ?? [])) {
      const where = err.instancePath.split('/').slice(1).map(unescapePointer);
      // An unknown key is best shown at the key itself, not at the mapping that holds it.
      const extra = err.keyword === 'additionalProperties' ? String((err.params as { additionalProperty: string }).additionalProperty) : undefined;
      const line = (extra !== undefined && keyLine(doc, lineCounter, where, extra)) || lineOf(where);
      problems.push({ file, line, ...describe(err, where) });
    }
  }
  return problems.length > 0 ? { problems } : { file: { file, data, lineOf }, problems };
}

function locate(doc: Document, lc: LineCounter, p: readonly (string | number)[]): number {
  const { isNode } = yaml();
  for (let n = p.length; n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n), true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    if (n === 0 && doc.contents?.range) return lc.linePos(doc.contents.range[0]).line;
  }
  return 1;
}

function keyLine(doc: Document, lc: LineCounter, where: readonly (string | number)[], key: string): number | undefined {
  const { isMap, isNode, isScalar } = yaml();
  const parent = where.length === 0 ? doc.contents : doc.getIn(where, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const range = isNode(pair?.key) ? pair.key.range : undefined;
  return range ? lc.linePos(range[0]).line : undefined;
}

// First line whose double quotes do not balance (escaped quotes aside): where an unclosed quote was opened.
function unclosedQuoteLine(source: string): number | undefined {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i].replace(/\s#.*$/, '');
    const quotes = (code.replace(/\\./g, '').match(/"/g) ?? []).length;
    if (quotes % 2 === 1) return i + 1;
  }
  return undefined;
}

function unescapePointer(s: string): string | number {
  const v = s.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(v) ? Number(v) : v;
}

/**
 * Ajv reports every branch of a failed `oneOf`/`anyOf`. Keep what helps the author: for alternatives made of
 * `required` lists (a topic: de+en+sources, or not_covered), the missing keys of the branch the author
 * evidently meant (the one whose keys are mostly present); otherwise one message with the x-fix hint.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const out: ErrorObject[] = [];
  for (const group of byPath.values()) {
    const combinator = group.find((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    if (!combinator) {
      out.push(...group);
      continue;
    }
    const branchOf = (e: ErrorObject): string | undefined => /\/(?:oneOf|anyOf)\/(\d+)\//.exec(e.schemaPath)?.[1];
    const inBranches = group.filter((e) => branchOf(e) !== undefined);
    const outside = group.filter((e) => e !== combinator && branchOf(e) === undefined);
    if (inBranches.length > 0 && inBranches.every((e) => e.keyword === 'required')) {
      const present = (e: ErrorObject): number => {
        const required = ((e.parentSchema as { required?: string[] }).required ?? []);
        return required.filter((k) => typeof e.data === 'object' && e.data !== null && k in e.data).length;
      };
      const best = [...inBranches].sort((a, b) => present(b) - present(a))[0];
      out.push(...outside, ...inBranches.filter((e) => branchOf(e) === branchOf(best)));
    } else {
      // Branch errors reached through $ref do not show the branch in their path; the combinator's hint covers them.
      out.push(combinator);
    }
  }
  return out;
}

function describe(err: ErrorObject, where: (string | number)[]): { problem: string; fix: string } {
  const at = where.length > 0 ? `'${where.join('.')}'` : 'the file';
  const hint = (err.parentSchema as { 'x-fix'?: string } | undefined)?.['x-fix'];
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return { problem: `${at} is missing '${String(params.missingProperty)}'`, fix: hint ?? `add '${String(params.missingProperty)}'` };
    case 'additionalProperties': {
      const allowed = Object.keys((err.parentSchema as { properties?: object }).properties ?? {});
      return {
        problem: `unknown key '${String(params.additionalProperty)}' in ${at}`,
        fix: allowed.length > 0 ? `remove it or use one of: ${allowed.join(', ')}` : (hint ?? 'remove it'),
      };
    }
    case 'enum':
      return { problem: `${at} is ${JSON.stringify(err.data)}, which is not allowed`, fix: hint ?? `use one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'type':
      return { problem: `${at} should be ${String(params.type)} but is ${describeValue(err.data)}`, fix: hint ?? `write a ${String(params.type)}` };
    case 'oneOf':
    case 'anyOf':
      return { problem: `${at} is ${describeValue(err.data)}, which is not allowed here`, fix: hint ?? 'see the schema' };
    default:
      return { problem: `${at} ${err.message ?? 'is invalid'}`, fix: hint ?? 'see the schema' };
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function syntaxHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear only once at this level; merge or rename the duplicate';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation (spaces, not tabs) and that lists start with "- "';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a line is probably missing a ":" or a text containing ":" needs quotes';
    default:
      return 'put text with special characters (: # { } [ ] , & * ! | > \' " % @ `) in double quotes';
  }
}
