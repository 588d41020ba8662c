import type { Activity } from 'botbuilder';

/** What a Direct Line token endpoint answers. */
export interface Grant {
  conversationId: string;
  token: string;
  expires_in: number;
  userId?: string;
  domain?: string;
}

/**
 * A minimal Direct Line 3.0 client doing what Web Chat's DirectLineJS does over HTTP: get a token, start the
 * conversation, post activities, poll by watermark.
 */
export class DirectLineClient {
  watermark: string | undefined;

  private constructor(
    readonly base: string,
    public grant: Grant,
  ) {}

  /** Gets a token from the page's endpoint and connects (which makes the bot greet). */
  static async connect(base: string, headers: Record<string, string> = {}): Promise<DirectLineClient> {
    const res = await fetch(`${base}/api/webchat/token`, { method: 'POST', headers });
    if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
    const client = new DirectLineClient(base, (await res.json()) as Grant);
    const start = await client.call('POST', '/conversations');
    if (start.status !== 200) throw new Error(`start: ${start.status} ${JSON.stringify(start.body)}`);
    return client;
  }

  /** An authorised call below /v3/directline. */
  async call(method: string, path: string, body?: unknown, token = this.grant.token): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(`${this.base}/v3/directline${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }

  /** Activities since the last poll. */
  async poll(): Promise<Partial<Activity>[]> {
    const query = this.watermark === undefined ? '' : `?watermark=${this.watermark}`;
    const res = await this.call('GET', `/conversations/${this.grant.conversationId}/activities${query}`);
    if (res.status !== 200) throw new Error(`poll: ${res.status} ${JSON.stringify(res.body)}`);
    this.watermark = res.body.watermark;
    return res.body.activities;
  }

  /** Posts a message as Web Chat does (with a clientActivityID) and returns what arrived since the last poll. */
  async say(text: string): Promise<{ id: string; activities: Partial<Activity>[] }> {
    const res = await this.call('POST', `/conversations/${this.grant.conversationId}/activities`, {
      type: 'message',
      text,
      from: { id: this.grant.userId ?? 'someone', name: '' },
      locale: 'de-DE',
      channelData: { clientActivityID: `client-${Math.random()}` },
    });
    if (res.status !== 200) throw new Error(`post: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, activities: await this.poll() };
  }
}

/** What the bot's messages show: their text and the text in their cards. */
export function botText(activities: Partial<Activity>[]): string {
  return activities
    .filter((a) => a.type === 'message' && a.from?.role === 'bot')
    .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((card) => cardText(card.content))].join('\n'))
    .join('\n');
}

// Every `text` in an Adaptive Card, in order.
function cardText(node: unknown): string {
  if (Array.isArray(node)) return node.map(cardText).join('\n');
  if (typeof node !== 'object' || node === null) return '';
  return Object.entries(node)
    .map(([key, value]) => (key === 'text' && typeof value === 'string' ? value : key === 'fallbackText' ? '' : cardText(value)))
    .filter(Boolean)
    .join('\n');
}
