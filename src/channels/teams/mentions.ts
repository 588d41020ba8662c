import type { Activity, Mention } from 'botbuilder';

// Teams marks a mention as <at>Name</at> in the text (sometimes with attributes on the tag).
const AT_TAG = /<at(?:\s[^>]*)?>([\s\S]*?)<\/at>/gi;

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? m;
    const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

function normalName(name: string): string {
  return decodeEntities(name.replace(AT_TAG, '$1')).replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The message text with the bot's @mention removed, as recognition needs it: `<at>Career Bot</at> Was
 * verdient ...` → `Was verdient ...`. First the mention entities addressed to the bot (what
 * `TurnContext.removeRecipientMention` does, without changing the activity); then `<at>` tags naming the bot
 * that the entities spell differently (spacing, `&nbsp;`, case); and if no tag named the bot at all, a
 * leading tag — in a channel the bot only hears messages that mention it. Other people's mentions stay as
 * their plain names. Text without `<at>` tags or bot mentions is returned as it is.
 */
export function withoutBotMention(activity: Pick<Activity, 'text' | 'entities' | 'recipient'>): string {
  const original = activity.text ?? '';
  const botId = activity.recipient?.id;
  const botMentions = (activity.entities ?? []).filter((e): e is Mention => e.type === 'mention' && (e as Mention).mentioned?.id === botId);
  if (botMentions.length === 0 && !/<at[\s>]/i.test(original)) return original;

  let text = original;
  let removed = false;
  for (const m of botMentions) {
    // Only the mention itself, once: the bot's name may also appear as a word in the question.
    if (m.text && text.includes(m.text)) {
      text = text.replace(m.text, ' ');
      removed = true;
    }
  }
  const botNames = new Set(
    [activity.recipient?.name, ...botMentions.flatMap((m) => [m.mentioned?.name, m.text])].filter((n): n is string => !!n).map(normalName),
  );
  const tags = [...text.matchAll(AT_TAG)];
  const botTagLeft = tags.some((t) => botNames.has(normalName(t[1])));
  text = text.replace(AT_TAG, (_whole, inner: string, offset: number) => {
    if (botNames.has(normalName(inner))) return ' ';
    if (!removed && !botTagLeft && text.slice(0, offset).trim() === '') return ' ';
    return inner;
  });
  // "Hey <at>Bot</at>, ..." leaves "Hey , ...": no space before punctuation where a tag was.
  return decodeEntities(text).replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1').trim();
}
