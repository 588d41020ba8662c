import type { TeamsAppConfig } from '../../../config';
import { TeamsPackageError } from './errors';

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A parsed JSON object. */
export type JsonObject = { [key: string]: Json };

// A template value that is exactly "{{name}}" is replaced by the setting (a string, or a list for validDomains).
const SLOT = /^\{\{([A-Za-z]+)\}\}$/;

/**
 * Fills a manifest template from the config: every string value `{{name}}` becomes the setting `name`
 * (`validDomains` a list). A slot without a setting is an error, so a template typo cannot ship.
 */
export function fillManifest(template: JsonObject, config: TeamsAppConfig): JsonObject {
  const values: Record<string, Json> = { ...config, validDomains: [...config.validDomains] };
  const fill = (node: Json, at: string): Json => {
    if (typeof node === 'string') {
      const slot = SLOT.exec(node);
      if (!slot) {
        if (node.includes('{{')) throw new TeamsPackageError([`manifest template: "${node}" at ${at} mixes a {{slot}} with text; a slot must be the whole value`]);
        return node;
      }
      if (!(slot[1] in values)) throw new TeamsPackageError([`manifest template: unknown slot {{${slot[1]}}} at ${at}; known: ${Object.keys(values).join(', ')}`]);
      return values[slot[1]];
    }
    if (Array.isArray(node)) return node.map((n, i) => fill(n, `${at}[${i}]`));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, at ? `${at}.${k}` : k)]));
    return node;
  };
  return fill(template, '') as JsonObject;
}

// "bots[0].commandLists[0].commands[1].title" → ["bots", 0, "commandLists", 0, "commands", 1, "title"]
function keyPath(key: string): (string | number)[] {
  return key.split('.').flatMap((part) => {
    const m = /^([^[\]]+)((\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    return [m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((i) => Number(i[1]))];
  });
}

function lookUp(manifest: Json, key: string): Json | undefined {
  let node: Json | undefined = manifest;
  for (const step of keyPath(key)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[step];
  }
  return node;
}

/**
 * Checks a language file against the manifest: each translated key must name a string the manifest has
 * (Teams rejects the package otherwise), and the manifest's named strings must all be translated.
 * @returns the problems, empty when the file fits.
 */
export function languageFileProblems(manifest: JsonObject, strings: JsonObject, file: string): string[] {
  const problems: string[] = [];
  const keys = Object.keys(strings).filter((k) => k !== '$schema');
  for (const key of keys) {
    if (typeof lookUp(manifest, key) !== 'string') problems.push(`${file}: "${key}" is not a text of the manifest template`);
    else if (typeof strings[key] !== 'string' || !(strings[key] as string).trim()) problems.push(`${file}: "${key}" must be a non-empty text`);
  }
  for (const required of ['name.short', 'name.full', 'description.short', 'description.full']) {
    if (!keys.includes(required)) problems.push(`${file}: "${required}" is missing`);
  }
  const commands = lookUp(manifest, 'bots[0].commandLists[0].commands');
  if (Array.isArray(commands)) {
    commands.forEach((_, i) => {
      for (const field of ['title', 'description']) {
        const key = `bots[0].commandLists[0].commands[${i}].${field}`;
        if (!keys.includes(key)) problems.push(`${file}: "${key}" is missing`);
      }
    });
  }
  return problems;
}
