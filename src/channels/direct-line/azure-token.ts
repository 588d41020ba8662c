import { newUserId } from './conversation-store';
import { DirectLineError } from './errors';

/** A Direct Line token from Azure Bot Service, for the browser. */
export interface AzureToken {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

const TIMEOUT_MS = 10_000;

/**
 * Exchanges the Direct Line secret for a conversation token at Azure (`POST {endpoint}/tokens/generate`),
 * on the server, so the secret never reaches the browser. The user id is chosen here (`dl_` + random) and
 * bound into the token, so a page cannot impersonate another user.
 * @throws DirectLineError DIRECTLINE_UPSTREAM_FAILED when Azure refuses or cannot be reached.
 */
export async function exchangeDirectLineSecret(endpoint: string, secret: string): Promise<AzureToken> {
  const userId = newUserId();
  let response: Response;
  try {
    response = await fetch(`${endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new DirectLineError('DIRECTLINE_UPSTREAM_FAILED', 'the chat service cannot be reached right now; please try again later', { cause: err });
  }
  const body = (await response.json().catch(() => undefined)) as Partial<AzureToken> | undefined;
  if (!response.ok || typeof body?.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new DirectLineError('DIRECTLINE_UPSTREAM_FAILED', 'the chat service did not issue a token; please try again later', {
      cause: new Error(`Direct Line tokens/generate answered ${response.status}`),
    });
  }
  return { conversationId: body.conversationId, token: body.token, expires_in: typeof body.expires_in === 'number' ? body.expires_in : 1800, userId };
}
