import {
  ConversationState,
  TranscriptLoggerMiddleware,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import path from 'node:path';
import v8 from 'node:v8';
import type { Server } from 'restify';
import type { CompileCache } from './compile-cache';
import type { Config } from './config';
import { CareerBotError, DataError } from './errors';
import type { Address } from './address';
import { languageOfLocale, LOCALES } from './language';
import { createLogger, type Logger } from './log';
import { CareerBot, EraseAfterTurnMiddleware, REPLY_ADDRESS, SerializeTurnsMiddleware } from './bot';
import { defaultRenderer, HttpAdapter, InProcessAdapter } from './channels';
import { ConversationStore, DirectLineChannel, TokenStore } from './channels/direct-line';
import { createSlackApi, SlackAdapter } from './channels/slack';
import { loadBrain, startHotReload, type Brain } from './reload';
import { createMetrics, TURN_ID, TurnTelemetryMiddleware, type Metrics } from './observability';
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
  adapter: HttpAdapter;
  /** The self-hosted Direct Line channel of the web chat widget. */
  directLine: DirectLineChannel;
  /** The direct Slack app's adapter, when Slack is configured. */
  slack?: SlackAdapter;
  server: Server;
  db: SqliteDatabase;
  metrics: Metrics;
  analytics: AnalyticsStore;
  privacy: SqlitePrivacy;
  /** Stops the server (if listening) and closes the database after its pending writes. */
  close(): Promise<void>;
}

// Setting one Bot Framework endpoint makes botbuilder expect all of them: the public cloud's for the rest.
const PUBLIC_CLOUD = {
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: true,
};

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
  let brain = loadBrain(config, logger);
  const db = await SqliteDatabase.open(config.databasePath, { logger });
  const analytics = new AnalyticsStore(db, config.redactPersonalData ? {} : { redactor: (text) => text });
  const privacy = new SqlitePrivacy(db);
  const bot = new CareerBot({
    brain: () => brain,
    conversationState: new ConversationState(new SqliteStorage(db)),
    renderer: defaultRenderer,
    logger,
    defaultLanguage: config.defaultLanguage,
    defaultAddress: config.defaultAddress,
    maxMessageChars: config.maxMessageChars,
    turnLog: analytics,
    eraser: privacy,
    retentionDays: config.transcriptRetentionDays,
  });

  const { appId, appPassword, appType, appTenantId, openIdMetadataUrl } = config.credentials;
  const adapter = new HttpAdapter(
    new ReusingBotFrameworkAuthentication({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword,
      MicrosoftAppType: appType,
      MicrosoftAppTenantId: appTenantId,
      ...(openIdMetadataUrl && { ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl, ...PUBLIC_CLOUD }),
    }),
  );
  // Order matters: telemetry around everything (its time includes waiting for the conversation's previous
  // turn); turns of a conversation one at a time; erasure after the transcript logger has written.
  const metrics = createMetrics();
  const middleware: Middleware[] = [new TurnTelemetryMiddleware(metrics, logger), new SerializeTurnsMiddleware(), new EraseAfterTurnMiddleware(privacy)];
  if (config.transcripts) middleware.push(new TranscriptLoggerMiddleware(new SqliteTranscriptStore(db, { redact: config.redactPersonalData })));
  adapter.use(...middleware);
  const onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    logger.error('turn failed', { code: 'TURN_FAILED', turnId: context.turnState.get(TURN_ID), channel: context.activity.channelId, err: error });
    const language = languageOfLocale(context.activity.locale) ?? config.defaultLanguage;
    const address = (context.turnState.get(REPLY_ADDRESS) as Address | undefined) ?? config.defaultAddress;
    try {
      await context.sendActivities(defaultRenderer.render(brain.answers[address].notice('error', language), context.activity.channelId));
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

  let slack: SlackAdapter | undefined;
  if (config.slack) {
    slack = new SlackAdapter(createSlackApi({ token: config.slack.botToken, apiUrl: config.slack.apiUrl, logger }), logger);
    slack.use(...middleware);
    slack.onTurnError = onTurnError;
  }

  let stopping = false;
  const server = createServer({
    adapter,
    bot,
    logger,
    metrics,
    metricsToken: config.metricsToken,
    ready: async () => {
      const knowledge = brain.knowledge.occupations.size > 0;
      const database = !db.closed && (await db.get('SELECT 1 AS ok').then((row) => row !== undefined, () => false));
      return { ready: knowledge && database && !stopping, checks: { knowledge, database, accepting: !stopping } };
    },
    maxBodyBytes: config.maxBodyBytes,
    trackWrites: () => db.trackWrites(),
    directLine: {
      channel: directLine,
      cors,
      logger,
      limits: { conversations: new RateLimiter(webchat.conversationsPerMinute), messages: new RateLimiter(webchat.messagesPerMinute) },
      azure: webchat.directLineSecret ? { endpoint: webchat.directLineEndpoint, secret: webchat.directLineSecret } : undefined,
      trustedProxies: config.trustedProxies,
    },
    web: {
      webDir: path.join(ROOT, 'web'),
      webChatBundle: path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'),
      webchat,
      cors,
      occupations: () => [...brain.knowledge.occupations.values()].map((o) => o.title[webchat.language]),
    },
    slack: slack && config.slack && { signingSecret: config.slack.signingSecret, adapter: slack, bot, messagesPerMinute: config.slack.messagesPerMinute },
  });
  const closeStreams = webchat.directLineSecret ? () => undefined : attachDirectLineStream(server.server, { channel: directLine, cors, logger });
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
    slack,
    server,
    db,
    metrics,
    analytics,
    privacy,
    close: async () => {
      stopping = true;
      clearInterval(sweep);
      closeStreams();
      if (server.server.listening) await closeServer(server, config.shutdownTimeoutSeconds, logger);
      // Slack turns run after their HTTP answer: let them finish before the database closes.
      await slack?.idle();
      await db.close();
    },
  };
}

/**
 * Stops accepting connections and waits for running requests (turns) to finish, at most `timeoutSeconds`;
 * then cuts the connections that are left, so a hanging client cannot block the shutdown.
 */
async function closeServer(server: Server, timeoutSeconds: number, logger: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000)));
  if ((await Promise.race([closed, timedOut])) === 'timeout') {
    logger.warn('requests still running at the shutdown deadline; closing their connections', { code: 'SHUTDOWN_TIMEOUT', timeoutSeconds });
    server.server.closeAllConnections();
    await closed;
  }
  clearTimeout(timer);
}

/**
 * V8 lets the heap grow to about four times its live size between full collections: with a live heap of
 * ~40 MB that was 240-330 MB RSS after 10 000 turns. Bounding the growth keeps RSS under 200 MB for a few
 * per cent more CPU (npm run bench). V8 reads the flag whenever it sizes the heap after a collection, so
 * setting it once at start-up takes effect (measured: the bench's memory step); a value given on node's
 * command line is the operator's and wins. The fixed factor also replaces V8's more frugal growth near the
 * heap limit, which a bot using a few percent of its limit never reaches.
 */
function boundHeapGrowth(percent: number, logger: Logger): void {
  if (percent === 0 || process.execArgv.some((a) => a.replace(/_/g, '-').startsWith('--heap-growing-percent'))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  logger.info('heap growth bounded', { heapGrowingPercent: percent });
}

/**
 * Starts the bot server with parsed settings (see `main.ts`, the process entry, which reads them and enables
 * the compile cache first). The compile cache, when given, is written once the server listens.
 */
export async function main(config: Config, compileCache?: CompileCache): Promise<void> {
  const logger = createLogger(config.logLevel);
  boundHeapGrowth(config.heapGrowingPercent, logger);
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
  if (app.slack) {
    // Says at start-up whether the bot token works, rather than at the first question.
    app.slack.identity().then(
      (me) => logger.info('slack app ready', { botUser: me.userId, team: me.team }),
      (err: unknown) => logger.error('slack bot token not accepted', { code: 'SLACK_API_FAILED', err }),
    );
  }
  if (!config.credentials.appId) {
    logger.warn('MicrosoftAppId is not set: running in local unauthenticated mode (Emulator, expectReplies); set the Microsoft* variables for Azure Bot Service');
  }
  const stopReload = config.hotReload
    ? startHotReload({ dirs: [config.knowledgeDir, config.intentsDir], load: () => loadBrain(config, logger), apply: app.setBrain, logger })
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
      compileCache: compileCache?.stats(),
      database: config.databasePath,
      hotReload: config.hotReload,
    });
    // After start-up, so writing it never delays being ready; a failure costs only the next start's speed.
    setImmediate(() => {
      try {
        compileCache?.save();
      } catch (err) {
        logger.warn('could not write the compile cache', { code: 'COMPILE_CACHE_FAILED', err });
      }
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

// `node dist/src/index.js`, the entry of earlier versions, still starts the bot.
if (require.main === module) require('./main');
