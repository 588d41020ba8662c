/**
 * The framework's own floor for `npm run bench`: a plain botbuilder echo bot on the same path as the
 * career bot — restify with the same body parser, `CloudAdapter` without credentials, `adapter.process`,
 * an `ActivityHandler` that echoes the text — and nothing else (no state, no storage, no recognizer).
 * Runs as its own process; listens on 127.0.0.1:$PORT.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import restify from 'restify';
import { BENCH_BODY_LIMIT, listenOnPort } from './listen';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: BENCH_BODY_LIMIT, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
listenOnPort(server);
