import type { Middleware, TurnContext } from 'botbuilder';
import type { FeedbackRecord, TurnRecord, UserDataDeletion } from '../storage';

/** What the bot records per turn and per rating, for the editors' report (the analytics store does it). */
export interface TurnLog {
  recordTurn(row: TurnRecord): Promise<void>;
  recordFeedback(row: FeedbackRecord): Promise<void>;
}

/** Counts of what a deletion removed. */
export type Deletion = UserDataDeletion;

/** Deletes everything stored about a user (implemented by the storage's privacy module). */
export interface UserDataEraser {
  deleteUserData(channelId: string, userId: string): Promise<Deletion>;
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
    if (context.turnState.get(ERASE_AFTER_TURN) && userId) await this.eraser.deleteUserData(context.activity.channelId, userId);
  }
}
