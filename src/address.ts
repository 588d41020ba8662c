import type { Language } from './language';

/**
 * How the bot addresses the visitor where a language has two forms: German "du" (informal) and "Sie" (formal).
 * The bot answers in the form the visitor writes in; languages with one form ignore it.
 */
export const ADDRESSES = ['informal', 'formal'] as const;
export type Address = (typeof ADDRESSES)[number];

/** Type guard for a form of address. */
export function isAddress(value: unknown): value is Address {
  return typeof value === 'string' && (ADDRESSES as readonly string[]).includes(value);
}

/** The key of a text's formal variant in the knowledge ("de_formal"), beside the text itself ("de"). */
export type FormalKey = `${Language}_formal`;

/** {@link FormalKey} of a language. */
export function formalKey(language: Language): FormalKey {
  return `${language}_formal`;
}

/** The signs of each form in a language's texts and messages. */
export interface AddressForms {
  /** Words that address someone informally, lower case, whole words ("du", "dir", "deine", chat's "kannste"). */
  readonly informal: ReadonlySet<string>;
  /**
   * Words that address someone formally when written capitalised away from a sentence's start ("Können Sie …",
   * "… danke Ihnen"). Lower case, or at the start of a sentence, they are pronouns ("sie" is "she" or "they").
   */
  readonly formal: ReadonlySet<string>;
  /** Lower-case phrases that are formal however they are written ("koennen sie mir", "können sie mir"). */
  readonly formalPhrases: readonly string[];
}

/**
 * The languages with two forms of address. Knowledge texts of such a language that address the reader with an
 * informal word need a formal variant (`de_formal`), which the loader checks.
 */
export const ADDRESS_FORMS: Readonly<Partial<Record<Language, AddressForms>>> = Object.freeze({
  de: Object.freeze({
    informal: new Set([
      'du', 'dir', 'dich', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer',
      'kannste', 'haste', 'biste', 'willste', 'weisste', 'brauchste', 'machste',
    ]),
    formal: new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']),
    formalPhrases: ['können sie mir', 'koennen sie mir', 'könnten sie mir', 'koennten sie mir', 'würden sie mir', 'wuerden sie mir', 'sagen sie mir', 'erklären sie mir', 'erklaeren sie mir', 'helfen sie mir', 'danke ihnen', 'dank ihnen'],
  }),
});

// Words with their offsets; a word is letters (with umlauts and ß) only, so "Ihnen," and "Sie?" are found.
const WORD = /\p{L}+/gu;
// What ends a sentence before a word: the start of the text, or . ! ? : or a line break with spaces or quotes after it.
const SENTENCE_START = /(?:^|[.!?:\n])[\s"'„“»«(]*$/u;

/**
 * The form of address a message uses, if it shows one; undefined when it shows none or both ("Können Sie …
 * Kannst du …"), so the conversation keeps the form it had.
 */
export function addressOf(text: string, language: Language): Address | undefined {
  const forms = ADDRESS_FORMS[language];
  if (!forms) return undefined;
  let informal = false;
  let formal = false;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (forms.informal.has(lower)) informal = true;
    else if (forms.formal.has(lower) && word[0] !== lower[0] && !SENTENCE_START.test(text.slice(0, m.index))) formal = true;
  }
  if (!formal) {
    const lower = ` ${text.toLowerCase().replace(/[^\p{L}]+/gu, ' ')} `;
    formal = forms.formalPhrases.some((p) => lower.includes(` ${p} `));
  }
  return informal === formal ? undefined : informal ? 'informal' : 'formal';
}

/** The informal words of `language` in a text meant for the reader (for the knowledge check), lower case. */
export function informalWordsIn(text: string, language: Language): string[] {
  const forms = ADDRESS_FORMS[language];
  if (!forms) return [];
  return [...new Set([...text.matchAll(WORD)].map((m) => m[0].toLowerCase()).filter((w) => forms.informal.has(w)))];
}
