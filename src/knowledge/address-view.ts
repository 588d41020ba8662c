import { formalKey, type Address } from '../address';
import { LANGUAGES } from '../language';
import type { BotTextKey, KnowledgeBase, Occupation, ReaderText, Topic, TopicEntry } from './types';

/**
 * The knowledge as it reads for a visitor addressed in `address`: for `formal`, every text with a formal variant
 * (`de_formal`) says that instead, so the answers need not know about forms of address. The informal view is the
 * knowledge itself.
 */
export function inAddress(kb: KnowledgeBase, address: Address): KnowledgeBase {
  if (address === 'informal') return kb;
  const occupations = new Map([...kb.occupations].map(([id, o]) => [id, formalOccupation(o)]));
  const texts = Object.fromEntries(Object.entries(kb.bot.texts).map(([key, text]) => [key, formal(text)])) as Record<BotTextKey, ReaderText>;
  return Object.freeze({ ...kb, occupations, bot: Object.freeze({ ...kb.bot, texts: Object.freeze(texts) }) });
}

function formalOccupation(o: Occupation): Occupation {
  const topics = Object.fromEntries(Object.entries(o.topics).map(([topic, entry]) => [topic, formalEntry(entry)])) as Record<Topic, TopicEntry>;
  return Object.freeze({ ...o, topics: Object.freeze(topics) });
}

function formalEntry(entry: TopicEntry): TopicEntry {
  return entry.text ? Object.freeze({ ...entry, text: formal(entry.text) }) : entry;
}

/** The text with each language's formal variant in its place, where it has one. */
function formal(text: ReaderText): ReaderText {
  let swapped: Record<string, string> | undefined;
  for (const l of LANGUAGES) {
    const variant = text[formalKey(l)];
    if (variant !== undefined) (swapped ??= { ...text })[l] = variant;
  }
  return swapped ? Object.freeze(swapped as ReaderText) : text;
}
