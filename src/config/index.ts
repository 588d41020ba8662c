import path from 'node:path';
import { ADDRESSES, type Address } from '../address';
import { ConfigError } from '../errors';
import { isLanguage, LANGUAGES, type Language } from '../language';

export { loadTeamsAppConfig, type TeamsAppConfig } from './teams-app';

/** Bot Framework credentials; absent `appId` means local, unauthenticated mode. */
export interface BotCredentials {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly appTenantId?: string;
  /** Where the Bot Framework's signing keys are published (sovereign clouds differ); undefined = public cloud. */
  readonly openIdMetadataUrl?: string;
}

/** The web chat page, its embed script and the self-hosted Direct Line endpoint. */
export interface WebChatConfig {
  /** Origins (scheme://host[:port]) of other sites allowed to embed the chat; the bot's own origin always is. */
  readonly allowedOrigins: readonly string[];
  readonly botName: string;
  /** Shown in the bot's avatar. */
  readonly botInitials: string;
  /** `#rrggbb`, used for buttons, the chat bubble and the user's messages. */
  readonly accentColor: string;
  /** Language of the page's greeting and of the widget's own labels. */
  readonly language: Language;
  /** How the widget's own labels address the visitor ("Frag den Bot" or "Fragen Sie den Bot"): `DEFAULT_ADDRESS`. */
  readonly address: Address;
  readonly tokenTtlSeconds: number;
  /** Conversations nobody posted to or polled for this long are dropped from memory. */
  readonly idleSeconds: number;
  /** Per client IP and minute. */
  readonly conversationsPerMinute: number;
  /** Per client IP and minute. */
  readonly messagesPerMinute: number;
  /** Azure Bot Service Direct Line secret: when set, the page gets tokens from Azure instead of the built-in endpoint. */
  readonly directLineSecret?: string;
  /** Azure Direct Line base URL (regional endpoints differ). */
  readonly directLineEndpoint: string;
}

/** A Slack app talking to the bot directly (Events API), without Azure Bot Service. */
export interface SlackConfig {
  /** Verifies that requests come from Slack (Basic Information → App Credentials → Signing Secret). */
  readonly signingSecret: string;
  /** Bot User OAuth Token (`xoxb-…`) for posting answers. */
  readonly botToken: string;
  /** Base URL of the Slack Web API, ending in `/`. */
  readonly apiUrl: string;
  /** Messages per Slack user and per conversation and minute; more get 429 and no answer. */
  readonly messagesPerMinute: number;
}

/** Every setting of the bot, parsed once at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly credentials: BotCredentials;
  readonly knowledgeDir: string;
  readonly intentsDir: string;
  readonly defaultLanguage: Language;
  /** How visitors are addressed until they show a form themselves (German "du" or "Sie"). */
  readonly defaultAddress: Address;
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
  /** Folder of the brain cache (a restart with unchanged data skips validation and training); undefined = no cache. */
  readonly modelCacheDir?: string;
  /** Folder of V8's compiled code of the dependencies (a restart skips compiling them); undefined = no cache. */
  readonly compileCacheDir?: string;
  readonly webchat: WebChatConfig;
  /** When set, GET /metrics requires `Authorization: Bearer <metricsToken>`. */
  readonly metricsToken?: string;
  /** On SIGTERM/SIGINT, running requests get this long to finish before connections are cut. */
  readonly shutdownTimeoutSeconds: number;
  /** Reverse proxies in front of the bot whose X-Forwarded-For is trusted for the client's address. */
  readonly trustedProxies: number;
  /**
   * How far V8 lets the JavaScript heap grow past its live size before a full collection, in percent;
   * 0 leaves V8's own heuristic (up to 300 %). Trades CPU for resident memory (see README, Performance).
   */
  readonly heapGrowingPercent: number;
  /** Direct Slack app support; undefined (routes answer 404) unless both Slack secrets are set. */
  readonly slack?: SlackConfig;
}

/** Log levels of LOG_LEVEL; `silent` turns logging off. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
// Here rather than beside the logger: the settings are read before any dependency is loaded (see main.ts).
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** The bot's bound on V8's heap growth (see {@link Config.heapGrowingPercent}); the benchmark compares against it. */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

/** Documentation of every variable, used by the README and by error messages. */
export const CONFIG_VARIABLES: Readonly<Record<string, string>> = Object.freeze({
  PORT: 'HTTP port (default 3978; 0 picks a free port)',
  HOST: 'interface to listen on (default 127.0.0.1 without MicrosoftAppId, 0.0.0.0 with it)',
  MicrosoftAppId: 'Bot Framework app id; unset = local unauthenticated mode',
  MicrosoftAppPassword: 'Bot Framework app secret (MultiTenant / SingleTenant)',
  MicrosoftAppType: 'MultiTenant (default), SingleTenant or UserAssignedMSI',
  MicrosoftAppTenantId: 'tenant id, required for SingleTenant and UserAssignedMSI',
  ToBotFromChannelOpenIdMetadataUrl: 'where the Bot Framework publishes the keys that sign channel requests (default: the public cloud\'s; set for sovereign clouds)',
  KNOWLEDGE_DIR: 'folder with the knowledge YAML files (default ./knowledge)',
  INTENTS_DIR: 'folder with the training utterances (default ./intents)',
  DEFAULT_LANGUAGE: 'de (default) or en: language when neither the message, the conversation nor the client locale tells',
  DEFAULT_ADDRESS: 'informal (default; German "du") or formal ("Sie"): how the bot addresses visitors until they write "du" or "Sie" themselves',
  MAX_MESSAGE_CHARS: 'longer messages are cut to this many characters before recognition, keeping their start and end (default 1000)',
  MAX_BODY_BYTES: 'largest accepted request body in bytes (default 262144)',
  NLU_THRESHOLD: 'minimum intent confidence between 0 and 1 (default 0.4)',
  LOG_LEVEL: 'debug, info (default), warn, error or silent',
  HOT_RELOAD: 'true (default) or false: reload knowledge/ and intents/ when they change',
  DATABASE_PATH: 'SQLite file for state, transcripts, analytics, feedback (default data/career-bot.sqlite)',
  TRANSCRIPTS: 'true (default) or false: store conversation transcripts for knowledge editors',
  TRANSCRIPT_RETENTION_DAYS: 'days to keep transcripts and unanswered questions (default 30)',
  REDACT_PERSONAL_DATA: 'true (default) or false: replace e-mail addresses, phone numbers and IBANs in stored text',
  MODEL_CACHE_DIR: 'folder for validated data and trained models, so a restart with unchanged data skips validation and training (default data/model-cache; "off" disables)',
  COMPILE_CACHE_DIR: 'folder for the compiled code of the dependencies, so a restart skips compiling them (default data/compile-cache; "off" disables)',
  WEBCHAT_ALLOWED_ORIGINS: 'comma-separated origins (https://www.example.de) of other sites that may embed the chat; the bot\'s own origin always may (default none)',
  WEBCHAT_BOT_NAME: 'the bot\'s name on the page and in the chat (default Karriere-Bot)',
  WEBCHAT_BOT_INITIALS: 'one to three characters in the bot\'s avatar (default KB)',
  WEBCHAT_ACCENT_COLOR: 'accent colour as #rrggbb (default #0b5cad)',
  WEBCHAT_LANGUAGE: 'de or en: language of the greeting and the widget\'s labels (default DEFAULT_LANGUAGE)',
  WEBCHAT_TOKEN_MINUTES: 'lifetime of a web chat token; the widget refreshes it while open (default 30)',
  WEBCHAT_IDLE_MINUTES: 'web chat conversations idle this long are dropped from memory (default 30)',
  WEBCHAT_CONVERSATIONS_PER_MINUTE: 'new web chat conversations per client IP and minute; more get 429 (default 10)',
  WEBCHAT_MESSAGES_PER_MINUTE: 'web chat messages per client IP and minute; more get 429 (default 30)',
  DIRECTLINE_SECRET: 'Azure Bot Service Direct Line secret; when set the page gets its tokens from Azure (the secret stays on the server)',
  DIRECTLINE_ENDPOINT: 'Azure Direct Line base URL (default https://directline.botframework.com/v3/directline)',
  METRICS_TOKEN: 'when set, GET /metrics requires "Authorization: Bearer <token>" (default: open, like /healthz)',
  SHUTDOWN_TIMEOUT_SECONDS: 'on SIGTERM/SIGINT, running requests get this long to finish before connections are cut (default 10)',
  HEAP_GROWING_PERCENT: 'how far the JavaScript heap may grow past its live size before a full garbage collection, in percent, 0 to 300 (default 50; 0 = V8\'s own choice, up to 300: less CPU, more memory; node\'s own --heap-growing-percent takes precedence)',
  TRUST_PROXY_HOPS: 'number of reverse proxies in front of the bot; the client address for rate limits is then read from X-Forwarded-For (default 0: the TCP peer)',
  SLACK_SIGNING_SECRET: 'Slack app signing secret; with SLACK_BOT_TOKEN enables /api/slack/events and /api/slack/interactions',
  SLACK_BOT_TOKEN: 'Slack bot token (xoxb-...) for posting answers; set together with SLACK_SIGNING_SECRET',
  SLACK_API_URL: 'Slack Web API base URL (default https://slack.com/api/)',
  SLACK_MESSAGES_PER_MINUTE: 'Slack messages per user and per conversation and minute; more get 429 and no answer (default 20)',
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
  const cacheDir = (key: string, folder: string): string | undefined => (str(key) === 'off' ? undefined : path.resolve(cwd, str(key) ?? path.join('data', folder)));

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
  if (str('DIRECTLINE_SECRET') && !appId) {
    problems.push("DIRECTLINE_SECRET: Azure's Direct Line calls /api/messages with Bot Framework authentication; set MicrosoftAppId and MicrosoftAppPassword of the same bot resource");
  }
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

  const defaultAddress = oneOf('DEFAULT_ADDRESS', ADDRESSES, 'informal');
  const webchat = parseWebChat({ str, int, oneOf, problems }, isLanguage(rawLanguage) ? rawLanguage : 'de', defaultAddress);
  const slack = slackConfig(str('SLACK_SIGNING_SECRET'), str('SLACK_BOT_TOKEN'), str('SLACK_API_URL'), problems);
  const slackMessagesPerMinute = int('SLACK_MESSAGES_PER_MINUTE', 20, 1, 100_000);

  const config: Config = {
    port: int('PORT', 3978, 0, 65535),
    host: str('HOST') ?? (appId ? '0.0.0.0' : '127.0.0.1'),
    credentials: Object.freeze({ appId, appPassword, appType, appTenantId, openIdMetadataUrl: str('ToBotFromChannelOpenIdMetadataUrl') }),
    knowledgeDir: path.resolve(cwd, str('KNOWLEDGE_DIR') ?? 'knowledge'),
    intentsDir: path.resolve(cwd, str('INTENTS_DIR') ?? 'intents'),
    defaultLanguage: isLanguage(rawLanguage) ? rawLanguage : 'de',
    defaultAddress,
    maxMessageChars: int('MAX_MESSAGE_CHARS', 1000, 1, 100_000),
    maxBodyBytes: int('MAX_BODY_BYTES', 262_144, 1024, 10_485_760),
    nluThreshold,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    hotReload: bool('HOT_RELOAD', true),
    databasePath: path.resolve(cwd, str('DATABASE_PATH') ?? path.join('data', 'career-bot.sqlite')),
    transcripts: bool('TRANSCRIPTS', true),
    transcriptRetentionDays: int('TRANSCRIPT_RETENTION_DAYS', 30, 1, 3650),
    redactPersonalData: bool('REDACT_PERSONAL_DATA', true),
    modelCacheDir: cacheDir('MODEL_CACHE_DIR', 'model-cache'),
    compileCacheDir: cacheDir('COMPILE_CACHE_DIR', 'compile-cache'),
    webchat,
    metricsToken: str('METRICS_TOKEN'),
    shutdownTimeoutSeconds: int('SHUTDOWN_TIMEOUT_SECONDS', 10, 0, 600),
    trustedProxies: int('TRUST_PROXY_HOPS', 0, 0, 10),
    heapGrowingPercent: int('HEAP_GROWING_PERCENT', DEFAULT_HEAP_GROWING_PERCENT, 0, 300),
    ...(slack && { slack: Object.freeze({ ...slack, messagesPerMinute: slackMessagesPerMinute }) }),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const DIRECT_LINE_DEFAULT = 'https://directline.botframework.com/v3/directline';

/** How loadConfig reads one variable; problems go to the shared list. */
interface EnvReader {
  str(key: string): string | undefined;
  int(key: string, fallback: number, min: number, max: number): number;
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T;
  problems: string[];
}

/** The WEBCHAT_* and DIRECTLINE_* variables. */
function parseWebChat({ str, int, oneOf, problems }: EnvReader, defaultLanguage: Language, address: Address): WebChatConfig {
  const allowedOrigins: string[] = [];
  for (const raw of (str('WEBCHAT_ALLOWED_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
    const origin = parseOrigin(raw);
    if (origin) allowedOrigins.push(origin);
    else problems.push(`WEBCHAT_ALLOWED_ORIGINS: ${JSON.stringify(raw)} is not an origin; write scheme and host only, e.g. https://www.example.de`);
  }
  const botInitials = str('WEBCHAT_BOT_INITIALS') ?? 'KB';
  if ([...botInitials].length > 3) problems.push(`WEBCHAT_BOT_INITIALS=${JSON.stringify(botInitials)}: use one to three characters`);
  const accentColor = str('WEBCHAT_ACCENT_COLOR') ?? '#0b5cad';
  if (!HEX_COLOUR.test(accentColor)) problems.push(`WEBCHAT_ACCENT_COLOR=${JSON.stringify(accentColor)}: expected a colour as #rrggbb, e.g. #0b5cad`);
  const directLineEndpoint = (str('DIRECTLINE_ENDPOINT') ?? DIRECT_LINE_DEFAULT).replace(/\/+$/, '');
  if (!isSafeEndpoint(directLineEndpoint)) {
    problems.push(`DIRECTLINE_ENDPOINT=${JSON.stringify(directLineEndpoint)}: expected an https URL such as ${DIRECT_LINE_DEFAULT} (http only on localhost)`);
  }
  return Object.freeze({
    allowedOrigins: Object.freeze(allowedOrigins),
    botName: str('WEBCHAT_BOT_NAME') ?? 'Karriere-Bot',
    botInitials,
    accentColor: accentColor.toLowerCase(),
    language: oneOf('WEBCHAT_LANGUAGE', LANGUAGES, defaultLanguage),
    address,
    tokenTtlSeconds: int('WEBCHAT_TOKEN_MINUTES', 30, 1, 1440) * 60,
    idleSeconds: int('WEBCHAT_IDLE_MINUTES', 30, 1, 1440) * 60,
    conversationsPerMinute: int('WEBCHAT_CONVERSATIONS_PER_MINUTE', 10, 1, 100_000),
    messagesPerMinute: int('WEBCHAT_MESSAGES_PER_MINUTE', 30, 1, 100_000),
    directLineSecret: str('DIRECTLINE_SECRET'),
    directLineEndpoint,
  });
}

/** `https://www.example.de/` → `https://www.example.de`; anything with a path, query or other scheme → undefined. */
function parseOrigin(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash || url.username) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function isSafeEndpoint(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

// Both secrets or neither: one alone is a half-finished setup that would fail on the first Slack request.
function slackConfig(
  signingSecret: string | undefined,
  botToken: string | undefined,
  rawUrl: string | undefined,
  problems: string[],
): Omit<SlackConfig, 'messagesPerMinute'> | undefined {
  if (signingSecret && !botToken) problems.push('SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET is set (OAuth & Permissions → Bot User OAuth Token); set both or neither');
  if (botToken && !signingSecret) problems.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (Basic Information → Signing Secret); set both or neither');
  if (botToken && !botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN: expected a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)');
  let apiUrl = 'https://slack.com/api/';
  if (rawUrl !== undefined) {
    const url = URL.canParse(rawUrl) ? new URL(rawUrl) : undefined;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) problems.push(`SLACK_API_URL=${JSON.stringify(rawUrl)}: expected an http(s) URL such as https://slack.com/api/`);
    else apiUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  }
  return signingSecret && botToken ? { signingSecret, botToken, apiUrl } : undefined;
}
