import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Runs the turns of one conversation one after another (turns of different conversations stay parallel).
 * Two messages of a conversation arriving together would otherwise both read the same state and the later
 * save would lose the earlier one's update (or fail on its eTag). Within one process; several instances
 * behind a load balancer rely on the storage's eTag check instead.
 */
export class SerializeTurnsMiddleware implements Middleware {
  private readonly tails = new Map<string, Promise<void>>();

  /** @inheritdoc */
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id}`;
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => gate);
    this.tails.set(key, tail);
    await previous;
    try {
      await next();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
