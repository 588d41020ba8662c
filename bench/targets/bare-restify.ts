/**
 * The HTTP limit of the machine for `npm run bench`: a bare restify route with the same body parser as
 * the bots, answering every POST with a canned expectReplies body of the same shape. Runs as its own
 * process; listens on 127.0.0.1:$PORT.
 */
import restify from 'restify';
import { BENCH_BODY_LIMIT, listenOnPort } from './listen';

const CANNED = Object.freeze({
  activities: [{ type: 'message', text: 'Hallo! Wozu möchtest du etwas wissen?', locale: 'de-DE', inputHint: 'acceptingInput' }],
});

const server = restify.createServer({ name: 'bare-restify', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: BENCH_BODY_LIMIT, mapParams: false }));
server.post('/api/messages', async (_req, res) => {
  res.send(200, CANNED);
});
listenOnPort(server);
