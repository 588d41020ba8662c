import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackSignature } from '../../src/channels/slack';

/** A `chat.postMessage` call as the fake Slack received it (form fields, `blocks` parsed). */
export interface PostedMessage {
  channel: string;
  thread_ts?: string;
  text: string;
  blocks: { type: string; text?: { text: string }; elements?: { action_id: string; text: { text: string }; value: string }[] }[];
  authorization?: string;
}

export const BOT_USER = 'UBOT';

/**
 * A fake Slack Web API on 127.0.0.1: answers `auth.test` as the bot user UBOT and records every
 * `chat.postMessage` (answering `{ ok: true, ts }`). `failWith` makes the next calls fail like Slack does.
 */
export class FakeSlack {
  readonly posts: PostedMessage[] = [];
  readonly methods: string[] = [];
  /** When set, chat.postMessage answers `{ ok: false, error }` (a Slack platform error). */
  failWith?: string;
  /** This many chat.postMessage requests get HTTP 500 (as a Slack outage would) before they succeed again. */
  serverErrors = 0;
  /** While set, chat.postMessage requests wait for this promise before they are answered. */
  hold?: Promise<void>;
  private server!: http.Server;
  url = '';

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    fake.server = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', async () => {
        const method = (req.url ?? '').replace(/^\/api\//, '');
        fake.methods.push(method);
        const form = Object.fromEntries(new URLSearchParams(data));
        if (method === 'chat.postMessage' && fake.hold) await fake.hold;
        if (method === 'chat.postMessage' && fake.serverErrors > 0) {
          fake.serverErrors--;
          res.writeHead(500);
          res.end('internal error');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        if (method === 'auth.test') {
          res.end(JSON.stringify({ ok: true, user_id: BOT_USER, bot_id: 'BBOT', team_id: 'T1', user: 'careerbot' }));
        } else if (method === 'chat.postMessage' && fake.failWith) {
          res.end(JSON.stringify({ ok: false, error: fake.failWith }));
        } else if (method === 'chat.postMessage') {
          fake.posts.push({ ...form, blocks: form.blocks ? JSON.parse(form.blocks) : [], authorization: req.headers.authorization } as PostedMessage);
          res.end(JSON.stringify({ ok: true, channel: form.channel, ts: `1800000000.${String(fake.posts.length).padStart(6, '0')}` }));
        } else {
          res.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
        }
      });
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/api/`;
    return fake;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Headers Slack would send with `body`, signed with `secret` at `timestamp` (seconds, default now). */
export function slackHeaders(secret: string, body: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(secret, String(timestamp), raw) };
}
