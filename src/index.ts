import {
  CloudAdapter,
  ConversationState,
  TranscriptLoggerMiddleware,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import path from 'node:path';
import type { Server } from 'restify';
import { loadConfig, type Config } from './config';
import { CareerBotError, DataError } from './errors';
import { languageOfLocale, LOCALES } from './language';
import { createLogger, type Logger } from './log';
import { CareerBot, EraseAfterTurnMiddleware, SerializeTurnsMiddleware } from './bot';
import { defaultRenderer, InProcessAdapter } from './channels';
import { ConversationStore, DirectLineChannel, TokenStore } from './channels/direct-line';
import { loadBrain, startHotReload, type Brain } from './reload';
import { attachDirectLineStream, CorsPolicy, createServer, RateLimiter, ReusingBotFrameworkAuthentication } from './server';
import { AnalyticsStore, SqliteDatabase, SqlitePrivacy, SqliteStorage, SqliteTranscriptStore } from './storage';

/** Everything the composition root builds; tests and the terminal chat use parts of it. */
export interface CareerBotApp {
  config: Config;
  logger: Logger;
  /** The knowledge, recognizer and answer composer in use right now. */
  brain(): Brain;
  /** Swaps in a newly loaded brain (hot reload); turns already running finish with the old one. */
  setBrain(brain: Brain): void;
  bot: CareerBot;
  /** Middleware every adapter running this bot must use (the HTTP adapter already does). */
  middleware: readonly Middleware[];
  adapter: CloudAdapter;
  /** The self-hosted Direct Line channel of the web chat widget. */
  directLine: DirectLineChannel;
  server: Server;
  db: SqliteDatabase;
  analytics: AnalyticsStore;
  privacy: SqlitePrivacy;
  /** Stops the server (if listening) and closes the database after its pending writes. */
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
/** Project root: static files live beside `src/` (this file runs from `dist/src/`). */
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Wires the whole bot from a config: knowledge and training data are loaded and validated (a broken file
 * throws DataError with every problem), the recognizer is trained, the database is opened and migrated, the
 * HTTP app is built. Nothing listens yet.
 */
export async function compose(config: Config, logger: Logger): Promise<CareerBotApp> {
  let brain = loadBrain(config);
  const db = await SqliteDatabase.open(config.databasePath, { logger });
  const analytics = new AnalyticsStore(db, config.redactPersonalData ? {} : { redactor: (text) => text });
  const privacy = new SqlitePrivacy(db);
  const bot = new CareerBot({
    brain: () => brain,
    conversationState: new ConversationState(new SqliteStorage(db)),
    renderer: defaultRenderer,
    logger,
    defaultLanguage: config.defaultLanguage,
    maxMessageChars: config.maxMessageChars,
    turnLog: analytics,
    eraser: privacy,
    retentionDays: config.transcriptRetentionDays,
  });

  const { appId, appPassword, appType, appTenantId } = config.credentials;
  const adapter = new CloudAdapter(
    new ReusingBotFrameworkAuthentication({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword,
      MicrosoftAppType: appType,
      MicrosoftAppTenantId: appTenantId,
    }),
  );
  // Order matters: turns of a conversation one at a time; erasure after the transcript logger has written.
  const middleware: Middleware[] = [new SerializeTurnsMiddleware(), new EraseAfterTurnMiddleware(privacy)];
  if (config.transcripts) middleware.push(new TranscriptLoggerMiddleware(new SqliteTranscriptStore(db, { redact: config.redactPersonalData })));
  adapter.use(...middleware);
  const onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    logger.error('turn failed', { code: 'TURN_FAILED', channel: context.activity.channelId, err: error });
    const language = languageOfLocale(context.activity.locale) ?? config.defaultLanguage;
    try {
      await context.sendActivities(defaultRenderer.render(brain.answers.notice('error', language), context.activity.channelId));
    } catch (err) {
      // The channel itself is unreachable (e.g. a wrong serviceUrl): nothing more to tell the user.
      logger.warn('could not send the error notice', { code: 'REPLY_FAILED', err });
    }
  };
  adapter.onTurnError = onTurnError;

  // The web chat widget's conversations run in this process, through the same middleware.
  const inProcess = new InProcessAdapter();
  inProcess.use(...middleware);
  inProcess.onTurnError = onTurnError;
  const { webchat } = config;
  const directLine = new DirectLineChannel({
    runTurn: async (activity) => {
      const writes = db.trackWrites();
      const replies = await inProcess.process(activity, (context) => bot.run(context));
      await writes.committed();
      return replies;
    },
    tokens: new TokenStore(webchat.tokenTtlSeconds),
    conversations: new ConversationStore({ idleSeconds: webchat.idleSeconds }),
    bot: { id: 'career-bot', name: webchat.botName },
    locale: LOCALES[webchat.language],
    maxMessageChars: config.maxMessageChars,
  });
  const sweep = setInterval(() => directLine.sweep(), MINUTE_MS).unref();
  const cors = new CorsPolicy(webchat.allowedOrigins);

  const server = createServer({
    adapter,
    bot,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    trackWrites: () => db.trackWrites(),
    directLine: {
      channel: directLine,
      cors,
      logger,
      limits: { conversations: new RateLimiter(webchat.conversationsPerMinute), messages: new RateLimiter(webchat.messagesPerMinute) },
      azure: webchat.directLineSecret ? { endpoint: webchat.directLineEndpoint, secret: webchat.directLineSecret } : undefined,
    },
    web: {
      webDir: path.join(ROOT, 'web'),
      webChatBundle: path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'),
      webchat,
      cors,
      occupations: () => [...brain.knowledge.occupations.values()].map((o) => o.title[webchat.language]),
    },
  });
  const closeStreams = attachDirectLineStream(server.server, { channel: directLine, cors, logger });
  return {
    config,
    logger,
    brain: () => brain,
    setBrain: (b) => {
      brain = b;
    },
    bot,
    middleware,
    adapter,
    directLine,
    server,
    db,
    analytics,
    privacy,
    close: async () => {
      clearInterval(sweep);
      closeStreams();
      if (server.server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
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
    app = await compose(config, logger);
  } catch (e) {
    if (e instanceof DataError) {
      process.stderr.write(`Cannot start: ${e.message}\n`);
      process.exit(2);
    }
    if (e instanceof CareerBotError && e.code === 'STORAGE_OPEN_FAILED') {
      process.stderr.write(`Cannot start: cannot open the database ${config.databasePath} (${e.message}). Check that the folder exists or can be created and is writable, or set DATABASE_PATH.\n`);
      process.exit(2);
    }
    throw e;
  }
  if (!config.credentials.appId) {
    logger.warn('MicrosoftAppId is not set: running in local unauthenticated mode (Emulator, expectReplies); set the Microsoft* variables for Azure Bot Service');
  }
  const stopReload = config.hotReload
    ? startHotReload({ dirs: [config.knowledgeDir, config.intentsDir], load: () => loadBrain(config), apply: app.setBrain, logger })
    : () => undefined;
  const purge = (): void => {
    app.privacy
      .purgeExpired(config.transcriptRetentionDays)
      .then((r) => logger.info('retention purge', { ...r }))
      .catch((err: unknown) => logger.error('retention purge failed', { code: 'PURGE_FAILED', err }));
  };
  purge();
  const daily = setInterval(purge, DAY_MS).unref();

  app.server.on('error', (err: NodeJS.ErrnoException) => {
    process.stderr.write(`Cannot start: ${err.code === 'EADDRINUSE' ? `port ${config.port} is in use; set PORT to a free port` : err.message}\n`);
    process.exit(2);
  });
  app.server.listen(config.port, config.host, () => {
    const address = app.server.address();
    logger.info('career-bot listening', {
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}/api/messages`,
      port: address.port,
      occupations: [...app.brain().knowledge.occupations.keys()],
      model: app.brain().model,
      database: config.databasePath,
      hotReload: config.hotReload,
    });
  });

  // Graceful stop: no new connections, running turns finish, the database closes after its last write.
  const shutdown = (signal: string): void => {
    logger.info('shutting down', { signal });
    stopReload();
    clearInterval(daily);
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('shutdown failed', { code: 'SHUTDOWN_FAILED', err });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    const code = e instanceof CareerBotError ? e.code : (e as { code?: string }).code ?? 'STARTUP_FAILED';
    process.stderr.write(`career-bot failed to start (${code}): ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
