import type { Language } from './language';
import { foldWord } from './nlu/normalize';

/**
 * How the bot addresses the visitor where a language has two forms: German "du" (informal) and "Sie" (formal).
 * The bot answers in the form the visitor writes in; languages with one form ignore it.
 */
export const ADDRESSES = ['informal', 'formal'] as const;
export type Address = (typeof ADDRESSES)[number];

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
  /**
   * Folded phrases (lower case, umlauts as ae/oe/ue, ß as ss) that are formal within a sentence: requests to the
   * reader in lower case ("wuerden sie", "ihre hilfe") and the letter's formulas ("sehr geehrte", "mit
   * freundlichen gruessen").
   */
  readonly formalPhrases: readonly string[];
  /**
   * Folded phrases that are formal at the start of a sentence or clause only: "haben sie infos …?" asks the reader,
   * while later in a sentence "sie" is as often "they" ("… und haben sie gute Chancen?" is rare enough).
   */
  readonly formalStarts: readonly string[];
  /**
   * Informal imperatives, folded, that address the reader at the start of a sentence or clause ("Frag mich …",
   * "…, gestalte den Lebenslauf"); knowledge texts only, where no message's noun stands there.
   */
  readonly imperatives: ReadonlySet<string>;
  /** Folded words and phrases asking to be addressed in a form: "siezen", "beim Sie bleiben"; "duzen", "per du". */
  readonly requests: Readonly<Record<Address, readonly string[]>>;
  /** Folded words that turn a request round: "Bitte duzen Sie mich nicht" asks for "Sie". */
  readonly negations: ReadonlySet<string>;
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
    formalPhrases: [
      'koennen sie mir', 'sagen sie mir', 'erklaeren sie mir', 'helfen sie mir', 'danke ihnen', 'dank ihnen',
      'wuerden sie', 'koennten sie', 'was empfehlen sie', 'was raten sie', 'was meinen sie', 'was denken sie', 'was halten sie', 'was wuerden sie',
      'ihre hilfe', 'ihre antwort', 'ihre antworten', 'ihre muehe', 'ihre einschaetzung', 'ihre meinung', 'ihre empfehlung', 'ihren rat', 'ihre auskunft',
      'sehr geehrte', 'sehr geehrter', 'sehr geehrtes', 'mit freundlichen gruessen', 'freundliche gruesse', 'hochachtungsvoll', 'gruess gott', 'gruss gott',
    ],
    formalStarts: ['haben sie', 'wissen sie', 'koennen sie', 'kennen sie', 'sprechen sie', 'empfehlen sie', 'raten sie', 'entschuldigen sie', 'verzeihen sie'],
    imperatives: new Set([
      'frag', 'schreib', 'schreibe', 'waehle', 'waehl', 'nenne', 'nenn', 'versuch', 'versuche', 'sag', 'zeig', 'zeige', 'achte', 'rechne', 'plane',
      'gestalte', 'fuehr', 'fuehre', 'belege', 'beschreib', 'beschreibe', 'stell', 'rueck', 'wende', 'unterschaetze', 'schau', 'probier', 'probiere',
      'lies', 'nimm', 'gib', 'melde', 'klick', 'bewirb', 'informiere', 'pruefe', 'nutze', 'lern', 'lerne', 'denk', 'vergiss', 'hol', 'mach', 'bleib',
    ]),
    requests: {
      formal: ['siezen', 'siez', 'siezt', 'sieze', 'gesiezt', 'beim sie', 'per sie'],
      informal: ['duzen', 'duz', 'duzt', 'duze', 'geduzt', 'beim du', 'per du'],
    },
    negations: new Set(['nicht', 'kein', 'keine', 'nie']),
  }),
});

// Words with their offsets; a word is letters (with umlauts and ß) only, so "Ihnen," and "Sie?" are found.
const WORD = /\p{L}+/gu;


/** A language's phrases as word lists by their first word, compiled once: every message is looked through. */
interface Phrases {
  readonly formal: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly formalStarts: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly requests: Readonly<Record<Address, ReadonlyMap<string, readonly (readonly string[])[]>>>;
}
const PHRASES = new Map<Language, Phrases>();

function phrasesOf(language: Language, forms: AddressForms): Phrases {
  let phrases = PHRASES.get(language);
  if (!phrases) {
    const byFirst = (list: readonly string[]): Map<string, string[][]> => {
      const map = new Map<string, string[][]>();
      for (const p of list) {
        const words = p.split(' ');
        map.set(words[0], [...(map.get(words[0]) ?? []), words]);
      }
      return map;
    };
    phrases = { formal: byFirst(forms.formalPhrases), formalStarts: byFirst(forms.formalStarts), requests: { formal: byFirst(forms.requests.formal), informal: byFirst(forms.requests.informal) } };
    PHRASES.set(language, phrases);
  }
  return phrases;
}

/** A word of a message: as written, folded, and whether a sentence or a clause begins with it. */
interface Word {
  readonly written: string;
  readonly folded: string;
  readonly sentenceStart: boolean;
  readonly clauseStart: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const between = text.slice(end, m.index);
    // Not a line break: "Hallo,\nSie können mir …" goes on after it.
    words.push({ written: m[0], folded: foldWord(m[0]), sentenceStart: end === 0 || /[.!?:]/.test(between), clauseStart: end === 0 || /[,.;:!?\n]/.test(between) });
    end = m.index + m[0].length;
  }
  return words;
}

/** Whether a phrase of `phrases` starts at word `i`, within one sentence. */
function phraseAt(words: readonly Word[], i: number, phrases: ReadonlyMap<string, readonly (readonly string[])[]>): boolean {
  return (phrases.get(words[i].folded) ?? []).some((p) => p.every((w, k) => words[i + k]?.folded === w && (k === 0 || !words[i + k].sentenceStart)));
}

/** What a message shows of the form of address. */
export interface AddressShown {
  /** The form it uses; none when it shows none or both ("Können Sie … Kannst du …"): the conversation keeps its form. */
  readonly used?: Address;
  /** The form it asks for ("Bitte siezen Sie mich", "du kannst mich gerne duzen", "Bitte duzen Sie mich nicht"). */
  readonly asked?: Address;
}

/** The form of address a message uses, and the one it asks for, where it shows them. */
export function readAddress(text: string, language: Language): AddressShown {
  const forms = ADDRESS_FORMS[language];
  if (!forms) return {};
  const phrases = phrasesOf(language, forms);
  const words = wordsOf(text);
  let informal = false;
  let formal = false;
  words.forEach((word, i) => {
    // Shouted words say nothing about the form: "WAS VERDIENEN SIE" may be "they", "ein DU" an abbreviation.
    if (word.written.length > 1 && word.written === word.written.toUpperCase()) return;
    if (forms.informal.has(word.folded)) informal = true;
    // "Sie" capitalised inside a sentence; at its start, or in lower case, it may be "she" or "they".
    else if (forms.formal.has(word.folded) && word.written[0] !== word.folded[0] && !word.sentenceStart) formal = true;
    else if (phraseAt(words, i, phrases.formal) || (word.clauseStart && phraseAt(words, i, phrases.formalStarts))) formal = true;
  });
  const used = informal === formal ? undefined : informal ? 'informal' : 'formal';
  const request = ADDRESSES.find((a) => words.some((_, i) => phraseAt(words, i, phrases.requests[a])));
  const negated = request !== undefined && words.some((w) => forms.negations.has(w.folded));
  const asked = negated ? ADDRESSES.find((a) => a !== request) : request;
  return { ...(used && { used }), ...(asked && { asked }) };
}

/**
 * The words of a text meant for the reader that address them informally (for the knowledge check), lower case:
 * informal pronouns anywhere, imperatives at the start of a sentence or clause.
 */
export function informalWordsIn(text: string, language: Language): string[] {
  const forms = ADDRESS_FORMS[language];
  if (!forms) return [];
  const lower = (words: Iterable<RegExpMatchArray>): string[] => [...words].map((m) => m[0].toLowerCase());
  const pronouns = lower(text.matchAll(WORD)).filter((w) => forms.informal.has(foldWord(w)));
  const starts = text.split(/[,.;:!?–—(]+/).flatMap((clause) => lower([...clause.matchAll(WORD)].slice(0, 1)));
  return [...new Set([...pronouns, ...starts.filter((w) => forms.imperatives.has(foldWord(w)))])];
}
