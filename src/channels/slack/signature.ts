import { createHmac, timingSafeEqual } from 'node:crypto';

/** Requests signed more than this many seconds before (or after) now are refused, against replays. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

export interface SignedRequest {
  /** `X-Slack-Request-Timestamp` header. */
  timestamp: string | undefined;
  /** `X-Slack-Signature` header, `v0=` + hex HMAC-SHA256. */
  signature: string | undefined;
  /** The body exactly as received, byte for byte. */
  rawBody: Buffer;
}

/** Slack's v0 signature of a body: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignature(signingSecret: string, timestamp: string, rawBody: Buffer): string {
  const hmac = createHmac('sha256', signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/**
 * Checks that a request comes from Slack: a fresh timestamp (within five minutes either way) and a v0
 * signature over the exact body, compared in constant time.
 * @returns the reason for a 401, or undefined when the request is genuine.
 */
export function signatureProblem(signingSecret: string, request: SignedRequest, nowSeconds = Date.now() / 1000): string | undefined {
  const { timestamp, signature, rawBody } = request;
  if (!timestamp || !signature) return 'missing X-Slack-Signature or X-Slack-Request-Timestamp header';
  if (!/^\d{1,12}$/.test(timestamp)) return 'X-Slack-Request-Timestamp is not a Unix time';
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return 'X-Slack-Request-Timestamp is more than five minutes off';
  const expected = Buffer.from(slackSignature(signingSecret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'the Slack signature does not match the body';
  return undefined;
}
