import { randomBytes } from 'node:crypto';

/** What a token allows: reading and posting in one conversation as one user, until it expires. */
export interface TokenGrant {
  readonly conversationId: string;
  readonly userId: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

/**
 * Random bearer tokens bound to one conversation. Tokens are opaque (32 random bytes), so nothing can be
 * learnt or forged from one; the map is the only authority. Expired tokens are dropped on `sweep()`.
 */
export class TokenStore {
  private readonly grants = new Map<string, TokenGrant>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new token for the conversation; an older one stays valid until it expires (as in Azure's Direct Line). */
  issue(conversationId: string, userId: string): { token: string; expiresIn: number } {
    const token = randomBytes(32).toString('base64url');
    this.grants.set(token, { conversationId, userId, expiresAt: this.now() + this.ttlSeconds * 1000 });
    return { token, expiresIn: this.ttlSeconds };
  }

  /** The grant of a valid token, or undefined for an unknown or expired one. */
  verify(token: string): TokenGrant | undefined {
    const grant = this.grants.get(token);
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.grants.delete(token);
      return undefined;
    }
    return grant;
  }

  /** Forgets every token of a conversation (it expired from memory). */
  revokeConversation(conversationId: string): void {
    for (const [token, grant] of this.grants) if (grant.conversationId === conversationId) this.grants.delete(token);
  }

  /** Drops expired tokens. */
  sweep(): void {
    const now = this.now();
    for (const [token, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(token);
  }

  get size(): number {
    return this.grants.size;
  }
}
