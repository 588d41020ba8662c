import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Activities shaped like the ones Microsoft Teams sends through Azure Bot Service (ids, serviceUrl,
 * conversation types, tenant channelData, mention entities), for tests that post them to /api/messages.
 */

export const TENANT_ID = '5b2f7a3c-9d41-4e8a-b6c2-0f1e2d3c4b5a';
export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
export const BOT = Object.freeze({ id: '28:3c9d8f21-6a4b-4f0e-9b1d-7e2a5c6b8d90', name: 'Career Bot' });
export const USER = Object.freeze({ id: '29:1pQm7Xv3kZ9rT2bWn8sLc4yHf6dJa0eGu5iOq1wErTy', name: 'Anna Schmidt', aadObjectId: '0c7e9a52-3f1d-4b86-a2e4-9d5f6c7b8a01' });
export const OTHER_USER = Object.freeze({ id: '29:1Zk8Lm2Nb5Vc7Xz9Qw3Er6Ty4Ui1Op0As2Df8Gh', name: 'Ben Meyer', aadObjectId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' });
export const TEAM = Object.freeze({ id: '19:Qm8xK2vT5nR7bW1pL4cZ9yH3fD6jA0eG@thread.tacv2', name: 'Karriere & Entwicklung', aadGroupId: '2d4f6a8c-1b3e-4d5f-a7c9-0e2f4a6c8b1d' });
export const CHANNEL_ID = TEAM.id;
export const GROUP_CHAT_ID = '19:meeting_Nz3kYjUtMmQ4Ni00ZWE1LWI2ZTctOWY4YzJhMWQzZTVm@thread.v2';

export type Scope = 'personal' | 'groupChat' | 'channel';

/**
 * The conversation of a scope: a personal chat, a group chat, or a thread in a team's channel (`thread` is the
 * id of the thread's first message; without it, the channel itself). `chat` makes a personal or group chat
 * (or channel) distinct, so tests do not share conversation state.
 */
export function conversationOf(scope: Scope, chat = '', thread?: string): Record<string, unknown> {
  if (scope === 'personal') return { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1${USER.aadObjectId.replace(/-/g, '')}${chat}` };
  if (scope === 'groupChat') return { isGroup: true, conversationType: 'groupChat', tenantId: TENANT_ID, id: GROUP_CHAT_ID.replace('@', `${chat}@`) };
  const channel = CHANNEL_ID.replace('@', `${chat}@`);
  return { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: thread ? `${channel};messageid=${thread}` : channel };
}

function channelDataOf(scope: Scope): Record<string, unknown> {
  const tenant = { id: TENANT_ID };
  if (scope === 'channel') return { teamsChannelId: CHANNEL_ID, teamsTeamId: TEAM.id, channel: { id: CHANNEL_ID, name: 'Allgemein' }, team: TEAM, tenant };
  return { tenant };
}

const clientInfo = (locale: string): Record<string, unknown> => ({ type: 'clientInfo', locale, country: locale.slice(3), platform: 'Web', timezone: 'Europe/Berlin' });

/** The mention entity Teams adds when a user @mentions the bot; `text` is how the mention appears in the message. */
export function botMention(text = `<at>${BOT.name}</at>`): Record<string, unknown> {
  return { type: 'mention', text, mentioned: { id: BOT.id, name: BOT.name } };
}

/** A user's message in a scope, delivered with expectReplies. Channel and group messages mention the bot first. */
export function teamsMessage(
  text: string,
  options: { scope?: Scope; chat?: string; thread?: string; locale?: string; mentions?: Record<string, unknown>[]; extra?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const scope = options.scope ?? 'personal';
  const locale = options.locale ?? 'de-DE';
  const mentions = options.mentions ?? (scope === 'personal' ? [] : [botMention()]);
  return {
    type: 'message',
    id: String(Date.now()) + String(Math.floor(Math.random() * 1000)),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: SERVICE_URL,
    channelId: 'msteams',
    from: USER,
    conversation: conversationOf(scope, options.chat, options.thread ?? (scope === 'channel' ? '1712345678901' : undefined)),
    recipient: BOT,
    textFormat: 'plain',
    locale,
    text,
    entities: [...mentions, clientInfo(locale)],
    channelData: channelDataOf(scope),
    deliveryMode: 'expectReplies',
    ...options.extra,
  };
}

/** What Teams sends when a card's messageBack button is clicked: its text, and its value parsed. */
export function teamsButtonClick(
  action: { data: { msteams: { text: string; value: string } } },
  options: { scope?: Scope; chat?: string; thread?: string; locale?: string; replyToId?: string } = {},
): Record<string, unknown> {
  const { text, value } = action.data.msteams;
  return teamsMessage(text, { ...options, mentions: [], extra: { value: JSON.parse(value), ...(options.replyToId && { replyToId: options.replyToId }) } });
}

/** A conversationUpdate: members added to a personal chat, a group chat or a team. */
export function membersAdded(scope: Scope, members: readonly Record<string, unknown>[], options: { chat?: string; locale?: string; serviceUrl?: string } = {}): Record<string, unknown> {
  const conversation = conversationOf(scope, options.chat);
  const channelData = scope === 'channel' ? { team: TEAM, eventType: 'teamMemberAdded', tenant: { id: TENANT_ID } } : { tenant: { id: TENANT_ID } };
  return {
    type: 'conversationUpdate',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl: options.serviceUrl ?? SERVICE_URL,
    channelId: 'msteams',
    from: { id: USER.id, aadObjectId: USER.aadObjectId },
    conversation,
    recipient: BOT,
    membersAdded: members,
    channelData,
    ...(options.locale && { locale: options.locale }),
    deliveryMode: 'expectReplies',
  };
}

/** An installationUpdate (`add`, `add-upgrade`, `remove`) in a scope. */
export function installationUpdate(scope: Scope, action: string, options: { chat?: string; locale?: string } = {}): Record<string, unknown> {
  const conversation = conversationOf(scope, options.chat);
  return {
    type: 'installationUpdate',
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl: SERVICE_URL,
    channelId: 'msteams',
    from: { id: USER.id, aadObjectId: USER.aadObjectId },
    conversation,
    recipient: BOT,
    action,
    locale: options.locale ?? 'de-DE',
    channelData: scope === 'channel' ? { team: TEAM, settings: { selectedChannel: { id: CHANNEL_ID } }, source: { name: 'message' }, tenant: { id: TENANT_ID } } : { source: { name: 'message' }, tenant: { id: TENANT_ID } },
    deliveryMode: 'expectReplies',
  };
}

/**
 * A fake Bot Connector service on 127.0.0.1 that records every call; `serviceUrl` ends in `/emea/` like
 * Teams' own. Each call is answered with `status` and, for 200, a new activity id.
 */
export async function fakeConnector(status = 200): Promise<{ serviceUrl: string; calls: { method: string; path: string; body: Record<string, unknown> }[]; close(): void }> {
  const calls: { method: string; path: string; body: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      calls.push({ method: req.method ?? '', path: req.url ?? '', body: data ? (JSON.parse(data) as Record<string, unknown>) : {} });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { id: `1712999${calls.length}` } : { error: { code: 'ConversationNotFound' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/emea/`, calls, close: () => server.close() };
}
