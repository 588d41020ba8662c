import type { Middleware, TurnContext } from 'botbuilder';

/** What the bot records per turn, for the editors' report (implemented by the analytics store). */
export interface TurnLog {
  recordTurn(row: {
    channelId: string;
    conversationId: string;
    userId?: string;
    language?: string;
    intent: string;
    score?: number;
    occupation?: string;
    answeredTopic?: string;
    fallback: boolean;
    text?: string;
  }): Promise<void>;
  recordFeedback(row: { channelId: string; conversationId: string; userId?: string; topic?: string; occupation?: string; rating: 'up' | 'down' }): Promise<void>;
}

/** Counts of what a deletion removed. */
export interface Deletion {
  state: number;
  transcripts: number;
  analytics: number;
  feedback: number;
}

/** Deletes everything stored about a user (implemented by the storage's privacy module). */
export interface UserDataEraser {
  deleteUserData(userId: string): Promise<Deletion>;
}

/** Turn-state flag: erase the user's data once more when the turn is over. */
export const ERASE_AFTER_TURN = Symbol('eraseAfterTurn');

/**
 * Runs outside the transcript logger: when a turn deleted the user's data, the logger writes that turn's own
 * lines only after the bot is done, so they are erased here, after it, in the same write order.
 */
export class EraseAfterTurnMiddleware implements Middleware {
  constructor(private readonly eraser: UserDataEraser) {}

  /** @inheritdoc */
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    const userId = context.activity.from?.id;
    if (context.turnState.get(ERASE_AFTER_TURN) && userId) await this.eraser.deleteUserData(userId);
  }
}
