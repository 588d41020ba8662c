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
  /**
   * Folded phrases (lower case, umlauts as ae/oe/ue, ß as ss) that are formal wherever they stand: requests to the
   * reader in lower case ("koennten sie mir", "ihre hilfe") and the letter's formulas ("sehr geehrte", "mit
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
      'sehr geehrte', 'sehr geehrter', 'mit freundlichen gruessen', 'freundliche gruesse', 'hochachtungsvoll', 'gruess gott', 'gruss gott',
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
// What ends a sentence before a word: the start of the text, or . ! ? : with spaces or quotes after it. Not a line
// break: "Hallo,\nSie können mir …" goes on after it.
const SENTENCE_START = /(?:^|[.!?:])[\s"'„“»«(]*$/u;

/** Lower case, umlauts as ae/oe/ue, ß as ss, every run of non-letters one space, a space at both ends. */
function folded(text: string): string {
  const lower = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return ` ${lower.replace(/[^\p{L}]+/gu, ' ').trim()} `;
}

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
    // Shouted words say nothing about the form: "WAS VERDIENEN SIE" may be "they", "ein DU" an abbreviation.
    if (word.length > 1 && word === word.toUpperCase()) continue;
    const lower = word.toLowerCase();
    if (forms.informal.has(folded(word).trim())) informal = true;
    else if (forms.formal.has(lower) && word[0] !== lower[0] && !SENTENCE_START.test(text.slice(0, m.index))) formal = true;
  }
  if (!formal) {
    // Phrases within a sentence ("Was können sie? Mir …" has no "können sie mir"); starts also after a comma.
    const sentences = text.split(/[.!?]+/).map(folded);
    const clauses = text.split(/[,.;:!?\n]+/).map(folded);
    formal = forms.formalPhrases.some((p) => sentences.some((c) => c.includes(` ${p} `))) || forms.formalStarts.some((p) => clauses.some((c) => c.startsWith(` ${p} `)));
  }
  return informal === formal ? undefined : informal ? 'informal' : 'formal';
}

/**
 * The form a message asks to be addressed in ("Bitte siezen Sie mich", "du kannst mich gerne duzen", "Bitte duzen
 * Sie mich nicht"), if it asks for one.
 */
export function requestedAddress(text: string, language: Language): Address | undefined {
  const forms = ADDRESS_FORMS[language];
  if (!forms) return undefined;
  const words = folded(text);
  const asked = ADDRESSES.find((a) => forms.requests[a].some((p) => words.includes(` ${p} `)));
  if (!asked) return undefined;
  const negated = [...forms.negations].some((n) => words.includes(` ${n} `));
  return negated ? ADDRESSES.find((a) => a !== asked) : asked;
}

/**
 * The words of a text meant for the reader that address them informally (for the knowledge check), lower case:
 * informal pronouns anywhere, imperatives at the start of a sentence or clause.
 */
export function informalWordsIn(text: string, language: Language): string[] {
  const forms = ADDRESS_FORMS[language];
  if (!forms) return [];
  const lower = (words: Iterable<RegExpMatchArray>): string[] => [...words].map((m) => m[0].toLowerCase());
  const pronouns = lower(text.matchAll(WORD)).filter((w) => forms.informal.has(folded(w).trim()));
  const starts = text.split(/[,.;:!?–—(]+/).flatMap((clause) => lower([...clause.matchAll(WORD)].slice(0, 1)));
  return [...new Set([...pronouns, ...starts.filter((w) => forms.imperatives.has(folded(w).trim()))])];
}
