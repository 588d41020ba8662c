import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { randomUUID } from 'node:crypto';

const REPLIES = Symbol('replies');

/**
 * Runs the bot in this process and hands back what it sent, with no HTTP and no Bot Framework service:
 * used by the built-in Direct Line (web chat) and the terminal chat. Replies are collected per turn, so
 * concurrent turns do not mix.
 */
export class InProcessAdapter extends BotAdapter {
  /** Processes one incoming activity and resolves with every activity the bot sent in that turn. */
  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, { id: randomUUID(), timestamp: new Date(), ...activity } as Activity);
    const replies: Partial<Activity>[] = [];
    context.turnState.set(REPLIES, replies);
    await this.runMiddleware(context, logic);
    return replies;
  }

  /** @inheritdoc */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const replies = context.turnState.get(REPLIES) as Partial<Activity>[];
    return activities.map((a) => {
      const id = randomUUID();
      replies.push({ ...a, id });
      return { id };
    });
  }

  /** @inheritdoc */
  async updateActivity(): Promise<void> {
    throw new Error('InProcessAdapter does not support updating activities');
  }

  /** @inheritdoc */
  async deleteActivity(): Promise<void> {
    throw new Error('InProcessAdapter does not support deleting activities');
  }

  /** @inheritdoc */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.process(TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true), logic);
  }
}
