import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, loadConfig, type Config } from '../src/config';
import { ConfigError } from '../src/errors';

const CWD = path.resolve('/srv/career-bot');

/** Calls loadConfig expecting a ConfigError; returns its problems. */
function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env, CWD);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    assert.equal(err.code, 'CONFIG_INVALID');
    for (const p of err.problems) assert.ok(err.message.includes(p), 'the error message lists every problem');
    return err.problems;
  }
  assert.fail('expected the configuration to be rejected');
}

describe('configuration (loadConfig)', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({}, CWD);
    assert.deepEqual(config, {
      port: 3978,
      host: '127.0.0.1',
      credentials: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', appTenantId: undefined, openIdMetadataUrl: undefined },
      knowledgeDir: path.join(CWD, 'knowledge'),
      intentsDir: path.join(CWD, 'intents'),
      defaultLanguage: 'de',
      defaultAddress: 'informal',
      maxMessageChars: 1000,
      maxBodyBytes: 262_144,
      nluThreshold: 0.4,
      logLevel: 'info',
      hotReload: true,
      databasePath: path.join(CWD, 'data', 'career-bot.sqlite'),
      transcripts: true,
      transcriptRetentionDays: 30,
      redactPersonalData: true,
      modelCacheDir: path.join(CWD, 'data', 'model-cache'),
      compileCacheDir: path.join(CWD, 'data', 'compile-cache'),
      webchat: {
        allowedOrigins: [],
        botName: 'Karriere-Bot',
        botInitials: 'KB',
        accentColor: '#0b5cad',
        language: 'de',
        address: 'informal',
        tokenTtlSeconds: 1800,
        idleSeconds: 1800,
        conversationsPerMinute: 10,
        messagesPerMinute: 30,
        directLineSecret: undefined,
        directLineEndpoint: 'https://directline.botframework.com/v3/directline',
      },
      metricsToken: undefined,
      shutdownTimeoutSeconds: 10,
      trustedProxies: 0,
      heapGrowingPercent: 50,
    } satisfies Config);
  });

  it('reads the web chat branding, origins and limits', () => {
    const { webchat } = loadConfig(
      {
        WEBCHAT_ALLOWED_ORIGINS: 'https://www.example.de/, http://localhost:8080',
        WEBCHAT_BOT_NAME: 'Karriere-Lotse',
        WEBCHAT_BOT_INITIALS: 'KL',
        WEBCHAT_ACCENT_COLOR: '#AA3300',
        DEFAULT_LANGUAGE: 'en',
        WEBCHAT_MESSAGES_PER_MINUTE: '5',
        DIRECTLINE_SECRET: 'abc',
        MicrosoftAppId: 'app-id',
        MicrosoftAppPassword: 'secret',
        DIRECTLINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline/',
      },
      CWD,
    );
    assert.deepEqual(webchat.allowedOrigins, ['https://www.example.de', 'http://localhost:8080']);
    assert.equal(webchat.botName, 'Karriere-Lotse');
    assert.equal(webchat.accentColor, '#aa3300');
    assert.equal(webchat.language, 'en', 'the greeting follows DEFAULT_LANGUAGE unless WEBCHAT_LANGUAGE says otherwise');
    assert.equal(webchat.messagesPerMinute, 5);
    assert.equal(webchat.directLineEndpoint, 'https://europe.directline.botframework.com/v3/directline');
  });

  it('rejects web chat values that would break the page or leak the secret, all at once', () => {
    const problems = problemsOf({
      WEBCHAT_ALLOWED_ORIGINS: 'https://ok.example, www.example.de, https://example.de/chat',
      WEBCHAT_BOT_INITIALS: 'ABCD',
      WEBCHAT_ACCENT_COLOR: 'blue',
      WEBCHAT_LANGUAGE: 'fr',
      DIRECTLINE_ENDPOINT: 'http://directline.example.com/v3/directline',
    });
    assert.equal(problems.length, 6, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('"www.example.de" is not an origin')));
    assert.ok(problems.some((p) => p.includes('"https://example.de/chat" is not an origin')));
    assert.ok(problems.some((p) => p.startsWith('WEBCHAT_BOT_INITIALS=')));
    assert.ok(problems.some((p) => p.startsWith('WEBCHAT_ACCENT_COLOR=') && p.includes('#rrggbb')));
    assert.ok(problems.some((p) => p.startsWith('WEBCHAT_LANGUAGE=')));
    assert.ok(problems.some((p) => p.startsWith('DIRECTLINE_ENDPOINT=') && p.includes('https')));
  });

  it('returns a frozen config that cannot be changed at run time', () => {
    const config = loadConfig({}, CWD);
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.credentials));
    assert.throws(() => {
      (config as { port: number }).port = 80;
    }, TypeError);
    assert.equal(config.port, 3978);
  });

  it('listens on 0.0.0.0 when a MicrosoftAppId is set (deployed), 127.0.0.1 without it (local)', () => {
    const deployed = loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }, CWD);
    assert.equal(deployed.host, '0.0.0.0');
    assert.deepEqual(deployed.credentials, { appId: 'app-id', appPassword: 'secret', appType: 'MultiTenant', appTenantId: undefined, openIdMetadataUrl: undefined });
    assert.equal(loadConfig({}, CWD).host, '127.0.0.1');
  });

  it('takes HOST, PORT, folders and language from the environment', () => {
    const config = loadConfig(
      { HOST: '::', PORT: '8080', KNOWLEDGE_DIR: 'data/kb', INTENTS_DIR: '/opt/intents', DEFAULT_LANGUAGE: 'en', NLU_THRESHOLD: '0.6', LOG_LEVEL: 'warn' },
      CWD,
    );
    assert.equal(config.host, '::');
    assert.equal(config.port, 8080);
    assert.equal(config.knowledgeDir, path.join(CWD, 'data', 'kb'));
    assert.equal(config.intentsDir, path.resolve('/opt/intents'));
    assert.equal(config.defaultLanguage, 'en');
    assert.equal(config.nluThreshold, 0.6);
    assert.equal(config.logLevel, 'warn');
  });

  it('treats blank values as unset', () => {
    assert.deepEqual(loadConfig({ PORT: '  ', DEFAULT_LANGUAGE: '', LOG_LEVEL: ' ' }, CWD), loadConfig({}, CWD));
  });

  it('lists every bad key at once, not just the first', () => {
    const problems = problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', DEFAULT_LANGUAGE: 'fr', DEFAULT_ADDRESS: 'Sie', NLU_THRESHOLD: '2', HEAP_GROWING_PERCENT: '-5' });
    assert.equal(problems.length, 6, problems.join('\n'));
    const about = (key: string): string => {
      const found = problems.find((p) => p.startsWith(`${key}=`));
      assert.ok(found, `no problem about ${key} in:\n${problems.join('\n')}`);
      return found;
    };
    assert.match(about('PORT'), /"abc".*whole number from 0 to 65535/);
    assert.match(about('LOG_LEVEL'), /"loud".*debug, info, warn, error/);
    assert.match(about('DEFAULT_LANGUAGE'), /"fr".*de or en/);
    assert.match(about('DEFAULT_ADDRESS'), /"Sie".*informal, formal/);
    assert.match(about('NLU_THRESHOLD'), /"2".*from 0 to 1/);
    assert.match(about('HEAP_GROWING_PERCENT'), /"-5".*whole number from 0 to 300/);
  });

  it('rejects a MicrosoftAppId without a password', () => {
    const problems = problemsOf({ MicrosoftAppId: 'app-id' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^MicrosoftAppPassword: required when MicrosoftAppId is set/);
  });

  it('accepts a MicrosoftAppId without a password for UserAssignedMSI (with its tenant id)', () => {
    const config = loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant' }, CWD);
    assert.equal(config.credentials.appType, 'UserAssignedMSI');
    assert.equal(config.credentials.appPassword, undefined);
  });

  it('rejects a password without a MicrosoftAppId', () => {
    const problems = problemsOf({ MicrosoftAppPassword: 'secret' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^MicrosoftAppPassword: set without MicrosoftAppId/);
  });

  it('rejects SingleTenant without a tenant id, and accepts it with one', () => {
    const env = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' };
    const problems = problemsOf(env);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^MicrosoftAppTenantId: required for MicrosoftAppType=SingleTenant/);

    const config = loadConfig({ ...env, MicrosoftAppTenantId: 'tenant' }, CWD);
    assert.equal(config.credentials.appType, 'SingleTenant');
    assert.equal(config.credentials.appTenantId, 'tenant');
  });

  it('rejects an unknown MicrosoftAppType, listing the allowed ones', () => {
    const problems = problemsOf({ MicrosoftAppType: 'Tenant' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^MicrosoftAppType="Tenant": expected one of MultiTenant, SingleTenant, UserAssignedMSI/);
  });

  it('rejects numbers written in other notations (hex, exponent) instead of guessing', () => {
    const problems = problemsOf({ PORT: '0x50', MAX_BODY_BYTES: '1e6', NLU_THRESHOLD: '0x1' });
    assert.equal(problems.length, 3, problems.join('\n'));
  });

  it('accepts enumerated values in any letter case', () => {
    const config = loadConfig({ LOG_LEVEL: 'INFO', DEFAULT_LANGUAGE: 'EN', MicrosoftAppType: 'multitenant' }, CWD);
    assert.equal(config.logLevel, 'info');
    assert.equal(config.defaultLanguage, 'en');
    assert.equal(config.credentials.appType, 'MultiTenant');
  });
});

describe('README configuration table and .env.example', () => {
  it('documents every environment variable the bot reads', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    const missing = Object.keys(CONFIG_VARIABLES).filter((key) => !readme.includes(`| \`${key}\` |`));
    assert.deepEqual(missing, []);
  });

  it('lists every variable in .env.example, and nothing the bot does not read', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '..', '..', '.env.example'), 'utf8');
    const listed = [...example.matchAll(/^# ?([A-Za-z_]+)=/gm)].map((m) => m[1]);
    assert.deepEqual([...listed].sort(), Object.keys(CONFIG_VARIABLES).sort());
    assert.doesNotThrow(() => loadConfig(Object.fromEntries(listed.map((k) => [k, ''])), CWD), 'blank values are valid');
  });
});
