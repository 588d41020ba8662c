import type { Language } from '../../language';
import type { AnswerRequest, BotQuestion, Topic } from '../../knowledge/types';

/** A rewrite of lower-cased text: `pattern` replaced by `replacement` (a `String.replace` replacement). */
export interface Rewrite {
  readonly pattern: RegExp;
  readonly replacement: string;
  /**
   * A cheap test that every text `pattern` matches also passes (no Unicode classes, no backtracking): most
   * messages fail it, which spares them the pattern itself, the costliest step of normalising a message.
   */
  readonly only: RegExp;
}

/**
 * Everything language-specific the NLU needs, as data plus a stemmer (nlp.js-style language packs):
 * the pipeline itself never branches on the language code.
 */
export interface LanguagePack {
  readonly code: Language;
  /** Reduces a folded (lower-case, umlaut-free) token to its stem. */
  stem(token: string): string;
  /** Rewrites applied to lower-cased text before tokenising (gendered forms, contractions). */
  readonly rewrites: readonly Rewrite[];
  /**
   * Chat shorthand and the words it stands for ("thnx": "thanks", "vllt": "vielleicht"), lower case, whole words.
   * Every pack's apply to every message, so leave out shorthand that is a word of the other language ("u", "wat"):
   * a rewrite can look at its neighbours instead.
   */
  readonly shorthands: Readonly<Record<string, string>>;
  /** Words that carry no topic: a message of only these plus an occupation is "just the occupation". */
  readonly fillers: ReadonlySet<string>;
  /** Greeting words, lower case: at a message's start a question may follow without a comma ("hey whats a …"). */
  readonly greetings: readonly string[];
  /**
   * Particles that colour a sentence but never change what it asks ("eigentlich", "halt", "actually"), folded.
   * Left out of classification: the training data holds them by chance in some intents' examples, and
   * "Was verdient eigentlich ein Fluglotse?" must not become out of scope for its "eigentlich".
   */
  readonly particles: ReadonlySet<string>;
  /**
   * What makes a sentence ask something without a question mark, folded: a question word (`asking`: "Ich hätte gern
   * gewusst, welche …"), or a request verb with a wish (`requests` and `wishes`: "Ich möchte mehr erfahren",
   * "tell me"; "now I know the salary" asks nothing). `afterComma`: those of them that begin a question of its own after
   * a comma in a question ("What skills, what salary, and …"), not a clause of the one before ("…, ob", "…, if",
   * "…, welcher sich bewirbt", "…, who has a degree").
   */
  readonly questionWords: { readonly asking: ReadonlySet<string>; readonly afterComma: ReadonlySet<string>; readonly requests: ReadonlySet<string>; readonly wishes: ReadonlySet<string> };
  /**
   * Correctly spelled words of the language, lower case (umlauts may be folded or not), read once per recognizer:
   * the spelling corrector leaves them as they are. Without it, a real word the training data lacks is
   * "corrected" to the nearest one it has ("bedienen" to "verdienen", "unsicher" to "sicher", "were" to "where").
   */
  lexicon(): readonly string[];
  /**
   * Personal pronouns for a person named before, folded ("er", "he"). In a question of a message another question of
   * which names an occupation they stand for it: "Was macht ein DevOps Engineer und was verdient er?" asks the pay
   * of DevOps engineers (read alone, "was verdient er" looked like someone's pay, out of scope).
   */
  readonly pronouns: ReadonlySet<string>;
  /**
   * Words that, after one of `articles` and at the end of a question or before one of `then`, point at one of the
   * occupations talked about or just listed ("Was verdient der letzte?", "und der erste nochmal, wie sind seine
   * Aussichten?", "der zweite" after the list of occupations), folded. Not before a noun of their own: "die letzte Frage".
   */
  readonly occupationReferences: {
    /** Ordinals by position: the words for the first occupation, then for the second, and so on. */
    readonly ordinals: readonly (readonly string[])[];
    readonly last: readonly string[];
    /** Of two occupations, the one not talked about last ("und der andere?", "the other one"). */
    readonly other: readonly string[];
    readonly articles: readonly string[];
    readonly then: readonly string[];
    /** Words that may stand between the ordinal and what follows, for the occupation with it ("the first one"). */
    readonly nouns?: readonly string[];
  };
  /**
   * Requests to talk in this language, written in any language ("english please", "auf Englisch"), lower case: the
   * whole message; the conversation switches and the bot says in it what it can do.
   */
  readonly languageRequests: readonly string[];
  /**
   * The same requests in other words, in this pack's language: a clause that ends a message and is nothing but a
   * request (`starts`, then any of `between`, then a preposition of `before`, a language's name of `names` and any
   * of `ends`; folded words). "sorry, my German is bad, can we speak English?" asks to switch; "Muss ich als Data
   * Scientist gut Englisch sprechen?" and "Which IT jobs can you get without speaking German?" do not.
   */
  readonly languageRequestForm: {
    readonly names: Readonly<Record<Language, string>>;
    readonly starts: readonly string[];
    readonly between: readonly string[];
    readonly before: readonly string[];
    readonly ends: readonly string[];
  };
  /**
   * Whole messages asking why ("warum?", "how come?"), lower case: after an answer they ask for the reason behind
   * it, which the bot gives only where its sources do.
   */
  readonly whyQuestions: readonly string[];
  /**
   * Words of someone asking for another person, lower case ("mein Sohn", "meine Tochter", "wir suchen" of an HR
   * department): the answers speak to the person who learns or does the job, and say so once.
   */
  readonly onBehalf: readonly string[];
  /** Words pointing back at the place asked about before ("dort", "there"), lower case. */
  readonly placeReferences: readonly string[];
  /**
   * A letter's sign-offs, lower case ("mit freundlichen grüßen", "best regards"): a message of one, perhaps with a
   * name after it, says goodbye.
   */
  readonly signOffs: readonly string[];
  /** Farewells, lower case ("tschüss", "bye"): a thanks that ends in one says goodbye ("danke tschau"). */
  readonly farewells: readonly string[];
  /**
   * Whole messages asking which of the occupations just compared comes out ahead, naming no topic ("also wer
   * jetzt?", "which one is better?"), lower case: the bot says why it gives no verdict.
   */
  readonly verdictQuestions: readonly string[];
  /**
   * Requests about the last answer itself — shorter ("kürzer bitte", "zu lang"), more ("mehr dazu", "kannst du
   * das genauer erklären?"), simpler ("was meinst du damit?") — matched against the whole message's folded words
   * joined by single spaces, so anchored at both ends: "Erzähl mir mehr über die Ausbildung" asks a topic.
   */
  readonly answerRequests: Readonly<Record<AnswerRequest, readonly RegExp[]>>;
  /**
   * What a narrower follow-up asks in other words than the answers say it ("wie lange dauert das?" — "Jahre",
   * "dreijährig"): `asked`, phrases of a message, lower case, the last word ending in "*" for any word it begins;
   * `said`, word parts (folded) that a sentence of the answer speaks to it with, wherever they stand in a word
   * ("Ausbildungsdauer").
   */
  readonly keywordSenses: readonly { readonly asked: readonly string[]; readonly said: readonly string[] }[];
  /** Very common words of the language, evidence for language detection beyond the training data. */
  readonly commonWords: readonly string[];
  /**
   * How a job title shows in a question ("ein Bäcker", "as a nurse"): the word before it and the endings
   * of job nouns. Used to say honestly that an occupation is unknown instead of answering for another.
   */
  readonly jobTitle: {
    readonly before: ReadonlySet<string>;
    /**
     * How a follow-up that names nothing but a job title begins, lower case ("und", "what about"): the title then
     * needs no article ("und Lehrer?", "what about ios developers").
     */
    readonly followUps: readonly string[];
    readonly suffix: RegExp;
    /** A plural ending to drop before testing `suffix` in an occupation question ("what do plumbers do"). */
    readonly plural?: RegExp;
    /** Nouns are capitalised in this language (German): any capitalised unknown word there is a candidate. */
    readonly capitalisedNouns?: boolean;
    /** Words for a person's stage or status, not an occupation ("als Einsteiger", "as a student"), folded. */
    readonly notOccupations: ReadonlySet<string>;
    /** Endings (folded) of words that describe a job rather than name one: adjectives ("ein realistischer"), kinds ("ein Männerberuf"). */
    readonly notTitleEndings?: RegExp;
    /**
     * Pronouns of a receiver, folded ("mir", "uns"): a noun after one and an article is a thing asked for, not a job
     * ("Können Sie mir eine genaue Zahl nennen?", "… mir einen Entwurf schreiben?").
     */
    readonly receivers?: ReadonlySet<string>;
    /**
     * Questions that can only be about an occupation ("wie wird man X", "how does one become X"), matched
     * against the message's folded words joined by single spaces. The named group `title` marks where the
     * title stands (its first word counts; it ends at the first word that cannot be part of a title).
     * No article needed, unlike `before`: "Wie werde ich Krankenpfleger?".
     */
    readonly questions: readonly RegExp[];
    /**
     * Questions about someone's pay with an article ("was verdient ein Fluglotse"), like `questions`: only
     * someone who works earns, so the word there is a job title even where no capital letter marks it a noun.
     */
    readonly payQuestions?: readonly RegExp[];
    /**
     * Career changers name the job they have before asking about another: "I work as a nurse. What could I
     * earn in IT?" asks nothing about nurses. `statements` (matched like `questions`, the named group `title`
     * covering the writer's own job: "ich arbeite als Verkäuferin", "I'm a nurse") only count when `moving`
     * finds the wish to change in the message ("in die IT", "switch"); otherwise the own job may well be the
     * one asked about ("I'm a nurse, what do I earn?").
     */
    readonly ownJob?: { readonly statements: readonly RegExp[]; readonly moving: RegExp };
    /**
     * How the two sides of a comparison are joined, folded: a job title on one side, opposite a known
     * occupation (or in a message that names none), is one the bot must say it does not know ("Lehrer oder Data
     * Scientist", "im Vergleich zum Lehrer", "Verdient ein Bäcker mehr als ein Backend Developer?"). `joins` stand
     * between the sides; `than` does only after one of the `comparatives` ("mehr als"; "als Berater" compares
     * nothing). Words of `between` may stand between the first side and the join ("better paid than"); words of
     * `articles` after it ("zum", "to the").
     */
    readonly compared: {
      readonly joins: ReadonlySet<string>;
      /** The joins that set two sides against each other ("oder", "vs"; not "und", which joins anything). */
      readonly contrasts: ReadonlySet<string>;
      readonly than: ReadonlySet<string>;
      readonly comparatives: ReadonlySet<string>;
      readonly between: ReadonlySet<string>;
      readonly articles: ReadonlySet<string>;
      /** Joins whose first side may be left out: "Und im Vergleich zum Lehrer?" compares with the one talked about. */
      readonly oneSided: ReadonlySet<string>;
      /** Words pointing back at two sides ("beiden", "both"): "Wer verdient mehr von den beiden?" names none. */
      readonly pair: ReadonlySet<string>;
      /** Words asking how two differ ("Unterschied", "difference"): "Was ist der Unterschied?" alone points back at the last two. */
      readonly differences: ReadonlySet<string>;
      /** Question words asking which of some ("welcher mehr?", "who earns more?"): naming no class of occupations, they point back at two. */
      readonly which: ReadonlySet<string>;
      /**
       * Word beginnings (folded) that name occupations as a class ("beruf", "job"): a comparison naming none ranks
       * occupations only with one ("Welcher Beruf zahlt am besten?"); "Verdient man als Quereinsteiger weniger?"
       * ranks nothing.
       */
      readonly occupationWords: readonly string[];
      /** Word beginnings (folded) of a ranking by how easy the way in is ("am einfachsten", "easiest to get into"). */
      readonly easeWords: readonly string[];
    };
  };
  /**
   * Questions about what a person earns ("Wie viel verdient Elon Musk?"), matched against the message's folded
   * words joined by single spaces; the named group `name` marks where a person's name would stand. Only two or
   * three capitalised words there that are nothing the bot knows count as a name: the bot knows occupations,
   * not people, and must not answer with another occupation's pay.
   */
  readonly personQuestions: readonly RegExp[];
  /**
   * Questions what an occupation is ("Was ist ein Data Scientist?"), matched against the message's folded words
   * with each occupation name as `<occupation>`: the overview, not a follow-up asking the last topic again, though
   * every other word is a filler ("Und was ist mit dem Data Scientist?" is one).
   */
  readonly definitionQuestions: readonly RegExp[];
  /**
   * Out-of-scope questions about the bot itself, matched like `personQuestions` against the folded words: whether
   * it is a person ("Bist du ein Mensch?"), where its answers come from ("Woher hast du die Zahlen?"), and wishes
   * to talk to a person. The intent stays `None`; the reply says what the bot is instead of "I can't help".
   */
  readonly botQuestions: Readonly<Record<BotQuestion, readonly RegExp[]>>;
  /** Words joining two questions ("und", "and"), lower case, as regular-expression alternatives. */
  readonly conjunctions: readonly string[];
  /** Answers that confirm or refuse when the bot asks a yes/no question (lower case). */
  readonly yes: readonly string[];
  readonly no: readonly string[];
  /**
   * Words and phrases that only acknowledge an answer ("alles klar", "i see", "good to know"), lower case. A
   * message made of nothing else asks nothing: classified, "good to know" looked like a skills question.
   */
  readonly acknowledgements: readonly string[];
  /**
   * Thanks that may lead a question ("danke, noch eine Sache: was verdient man?"), lower case: before a question
   * they are politeness and are left out, or the words around them read like a comparison ("thanks, one more …").
   */
  readonly thanks: readonly string[];
  /**
   * Questions which occupation suits the writer ("Welcher Beruf passt zu mir?"), as word sequences, lower case:
   * with no occupation named, the bot says it cannot judge that rather than ask which two to compare.
   */
  readonly fitQuestions: readonly string[];
  /**
   * Words beside a fit question's reason that are none themselves, folded: how the writer stands to it ("mag", "gut",
   * "loves"), being and doing ("bin", "arbeite", "am"), intensifiers ("sehr", "very"), wanting ("Lust").
   */
  readonly fitReasonStops: ReadonlySet<string>;
  /** Words that turn a fit question's reason round ("nicht", "kein", "not", "hate"), folded: then none is named. */
  readonly fitReasonNegations: ReadonlySet<string>;
  /**
   * Whether the language writes its nouns capitalised (German): in a message that capitalises, a reason must be a
   * noun ("Ich spiele gern Computerspiele": not "spiele", which the texts have as "spielst … ein").
   */
  readonly capitalisedNouns: boolean;
  /**
   * Words with which a fit question points back at the occupation talked about ("Wäre der Beruf etwas für mich?",
   * "Is this job right for me?"), lower case: the bot answers for that occupation instead of in general. Not "it"
   * or "es", which are the "IT" of "IT-Beruf" and the "es" of "Gibt es …".
   */
  readonly fitReferences: readonly string[];
  /** Words that make a fit question one about which occupation ("Welcher Beruf ist das Richtige für mich?"), lower case. */
  readonly fitWhich: readonly string[];
  /** Word beginnings (folded) that name a topic, to tell what a comparison is about. */
  readonly topicHints: Readonly<Partial<Record<Topic, readonly string[]>>>;
  /** Characters that only this language uses (before folding); strong detection evidence. */
  readonly letters?: RegExp;
}
