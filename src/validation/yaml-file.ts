import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
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

// strictRequired off: oneOf branches name properties declared one level up, which is valid JSON Schema.
const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false });
// Our own annotation: the hint shown to editors after the dash in `file:line: problem — fix`.
ajv.addKeyword({ keyword: 'x-fix', schemaType: 'string' });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaPath: string): ValidateFunction {
  let v = compiled.get(schemaPath);
  if (!v) {
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as { $id?: string };
    // The schema may already be registered under its $id by an earlier load of the same path.
    v = (schema.$id && ajv.getSchema(schema.$id)) || ajv.compile(schema);
    compiled.set(schemaPath, v);
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: DataProblem[] = doc.errors.map((e) => ({
    file,
    line: lineCounter.linePos(e.pos[0]).line,
    problem: `YAML syntax error: ${firstLine(e.message)}`,
    fix: syntaxHint(e.code),
  }));
  if (problems.length > 0) return { problems };

  const data = doc.toJS() as T;
  const lineOf = (p: readonly (string | number)[]): number => locate(doc, lineCounter, p);
  const validate = validatorFor(schemaPath);
  if (!validate(data)) {
    for (const err of relevantErrors(validate.errors ?? [])) {
      const where = err.instancePath.split('/').slice(1).map(unescapePointer);
      problems.push({ file, line: lineOf(where), ...describe(err, where) });
    }
  }
  return problems.length > 0 ? { problems } : { file: { file, data, lineOf }, problems };
}

function locate(doc: Document, lc: LineCounter, p: readonly (string | number)[]): number {
  for (let n = p.length; n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n), true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    if (n === 0 && doc.contents?.range) return lc.linePos(doc.contents.range[0]).line;
  }
  return 1;
}

function unescapePointer(s: string): string | number {
  const v = s.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(v) ? Number(v) : v;
}

// `oneOf` failures repeat every branch's complaint; keep the one that tells the author most.
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const out: ErrorObject[] = [];
  for (const group of byPath.values()) {
    const concrete = group.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && !e.schemaPath.includes('/oneOf/'));
    out.push(...(concrete.length > 0 ? concrete : group.filter((e) => e.keyword === 'oneOf').slice(0, 1)));
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
      return { problem: `${at} does not have the expected shape`, fix: hint ?? 'see the schema' };
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
