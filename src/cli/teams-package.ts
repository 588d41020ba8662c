import fs from 'node:fs';
import path from 'node:path';
import { loadTeamsAppConfig } from '../config';
import { ConfigError } from '../errors';
import { buildTeamsAppPackage, TeamsPackageError, type JsonObject } from '../channels/teams/app-package';

// The project root: the template ships with the code (dist/src/cli -> ../../..).
const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEMPLATE = 'manifest.template.json';

function readJson(file: string): JsonObject {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject;
  } catch (e) {
    throw new TeamsPackageError([`${file}: ${(e as Error).message}`]);
  }
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * `npm run teams:package [-- --out file.zip] [--template-dir dir]`: builds the Teams app package from
 * `teams/manifest.template.json`, the language files beside it and the environment (MicrosoftAppId,
 * TEAMS_*). Exit code 2 for a configuration problem, 1 for a template problem.
 */
function main(args: readonly string[]): void {
  const templateDir = path.resolve(option(args, '--template-dir') ?? path.join(ROOT, 'teams'));
  const out = path.resolve(option(args, '--out') ?? 'teams-app.zip');
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  try {
    const config = loadTeamsAppConfig(process.env, version);
    const languageFiles: Record<string, JsonObject> = {};
    for (const name of fs.readdirSync(templateDir).filter((f) => f.endsWith('.json') && f !== TEMPLATE).sort()) {
      languageFiles[name] = readJson(path.join(templateDir, name));
    }
    const { manifest, files, zip } = buildTeamsAppPackage({ manifest: readJson(path.join(templateDir, TEMPLATE)), languageFiles }, config);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, zip);
    process.stdout.write(
      `Wrote ${path.relative(process.cwd(), out) || out} (${zip.length} bytes): ${files.map((f) => f.name).join(', ')}\n` +
        `  manifest ${String(manifest.manifestVersion)}, app ${config.appId} version ${config.version}, bot ${config.botId}\n` +
        '  Upload it in Teams: Apps → Manage your apps → Upload an app → Upload a custom app.\n',
    );
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSet these variables (see the README, "Microsoft Teams") and run npm run teams:package again.\n`);
      process.exit(2);
    }
    if (e instanceof TeamsPackageError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

main(process.argv.slice(2));
