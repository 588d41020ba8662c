/**
 * The process entry (`npm start`): reads the settings (and `.env`, when present: real variables win), puts
 * the compile cache in place, then loads the bot and starts it. Apart from the composition root
 * (`index.ts`) because the cache has to be enabled before botbuilder and restify are required, which
 * `index.ts` does first thing; so this file imports nothing but Node and the settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { enableCompileCache } from './compile-cache';
import { loadConfig, type Config } from './config';
import { CareerBotError } from './errors';

let config: Config;
try {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  config = loadConfig();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(2);
}
const compileCache = config.compileCacheDir ? enableCompileCache(config.compileCacheDir, path.resolve(__dirname, '..', '..', 'node_modules')) : undefined;
// Required only now, with the compile cache in place.
const { main } = require('./index') as typeof import('./index');
main(config, compileCache).catch((e: unknown) => {
  const code = e instanceof CareerBotError ? e.code : (e as { code?: string }).code ?? 'STARTUP_FAILED';
  process.stderr.write(`career-bot failed to start (${code}): ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
