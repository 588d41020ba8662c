/**
 * Fixed-window rate limiting per key (a client IP, a conversation): at most `limit` hits per window.
 * Memory stays bounded: keys whose window has passed are dropped when the map grows.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; `ok` false (with the seconds until the window ends) when the key is over its limit. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size >= 10_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    window.count++;
    return { ok: true };
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Sets Retry-After and returns the sentence to tell the client, for every 429 the bot sends. */
export function tooManyRequests(res: { header(name: string, value: string): unknown }, retryAfterSeconds: number): string {
  res.header('Retry-After', String(retryAfterSeconds));
  return `too many requests; try again in ${retryAfterSeconds} s`;
}
