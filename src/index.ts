import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  type Storage,
} from 'botbuilder';
import type { Server } from 'restify';
import { loadConfig, type Config } from './config';
import { CareerBotError, DataError } from './errors';
import { languageOfLocale } from './language';
import { createLogger, type Logger } from './log';
import { CareerBot } from './bot';
import { defaultRenderer } from './channels';
import { loadBrain, startHotReload, type Brain } from './reload';
import { createServer } from './server';

/** Everything the composition root builds; tests and the terminal chat use parts of it. */
export interface CareerBotApp {
  config: Config;
  logger: Logger;
  /** The knowledge, recognizer and answer composer in use right now. */
  brain(): Brain;
  /** Swaps in a newly loaded brain (hot reload); turns already running finish with the old one. */
  setBrain(brain: Brain): void;
  bot: CareerBot;
  adapter: CloudAdapter;
  server: Server;
}

/**
 * Wires the whole bot from a config: knowledge and training data are loaded and validated (a broken file
 * throws DataError with every problem), the recognizer is trained, the HTTP app is built. Nothing listens yet.
 */
export function compose(config: Config, logger: Logger, storage: Storage = new MemoryStorage()): CareerBotApp {
  let brain = loadBrain(config);
  const bot = new CareerBot({
    brain: () => brain,
    conversationState: new ConversationState(storage),
    renderer: defaultRenderer,
    logger,
    defaultLanguage: config.defaultLanguage,
    maxMessageChars: config.maxMessageChars,
  });

  const { appId, appPassword, appType, appTenantId } = config.credentials;
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword,
      MicrosoftAppType: appType,
      MicrosoftAppTenantId: appTenantId,
    }),
  );
  adapter.onTurnError = async (context, error) => {
    logger.error('turn failed', { code: 'TURN_FAILED', channel: context.activity.channelId, err: error });
    const language = languageOfLocale(context.activity.locale) ?? config.defaultLanguage;
    await context.sendActivities(defaultRenderer.render(brain.answers.notice('error', language)));
  };

  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes });
  return {
    config,
    logger,
    brain: () => brain,
    setBrain: (b) => {
      brain = b;
    },
    bot,
    adapter,
    server,
  };
}

/** Starts the bot server from the environment. */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  let app: CareerBotApp;
  try {
    app = compose(config, logger);
  } catch (e) {
    if (e instanceof DataError) {
      process.stderr.write(`Cannot start: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  if (!config.credentials.appId) {
    logger.warn('MicrosoftAppId is not set: running in local unauthenticated mode (Emulator, expectReplies); set the Microsoft* variables for Azure Bot Service');
  }
  if (config.hotReload) {
    startHotReload({ dirs: [config.knowledgeDir, config.intentsDir], load: () => loadBrain(config), apply: app.setBrain, logger });
  }
  app.server.listen(config.port, config.host, () => {
    const address = app.server.address();
    logger.info('career-bot listening', {
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}/api/messages`,
      occupations: [...app.brain().knowledge.occupations.keys()],
      hotReload: config.hotReload,
    });
  });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    const code = e instanceof CareerBotError ? e.code : 'STARTUP_FAILED';
    process.stderr.write(`career-bot failed to start (${code}): ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
