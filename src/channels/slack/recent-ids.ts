/**
 * Remembers ids seen recently, to answer a Slack retry of an event only once. Bounded in size and time:
 * Slack retries within about five minutes, so an hour is ample, and the oldest ids go first when full.
 */
export class RecentIds {
  // Map keeps insertion order, so the first entries are the oldest.
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly options: { maxEntries: number; ttlMs: number; now?: () => number } = { maxEntries: 10_000, ttlMs: 60 * 60 * 1000 },
  ) {}

  /** Records `id`; true when it was already seen within the time to live (a duplicate). */
  checkAndAdd(id: string): boolean {
    const now = (this.options.now ?? Date.now)();
    for (const [old, at] of this.seen) {
      if (now - at < this.options.ttlMs && this.seen.size < this.options.maxEntries) break;
      this.seen.delete(old);
    }
    const at = this.seen.get(id);
    if (at !== undefined && now - at < this.options.ttlMs) return true;
    // Re-inserted at the end, so the map stays ordered by time.
    this.seen.delete(id);
    this.seen.set(id, now);
    return false;
  }

  /** Number of ids remembered right now. */
  get size(): number {
    return this.seen.size;
  }
}
