/** Share of the allowed length kept from the start of a long message; the rest comes from where it asks. */
const HEAD_SHARE = 0.25;
const JOIN = ' … ';

/**
 * A message of at most `max` UTF-16 code units for recognition. Long messages tell a story first and ask
 * later ("Ich arbeite seit 20 Jahren im Callcenter … Wie werde ich Netzwerktechniker? Viele Grüße, Sandra"), so
 * a cut keeps a quarter from the start (the greeting and who is writing) and the rest up to the last question
 * mark (the end when there is none), dropping a word cut in half and never splitting a surrogate pair.
 */
export function cutMessage(text: string, max: number): string {
  if (text.length <= max) return text;
  const question = text.lastIndexOf('?');
  const end = question >= 0 ? question + 1 : text.length;
  const headLength = Math.floor(max * HEAD_SHARE);
  const tailLength = max - headLength - JOIN.length;
  if (tailLength <= 0 || end - tailLength <= headLength) return wholeCodePoints(text.slice(Math.max(0, end - max), end));
  const head = text.slice(0, headLength);
  const tail = text.slice(end - tailLength, end);
  // A word cut in half at either edge is dropped (unless the cut fell between words already).
  const headCut = /\s/u.test(text[headLength] ?? ' ') || !/\s/u.test(head) ? head : head.replace(/\S+$/u, '');
  const tailCut = /\s/u.test(text[end - tailLength - 1] ?? ' ') || !/\s/u.test(tail) ? tail : tail.replace(/^\S+/u, '');
  return `${wholeCodePoints(headCut).trimEnd()}${JOIN}${wholeCodePoints(tailCut).trimStart()}`;
}

/** The text without a lone surrogate at either end, which a cut through an emoji leaves. */
function wholeCodePoints(text: string): string {
  let from = 0;
  let to = text.length;
  if (to > 0 && isLowSurrogate(text.charCodeAt(0))) from = 1;
  if (to > from && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return text.slice(from, to);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
