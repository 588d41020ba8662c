import path from 'node:path';
import { ConfigError } from '../errors';
import { isLanguage, type Language } from '../language';
import { LOG_LEVELS, type LogLevel } from '../log';

/** Bot Framework credentials; absent `appId` means local, unauthenticated mode. */
export interface BotCredentials {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly appTenantId?: string;
}

/** Every setting of the bot, parsed once at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly credentials: BotCredentials;
  readonly knowledgeDir: string;
  readonly intentsDir: string;
  readonly defaultLanguage: Language;
  /** Text beyond this many characters is cut before recognition. */
  readonly maxMessageChars: number;
  /** Request bodies larger than this get 413. */
  readonly maxBodyBytes: number;
  /** Minimum classifier probability for an intent; below it the message is treated as out of scope. */
  readonly nluThreshold: number;
  readonly logLevel: LogLevel;
  /** Reload knowledge and intents when their files change (a broken edit keeps the old version). */
  readonly hotReload: boolean;
  /** SQLite database file for state, transcripts, analytics and feedback. */
  readonly databasePath: string;
  /** Keep transcripts of conversations (redacted), for knowledge editors. */
  readonly transcripts: boolean;
  /** Transcripts and stored fallback questions older than this are purged at start-up and daily. */
  readonly transcriptRetentionDays: number;
  /** Replace e-mail addresses, phone numbers and IBANs in stored text. */
  readonly redactPersonalData: boolean;
  /** Folder for trained models (a restart with unchanged data skips training); undefined = no cache. */
  readonly modelCacheDir?: string;
}

/** Documentation of every variable, used by the README and by error messages. */
export const CONFIG_VARIABLES: Readonly<Record<string, string>> = Object.freeze({
  PORT: 'HTTP port (default 3978; 0 picks a free port)',
  HOST: 'interface to listen on (default 127.0.0.1 without MicrosoftAppId, 0.0.0.0 with it)',
  MicrosoftAppId: 'Bot Framework app id; unset = local unauthenticated mode',
  MicrosoftAppPassword: 'Bot Framework app secret (MultiTenant / SingleTenant)',
  MicrosoftAppType: 'MultiTenant (default), SingleTenant or UserAssignedMSI',
  MicrosoftAppTenantId: 'tenant id, required for SingleTenant and UserAssignedMSI',
  KNOWLEDGE_DIR: 'folder with the knowledge YAML files (default ./knowledge)',
  INTENTS_DIR: 'folder with the training utterances (default ./intents)',
  DEFAULT_LANGUAGE: 'de (default) or en: language when neither the message, the conversation nor the client locale tells',
  MAX_MESSAGE_CHARS: 'longer messages are cut to this many characters before recognition (default 1000)',
  MAX_BODY_BYTES: 'largest accepted request body in bytes (default 262144)',
  NLU_THRESHOLD: 'minimum intent confidence between 0 and 1 (default 0.4)',
  LOG_LEVEL: 'debug, info (default), warn, error or silent',
  HOT_RELOAD: 'true (default) or false: reload knowledge/ and intents/ when they change',
  DATABASE_PATH: 'SQLite file for state, transcripts, analytics, feedback (default data/career-bot.sqlite)',
  TRANSCRIPTS: 'true (default) or false: store conversation transcripts for knowledge editors',
  TRANSCRIPT_RETENTION_DAYS: 'days to keep transcripts and unanswered questions (default 30)',
  REDACT_PERSONAL_DATA: 'true (default) or false: replace e-mail addresses, phone numbers and IBANs in stored text',
  MODEL_CACHE_DIR: 'folder for trained models, so a restart with unchanged data skips training (default data/model-cache; "off" disables)',
  TEAMS_APP_ID: 'npm run teams:package: the Teams app id, a GUID (default MicrosoftAppId)',
  TEAMS_APP_VERSION: 'npm run teams:package: the app version, raised for every new upload (default the package.json version)',
  TEAMS_DEVELOPER_NAME: "npm run teams:package: the organisation shown as the app's developer (required, at most 32 characters)",
  TEAMS_WEBSITE_URL: "npm run teams:package: https:// page about the bot, shown in the app's details (required)",
  TEAMS_PRIVACY_URL: 'npm run teams:package: https:// privacy statement (default TEAMS_WEBSITE_URL)',
  TEAMS_TERMS_URL: 'npm run teams:package: https:// terms of use (default TEAMS_WEBSITE_URL)',
  TEAMS_VALID_DOMAINS: 'npm run teams:package: comma-separated domains the app may show content from (default none; a bot needs none)',
});

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

/**
 * Parses the environment into a frozen, typed config. Every bad key is reported at once.
 * @throws ConfigError listing all problems.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const str = (key: string): string | undefined => {
    const v = env[key]?.trim();
    return v ? v : undefined;
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = str(key);
    if (raw === undefined) return fallback;
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key}=${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  // Case-insensitive: LOG_LEVEL=INFO and MicrosoftAppType=singletenant mean the obvious thing.
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const raw = str(key);
    if (raw === undefined) return fallback;
    const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (!match) {
      problems.push(`${key}=${JSON.stringify(raw)}: expected one of ${allowed.join(', ')}`);
      return fallback;
    }
    return match;
  };

  const bool = (key: string, fallback: boolean): boolean => oneOf(key, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true';

  const appId = str('MicrosoftAppId');
  const appType = oneOf('MicrosoftAppType', APP_TYPES, 'MultiTenant');
  const appPassword = str('MicrosoftAppPassword');
  const appTenantId = str('MicrosoftAppTenantId');
  if (appId && appType !== 'UserAssignedMSI' && !appPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set (or set MicrosoftAppType=UserAssignedMSI)');
  }
  if (appId && appType !== 'MultiTenant' && !appTenantId) {
    problems.push(`MicrosoftAppTenantId: required for MicrosoftAppType=${appType}`);
  }
  if (!appId && appPassword) problems.push('MicrosoftAppPassword: set without MicrosoftAppId; set both or neither');
  if (str('DATABASE_PATH') === ':memory:') problems.push('DATABASE_PATH=":memory:": the bot needs a database file (it opens two connections); give a file path');

  const rawLanguage = (str('DEFAULT_LANGUAGE') ?? 'de').toLowerCase();
  if (!isLanguage(rawLanguage)) problems.push(`DEFAULT_LANGUAGE=${JSON.stringify(rawLanguage)}: expected de or en`);

  let nluThreshold = 0.4;
  const rawThreshold = str('NLU_THRESHOLD');
  if (rawThreshold !== undefined) {
    const t = /^(0|1)?(\.\d+)?$/.test(rawThreshold) ? Number(rawThreshold) : NaN;
    if (!Number.isFinite(t) || t < 0 || t > 1) problems.push(`NLU_THRESHOLD=${JSON.stringify(rawThreshold)}: expected a number from 0 to 1`);
    else nluThreshold = t;
  }

  const config: Config = {
    port: int('PORT', 3978, 0, 65535),
    host: str('HOST') ?? (appId ? '0.0.0.0' : '127.0.0.1'),
    credentials: Object.freeze({ appId, appPassword, appType, appTenantId }),
    knowledgeDir: path.resolve(cwd, str('KNOWLEDGE_DIR') ?? 'knowledge'),
    intentsDir: path.resolve(cwd, str('INTENTS_DIR') ?? 'intents'),
    defaultLanguage: isLanguage(rawLanguage) ? rawLanguage : 'de',
    maxMessageChars: int('MAX_MESSAGE_CHARS', 1000, 1, 100_000),
    maxBodyBytes: int('MAX_BODY_BYTES', 262_144, 1024, 10_485_760),
    nluThreshold,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    hotReload: bool('HOT_RELOAD', true),
    databasePath: path.resolve(cwd, str('DATABASE_PATH') ?? path.join('data', 'career-bot.sqlite')),
    transcripts: bool('TRANSCRIPTS', true),
    transcriptRetentionDays: int('TRANSCRIPT_RETENTION_DAYS', 30, 1, 3650),
    redactPersonalData: bool('REDACT_PERSONAL_DATA', true),
    modelCacheDir: str('MODEL_CACHE_DIR') === 'off' ? undefined : path.resolve(cwd, str('MODEL_CACHE_DIR') ?? path.join('data', 'model-cache')),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

export { loadTeamsAppConfig, type TeamsAppConfig } from './teams-app';
