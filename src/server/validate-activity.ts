/**
 * Checks the parts of an incoming activity the adapter would otherwise choke on with a 500.
 * @returns a reason for the 400 response, or undefined when the body is acceptable.
 */
export function activityProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object (a Bot Framework activity)';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type.trim() === '') return "the activity needs a 'type' string, e.g. \"message\"";
  // Every invoke names what it invokes ("adaptiveCard/action"); without a name botbuilder answers 501.
  if (a.type === 'invoke' && (typeof a.name !== 'string' || a.name.trim() === '')) return "an 'invoke' activity needs a 'name' string, e.g. \"adaptiveCard/action\"";
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') return "'text' must be a string";
  for (const key of ['conversation', 'from', 'recipient'] as const) {
    const v = a[key];
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) return `'${key}' must be an object with an 'id'`;
  }
  if (typeof a.channelId !== 'string' || a.channelId.trim() === '') return "the activity needs a 'channelId' string, e.g. \"emulator\"";
  const conversation = a.conversation as { id?: unknown } | undefined;
  if (!conversation || typeof conversation.id !== 'string' || !conversation.id) return "the activity needs 'conversation.id'";
  for (const key of ['from', 'recipient'] as const) {
    const account = a[key] as { id?: unknown } | undefined;
    if (!account || typeof account.id !== 'string') return `the activity needs '${key}.id' (the ${key === 'from' ? 'sender' : 'bot'})`;
  }
  if (a.serviceUrl !== undefined && typeof a.serviceUrl !== 'string') return "'serviceUrl' must be a string";
  if (a.locale !== undefined && a.locale !== null && typeof a.locale !== 'string') return "'locale' must be a string such as \"de-DE\"";
  for (const key of ['attachments', 'entities', 'membersAdded', 'membersRemoved'] as const) {
    if (a[key] !== undefined && a[key] !== null && !Array.isArray(a[key])) return `'${key}' must be a list`;
  }
  return undefined;
}
