import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * botbuilder's CloudAdapter with its authenticated turn processing made callable, so the HTTP route decides
 * the status codes itself: CloudAdapter.process answers every failure — an unreachable key service
 * included — with a 500 carrying the internal error message.
 */
export class HttpAdapter extends CloudAdapter {
  /**
   * Authenticates the request's `Authorization` header (none needed without an app id), runs the turn and
   * returns the invoke/expectReplies response. Throws an error with `statusCode` 401 when authentication fails.
   */
  handleActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
