import { ConfigError } from '../errors';

/** What the Teams app package needs besides the template: ids, version, developer details, domains. */
export interface TeamsAppConfig {
  /** The bot's Microsoft App ID (`MicrosoftAppId`): the manifest's `bots[0].botId`. */
  readonly botId: string;
  /** The Teams app's own id; by default the bot's. */
  readonly appId: string;
  readonly version: string;
  readonly developerName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
  /** Domains the app may show content from; none are needed for a bot alone. */
  readonly validDomains: readonly string[];
}

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
// A host name, optionally with a leading "*." wildcard — no scheme, no path (what Teams expects).
const DOMAIN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/i;

/**
 * Parses the variables of `npm run teams:package`. Every problem is collected and thrown at once.
 * @param defaultVersion the app version when `TEAMS_APP_VERSION` is unset (the package's version).
 * @throws ConfigError listing all problems, e.g. `MicrosoftAppId` unset.
 */
export function loadTeamsAppConfig(env: NodeJS.ProcessEnv, defaultVersion: string): TeamsAppConfig {
  const problems: string[] = [];
  const str = (key: string): string | undefined => env[key]?.trim() || undefined;
  const guid = (key: string, value: string | undefined, missing: string): string => {
    if (!value) problems.push(`${key}: ${missing}`);
    else if (!GUID.test(value)) problems.push(`${key}=${JSON.stringify(value)}: expected a GUID such as 00000000-0000-0000-0000-000000000000`);
    return value ?? '';
  };
  const httpsUrl = (key: string, value: string | undefined, missing: string): string => {
    if (!value) problems.push(`${key}: ${missing}`);
    else if (!/^https:\/\/[^\s/]+/i.test(value) || value.length > 2048) problems.push(`${key}=${JSON.stringify(value)}: expected an https:// URL`);
    return value ?? '';
  };

  const botId = guid('MicrosoftAppId', str('MicrosoftAppId'), "required: the bot's Microsoft App ID from its Azure Bot resource (Configuration page)");
  const appId = str('TEAMS_APP_ID') ? guid('TEAMS_APP_ID', str('TEAMS_APP_ID'), '') : botId;
  const version = str('TEAMS_APP_VERSION') ?? defaultVersion;
  if (!SEMVER.test(version)) problems.push(`TEAMS_APP_VERSION=${JSON.stringify(version)}: expected a version like 1.0.0 (raise it for every new upload)`);
  const developerName = str('TEAMS_DEVELOPER_NAME') ?? '';
  if (!developerName) problems.push('TEAMS_DEVELOPER_NAME: required: the organisation Teams shows as the app\'s developer (at most 32 characters)');
  else if (developerName.length > 32) problems.push(`TEAMS_DEVELOPER_NAME: ${developerName.length} characters; Teams allows at most 32`);
  const websiteUrl = httpsUrl('TEAMS_WEBSITE_URL', str('TEAMS_WEBSITE_URL'), "required: an https:// page about the bot, shown in the app's details");
  // Unset, they are the website; a problem with that is reported once, for TEAMS_WEBSITE_URL.
  const privacyUrl = str('TEAMS_PRIVACY_URL') ? httpsUrl('TEAMS_PRIVACY_URL', str('TEAMS_PRIVACY_URL'), '') : websiteUrl;
  const termsOfUseUrl = str('TEAMS_TERMS_URL') ? httpsUrl('TEAMS_TERMS_URL', str('TEAMS_TERMS_URL'), '') : websiteUrl;
  const validDomains = (str('TEAMS_VALID_DOMAINS') ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  for (const d of validDomains) if (!DOMAIN.test(d)) problems.push(`TEAMS_VALID_DOMAINS: "${d}" is not a domain (give host names such as bot.example.com or *.example.com, comma-separated, without https://)`);
  if (validDomains.length > 16) problems.push(`TEAMS_VALID_DOMAINS: ${validDomains.length} domains; Teams allows at most 16`);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({ botId, appId, version, developerName, websiteUrl, privacyUrl, termsOfUseUrl, validDomains: Object.freeze(validDomains) });
}
