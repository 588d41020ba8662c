/** Share of the allowed length kept from the start of a long message; the rest comes from its end. */
const HEAD_SHARE = 0.25;
const JOIN = ' … ';

/**
 * A message of at most `max` characters for recognition. Long messages tell a story first and ask last ("Ich
 * arbeite seit 20 Jahren im Callcenter … Wie werde ich Netzwerktechniker?"), so a cut keeps a quarter from the
 * start (the greeting and who is writing) and the rest from the end, where the question is, each cut at a word
 * boundary where there is one.
 */
export function cutMessage(text: string, max: number): string {
  if (text.length <= max) return text;
  const headLength = Math.floor(max * HEAD_SHARE);
  const tailLength = max - headLength - JOIN.length;
  if (tailLength <= 0) return text.slice(text.length - max);
  let head = text.slice(0, headLength);
  const lastSpace = head.lastIndexOf(' ');
  if (lastSpace > 0) head = head.slice(0, lastSpace);
  let tail = text.slice(text.length - tailLength);
  const firstSpace = tail.indexOf(' ');
  if (firstSpace >= 0 && firstSpace < tail.length - 1) tail = tail.slice(firstSpace + 1);
  return `${head.trimEnd()}${JOIN}${tail.trimStart()}`;
}
