import { randomBytes } from 'node:crypto';

/** What a token allows: reading and posting in one conversation as one user, until it expires. */
export interface TokenGrant {
  readonly conversationId: string;
  readonly userId: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** Live tokens per conversation: a refresh every 15 minutes needs two; more would only be hoarded. */
const MAX_TOKENS_PER_CONVERSATION = 3;

/**
 * Random bearer tokens bound to one conversation. Tokens are opaque (32 random bytes), so nothing can be
 * learnt or forged from one; the map is the only authority. Each conversation holds at most three live
 * tokens (issuing a fourth revokes the oldest), so refreshing in a loop cannot fill memory.
 */
export class TokenStore {
  private readonly grants = new Map<string, TokenGrant>();
  /** Tokens of each conversation, oldest first. */
  private readonly byConversation = new Map<string, string[]>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new token for the conversation; older ones stay valid until they expire (as in Azure's Direct Line). */
  issue(conversationId: string, userId: string): { token: string; expiresIn: number } {
    const token = randomBytes(32).toString('base64url');
    this.grants.set(token, { conversationId, userId, expiresAt: this.now() + this.ttlSeconds * 1000 });
    const tokens = this.byConversation.get(conversationId) ?? [];
    tokens.push(token);
    while (tokens.length > MAX_TOKENS_PER_CONVERSATION) this.grants.delete(tokens.shift()!);
    this.byConversation.set(conversationId, tokens);
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The grant of a valid token, or undefined for an unknown or expired one. */
  verify(token: string): TokenGrant | undefined {
    const grant = this.grants.get(token);
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.remove(token, grant.conversationId);
      return undefined;
    }
    return grant;
  }

  /** Forgets every token of a conversation (it expired from memory). */
  revokeConversation(conversationId: string): void {
    for (const token of this.byConversation.get(conversationId) ?? []) this.grants.delete(token);
    this.byConversation.delete(conversationId);
  }

  /** Drops expired tokens. */
  sweep(): void {
    const now = this.now();
    for (const [token, grant] of this.grants) if (grant.expiresAt <= now) this.remove(token, grant.conversationId);
  }

  private remove(token: string, conversationId: string): void {
    this.grants.delete(token);
    const tokens = this.byConversation.get(conversationId)?.filter((t) => t !== token) ?? [];
    if (tokens.length > 0) this.byConversation.set(conversationId, tokens);
    else this.byConversation.delete(conversationId);
  }
}
