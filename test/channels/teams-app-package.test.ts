import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import Ajv from 'ajv-draft-04';
import type { CareerBotApp } from '../../src/index';
import { Conversation, recognizerTrace, ROOT, sharedApp, tempDir } from '../helpers/app';
import { readZip, type ZipFile } from '../helpers/zip';

const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'teams-package.js');
const SCHEMAS = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', 'v1.22');
const APP_ID = '0f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ENV = {
  MicrosoftAppId: APP_ID,
  TEAMS_DEVELOPER_NAME: 'Beispiel GmbH',
  TEAMS_WEBSITE_URL: 'https://karriere.example.org/bot',
  TEAMS_PRIVACY_URL: 'https://karriere.example.org/datenschutz',
  TEAMS_VALID_DOMAINS: 'karriere.example.org, *.example.org',
};

/** Runs `npm run teams:package`'s script with only the given variables (plus PATH). */
function runPackager(env: Record<string, string>, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', cwd: tempDir() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Validates offline against the schema bundled in @microsoft/app-manifest; nothing is fetched (no loadSchema).
// The localization schema has patterns with a bare "]", invalid under the u flag Ajv uses by default.
function validator(schemaFile: string): (data: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, schemaFile), 'utf8')));
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

/** Width, height and colour type from a PNG's IHDR, and its pixels (RGBA rows, filter type 0 as written). */
function readPng(png: Buffer): { width: number; height: number; colorType: number; pixel(x: number, y: number): number[] } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.toString('ascii', 12, 16), 'IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return {
    width,
    height,
    colorType: png[25],
    pixel: (x, y) => {
      const row = y * (width * 4 + 1);
      assert.equal(raw[row], 0, 'filter type none');
      return [...raw.subarray(row + 1 + x * 4, row + 5 + x * 4)];
    },
  };
}

describe('Teams app package (npm run teams:package)', () => {
  let files: ZipFile[];
  let manifest: Record<string, any>;
  let german: Record<string, string>;
  let out: string;

  before(() => {
    out = path.join(tempDir(), 'teams-app.zip');
    const run = runPackager(ENV, ['--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Wrote .*teams-app\.zip/);
    files = readZip(fs.readFileSync(out));
    const file = (name: string): Buffer => files.find((f) => f.name === name)!.data;
    manifest = JSON.parse(file('manifest.json').toString('utf8'));
    german = JSON.parse(file('de.json').toString('utf8'));
  });

  it('is a flat zip of exactly manifest.json, color.png, outline.png and the German language file', () => {
    assert.deepEqual(files.map((f) => f.name).sort(), ['color.png', 'de.json', 'manifest.json', 'outline.png']);
  });

  it('has a manifest that is valid against the Teams 1.22 JSON Schema (offline)', () => {
    assert.equal(manifest.manifestVersion, '1.22');
    assert.deepEqual(validator('MicrosoftTeams.schema.json')(manifest), []);
  });

  it('has a German language file that is valid against the Teams localization schema', () => {
    assert.deepEqual(validator('MicrosoftTeams.Localization.schema.json')(german), []);
    assert.deepEqual(manifest.localizationInfo, { defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'de', file: 'de.json' }] });
  });

  it('takes the bot id from MicrosoftAppId and the domains and developer details from the configuration', () => {
    assert.equal(manifest.id, APP_ID);
    assert.equal(manifest.bots[0].botId, APP_ID);
    assert.deepEqual(manifest.bots[0].scopes, ['personal', 'team', 'groupChat']);
    assert.deepEqual(manifest.validDomains, ['karriere.example.org', '*.example.org']);
    assert.deepEqual(manifest.developer, {
      name: 'Beispiel GmbH',
      websiteUrl: 'https://karriere.example.org/bot',
      privacyUrl: 'https://karriere.example.org/datenschutz',
      termsOfUseUrl: 'https://karriere.example.org/bot',
    });
    assert.equal(manifest.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('is named and described in English and German', () => {
    assert.equal(manifest.name.short, 'Career Bot');
    assert.equal(german['name.short'], 'Karriere-Bot');
    assert.match(manifest.description.full, /IT occupations/);
    assert.match(german['description.full'], /IT-Berufen/);
  });

  it('has icons of the right size: color.png 192 × 192 opaque, outline.png 32 × 32 white on transparent', () => {
    const color = readPng(files.find((f) => f.name === 'color.png')!.data);
    assert.deepEqual([color.width, color.height, color.colorType], [192, 192, 6]);
    for (const [x, y] of [[0, 0], [96, 96], [191, 191], [10, 180]]) assert.equal(color.pixel(x, y)[3], 255, `opaque at ${x},${y}`);
    const outline = readPng(files.find((f) => f.name === 'outline.png')!.data);
    assert.deepEqual([outline.width, outline.height, outline.colorType], [32, 32, 6]);
    const alphas = new Set<number>();
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a > 0) assert.deepEqual([r, g, b], [255, 255, 255], `white at ${x},${y}`);
        alphas.add(a);
      }
    }
    assert.ok(alphas.has(0) && alphas.has(255), 'transparent background, solid strokes');
  });

  describe('its example commands are questions the bot answers (not the fallback)', () => {
    let app: CareerBotApp;
    before(async () => {
      app = await sharedApp();
    });
    it('every command, in English and German', async () => {
      const commands: { title: string; description: string }[] = manifest.bots[0].commandLists[0].commands;
      assert.ok(commands.length >= 3);
      const titles = [...commands.map((c) => c.title), ...commands.map((_, i) => german[`bots[0].commandLists[0].commands[${i}].title`])];
      for (const title of titles) {
        const { answered } = recognizerTrace(await new Conversation(app).say({ type: 'message', text: title, channelId: 'msteams' }));
        assert.notEqual(answered.topic, 'None', `"${title}" fell back`);
      }
    });
  });

  describe('refuses to build a broken package, saying why', () => {
    const cases: { what: string; env: Record<string, string>; status: number; says: RegExp }[] = [
      { what: 'without MicrosoftAppId', env: { ...ENV, MicrosoftAppId: '' }, status: 2, says: /MicrosoftAppId: required/ },
      { what: 'with an app id that is not a GUID', env: { ...ENV, MicrosoftAppId: 'my-bot' }, status: 2, says: /MicrosoftAppId="my-bot": expected a GUID/ },
      { what: 'with a domain given as a URL', env: { ...ENV, TEAMS_VALID_DOMAINS: 'https://karriere.example.org' }, status: 2, says: /TEAMS_VALID_DOMAINS: "https:\/\/karriere\.example\.org" is not a domain/ },
      { what: 'with an http website', env: { ...ENV, TEAMS_WEBSITE_URL: 'http://karriere.example.org' }, status: 2, says: /TEAMS_WEBSITE_URL=.*expected an https:\/\/ URL/ },
      { what: 'with a version that is not x.y.z', env: { ...ENV, TEAMS_APP_VERSION: '1.0' }, status: 2, says: /TEAMS_APP_VERSION="1\.0"/ },
    ];
    for (const c of cases) {
      it(c.what, () => {
        const target = path.join(tempDir(), 'teams-app.zip');
        const run = runPackager(c.env, ['--out', target]);
        assert.equal(run.status, c.status);
        assert.match(run.stderr, c.says);
        assert.equal(fs.existsSync(target), false, 'no package written');
      });
    }

    const templates: { what: string; change: (dir: string) => void; says: RegExp }[] = [
      {
        what: 'a language file translating a text the manifest does not have',
        change: (dir) => {
          const de = JSON.parse(fs.readFileSync(path.join(dir, 'de.json'), 'utf8'));
          fs.writeFileSync(path.join(dir, 'de.json'), JSON.stringify({ ...de, 'bots[0].commandLists[0].commands[9].title': 'Hallo' }));
        },
        says: /de\.json: "bots\[0\]\.commandLists\[0\]\.commands\[9\]\.title" is not a text of the manifest template/,
      },
      { what: 'a language file not listed in localizationInfo', change: (dir) => fs.copyFileSync(path.join(dir, 'de.json'), path.join(dir, 'fr.json')), says: /fr\.json is not listed/ },
      {
        what: 'a misspelt slot in the template',
        change: (dir) => {
          const file = path.join(dir, 'manifest.template.json');
          fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{{botId}}', '{{botID}}'));
        },
        says: /unknown slot \{\{botID\}\}/,
      },
    ];
    for (const t of templates) {
      it(t.what, () => {
        const dir = tempDir();
        for (const f of fs.readdirSync(path.join(ROOT, 'teams'))) fs.copyFileSync(path.join(ROOT, 'teams', f), path.join(dir, f));
        t.change(dir);
        const target = path.join(tempDir(), 'teams-app.zip');
        const run = runPackager(ENV, ['--out', target, '--template-dir', dir]);
        assert.notEqual(run.status, 0);
        assert.match(run.stderr, t.says);
        assert.equal(fs.existsSync(target), false);
      });
    }
  });
});
