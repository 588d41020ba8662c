import { readAddress, type Address } from '../address';
import { extend } from '../extend';
import type { Language } from '../language';
import { TechnologyFinder } from '../knowledge/technologies';
import { isTopic, type AnswerRequest, type BotQuestion, type CommandKey, type Technology, type Topic } from '../knowledge/types';
import { DEFAULT_CLASSIFIER, SoftmaxClassifier, type ClassifierOptions, type Scored } from './classifier';
import { DEFAULT_FEATURES, FeatureEncoder, OCCUPATION_TOKEN, TECHNOLOGY_TOKEN, Vocabulary, type FeatureOptions } from './features';
import type { IntentName } from './intents';
import { LanguageDetector } from './language-detector';
import type { LanguagePack } from './languages';
import { foldText, foldWord, tokenize } from './normalize';
import { NameExtractor, type NameMatch } from './name-extractor';
import { ANY_NUMBER, PhraseFinder, type Phrase, type PhraseMatch } from './phrase-finder';
import { SpellingCorrector } from './spelling';
import type { Utterance } from './training-data';

/** Where a message points instead of naming an occupation: a position (1 for the first), the last, or the other of two. */
export type OccupationReference = number | 'last' | 'other';

/**
 * A word a message asks about: `word`, folded and spelling corrected, which an answer's sentence names in one of its
 * forms; where a pack knows how answers say it in other words (`keywordSenses`: "wie lange" — "Jahre",
 * "dreijährig"), also those word parts as `said` (and `word` is the longest word of the phrase asking it).
 */
export interface Keyword {
  readonly word: string;
  readonly said?: readonly string[];
  /** The topic the word names ("Ausbildung", "training"): beside a thing asked in other words it narrows that topic's answer no further. */
  readonly names?: Topic;
}

/** What the recognizer understood of one message. No botbuilder types: the bot layer maps this. */
export interface Recognition {
  text: string;
  /** The text as the classifier saw it after spelling correction, when that changed anything. */
  alteredText?: string;
  language: Language;
  intent: IntentName;
  score: number;
  /** Every intent's probability, best first. */
  intents: { intent: IntentName; score: number }[];
  /** Recognised occupation ids, in text order, without repeats. */
  occupations: string[];
  /** Related roles named (SRE -> devops-engineer), each with the occupations it relates to. */
  related: { name: string; occupations: string[] }[];
  /**
   * A job title the knowledge base does not have ("Bäcker"), when no known occupation is named — or, in a
   * comparison, the side that is not one ("Wer verdient mehr, Lehrer oder Data Scientist?").
   */
  unknownOccupation?: string;
  /** The form of address the message uses, where it shows one ("Können Sie …", "kannst du …"): the reply uses it. */
  address?: Address;
  /** The message only asks to be addressed in `address` ("Bitte siezen Sie mich"): the intent is `None`. */
  addressRequest?: boolean;
  /** The writer asks for someone else ("Meine Tochter will …", "wir suchen …"; see `onBehalf` of a pack). */
  onBehalf?: boolean;
  /** The message points back at the place asked about before ("Wie sind die Jobchancen dort?"; `placeReferences` of a pack). */
  pointsToPlace?: boolean;
  /** A person whose pay is asked about ("Wie viel verdient Elon Musk?"): out of scope, the intent is `None`. */
  person?: string;
  /** A question about the bot itself ("Bist du ein Mensch?", see `botQuestions` of a pack): the intent is `None`. */
  aboutBot?: BotQuestion;
  /** The message asks to switch to `language` ("english please"): the intent is `help`. */
  languageRequest?: boolean;
  /** The message only asks why ("warum?", see `whyQuestions` of a pack): the intent is `None`. */
  asksWhy?: boolean;
  /**
   * The message only asks which of the occupations compared comes out ahead ("also wer jetzt?", see `verdictQuestions`
   * of a pack): true, or the topic its words name ("wer verdient denn nun mehr?").
   */
  asksVerdict?: Topic | true;
  /**
   * The message asks something of the last answer itself ("kürzer bitte", "mehr dazu", "was meinst du damit?", see
   * `answerRequests` of a pack): the intent is `None`; asking for more is an acknowledgement too (there may be no
   * last answer, and then the reply invites the question).
   */
  answerRequest?: AnswerRequest;
  /**
   * The message's own words that an answer's sentences may name ("abitur" of "Braucht man dafür Abitur?"), without
   * everyday and question words, names and numbers. Absent when there are none, and in messages longer than a
   * narrower follow-up (16 tokens).
   */
  keywords?: Keyword[];
  /**
   * The message points at one of the occupations talked about or just listed instead of naming one ("Was verdient der
   * letzte?", "der zweite", "the other one"; see `occupationReferences` of a pack): the conversation knows which
   * that is.
   */
  refersTo?: OccupationReference;
  /** The message names an occupation and nothing else of substance ("Und ein Data Scientist?"). */
  occupationOnly: boolean;
  /** The place the message names ("in München"), by id of the knowledge base's places. */
  place?: string;
  /** The message names a place, no occupation, and nothing else of substance ("Und in Berlin?"). */
  placeOnly: boolean;
  /** Something no source covers that the message asks about ("remote", "netto"), by id of the knowledge base's aspects. */
  aspect?: string;
  /** The message names an aspect, no occupation, and nothing else of substance ("Und als Senior?", "and net?"). */
  aspectOnly: boolean;
  /**
   * Technologies the message asks about ("Brauche ich als Data Scientist SQL?"), by id of the knowledge base's
   * technologies, in text order: in its questions when it has several sentences, not as the first part of an
   * occupation's name ("Linux-Administrator"). Absent when none.
   */
  technologies?: string[];
  /** The message names technologies, no occupation or place, and nothing else but a follow-up's beginning ("Und Docker?"). */
  technologyOnly?: boolean;
  /** A topic asked in another part of the message than the aspect ("Was macht ein DevOps Engineer? Hat man Rufbereitschaft?"). */
  besideAspect?: Topic;
  /** For a comparison: the topic it is about ("Wer verdient mehr …" -> salary), when that is clear. */
  compareTopic?: Topic;
  /**
   * The message points back at two: `both` by a word for them ("Wer verdient mehr von den beiden?"), `which` by a
   * question word naming no class of occupations ("welcher mehr?"). Naming none, it compares the last two talked about.
   */
  pointsToTwo?: 'both' | 'which';
  /** The message names no occupation but occupations as a class: as a comparison ("Welcher Job zahlt am besten?"), a ranking. */
  ranksOccupations?: boolean;
  /** That ranking is by how easy the way in is ("Welcher Beruf ist am einfachsten für Quereinsteiger?"). */
  ranksByEase?: boolean;
  /** A button command (rating, yes/no) when the message is exactly one; the dialogue decides if it applies. */
  command?: CommandKey;
  /** The message only acknowledges the last answer ("alles klar", "i see"): it asks nothing. */
  acknowledgement?: boolean;
  /**
   * Asks which occupation suits the writer ("Welcher IT-Beruf passt zu mir?") or whether a named one does ("Passt
   * Data Scientist zu mir?"), without a topic's word; see `fitQuestions` of a pack.
   */
  asksFit: boolean;
  /** A fit question naming no occupation points back at the one talked about ("Wäre der Beruf etwas für mich?"). */
  fitPointsBack?: boolean;
  /**
   * The words of a fit question naming no occupation that may say what the writer is good at or likes, as written
   * ("Welcher Beruf passt zu mir, wenn ich gut in Statistik bin?": "Statistik"): not the question's own words.
   */
  fitReasons?: readonly string[];
  /**
   * A topic message that asks nothing and closes with a thanks or goodbye ("Danke, das Gehalt klingt gut.
   * Tschüss!"): the dialogue takes it as that when the topic is the one just answered.
   */
  closing?: 'thanks' | 'goodbye';
  /** Two topics the classifier could not tell apart ("Meinst du Gehalt oder Ausbildung?"). */
  ambiguous?: [Topic, Topic];
  /** Several topic questions in one message ("Was verdient man und welche Ausbildung braucht man?"). */
  topics?: Topic[];
  /**
   * When the questions of `topics` name different occupations, each one's, in the same order ("Was macht ein
   * DevOps Engineer und was verdient ein Data Scientist?"; a topic may then come twice, for two occupations); a
   * question naming none has the one before it, or the first one after it. With `unknownOccupation`, that title
   * was asked about in a question of its own, which `topics` leaves out, so one topic may be left ("Was macht ein
   * Data Scientist und was verdient ein Pilot?").
   */
  topicOccupations?: string[];
}

/** The NLU contract the bot depends on; swap implementations behind it. */
export interface Recognizer {
  recognize(text: string, context?: RecognitionContext): Recognition;
}

/** What the conversation so far tells the recognizer. */
export interface RecognitionContext {
  previousLanguage?: Language;
  /**
   * How many occupations a message can point at by their place ("der zweite"): those the last reply offered as
   * buttons, else those compared or talked about. An ordinal beyond them, or "der andere" without two, points at
   * nothing and is read as a word. Unknown: every pointer counts.
   */
  pointable?: number;
  /**
   * The bot has just asked which occupation a question is about: a job title alone is the answer, with or without an
   * article ("Wirtschaftsinformatiker", "Lehrer"), and one the bot does not know is said so.
   */
  awaitingOccupation?: boolean;
}

/** An occupation's names in every language, as written in the knowledge base. */
export interface OccupationNames {
  id: string;
  names: readonly string[];
  related: readonly string[];
  /** Names of the occupation's field ("Data Science"): they name it only in a message that names no other one. */
  fields?: readonly string[];
}

/** A place's spellings, as written in the knowledge base. */
export interface PlaceNames {
  id: string;
  names: readonly string[];
}

/** An aspect's phrases, as written in the knowledge base (a trailing `*` matches any ending). */
export interface AspectPhrases {
  id: string;
  phrases: readonly string[];
  /** Phrases that contain one of `phrases` but mean something else ("Remote Access"). */
  exceptions?: readonly string[];
  /** Topics a question about it may still ask ("netto": the pay); a part of a message asking another asks none. */
  noteWith?: readonly Topic[];
  /** Topics the aspect counts in (empty or absent: any). */
  askedWith?: readonly Topic[];
  /**
   * The phrases are names ("bei Google"): a message the classifier is unsure of is classified again without them
   * ("google it" is out of scope in training, which made pay questions "bei Google" look so).
   */
  names?: boolean;
}

export interface RecognizerSettings {
  packs: readonly LanguagePack[];
  /** Minimum probability for an in-scope intent; below it the result is `None`. */
  threshold: number;
  /** Language for messages with no evidence either way and no conversation history. */
  defaultLanguage: Language;
  /** Button labels per topic, matched exactly so a clicked suggestion is never misread. */
  topicLabels: readonly { topic: Topic; label: string }[];
  /** Command button labels (rating, confirmation), matched exactly. */
  commandLabels?: readonly { command: CommandKey; label: string }[];
  features?: FeatureOptions;
  classifier?: ClassifierOptions;
  spelling?: boolean;
  /** What a recognizer learned earlier from the same data and code (see {@link CareerRecognizer.model}); skips training. */
  trained?: LearnedModel;
}

/** What a recognizer learned from its training utterances, kept between restarts by the brain cache. */
export interface LearnedModel {
  readonly classifier: SoftmaxClassifier;
  /**
   * Each training utterance's tokens as the classifier saw them (folded, names masked, places left out), in
   * the utterances' order: the language detector, the topic words and the speller are built from them, and
   * masking thousands of utterances is most of the work of building a recognizer from a trained classifier.
   */
  readonly trainingTokens: readonly (readonly string[])[];
}

/**
 * The career bot's recognizer: normalisation, language detection, occupation extraction (masked out before
 * classification, so intents are learnt independent of the occupation), spelling correction and a softmax
 * classifier with an out-of-scope threshold; on top, button labels and commands matched exactly, unknown job
 * titles, two close topics, several questions in one message, and what a comparison is about.
 */
export class CareerRecognizer implements Recognizer {
  private readonly extractor: NameExtractor;
  private readonly placeExtractor: NameExtractor;
  private readonly aspectFinder: PhraseFinder;
  private readonly technologyFinder: TechnologyFinder;
  /** The first word of every technology's phrases, folded: a message with none of them names none. */
  private readonly technologyWords: ReadonlySet<string>;
  private readonly detector: LanguageDetector;
  private readonly speller?: SpellingCorrector;
  private readonly classifier: SoftmaxClassifier;
  private readonly labels = new Map<string, Topic>();
  private readonly commands = new Map<string, CommandKey>();
  /** The packs' acknowledgements ("alles klar", "i see"), as folded tokens. */
  private readonly acknowledgements: (readonly string[])[];
  private readonly fillers: ReadonlySet<string>;
  /** The packs' particles, left out of classification (see {@link LanguagePack.particles}). */
  private readonly particles: ReadonlySet<string>;
  /** Per language: English "was" is no question word. */
  private readonly questionWords: ReadonlyMap<Language, LanguagePack['questionWords']>;
  /** Per aspect id, the topics a part of a message about it may still ask (see {@link AspectPhrases.noteWith}). */
  private readonly aspectTopics = new Map<string, readonly Topic[]>();
  /** Aspects whose phrases are names (see {@link AspectPhrases.names}). */
  private readonly nameAspects: ReadonlySet<string>;
  /** Per aspect, the topics it qualifies or helps with (its asked_with and note_with). */
  private readonly aspectQualifies = new Map<string, readonly Topic[]>();
  /** Each topic's word beginnings, of all packs: a message's language is a guess ("top paying jobs"). */
  private readonly topicPrefixes: ReadonlyMap<Topic, readonly string[]>;
  /** The packs' fillers, particles and common words: known to the speller, never part of a person's name. */
  private readonly everydayWords: ReadonlySet<string>;
  /**
   * Never {@link Recognition.keywords}: everyday and question words, and words many training questions use
   * ("braucht", "verdient", "need") — they say how people ask, not what about.
   */
  private readonly noKeywords: ReadonlySet<string>;
  /** Requests to switch language, by their tokens joined with spaces (see {@link LanguagePack.languageRequests}). */
  private readonly languageRequests: ReadonlyMap<string, Language>;
  /** Requests to switch language in other words, one pattern per pack and language (see {@link LanguagePack.languageRequestForm}). */
  private readonly languageRequestForms: readonly { language: Language; pattern: RegExp }[];
  /** The packs' words that set two occupations against each other (see `compared.contrasts` of a pack). */
  private readonly comparisonJoins: ReadonlySet<string>;
  /** Words pointing back at two, of all packs (see {@link Recognition.pointsToTwo}). */
  private readonly pairWords: ReadonlySet<string>;
  /** Words asking how two differ, of all packs (see {@link LanguagePack.jobTitle}). */
  private readonly differenceWords: ReadonlySet<string>;
  /**
   * The words of texts read during one recognition: a message's sentences and clauses are read by several rules.
   * Emptied before each message, so nothing is kept between messages.
   */
  private readonly tokenMemo = new Map<string, readonly string[]>();
  /** See {@link topicOfWord}. */
  private readonly wordTopics = new Map<string, Topic | null>();
  /** The packs' chat shorthand, folded, with the words it stands for (see {@link LanguagePack.shorthands}). */
  private readonly shorthands: ReadonlyMap<string, readonly string[]>;
  /** Which-words of all packs (see {@link Recognition.pointsToTwo}). */
  private readonly whichWords: ReadonlySet<string>;
  /** Which-words and the words they may stand with to point back at two ("wer verdient mehr?"; not "wer verdient mehr, Männer oder Frauen?"). */
  private readonly whichCompanions: ReadonlySet<string>;
  /** Word beginnings of a ranking by ease, of all packs (see {@link Recognition.ranksByEase}). */
  private readonly easeWords: readonly string[];
  /** Word beginnings naming occupations as a class, of all packs (see {@link Recognition.ranksOccupations}). */
  private readonly occupationWords: readonly string[];
  /** Each pack's follow-up beginnings, by their tokens joined with spaces (see `jobTitle.followUps` of a pack). */
  private readonly followUps: ReadonlyMap<LanguagePack, ReadonlySet<string>>;
  /** Words that join names in a list or a choice ("und", "or"), folded. */
  private readonly joiningWords: ReadonlySet<string>;
  /** The packs' thanks, by their tokens joined with spaces (see {@link LanguagePack.thanks}). */
  private readonly thanks: ReadonlySet<string>;
  /** The packs' words asked in other words than answers say them, by the index into {@link keywordSenseParts}. */
  private readonly keywordSenses: PhraseFinder;
  /** Per sense, the word parts answers say it with (see {@link LanguagePack.keywordSenses}). */
  private readonly keywordSenseParts: readonly (readonly string[])[];
  /** The packs' questions which occupation suits the writer (see {@link LanguagePack.fitQuestions}). */
  private readonly fitQuestions: PhraseFinder;
  /** The words of the packs' fit questions ("passt", "empfehlen", "suits") and `fitReasonStops` ("mag"): no reason of the writer's. */
  private readonly fitWords: ReadonlySet<string>;
  /** The packs' `fitReasonNegations`: a reason turned round names none. */
  private readonly fitNegations: ReadonlySet<string>;
  /** Their words pointing back at the occupation talked about, and asking which (see {@link LanguagePack.fitReferences}). */
  private readonly fitPointers: PhraseFinder;
  /** The packs' words pointing at an occupation talked about or listed, with where they point and their context (see {@link LanguagePack.occupationReferences}). */
  private readonly references: ReadonlyMap<string, readonly { which: OccupationReference; articles: ReadonlySet<string>; then: ReadonlySet<string>; nouns: ReadonlySet<string> }[]>;
  /** The packs' personal pronouns: in a message naming an occupation they stand for it (see {@link LanguagePack.pronouns}). */
  private readonly pronouns: ReadonlySet<string>;
  private readonly everydayWordsOf: ReadonlyMap<LanguagePack, ReadonlySet<string>>;
  /** Where one question ends and the next may begin: "?", ";", and the packs' words for "and". */
  private readonly clauseBreak: RegExp;
  /** A comma before a question word of its own ("What skills, what salary, …"): between questions, in a question. */
  private readonly commaQuestion: RegExp;
  /** The packs' question words (`asking`), all languages. */
  private readonly askingWords: ReadonlySet<string>;
  /** The packs' one-word conjunctions ("und", "and"), folded. */
  private readonly conjunctionWords: ReadonlySet<string>;
  /**
   * Punctuation, or where a request ends and the question it asks begins ("kannst du mir sagen | was …", "tell me
   * | what …"; the packs' request and question words): a message written without commas splits there too.
   */
  private readonly clauseOrLeadIn: RegExp;
  /**
   * The same, and after a greeting at the start ("hey | whats a …"), for a message read as a greeting only: elsewhere
   * "Guten Tag ich bin 52 … ob man in meinem Alter …" must not become a greeting by its first words.
   */
  private readonly clauseAfterGreeting: RegExp;
  /** The packs' occupation questions ("wie wird man X"), each with its pack, compiled to report group positions. */
  private readonly titleQuestions: { pack: LanguagePack; pattern: RegExp; pay: boolean }[];
  /** The packs' statements of a writer's own job, compiled to report group positions, and their wish to change. */
  private readonly ownJobs: { statements: RegExp[]; moving: RegExp }[];
  /** The packs' questions about a person's pay ("verdient Elon Musk"), compiled to report group positions. */
  private readonly personQuestions: RegExp[];
  /** Questions about the bot itself, of all packs (see {@link LanguagePack.botQuestions}). */
  private readonly botQuestions: readonly { kind: BotQuestion; pattern: RegExp }[];
  /** Questions what an occupation is, `<occupation>` as the marker (see {@link LanguagePack.definitionQuestions}). */
  private readonly definitionQuestions: readonly RegExp[];
  /** Whole messages asking why, tokens joined by spaces (see {@link LanguagePack.whyQuestions}). */
  private readonly whyQuestions: ReadonlySet<string>;
  /** Sign-offs, tokens joined by spaces (see {@link LanguagePack.signOffs}). */
  private readonly signOffs: ReadonlySet<string>;
  /** The packs' greetings as folded tokens. */
  private readonly greetingTokens: readonly (readonly string[])[];
  /** The packs' farewells as folded tokens. */
  private readonly farewells: readonly (readonly string[])[];
  /** Words of someone asking for another person, in a message's tokens joined by spaces (see {@link LanguagePack.onBehalf}). */
  private readonly onBehalf: RegExp;
  /** The packs' `placeReferences` ("dort"), as one pattern over a message's folded words. */
  private readonly placeReferences: RegExp;
  /** Whole messages asking for a verdict, tokens joined by spaces (see {@link LanguagePack.verdictQuestions}). */
  private readonly verdictQuestions: ReadonlySet<string>;
  /** Requests about the last answer, of all packs (see {@link LanguagePack.answerRequests}). */
  private readonly answerRequests: readonly { kind: AnswerRequest; pattern: RegExp }[];
  /** Words of the known occupations' names ("developer", "entwickler"): alone, never an unknown job title. */
  private readonly nameWords: ReadonlySet<string>;
  /**
   * The job nouns known titles end in ("developer", "entwickler", "engineer"): with an unknown word before them
   * they make an unknown title ("Mobile Developer", "Embedded Entwickler"), though the words are topic words.
   */
  private readonly titleHeads: ReadonlySet<string>;
  /** Words of in-scope training utterances: never taken for an unknown job title. */
  private readonly topicWords = new Set<string>();
  private readonly encoder: FeatureEncoder;
  private readonly trainingTokens: readonly (readonly string[])[];
  /** Per-class score sums of the message being classified (reused: one message at a time). */
  private readonly sums: Float64Array;

  constructor(
    private readonly settings: RecognizerSettings,
    utterances: readonly Utterance[],
    occupations: readonly OccupationNames[],
    places: readonly PlaceNames[] = [],
    aspects: readonly AspectPhrases[] = [],
    technologies: readonly Technology[] = [],
  ) {
    const { packs } = settings;
    // First: every other word list is read through tokens(), which spells shorthand out.
    this.shorthands = new Map(packs.flatMap((p) => Object.entries(p.shorthands).map(([word, words]): [string, string[]] => [foldWord(word), tokenize(foldText(words, packs))])));
    this.fillers = new Set(packs.flatMap((p) => [...p.fillers]));
    this.particles = new Set(packs.flatMap((p) => [...p.particles]));
    this.questionWords = new Map(packs.map((p) => [p.code, p.questionWords]));
    this.everydayWordsOf = new Map(packs.map((p) => [p, new Set([...p.fillers, ...p.particles, ...p.commonWords])]));
    this.everydayWords = new Set([...this.everydayWordsOf.values()].flatMap((words) => [...words]));
    this.pronouns = new Set(packs.flatMap((p) => [...p.pronouns]));
    this.followUps = new Map(packs.map((p) => [p, new Set(p.jobTitle.followUps.map((f) => this.tokens(f).join(' ')))]));
    this.joiningWords = new Set(packs.flatMap((p) => [...p.conjunctions, ...p.jobTitle.compared.joins].flatMap((w) => this.tokens(w))));
    this.comparisonJoins = new Set(packs.flatMap((p) => [...p.jobTitle.compared.contrasts]));
    this.pairWords = new Set(packs.flatMap((p) => [...p.jobTitle.compared.pair]));
    this.differenceWords = new Set(packs.flatMap((p) => [...p.jobTitle.compared.differences]));
    this.whichWords = new Set(packs.flatMap((p) => [...p.jobTitle.compared.which]));
    this.whichCompanions = new Set(packs.flatMap((p) => [...p.jobTitle.compared.which, ...p.jobTitle.compared.comparatives, ...p.fillers, ...p.particles]));
    this.occupationWords = packs.flatMap((p) => p.jobTitle.compared.occupationWords);
    this.easeWords = packs.flatMap((p) => p.jobTitle.compared.easeWords);
    this.thanks = new Set(packs.flatMap((p) => p.thanks.map((t) => this.tokens(t).join(' '))));
    const senses = packs.flatMap((p) => p.keywordSenses);
    this.keywordSenseParts = senses.map((k) => k.said);
    this.keywordSenses = new PhraseFinder(senses.flatMap((k, i) => k.asked.map((a): Phrase => ({ id: String(i), tokens: this.tokens(a.replace(/\*$/, '')), openEnd: a.endsWith('*') }))));
    this.fitQuestions = new PhraseFinder(packs.flatMap((p) => p.fitQuestions.map((q): Phrase => ({ id: 'fit', tokens: this.tokens(q), openEnd: false }))));
    this.fitWords = new Set(packs.flatMap((p) => [...p.fitQuestions.flatMap((q) => this.tokens(q)), ...p.fitReasonStops]));
    this.fitNegations = new Set(packs.flatMap((p) => [...p.fitReasonNegations]));
    const references = new Map<string, { which: OccupationReference; articles: ReadonlySet<string>; then: ReadonlySet<string>; nouns: ReadonlySet<string> }[]>();
    for (const { occupationReferences: r } of packs) {
      const context = { articles: new Set(r.articles), then: new Set(r.then), nouns: new Set(r.nouns) };
      const words: [OccupationReference, readonly string[]][] = [...r.ordinals.map((w, i): [OccupationReference, readonly string[]] => [i + 1, w]), ['last', r.last], ['other', r.other]];
      for (const [which, forms] of words) {
        for (const form of forms) {
          const word = this.tokens(form)[0];
          references.set(word, [...(references.get(word) ?? []), { which, ...context }]);
        }
      }
    }
    this.references = references;
    this.fitPointers = new PhraseFinder(packs.flatMap((p) => [
      ...p.fitReferences.map((r): Phrase => ({ id: 'back', tokens: this.tokens(r), openEnd: false })),
      ...p.fitWhich.map((w): Phrase => ({ id: 'which', tokens: this.tokens(w), openEnd: false })),
    ]));
    this.languageRequests = new Map(packs.flatMap((p) => p.languageRequests.map((r): [string, Language] => [this.tokens(r).join(' '), p.code])));
    this.languageRequestForms = packs.flatMap(({ languageRequestForm: form }) => {
      // Folded words: letters and spaces, nothing to escape.
      const any = (words: readonly string[]): string => words.join('|');
      return (Object.entries(form.names) as [Language, string][]).map(([language, name]) => ({
        language,
        pattern: new RegExp(`^(?:${any(form.starts)})(?: (?:${any(form.between)}))* (?:(?:${any(form.before)}) )?${name}(?: (?:${any(form.ends)}))*$`),
      }));
    });
    this.titleQuestions = packs.flatMap((pack) => [
      ...pack.jobTitle.questions.map((q) => ({ pack, pattern: withIndices(q), pay: false })),
      ...(pack.jobTitle.payQuestions ?? []).map((q) => ({ pack, pattern: withIndices(q), pay: true })),
    ]);
    this.personQuestions = packs.flatMap((pack) => pack.personQuestions.map(withIndices));
    this.whyQuestions = new Set(packs.flatMap((pack) => pack.whyQuestions.map((q) => this.tokens(q).join(' '))));
    this.signOffs = new Set(packs.flatMap((pack) => pack.signOffs.map((q) => this.tokens(q).join(' '))));
    this.greetingTokens = packs.flatMap((pack) => pack.greetings.map((g) => this.tokens(g)));
    this.farewells = packs.flatMap((pack) => pack.farewells.map((g) => this.tokens(g)));
    this.onBehalf = new RegExp(`(?:^| )(?:${packs.flatMap((pack) => pack.onBehalf.map((q) => this.tokens(q).join(' '))).join('|')})(?: |$)`);
    this.placeReferences = new RegExp(`(?:^| )(?:${packs.flatMap((pack) => pack.placeReferences.map((q) => this.tokens(q).join(' '))).join('|')})(?: |$)`);
    this.verdictQuestions = new Set(packs.flatMap((pack) => pack.verdictQuestions.map((q) => this.tokens(q).join(' '))));
    this.definitionQuestions = packs.flatMap((pack) => pack.definitionQuestions.map((q) => new RegExp(q.source.replaceAll(OCCUPATION_PLACEHOLDER, OCCUPATION_TOKEN), q.flags)));
    this.botQuestions = patternsByKind(packs, (pack) => pack.botQuestions);
    this.answerRequests = patternsByKind(packs, (pack) => pack.answerRequests);
    this.ownJobs = packs.flatMap(({ jobTitle: { ownJob } }) => (ownJob ? [{ statements: ownJob.statements.map(withIndices), moving: ownJob.moving }] : []));
    this.clauseBreak = new RegExp(`[?;!]+|\\s(?:${packs.flatMap((p) => p.conjunctions).join('|')})\\s`, 'iu');
    const wordAlternation = (words: (p: LanguagePack) => ReadonlySet<string>): string => packs.flatMap((p) => [...words(p)].map(unfolded)).join('|');
    this.commaQuestion = new RegExp(`,\\s*(?=(?:${wordAlternation((p) => p.questionWords.afterComma)})(?!\\p{L}))`, 'iu');
    this.askingWords = new Set(packs.flatMap((p) => [...p.questionWords.asking]));
    this.conjunctionWords = new Set(packs.flatMap((p) => p.conjunctions.map((c) => this.tokens(c)).filter((t) => t.length === 1).map(([t]) => t)));
    const leadIn = `(?<=(?<!\\p{L})(?:${wordAlternation((p) => p.questionWords.requests)})(?:\\s+\\p{L}+)?)\\s+(?=(?:${wordAlternation((p) => p.questionWords.asking)})(?!\\p{L}))`;
    const greeting = `(?<=^\\s*(?:${packs.flatMap((p) => p.greetings.map(unfolded)).join('|')}))\\s+`;
    this.clauseOrLeadIn = new RegExp(`${CLAUSE_PUNCTUATION.source}|${leadIn}`, 'iu');
    this.clauseAfterGreeting = new RegExp(`${this.clauseOrLeadIn.source}|${greeting}`, 'iu');
    const names = occupations.flatMap((o) => [
      ...o.names.map((n) => ({ id: o.id, tokens: this.tokens(n) })),
      ...o.related.map((n) => ({ id: o.id, tokens: this.tokens(n), related: true })),
      ...(o.fields ?? []).map((n) => ({ id: o.id, tokens: this.tokens(n), field: true })),
    ]);
    // Plain words: frequent in the training data and not part of any name. Frequent, because the training
    // data also holds misspelt names ("bakcend"), each only once or twice, which must stay open to matching.
    const nameWords = new Set(names.flatMap((n) => n.tokens));
    this.nameWords = nameWords;
    // "developer" of "Backend Developer": job nouns that the known titles end in, with a word of their own before.
    this.titleHeads = new Set(names.filter((n) => n.tokens.length >= 2).map((n) => n.tokens[n.tokens.length - 1]).filter((w) => packs.some((p) => p.jobTitle.suffix.test(w))));
    const stems = new Set([...nameWords].filter((w) => w.length >= MIN_NAME_STEM && !this.fillers.has(w)));
    const counts = new Map<string, number>();
    for (const u of utterances) for (const t of this.tokens(u.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
    // Plurals and inflections of a name word ("scientists", "Systemadministratoren") are frequent in the
    // training data too, but must stay open to matching the name.
    const inflectsName = (t: string): boolean => {
      for (let k = t.length; k >= MIN_NAME_STEM; k--) if (stems.has(t.slice(0, k))) return true;
      return false;
    };
    const plainWords = new Set([...counts].filter(([t, n]) => n >= PLAIN_WORD_MIN_COUNT && !inflectsName(t)).map(([t]) => t));
    this.noKeywords = new Set([
      ...this.everydayWords,
      ...packs.flatMap(({ questionWords: q }) => [...q.asking, ...q.requests, ...q.wishes]),
      ...[...counts].filter(([, n]) => n >= ASKING_WORD_MIN_COUNT).map(([t]) => t),
    ]);
    this.extractor = new NameExtractor(names, plainWords);
    // Place names collide with everyday words more easily than job titles ("Sachsen"/"Sachen"): typos only in long names.
    const placeNames = places.flatMap((p) => withoutUmlautDots(p.names).map((n) => ({ id: p.id, tokens: this.tokens(n) })));
    this.placeExtractor = new NameExtractor(placeNames, plainWords, (length) => (length >= 8 ? 1 : 0), MIN_JOINED_WORD);
    const phrase = (id: string, written: string, exception: boolean): Phrase => {
      const openEnd = written.endsWith('*');
      const words = openEnd ? written.slice(0, -1) : written;
      // "<occupation>" stands for any occupation the message names (matched against the masked tokens),
      // "<number>" for any number ("nach <number> Jahren").
      const tokens = words.split(PLACEHOLDERS).flatMap((part) => (part === OCCUPATION_PLACEHOLDER ? [OCCUPATION_TOKEN] : part === NUMBER_PLACEHOLDER ? [ANY_NUMBER] : this.tokens(part)));
      return { id, tokens, openEnd, exception };
    };
    for (const a of aspects) this.aspectTopics.set(a.id, a.noteWith ?? []);
    this.nameAspects = new Set(aspects.filter((a) => a.names).map((a) => a.id));
    // In the packs' order of their hints (pay first): a draw goes to the topic listed first.
    const hinted = [...new Set(settings.packs.flatMap((p) => Object.keys(p.topicHints) as Topic[]))];
    this.topicPrefixes = new Map(hinted.map((t) => [t, [...new Set(settings.packs.flatMap((p) => p.topicHints[t] ?? []))]]));
    for (const a of aspects) this.aspectQualifies.set(a.id, [...new Set([...(a.askedWith ?? []), ...(a.noteWith ?? [])])]);
    this.aspectFinder = new PhraseFinder(aspects.flatMap((a) => [
      ...withoutUmlautDots(a.phrases).map((p) => phrase(a.id, p, false)),
      ...withoutUmlautDots(a.exceptions ?? []).map((p) => phrase(a.id, p, true)),
    ]));
    this.technologyFinder = new TechnologyFinder(technologies);
    this.technologyWords = new Set(technologies.flatMap((t) => t.phrases.map((p) => this.tokens(p)[0])).filter((w) => w !== undefined));
    for (const { topic, label } of settings.topicLabels) this.labels.set(this.tokens(label).join(' '), topic);
    for (const { command, label } of settings.commandLabels ?? []) this.commands.set(commandKey(label), command);
    for (const pack of packs) {
      for (const w of pack.yes) this.commands.set(commandKey(w), 'confirm_yes');
      for (const w of pack.no) this.commands.set(commandKey(w), 'confirm_no');
    }
    this.acknowledgements = packs.flatMap((p) => p.acknowledgements.map((a) => this.tokens(a))).filter((a) => a.length > 0);

    // Places are left out of classification (see mask), so out of training too.
    const learned = settings.trained?.trainingTokens.length === utterances.length ? settings.trained.trainingTokens : undefined;
    const masked = utterances.map((u, i) => ({ u, tokens: learned?.[i] ?? this.mask(this.tokens(u.text), u.text).tokens.filter((t) => t !== PLACE_TOKEN) }));
    this.trainingTokens = masked.map((m) => m.tokens);
    // Occupation names are the same in both languages ("Backend Developer"): no evidence either way.
    this.detector = new LanguageDetector(packs, masked.map(({ u, tokens }) => ({ language: u.language, tokens: withoutNames(tokens) })));
    for (const { u, tokens } of masked) if (u.intent !== 'None') for (const t of tokens) this.topicWords.add(t);
    if (settings.spelling !== false) {
      // Occupation words belong to the vocabulary too, or "engineer" would be "corrected" to "engine".
      // So do the packs' own words, or "sonst" would become "const" (an IT-support example's word).
      const lexicon = packs.flatMap((p) => p.lexicon().map(foldWord));
      this.speller = new SpellingCorrector([...masked.flatMap((m) => m.tokens), ...nameWords, ...[...this.labels.keys()].flatMap((l) => l.split(' ')), ...this.everydayWords], lexicon);
    }
    const stemmers = packs.map((p) => p.stem);
    const features = settings.features ?? DEFAULT_FEATURES;
    if (settings.trained) {
      this.classifier = settings.trained.classifier;
      this.encoder = new FeatureEncoder(this.classifier.vocabulary, stemmers, features);
    } else {
      const vocabulary = new Vocabulary();
      this.encoder = new FeatureEncoder(vocabulary, stemmers, features);
      const texts = masked.map(({ tokens }) => tokens.filter((t) => !this.particles.has(t)));
      let vectors = texts.map((tokens) => this.encoder.encode(tokens, true));
      if (features.idf) {
        vocabulary.weighByDocumentFrequency(vectors);
        this.encoder.reset();
        vectors = texts.map((tokens) => this.encoder.encode(tokens));
      }
      const samples = masked.map(({ u }, i) => ({ features: vectors[i], label: u.intent }));
      this.classifier = SoftmaxClassifier.train(samples, vocabulary, settings.classifier ?? DEFAULT_CLASSIFIER);
    }
    this.sums = new Float64Array(this.classifier.labels.length);
    this.tokenMemo.clear();
  }

  /** What this recognizer learned from its utterances, for caching between restarts. */
  get model(): LearnedModel {
    return { classifier: this.classifier, trainingTokens: this.trainingTokens };
  }

  /** @inheritdoc */
  recognize(text: string, context: RecognitionContext = {}): Recognition {
    const read = this.answeredTitle(text, context, this.read(text, context));
    const joined = this.tokens(text).join(' ');
    const onBehalf = this.onBehalf.test(joined);
    const pointsToPlace = this.placeReferences.test(joined);
    // Most messages have neither: no copy of the result for them.
    const r = onBehalf || pointsToPlace ? extend(read, { onBehalf: onBehalf || undefined, pointsToPlace: pointsToPlace || undefined }) : read;
    // "Bitte siezen Sie mich" asks only that (its words looked like a request to delete one's data); beside a
    // question it sets the form the question is answered in.
    const { used, asked } = readAddress(text, r.language);
    if (asked) {
      const asksMore = isTopic(r.intent) && r.score >= this.settings.threshold && text.split(CLAUSE_PUNCTUATION).filter(hasWord).length > 1;
      return extend(r, asksMore ? { address: asked } : { intent: 'None' as const, score: 1, intents: [], address: asked, addressRequest: true });
    }
    return used ? extend(r, { address: used }) : r;
  }

  private read(text: string, context: RecognitionContext): Recognition {
    this.tokenMemo.clear();
    const r = this.leaving(text, this.askedAbout(text, this.pointingPronoun(text, context, this.understand(text, context))));
    // Looked for only where the classifier found nothing of ours (or help: "Woher weißt du das?" may read like a
    // question how to use the bot) or is unsure ("… hast du keine neutralere Quelle?": pay, 0.44), so a question about
    // an occupation with the same words stays that question.
    // "hello! i have a quick question" greets; while a question waits for its occupation ("Hallo, noch eine Frage") it
    // only announces the next one, and the waiting question stays.
    if ((r.intent === 'None' || r.intent === 'help' || r.intent === 'greeting') && !r.command && !r.acknowledgement && this.greetsAndAnnounces(this.tokens(text))) {
      return extend(r, context.awaitingOccupation ? { intent: 'None' as const, score: 1, intents: [], acknowledgement: true } : { intent: 'greeting' as const, score: 1, intents: [] });
    }
    // "Was ist der Unterschied?", "what's the difference": asking only how two differ points back at the last two.
    if ((r.intent === 'None' || r.intent === 'compare') && r.occupations.length === 0 && r.related.length === 0 && !r.command && this.asksDifferenceOnly(this.tokens(text))) {
      return extend(r, { intent: 'compare' as const, score: 1, intents: [], pointsToTwo: 'both' as const });
    }
    // "danke tschau", "thank you so much, goodbye": the thanks takes leave.
    if (r.intent === 'thanks' && this.endsWithFarewell(this.tokens(text))) return extend(r, { intent: 'goodbye' as const });
    // A greeting may end in one: "Guten Tag. Mit wem spreche ich hier? Sind Sie ein Mensch?".
    const unplaced = r.intent === 'None' || r.intent === 'help' || (r.intent === 'greeting' && endsAsQuestion(text));
    const unsure = !unplaced && r.score < BOT_QUESTION_OVER && r.occupations.length === 0 && r.keywords !== undefined;
    if ((unplaced || unsure) && !r.command && !r.acknowledgement && !r.person && !r.answerRequest) {
      const joined = this.tokens(text).join(' ');
      // Unsure of a topic, a short message may still doubt the answer or its source.
      const askedOfBot = (words: string): BotQuestion | undefined => this.botQuestions.find((q) => (unplaced || q.kind === 'sources') && q.pattern.test(words))?.kind;
      // The last sentence may ask it after a greeting: "Guten Tag. Mit wem spreche ich hier? Sind Sie ein Mensch?".
      const inLastSentence = (): BotQuestion | undefined => {
        const sentences = splitSentences(text);
        return sentences.length > 1 ? askedOfBot(this.tokens(sentences[sentences.length - 1]).join(' ')) : undefined;
      };
      const aboutBot = askedOfBot(joined) ?? inLastSentence();
      if (aboutBot) return extend(r, { intent: 'None', score: 1, aboutBot });
      if (this.whyQuestions.has(joined)) return extend(r, { intent: 'None', score: 1, asksWhy: true });
      if (this.signsOff(this.tokens(text))) return extend(r, { intent: 'goodbye', score: 1, intents: [] });
      // "sorry, my German is bad, can we speak English?": the last clause asks, the rest explains.
      const clauses = text.split(CLAUSE_PUNCTUATION).filter(hasWord);
      const requested = this.requestedLanguage(this.tokens(clauses[clauses.length - 1] ?? ''));
      if (requested) return extend(r, { language: requested, intent: 'help', score: 1, intents: [], languageRequest: true });
    }
    if (!r.aspect) return r;
    const besideAspect = this.topicBesideAspect(text) ?? (r.intent === 'None' ? this.topicWithoutAspect(text) : undefined);
    if (!r.unknownOccupation) return besideAspect ? extend(r, { besideAspect }) : r;
    // "Is there a gender pay gap in IT?": a word of a phrase about an aspect is no job title.
    const unknownOccupation = this.onlyAspectWords(this.tokens(text), this.tokens(r.unknownOccupation)) ? undefined : r.unknownOccupation;
    return extend(r, { unknownOccupation, besideAspect });
  }

  /** A job title alone as the answer to "which occupation?" ({@link RecognitionContext.awaitingOccupation}). */
  private answeredTitle(text: string, context: RecognitionContext, r: Recognition): Recognition {
    if (!context.awaitingOccupation || r.occupations.length > 0 || r.related.length > 0 || r.unknownOccupation) return r;
    const tokens = this.tokens(text);
    const last = tokens.length - 1;
    if (last < 0 || last > MAX_BARE_TITLE_TOKENS - 1) return r;
    const pack = this.settings.packs.find((p) => p.code === r.language);
    const title = pack && tokens.every((t, i) => (i === last ? pack.jobTitle.suffix.test(t) && !pack.fillers.has(t) && !pack.jobTitle.notOccupations.has(t) : pack.fillers.has(t)));
    return title ? extend(r, { unknownOccupation: this.original(text, last, last + 1) }) : r;
  }

  /**
   * "hello! i have a quick question", "Guten Tag, darf ich Ihnen eine Frage stellen?": a greeting, then only what
   * acknowledges or announces a question (alone, that is an acknowledgement).
   */
  private greetsAndAnnounces(tokens: readonly string[]): boolean {
    return this.greetingTokens.some((g) => g.length < tokens.length && g.every((t, i) => tokens[i] === t) && this.acknowledges(tokens.slice(g.length)));
  }

  /** A short message of a word asking how two differ and fillers only ("was ist der unterschied", "whats the difference"). */
  private asksDifferenceOnly(tokens: readonly string[]): boolean {
    return (
      tokens.length <= MAX_DIFFERENCE_TOKENS &&
      tokens.some((t) => this.differenceWords.has(t)) &&
      tokens.every((t) => this.differenceWords.has(t) || this.fillers.has(t) || this.particles.has(t) || this.askingWords.has(t))
    );
  }

  /** Whether a part of a message begins with a question word, after an "und"/"and" at most. */
  private startsAsking(part: string): boolean {
    const [first, second] = this.tokens(part);
    return this.askingWords.has(first) || (this.conjunctionWords.has(first) && this.askingWords.has(second));
  }

  /** Whether a message ends in one of the packs' farewells after something else ("danke | tschau"). */
  private endsWithFarewell(tokens: readonly string[]): boolean {
    return this.farewells.some((f) => f.length < tokens.length && f.every((t, i) => tokens[tokens.length - f.length + i] === t));
  }

  /** "Mit freundlichen Grüßen, K. Weber": a sign-off alone or with a name of up to {@link MAX_NAME_TOKENS} words. */
  private signsOff(tokens: readonly string[]): boolean {
    for (let n = tokens.length; n >= 1 && n >= tokens.length - MAX_NAME_TOKENS; n--) if (this.signOffs.has(tokens.slice(0, n).join(' '))) return true;
    return false;
  }

  /**
   * What the message asks of the last answer (see {@link Recognition.answerRequest}): the whole message, or — for a
   * shorter answer — its first clause when nothing in it asks a question ("zu lang, bitte nur eine Zahl pro Beruf").
   */
  private answerRequest(text: string, tokens: readonly string[]): AnswerRequest | undefined {
    const requested = (words: readonly string[]): AnswerRequest | undefined => {
      if (words.length > MAX_REQUEST_TOKENS) return undefined;
      const joined = words.join(' ');
      return this.answerRequests.find((q) => q.pattern.test(joined))?.kind;
    };
    const whole = requested(tokens);
    // Clauses of requests are short: a longer message is spared splitting.
    if (whole || tokens.length > MAX_REQUEST_CLAUSES * MAX_REQUEST_TOKENS || !CLAUSE_PUNCTUATION.test(text)) return whole;
    // "Das verstehe ich nicht. Einfacher bitte.", "das ist zu lang, kannst du das kürzer sagen?": every clause a
    // request, the last says what is wanted. Both rules need the first clause to be one, so the others are read only then.
    const [first, ...others] = text.split(CLAUSE_PUNCTUATION).filter(hasWord);
    const opening = first === undefined ? undefined : requested(this.tokens(first));
    if (opening === undefined) return undefined;
    const clauses = [opening, ...others.map((c) => requested(this.tokens(c)))];
    if (clauses.every((c) => c !== undefined)) return clauses[clauses.length - 1];
    return clauses[0] === 'shorter' && !text.includes('?') ? 'shorter' : undefined;
  }

  /** The language the tokens, a request and nothing else, ask to switch to ("can we speak english"). */
  private requestedLanguage(tokens: readonly string[]): Language | undefined {
    const joined = tokens.join(' ');
    return this.languageRequestForms.find((f) => f.pattern.test(joined))?.language;
  }

  /** "Danke für die Infos, ich brauche nichts mehr. Tschüss!": someone who thanks and then says goodbye is leaving. */
  private leaving(text: string, r: Recognition): Recognition {
    if (r.intent !== 'thanks') return r;
    const last = this.lastSentenceCloses(splitSentences(text));
    return last?.intent === 'goodbye' ? extend(r, { intent: 'goodbye', score: last.score }) : r;
  }

  /**
   * Only the occupations the questions name, when sentences that ask nothing name others: "Eine Freundin
   * arbeitet als Data Scientist … Was verdient man als Systemadministratorin?" asks no comparison, while "Was
   * verdient ein Data Scientist? Und ein Backend Developer?" asks about both.
   */
  private askedAbout(text: string, r: Recognition): Recognition {
    if (r.occupations.length < 2 || r.intent === 'compare') return r;
    const sentences = splitSentences(text);
    if (sentences.length < 2) return r;
    const questions = sentences.filter(endsAsQuestion);
    const asked = new Set((questions.length > 0 ? questions : sentences.slice(-1)).flatMap((q) => this.mask(this.tokens(q), q).occupations));
    const occupations = r.occupations.filter((o) => asked.has(o));
    return occupations.length > 0 && occupations.length < r.occupations.length ? extend(r, { occupations }) : r;
  }

  /**
   * The first aspect the tokens name, and the tokens its indices refer to: the plain ones, else — where a phrase
   * says `<occupation>` ("wie viele <occupation> gibt es") — the ones with the names masked, if any is named.
   */
  private aspectIn(raw: readonly string[], masked: readonly string[], named: boolean): { match: PhraseMatch; tokens: readonly string[] } | undefined {
    const plain = this.aspectFinder.find(raw)[0];
    if (plain) return { match: plain, tokens: raw };
    const inMasked = named ? this.aspectFinder.find(masked)[0] : undefined;
    return inMasked && { match: inMasked, tokens: masked };
  }

  /**
   * In a message of several sentences, some of them questions: the first aspect the questions name, or `null` for
   * none — the sentences around them tell a story ("Ich arbeite bei Siemens als Elektriker. Was verdient ein
   * Netzwerktechniker?" asks nothing about Siemens). Undefined for other messages: the whole message counts.
   */
  private askedAspect(text: string): { match: PhraseMatch; tokens: readonly string[] } | null | undefined {
    const sentences = splitSentences(text);
    const questions = sentences.length >= 2 ? sentences.filter(endsAsQuestion) : [];
    if (questions.length === 0) return undefined;
    for (const q of questions) {
      const raw = this.tokens(q);
      const { tokens, occupations } = this.mask(raw, q);
      const found = this.aspectIn(raw, tokens, occupations.length > 0);
      if (found) return found;
    }
    return null;
  }

  /** Whether every one of `words` is a word of an aspect's phrase found in `tokens`. */
  private onlyAspectWords(tokens: readonly string[], words: readonly string[]): boolean {
    const phraseWords = new Set(this.aspectFinder.find(tokens).flatMap((m) => tokens.slice(m.start, m.end)));
    return words.every((t) => phraseWords.has(t));
  }

  /** Whether a text names an aspect (see {@link aspectIn}). */
  private namesAspect(text: string): boolean {
    const raw = this.tokens(text);
    const { tokens, occupations } = this.mask(raw, text);
    return this.aspectIn(raw, tokens, occupations.length > 0) !== undefined;
  }

  /**
   * The topic the parts of a message without an aspect ask, when they confidently ask one: "Welche Aufgaben hat
   * ein Sysadmin und hat er Rufbereitschaft?" asks for the duties beside the aspect, which decides the whole.
   */
  private topicBesideAspect(text: string): Topic | undefined {
    const parts = text.split(this.clauseBreak).flatMap((p) => p.split(CLAUSE_PUNCTUATION)).filter(hasWord);
    const rest = parts.filter((p) => !this.namesAspect(p));
    if (rest.length === 0 || rest.length === parts.length) return undefined;
    const intent = this.confidentPart(rest.join(', '))?.intents[0].intent;
    return isTopic(intent) ? intent : undefined;
  }

  /**
   * The topic a message's own words name once the aspect's words are left out ("verdient" in "Was verdient ein
   * Frontend Developer nach Steuern?", which the aspect's unknown words made look out of scope): word evidence
   * only, as for comparisons; the classifier would find a topic in any remainder ("Geht das auch in …").
   */
  private topicWithoutAspect(text: string): Topic | undefined {
    const tokens = this.tokens(text);
    return this.topicHintBeside(tokens, this.aspectFinder.find(tokens));
  }

  private understand(text: string, context: RecognitionContext & { pronounPoints?: boolean }): Recognition {
    // "I see, thanks", "ok – und was verdient man da?": acknowledgements before the message ask nothing, and
    // neither does a thanks before a question ("thanks, one more thing: what's the salary?").
    const leads = (lead: RegExpExecArray): boolean => {
      const tokens = this.tokens(lead[1]);
      return this.acknowledges(tokens) || (this.thanks.has(tokens.join(' ')) && endsAsQuestion(lead[2]));
    };
    let rest = text;
    for (let lead = ACKNOWLEDGED_LEAD.exec(rest); lead && leads(lead); lead = ACKNOWLEDGED_LEAD.exec(rest)) rest = lead[2];
    if (rest !== text) return extend(this.understand(rest, context), { text });
    const tokens = this.tokens(text);
    const joined = tokens.join(' ');
    const { tokens: found, occupations, related: mentioned, spans: foundSpans, places, technologies } = this.mask(tokens, text);
    const related = this.notOwnJob(mentioned, tokens, text);
    // "Was verdient der letzte?": the word pointing at an occupation stands where its name would; so does a pronoun
    // when asked to (see recognize).
    const pronoun = context.pronounPoints ? found.findIndex((t) => this.pronouns.has(t)) : -1;
    const reference = occupations.length > 0 || related.length > 0 ? undefined : pronoun >= 0 ? { which: 'last' as const, index: pronoun } : this.reference(found, context.pointable);
    // "the second one": the noun goes with the pointer, as a name's words go with it.
    const kept = (_: unknown, i: number): boolean => !(reference?.noun && i === reference.index + 1);
    const masked = (reference ? found.map((t, i) => (i === reference.index ? OCCUPATION_TOKEN : t)) : found).filter(kept);
    const spans = foundSpans.filter(kept);
    const language = this.detector.detect(text, withoutNames(masked), context.previousLanguage, this.settings.defaultLanguage);
    const corrected = this.corrected(masked);
    const changed = corrected.some((t, i) => t !== masked[i]);
    const named = occupations.length > 0 || related.length > 0 || reference !== undefined;
    // A technology is no name to switch to: "Python Berlin" asks something.
    const onlyNames = corrected.every((t) => isOccupationOrPlaceMarker(t) || this.fillers.has(t));
    // "Wie wird man Krankenpfleger?": the question itself says the word is a job title, article or not.
    const asked = named ? undefined : this.askedJobTitle(text, masked);
    // A title the message itself marks as one: by the question form, or by an article and a job-like ending.
    const marked = named ? undefined : (asked ?? this.unknownJobTitle(text, masked, false));
    // A technology's name may be a person's too ("Taylor Swift").
    const person = named ? undefined : this.personName(text, technologies.length === 0 ? masked : masked.map((t, i) => (t === TECHNOLOGY_TOKEN ? spans[i] : t)));
    const whole = this.aspectIn(tokens, masked, named);
    // An employer in the story around the questions asks nothing about it; other aspects count wherever they are
    // ("Ich möchte in Teilzeit arbeiten. Geht das als Backend Developer?").
    const aspectAsked = whole && this.nameAspects.has(whole.match.id) ? this.askedAspect(text) : undefined;
    const aspect = aspectAsked === undefined ? whole : (aspectAsked ?? undefined);
    const unnamed = withoutNames(corrected);
    const asksFit = this.fitQuestions.find(unnamed).length > 0 && this.fitInLastSentence(text);
    // Looked for in fit questions only: the words are common ("das", "that").
    const pointers = asksFit && !named ? this.fitPointers.find(unnamed) : [];
    const ranks = !named && corrected.some((t) => this.occupationWords.some((w) => t.startsWith(w)));
    const keywords = corrected.length <= MAX_FOLLOW_UP_TOKENS ? this.keywords(corrected) : undefined;
    // Every answer below sets intent, score and intents; the rest is the same for all of them.
    const base: Recognition = {
      intent: 'None',
      score: 0,
      intents: [],
      text,
      // What the classifier read, with the names put back for people reading the trace.
      alteredText: changed ? corrected.map((t, i) => (isNameMarker(t) ? spans[i] : t)).join(' ') : undefined,
      language,
      occupations,
      related,
      unknownOccupation: marked?.name,
      occupationOnly: named && onlyNames && !this.definitionQuestions.some((q) => q.test(masked.join(' '))),
      // The last place named is the one asked about: "Ich komme aus Österreich, was verdient man in Deutschland?"
      place: places[places.length - 1],
      placeOnly: !named && places.length > 0 && onlyNames,
      aspect: aspect?.match.id,
      technologies: technologiesAsked(text, technologies),
      technologyOnly: !named && places.length === 0 && technologies.length > 0 && this.onlyTechnologies(corrected),
      // A job noun of the known titles adds nothing: "und als Senior Developer?".
      aspectOnly: !named && aspect !== undefined && aspect.tokens.every((t, i) => (i >= aspect.match.start && i < aspect.match.end) || this.fillers.has(t) || this.particles.has(t) || this.titleHeads.has(t) || NUMBER.test(t)),
      topicOccupations: undefined,
      pointsToTwo: tokens.some((t) => this.pairWords.has(t)) ? 'both' : !ranks && this.pointsWhich(corrected) ? 'which' : undefined,
      ranksOccupations: ranks || undefined,
      ranksByEase: (ranks && corrected.some((t) => this.easeWords.some((w) => t.startsWith(w)))) || undefined,
      // Without the names: "Passt Data Scientist zu mir?" has "passt zu mir". A topic's word makes it a question
      // about that topic ("Passt das Gehalt als Data Scientist zu mir?").
      asksFit: asksFit && !(named && this.topicHint(corrected)),
      fitPointsBack: pointers.some((m) => m.id === 'back') && !pointers.some((m) => m.id === 'which'),
      // A narrower follow-up is a short question; most long messages would only pay for looking.
      keywords,
      fitReasons: asksFit && !named && keywords ? this.fitReasons(text, tokens, keywords, language) : undefined,
      refersTo: reference?.which,
      asksVerdict: this.verdictQuestions.has(joined) ? (this.topicHint(corrected) ?? true) : undefined,
    };

    const command = this.commands.get(commandKey(text)) ?? thumbs(text);
    if (command) return extend(base, { intent: 'None', score: 1, intents: [], command });
    // "english please": the conversation switches, and the bot says in that language what it can do.
    // A whole message that is nothing but a request in other words ("Können wir bitte auf Englisch weitermachen?").
    const requested = this.languageRequests.get(joined) ?? this.requestedLanguage(tokens);
    if (requested) return extend(base, { language: requested, intent: 'help', score: 1, intents: [], languageRequest: true });
    // "kürzer bitte", "mehr dazu": about the last answer, whatever the classifier would make of the words ("kannst du
    // das genauer erklären?" reads like a question what something is).
    const request = named ? undefined : this.answerRequest(text, tokens);
    if (request) return extend(base, { intent: 'None', score: 1, intents: [], answerRequest: request, acknowledgement: request === 'more' || undefined });
    // A waving hand alone says hello in any language.
    if (waves(text)) return extend(base, { language: context.previousLanguage ?? language, intent: 'greeting', score: 1, intents: [] });
    // "ok" is German and English alike: it keeps the conversation's language; "darf ich Ihnen eine Frage stellen" has one.
    if (this.acknowledges(tokens)) {
      const neutral = tokens.length <= MAX_NEUTRAL_ACKNOWLEDGEMENT_TOKENS;
      return extend(base, { language: neutral ? (context.previousLanguage ?? language) : language, intent: 'None', score: 1, intents: [], acknowledgement: true });
    }
    const label = this.labels.get(withoutNames(corrected).join(' '));
    // A topic's label asks the whole topic, not its sentences with that word ("Arbeitgeber" after the employers).
    if (label) {
      return extend(base, { intent: label, score: 1, intents: [{ intent: label, score: 1 }], keywords: undefined });
    }
    // "Backend Developer Java" is a question about Java; an occupation alone is not classified.
    let scored = corrected.some((t) => !isOccupationOrPlaceMarker(t)) || occupations.length === 0
      ? this.classify(corrected)
      : [];
    // Someone's pay is no question about an occupation, however much it sounds like one.
    if (person) return extend(base, { unknownOccupation: undefined, intent: 'None', score: 1, intents: scored.map((s) => ({ intent: s.label as IntentName, score: s.score })), person });
    let title: string | undefined;
    // The unknown side of a comparison, looked for at most once, by whichever rule below needs it first.
    let compared: { span?: TitleSpan } | undefined;
    const comparedTitle = (): TitleSpan | undefined => (compared ??= { span: this.comparedTitle(text, tokens, masked, spans) }).span;
    const bestTopic = scored.find((s) => isTopic(s.label));
    // A job title we do not know ("Was verdient ein Pilot?") is a word never seen in training, which makes the
    // classifier unsure; when a topic was plausible, classify again without it (as a known occupation would be
    // masked): a confident topic then makes it a job title (not "Was ist ein schwarzes Loch?"). A title the
    // message marks as one is always tried, however unsure the classifier was with it: the unknown word alone can
    // make it sure of None ("how much does a pilot earn": salary 0.16 in one model). The same for the unknown side
    // of a comparison with a known occupation ("Unterschied zwischen Krankenpfleger und Systemadministrator?").
    const sure = (accept: (label: string) => boolean): boolean => scored.length > 0 && accept(scored[0].label) && scored[0].score >= this.settings.threshold;
    const candidate = !named
      ? bestTopic && (marked || bestTopic.score >= this.settings.threshold * TITLE_RETRY) && !sure(isTopic) ? (marked ?? this.unknownJobTitle(text, masked, true) ?? comparedTitle()) : undefined
      : scored.length > 0 && !sure((label) => label !== 'None') ? comparedTitle() : undefined;
    const again = candidate && this.classify([...corrected.slice(0, candidate.start), ...corrected.slice(candidate.end)]);
    if (again && (isTopic(again[0].label) || (named && again[0].label === 'compare')) && again[0].score >= this.settings.threshold) {
      scored = again;
      title = candidate.name;
    } else if (base.aspect && this.nameAspects.has(base.aspect) && !sure(isTopic)) {
      // "Was verdient ein Data Scientist bei Google?": the employer's name pulled towards out of scope ("google it"
      // is); without it, a question the aspect qualifies is that question. Others stay as they are ("Wie läuft das
      // Interview bei Amazon ab?" is out of scope).
      const span = this.aspectFinder.find(masked).find((m) => m.id === base.aspect);
      const without = span && this.classify([...corrected.slice(0, span.start), ...corrected.slice(span.end)]);
      const qualified = this.aspectQualifies.get(base.aspect)!;
      if (without && qualified.includes(without[0].label as Topic) && without[0].score >= this.settings.threshold) scored = without;
    }
    const intents = scored.map((s: Scored) => ({ intent: s.label as IntentName, score: s.score }));
    let top = intents[0];
    const several = this.severalTopics(text, named);
    // Two topics of one occupation are no comparison, however much "und" sounds like one: "Was verdient ein
    // Frontend-Entwickler in Hamburg und wie sind die Aussichten?" asks both, the first one first.
    if (several && top?.intent === 'compare' && occupations.length < 2) top = { intent: several.topics[0], score: top.score };
    if (top?.intent === 'compare' && top.score >= this.settings.threshold) {
      const unknownOccupation = base.unknownOccupation ?? title ?? comparedTitle()?.name;
      return extend(base, { unknownOccupation, intent: top.intent, score: top.score, intents, compareTopic: this.topicHint(corrected) });
    }
    if (several?.unknown) {
      return extend(base, { intent: several.topics[0], score: several.score!, intents, topics: several.topics, topicOccupations: several.occupations, unknownOccupation: several.unknown });
    }
    const topics = several?.topics;
    base.topicOccupations = several?.occupations;
    let ambiguous = topics ? undefined : ambiguity(intents, this.settings.threshold);
    // "Ich möchte noch mehr zum Gehalt wissen": pay or education for the classifier, but "Gehalt" names one of them.
    const hinted = ambiguous && this.topicHintBetween(corrected, ambiguous);
    const tieBroken = hinted !== undefined;
    if (tieBroken) {
      top = intents.find((i) => i.intent === hinted)!;
      ambiguous = undefined;
    }
    // "Hi. I worked as a teacher for 12 years. … How much does a frontend developer earn?": the life story made the
    // whole look like education (0.45); the question alone is sure of pay.
    // The asking sentence is classified at most once, whichever rule below needs it first.
    let question: { decided?: DecidingPart } | undefined;
    const askingSentence = (): DecidingPart | undefined => (question ??= { decided: this.confidentQuestion(text, language) }).decided;
    // "Wer verdient mehr, Lehrer oder Polizist?" may be decided by its first clause, which names neither.
    const comparedSide = (): string | undefined => (named ? undefined : comparedTitle()?.name);
    // "Hallo! Ich würde gerne wissen, welche Aufgaben ein DevOps Engineer hat. Danke und viele Grüße": a greeting or
    // thanks around a question is politeness, however sure the whole is of it; a sentence asking a topic decides.
    const polite = top && POLITE_INTENTS.has(top.intent) ? this.topicSentence(splitSentences(text), language) : undefined;
    if (polite) return this.decidedBy(polite, base, named, topics, comparedSide);
    // "Grüß Gott, können Sie mir sagen, was … verdient?", "hey whats a devops engineer" (greeting, 0.49): a greeting
    // before a question the bot answers is no greeting ("Guten Morgen, wie geht es Ihnen?" only greets).
    const greeted = top?.intent === 'greeting' && (endsAsQuestion(text) || top.score < SURE_ENOUGH) ? this.confidentClause(text, this.clauseAfterGreeting, true) : undefined;
    if (greeted) return this.decidedBy(greeted, base, named, topics, comparedSide);
    // Also when the whole is sure but only its last sentence asks: "I want to switch into IT. What does a frontend
    // developer earn?" is sure of education by the story, the question is about pay.
    const asking = top && top.intent !== 'None' && (top.score < SURE_ENOUGH || this.onlyLastAsks(text, language)) ? askingSentence() : undefined;
    if (asking && asking.intents[0].intent !== top.intent && asking.intents[0].score >= SURE_ENOUGH) return this.decidedBy(asking, base, named, topics, comparedSide);
    if (top && top.intent !== 'None' && (top.score >= this.settings.threshold || tieBroken)) {
      const closing = isTopic(top.intent) ? this.closingSentence(text, language)?.intent : undefined;
      const unknownOccupation =
        base.unknownOccupation ?? title ?? (!isTopic(top.intent) ? undefined : ((named ? undefined : this.unknownJobTitle(text, masked, true)) ?? comparedTitle()))?.name;
      // The asking sentence, sure of the same topic, settles what the whole left open.
      const settled = asking !== undefined && asking.intents[0].score >= SURE_ENOUGH;
      return extend(base, { unknownOccupation, intent: top.intent, score: top.score, intents, topics, ambiguous: settled ? undefined : ambiguous, closing });
    }
    // A part that decides carries the closing with it (see decidedBy), so "Great, the skills part was helpful.
    // Goodbye!" after the skills is a goodbye and "Gehalt Data Scientist. Danke" the pay.
    const decided = askingSentence() ?? this.confidentClause(text, this.clauseOrLeadIn, endsAsQuestion(text));
    if (decided) return this.decidedBy(decided, base, named, topics, comparedSide);
    // Nothing decides and nothing asks, and the last sentence thanks or says goodbye: that is the message.
    const closing = this.closingSentence(text, language);
    if (closing) return extend(base, { intent: closing.intent, score: closing.score, intents, topics: undefined });
    // Out of scope: report how sure we are that it is out of scope.
    const score = !top ? 1 : top.intent === 'None' ? top.score : 1 - top.score;
    return extend(base, { intent: 'None' as const, score, intents, topics, ambiguous });
  }

  /**
   * The recognition of a message that one of its parts decided. A job title counts only from that part: "Ich
   * arbeite als Lehrerin. … Welche Ausbildung brauche ich?" asks nothing about teachers.
   */
  private decidedBy(decided: DecidingPart, base: Recognition, named: boolean, topics: Topic[] | undefined, comparedSide: () => string | undefined): Recognition {
    const [best] = decided.intents;
    const asksAbout = isTopic(best.intent) || best.intent === 'compare';
    const title = named ? undefined : (this.askedJobTitle(decided.part, decided.tokens) ?? (isTopic(best.intent) ? this.unknownJobTitle(decided.part, decided.tokens, true) : undefined));
    const closing = isTopic(best.intent) ? this.closingSentence(base.text, base.language)?.intent : undefined;
    // What a comparison is about, by the words of its part, as for a whole message.
    const compareTopic = best.intent === 'compare' ? this.topicHint(decided.tokens) : undefined;
    return extend(base, { unknownOccupation: title?.name ?? (asksAbout ? comparedSide() : undefined), intent: best.intent, score: best.score, intents: decided.intents, topics, closing, compareTopic });
  }

  /**
   * Splits a message at question marks and "und"/"and" and classifies the parts: two or more confidently
   * recognised, different topics mean several questions in one message.
   */
  private severalTopics(text: string, named: boolean): { topics: Topic[]; occupations?: string[]; unknown?: string; score?: number } | undefined {
    // Most messages are one clause ("…?"): no need to tokenise the parts again.
    // Commas part questions only within a question: "Ich habe eine Ausbildung als Fachinformatiker, was kann ich
    // verdienen?" asks one thing after a statement.
    const texts = text.split(this.clauseBreak).flatMap((p) => (this.startsAsking(p) ? p.split(this.commaQuestion) : [p])).filter(hasWord);
    if (texts.length < 2) return undefined;
    const parts = texts.map((p) => ({ raw: this.tokens(p), p })).filter(({ raw }) => raw.length > 0);
    if (parts.length < 2) return undefined;
    // Per question: its topic and its own occupation (undefined: it names none; null: several, a related role or an
    // unknown title — `unknown` then names the title — so no occupation of its own can be told).
    const asked: { topic: Topic; score: number; occupation: string | null | undefined; unknown?: string }[] = [];
    for (const { raw, p } of parts) {
      // "… und was verdient er?": the pronoun stands for the occupation another part names.
      const { tokens, occupations, related } = this.mask(raw, p, named);
      // "Was verdient ein Data Scientist? Und was ein Backend Developer?": a part that only names an occupation asks
      // the same again, for another one (a comparison), nothing of its own.
      if (occupations.length > 0 && tokens.every((t) => isNameMarker(t) || this.fillers.has(t))) continue;
      // A job title the bot does not know, read from the part on its own ("was verdient ein pilot" is a pay question
      // of a writer who capitalises nothing); the part is classified without it, as a known name would be masked.
      // Not any capitalised noun: "… und braucht man dafür einen Führerschein?" names no job.
      const found = occupations.length === 0 && related.length === 0 ? (this.askedJobTitle(p, tokens) ?? this.unknownJobTitle(p, tokens, false)) : undefined;
      // "… was verdient man als Minijobber?": a word of an aspect's phrase is no job title (as in recognize()).
      const title = found && !this.onlyAspectWords(tokens, tokens.slice(found.start, found.end)) ? found : undefined;
      const asking = title ? [...tokens.slice(0, title.start), ...tokens.slice(title.end)] : tokens;
      // A single word counts only as a topic's own label ("Aufgaben und Gehalt …").
      const label = this.labels.get(withoutNames(asking).join(' '));
      const [best] = label ? [{ label, score: 1 }] : asking.length >= 2 ? this.classify(asking) : [];
      // Less sure, but a question whose own words name the topic too ("what do they earn"; not "ich lese den Begriff
      // ständig in Stellenanzeigen").
      const sure = best && (best.score >= MULTI_TOPIC_MIN || (best.score >= this.settings.threshold && this.hasQuestionWord(raw) && this.topicHint(asking) === best.label));
      let topic = sure && isTopic(best.label) ? best.label : undefined;
      // A part about an aspect asks no topic of its own ("Hat man Rufbereitschaft?"), unless one it still helps
      // with, by the classifier or by its words ("und was verdient er netto?").
      const aspect = this.aspectIn(raw, tokens, occupations.length > 0);
      if (aspect) {
        const helps = this.aspectTopics.get(aspect.match.id) ?? [];
        const hint = this.topicHintBeside(aspect.tokens, [aspect.match]);
        topic = [topic, hint].find((t) => t !== undefined && helps.includes(t));
      }
      if (!topic) continue;
      const own = occupations.length === 1 && related.length === 0 ? occupations[0] : occupations.length > 0 || related.length > 0 || title ? null : undefined;
      // A topic found by the aspect's words alone has no score of its own: the threshold it had to pass.
      const score = topic === best?.label ? best.score : this.settings.threshold;
      if (!asked.some((a) => a.topic === topic && a.occupation === own)) asked.push({ topic, score, occupation: own, unknown: title?.name });
    }
    // "Was macht ein Data Scientist und was verdient ein Pilot?": the questions about known occupations are
    // answered, and the title the bot does not know is named (one topic may then be left).
    const unknown = asked.find((a) => a.unknown !== undefined)?.unknown;
    const known = asked.filter((a) => a.unknown === undefined);
    const topics = [...new Set(known.map((a) => a.topic))];
    const own = known.map((a) => a.occupation);
    // One topic for several occupations is a comparison; a question whose occupation cannot be told leaves it to the
    // message as a whole.
    if (own.includes(null) || topics.length < (unknown ? 1 : 2)) return undefined;
    const owners = new Set(own.filter((o) => o !== undefined)).size;
    if (owners < (unknown ? 1 : 2)) return !unknown && known.length === topics.length ? { topics } : undefined;
    // A question naming none is about the one before it (or, first, the next one named).
    const occupations = own.map((o, i) => o ?? own.slice(0, i).reverse().find((x) => x !== undefined) ?? own.find((x) => x !== undefined)) as string[];
    return { topics: known.map((a) => a.topic), occupations, unknown, score: known[0].score };
  }

  /**
   * A message of several sentences: the visitor's context first, then the question ("Ich bin gelernte
   * Bürokauffrau, 34 … Könnten Sie mir erklären, was eine Data Scientistin macht?"). The context's words pull
   * towards out-of-scope or another topic, so the last sentence that asks (ends in "?"; else the last one) is
   * classified on its own, or clause by clause; the caller decides when it may overrule the whole.
   */
  private confidentQuestion(text: string, language: Language): DecidingPart | undefined {
    const sentences = splitSentences(text);
    if (sentences.length < 2) return undefined;
    const question = [...sentences].reverse().find(endsAsQuestion) ?? sentences[sentences.length - 1];
    // A question of two, split at "und" ("… Was muss ich dafür lernen und ist das in meinem Alter realistisch?"),
    // only when it ends the message as a question: the story before it would drown it, and in the story "und" joins
    // anything ("Ich bin 19 und will wissen, wie …").
    const decided = this.confidentPart(question) ?? this.confidentClause(question) ?? (endsAsQuestion(question) ? this.confidentClause(question, this.clauseBreak) : undefined);
    // "… welche Ausbildung man als Data Scientist braucht. Vielen Dank und LG": a closing thanks asks nothing.
    return decided && POLITE_INTENTS.has(decided.intents[0].intent) ? (this.topicSentence(sentences, language) ?? decided) : decided;
  }

  /**
   * The last of several sentences that asks about a topic: a question, or a sentence with a question word ("Ich
   * hätte gern gewusst, welche Ausbildung …"); "Das Gehalt hat mich überzeugt." asks nothing.
   */
  private topicSentence(sentences: readonly string[], language: Language): DecidingPart | undefined {
    if (sentences.length < 2) return undefined;
    for (const sentence of [...sentences].reverse()) {
      const tokens = this.tokens(sentence);
      // A topic's own label asks for it, question mark or not ("Guten Morgen! Gehalt Data Scientist?", "Gehalt Data
      // Scientist. Danke").
      const masked = this.mask(tokens, sentence).tokens;
      const label = this.labels.get(withoutNames(masked).join(' '));
      if (label) return { part: sentence, tokens: masked, intents: [{ intent: label, score: 1 }] };
      if (!this.asks(sentence, tokens, language)) continue;
      const decided = this.confidentPart(sentence);
      if (decided && isTopic(decided.intents[0].intent)) return decided;
      // A request naming its topic's word ("Ich möchte noch mehr zum Gehalt erfahren") the classifier is unsure of.
      const hint = this.topicHint(masked);
      if (hint) return { part: sentence, tokens: masked, intents: [{ intent: hint, score: this.settings.threshold }] };
    }
    return undefined;
  }

  /**
   * Whether a sentence asks something: a question mark, a question word of the message's language, or a request
   * (a verb such as "wissen" with a wish such as "möchte": "now I know the salary" asks nothing).
   */
  private asks(sentence: string, tokens: readonly string[], language: Language): boolean {
    const words = this.questionWords.get(language);
    if (endsAsQuestion(sentence)) return true;
    if (!words) return false;
    return tokens.some((t) => words.asking.has(t)) || (tokens.some((t) => words.requests.has(t)) && tokens.some((t) => words.wishes.has(t)));
  }

  /** Whether one of the tokens is a question word of any language ("was", "what"). */
  private hasQuestionWord(tokens: readonly string[]): boolean {
    return tokens.some((t) => this.askingWords.has(t));
  }

  /** Whether a message of several sentences asks only in its last one, a question. */
  private onlyLastAsks(text: string, language: Language): boolean {
    const sentences = splitSentences(text);
    if (sentences.length < 2 || !endsAsQuestion(sentences[sentences.length - 1])) return false;
    return sentences.slice(0, -1).every((p) => !this.asks(p, this.tokens(p), language));
  }

  /** Whether several sentences, none of which asks anything, end with a thanks or goodbye: which one, how sure. */
  private closingSentence(text: string, language: Language): { intent: 'thanks' | 'goodbye'; score: number } | undefined {
    const sentences = splitSentences(text);
    return sentences.some((p) => this.asks(p, this.tokens(p), language)) ? undefined : this.lastSentenceCloses(sentences);
  }

  /** Whether the last of several sentences thanks or says goodbye: which one, how sure. */
  private lastSentenceCloses(sentences: readonly string[]): { intent: 'thanks' | 'goodbye'; score: number } | undefined {
    if (sentences.length < 2) return undefined;
    const last = sentences[sentences.length - 1];
    const [best] = this.classify(this.corrected(this.mask(this.tokens(last), last).tokens));
    return (best?.label === 'thanks' || best?.label === 'goodbye') && best.score >= this.settings.threshold ? { intent: best.label, score: best.score } : undefined;
  }

  /** A part of a message classified on its own, when it is a confident in-scope question of two words or more. */
  private confidentPart(part: string): DecidingPart | undefined {
    const tokens = this.mask(this.tokens(part), part).tokens;
    const corrected = this.corrected(tokens);
    if (withoutNames(corrected).length < 2) return undefined;
    const intents = this.classify(corrected).map((x) => ({ intent: x.label as IntentName, score: x.score }));
    return intents[0] && intents[0].intent !== 'None' && intents[0].score >= this.settings.threshold ? { part, tokens, intents } : undefined;
  }

  /**
   * A message that is out of scope as a whole may still hold one clear question after a preamble the model
   * never saw ("Ich bin Max, max@example.com, was verdient ein Data Scientist?"): unknown words weigh towards
   * out-of-scope. Each clause is classified on its own; exactly one confident in-scope clause wins, once clauses
   * that only lead in (a greeting, "kannst du mir sagen") have yielded to the others. Clauses end at `breaks`:
   * punctuation, the recognizer's clause breaks (question marks and the packs' "und", "and") or also the end of a
   * request before its question ({@link clauseOrLeadIn}).
   * @param asks the message asks something (it ends in "?"): a greeting clause alone decides nothing.
   */
  private confidentClause(text: string, breaks: RegExp = CLAUSE_PUNCTUATION, asks = false): DecidingPart | undefined {
    const clauses = text.split(breaks).filter(hasWord);
    if (clauses.length < 2) return undefined;
    const confident: DecidingPart[] = [];
    for (const clause of clauses) {
      const decided = this.confidentPart(clause);
      if (decided) confident.push(decided);
    }
    // "Kannst du mir sagen, was ein Data Scientist verdient?", "Guten Tag, können Sie mir sagen, …": a clause that only
    // greets or asks the bot for help leads in to the one question beside it — and decides nothing in a message
    // known to ask something (`asks`).
    const asking = confident.length > 1 || asks ? confident.filter((d) => !LEAD_IN_INTENTS.has(d.intents[0].intent)) : confident;
    return asking.length === 1 ? asking[0] : undefined;
  }

  /** Tokens with spelling corrected (names and places kept as their markers). */
  private corrected(tokens: string[]): string[] {
    const speller = this.speller;
    return speller ? tokens.map((t) => (isNameMarker(t) ? t : speller.correct(t))) : tokens;
  }

  private tokens(text: string): readonly string[] {
    let tokens = this.tokenMemo.get(text);
    if (!tokens) {
      tokens = tokenize(foldText(text, this.settings.packs));
      if (tokens.some((t) => this.shorthands.has(t))) tokens = tokens.flatMap((t) => this.shorthands.get(t) ?? [t]);
      this.tokenMemo.set(text, tokens);
    }
    return tokens;
  }

  /** Whether a message's fit question is its last sentence: "Passt Data Scientist zu mir? Was macht man da?" asks the duties. */
  private fitInLastSentence(text: string): boolean {
    const sentences = splitSentences(text);
    if (sentences.length < 2) return true;
    const last = sentences[sentences.length - 1];
    return this.fitQuestions.find(withoutNames(this.corrected(this.mask(this.tokens(last), last).tokens))).length > 0;
  }

  /**
   * A short question of a which-word with only comparatives and the words of a topic that is no thing of its own
   * ("welcher mehr?", "wer verdient mehr?", "who earns more?"): it asks which of two. Not "Welcher Arbeitgeber zahlt
   * am besten?" or "Wer verdient mehr, Männer oder Frauen?", whose words name what is compared.
   */
  private pointsWhich(tokens: readonly string[]): boolean {
    if (tokens.length > MAX_WHICH_TOKENS || !tokens.some((t) => this.whichWords.has(t))) return false;
    return tokens.every((t) => {
      const topic = this.topicOfWord(t);
      return this.whichCompanions.has(t) || (topic !== undefined && WHICH_TOPICS.has(topic));
    });
  }

  /**
   * A short message the classifier reads as out of scope with a personal pronoun and no name ("Verdient er in der
   * Ausbildung schon was?", "Was macht er?"): read again with the pronoun pointing at the occupation talked about
   * last, as "der letzte" would; kept when that reading is sure of a topic. Read alone, such a question looked like one
   * about somebody.
   */
  private pointingPronoun(text: string, context: RecognitionContext, r: Recognition): Recognition {
    if (r.intent !== 'None' || r.occupations.length > 0 || r.related.length > 0 || r.refersTo || r.command || r.acknowledgement) return r;
    const tokens = this.tokens(text);
    if (tokens.length > MAX_FOLLOW_UP_TOKENS || !tokens.some((t) => this.pronouns.has(t))) return r;
    const pointing = this.understand(text, { ...context, pronounPoints: true });
    return isTopic(pointing.intent) && pointing.score >= this.settings.threshold ? pointing : r;
  }

  /** The first word pointing at an occupation talked about (see {@link Recognition.refersTo}), and where it is. */
  private reference(tokens: readonly string[], pointable?: number): { which: OccupationReference; index: number; noun?: boolean } | undefined {
    const points = (which: OccupationReference): boolean =>
      pointable === undefined || (which === 'other' ? pointable === 2 : which === 'last' ? pointable >= 1 : which <= pointable);
    for (let i = 1; i < tokens.length; i++) {
      for (const r of this.references.get(tokens[i]) ?? []) {
        if (!points(r.which)) continue;
        const noun = r.nouns.has(tokens[i + 1]);
        const next = tokens[noun ? i + 2 : i + 1];
        if (r.articles.has(tokens[i - 1]) && (next === undefined || r.then.has(next))) return { which: r.which, index: i, noun };
      }
    }
    return undefined;
  }

  /** See {@link Recognition.keywords}. */
  private keywords(tokens: readonly string[]): Keyword[] | undefined {
    // Of senses sharing words, the longest ("aptitude test", not the other pack's "test" within it).
    const found = this.keywordSenses.find(tokens);
    const senses = found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
    const inSense = (i: number): boolean => senses.some((m) => m.start <= i && i < m.end);
    const words = tokens.filter((t, i) => t.length >= MIN_KEYWORD_LENGTH && !this.noKeywords.has(t) && !isNameMarker(t) && !NUMBER.test(t) && !inSense(i));
    const keywords: Keyword[] = [...new Set(words)].map((word) => {
      const names = this.topicOfWord(word);
      return names ? { word, names } : { word };
    });
    for (const m of senses) {
      // Its longest word stands for it where the parts it is said with are everywhere ("Jahr" in a whole answer).
      const word = tokens.slice(m.start, m.end).reduce((a, b) => (b.length > a.length ? b : a));
      if (!keywords.some((k) => k.word === word)) keywords.push({ word, said: this.keywordSenseParts[Number(m.id)] });
    }
    return keywords.length > 0 ? keywords : undefined;
  }

  /** See {@link Recognition.fitReasons}: keywords that name no topic and are no fit question's words, as written. */
  private fitReasons(text: string, tokens: readonly string[], keywords: readonly Keyword[], language: Language): string[] | undefined {
    // "…, wenn ich keine Lust auf Mathe habe?", "I'm not good at maths": what the writer dislikes points nowhere.
    if (tokens.some((t) => this.fitNegations.has(t))) return undefined;
    const nouns = this.settings.packs.find((p) => p.code === language)?.capitalisedNouns === true && /\s\p{Lu}/u.test(text);
    const reasons = keywords.flatMap(({ word, said, names }) => {
      const at = said || names || this.fitWords.has(word) || this.fillers.has(word) || this.particles.has(word) ? -1 : tokens.indexOf(word);
      const written = at < 0 ? '' : this.original(text, at, at + 1);
      return written === '' || (nouns && !/^\p{Lu}/u.test(written)) ? [] : [written];
    });
    return reasons.length > 0 ? reasons : undefined;
  }

  /** Whether the tokens are acknowledgements and nothing else ("ok cool", "ah, i see"). */
  private acknowledges(tokens: readonly string[]): boolean {
    if (tokens.length === 0 || tokens.length > MAX_ACKNOWLEDGEMENT_TOKENS) return false;
    // covered[i]: the first i tokens are a sequence of acknowledgements.
    const covered = [true];
    for (let i = 1; i <= tokens.length; i++) {
      covered[i] = this.acknowledgements.some((a) => a.length <= i && covered[i - a.length] && a.every((t, k) => tokens[i - a.length + k] === t));
    }
    return covered[tokens.length];
  }

  /**
   * Replaces each occupation name by one {@link OCCUPATION_TOKEN} (intents are learnt independent of the
   * occupation), each word of a technology's name by {@link TECHNOLOGY_TOKEN} (a question about Jenkins reads like
   * the training data's about Docker) and each word of a place name by {@link PLACE_TOKEN} (left out of
   * classification: a city never seen in training must not make a question look out of scope). `spans[i]` is the
   * text a marker stands for.
   * With `namedElsewhere` (a part of a message another part of which names an occupation) a personal pronoun stands
   * for that occupation and is masked too ("… und was verdient er?"). Not in a whole message: two markers there
   * would look like a comparison.
   */
  private mask(tokens: readonly string[], text: string, namedElsewhere = false): Masked {
    const found = this.extractor.extract(tokens);
    // "Braucht ein Backend Developer Data-Science-Kenntnisse?": beside a job title, a field's name is a word of the
    // question, not a second occupation — unless the two are set against each other ("Data Science oder Backend?").
    const titled = found.some((m) => !m.field && !m.related);
    const compared = (m: NameMatch): boolean => this.comparisonJoins.has(tokens[m.start - 1]) || this.comparisonJoins.has(tokens[m.end]);
    const matches = titled ? found.filter((m) => !m.field || compared(m)) : found;
    const out: string[] = [];
    const spans: string[] = [];
    const push = (token: string, span = token): void => {
      out.push(token);
      spans.push(span);
    };
    const technologies = this.technologiesBeside(tokens, text, matches);
    const word = (i: number): void => push(technologies.some((t) => i >= t.start && i < t.end) ? TECHNOLOGY_TOKEN : tokens[i], tokens[i]);
    let i = 0;
    for (const m of matches) {
      for (; i < m.start; i++) word(i);
      push(OCCUPATION_TOKEN, tokens.slice(m.start, m.end).join(' '));
      i = m.end;
    }
    for (; i < tokens.length; i++) word(i);
    if (namedElsewhere) for (let j = 0; j < out.length; j++) if (this.pronouns.has(out[j])) out[j] = OCCUPATION_TOKEN;
    const placeMatches = this.placeExtractor.extract(out);
    for (const m of placeMatches) out.fill(PLACE_TOKEN, m.start, m.end);
    const direct = matches.filter((m) => !m.related);
    return {
      tokens: out,
      spans,
      occupations: [...new Set(direct.flatMap((m) => m.ids))],
      related: matches.filter((m) => m.related).map((m) => ({ name: this.original(text, m.start, m.end), occupations: [...m.ids] })),
      places: [...new Set(placeMatches.flatMap((m) => m.ids))],
      technologies,
    };
  }

  /**
   * The technologies `text` names outside the occupation names found in its `tokens` ("Linux-Administrator" asks
   * nothing about Linux), with the tokens they take. A word test first: the finder's one pattern over every
   * message cost a fifth of the recognitions' throughput.
   */
  private technologiesBeside(tokens: readonly string[], text: string, names: readonly NameMatch[]): TechnologyNamed[] {
    if (!tokens.some((t) => this.technologyWords.has(t))) return [];
    const out: TechnologyNamed[] = [];
    for (const m of this.technologyFinder.matches(text)) {
      const words = this.tokens(m.text);
      const start = this.tokens(text.slice(0, m.index)).length;
      const end = start + words.length;
      // The tokens must be the name's own: the writer's rewrites ("what's") could shift them.
      if (!words.every((w, k) => tokens[start + k] === w) || names.some((n) => n.start < end && start < n.end)) continue;
      out.push({ id: m.technology.id, index: m.index, start, end });
    }
    return out;
  }

  /**
   * Whether the tokens are technologies and nothing else, after a follow-up's beginning ("Docker?", "Und Jenkins?",
   * "was ist mit Python oder Go?"); not a question of its own ("Was ist Docker?", "Go for it!").
   */
  private onlyTechnologies(tokens: readonly string[]): boolean {
    const first = tokens.indexOf(TECHNOLOGY_TOKEN);
    const lead = tokens.slice(0, first).join(' ');
    if (first > 0 && ![...this.followUps.values()].some((f) => f.has(lead))) return false;
    return tokens.slice(first).every((t) => t === TECHNOLOGY_TOKEN || this.joiningWords.has(t));
  }

  /** {@link topicHint} of the tokens outside the given spans (an aspect's words). */
  private topicHintBeside(tokens: readonly string[], spans: readonly { start: number; end: number }[]): Topic | undefined {
    return this.topicHint(tokens.filter((_, i) => !spans.some((m) => i >= m.start && i < m.end)));
  }

  /** The topic a single word names by the packs' topic words, remembered per word (keywords ask it of every word). */
  private topicOfWord(word: string): Topic | undefined {
    if (!this.wordTopics.has(word)) {
      if (this.wordTopics.size >= MEMO_WORDS) this.wordTopics.clear();
      this.wordTopics.set(word, this.topicHint([word]) ?? null);
    }
    return this.wordTopics.get(word) ?? undefined;
  }

  /**
   * What a comparison is about, from the language packs' topic words ("verdient" -> salary). A classifier
   * cannot tell: in comparisons the comparing words dominate ("who", "which", "mehr").
   */
  private topicHint(tokens: readonly string[]): Topic | undefined {
    // A draw goes to the topic listed first: "top paying jobs" is about pay.
    let best: { topic: Topic; hits: number } | undefined;
    for (const topic of this.topicPrefixes.keys()) {
      const hits = this.topicHits(tokens, topic);
      if (hits > 0 && (!best || hits > best.hits)) best = { topic, hits };
    }
    return best?.topic;
  }

  private topicHits(tokens: readonly string[], topic: Topic): number {
    const prefixes = this.topicPrefixes.get(topic) ?? [];
    return tokens.filter((t) => prefixes.some((p) => t.startsWith(p))).length;
  }

  /** Of two topics, the one more of the message's words name (see {@link topicHint}); none on a draw. */
  private topicHintBetween(tokens: readonly string[], [a, b]: readonly [Topic, Topic]): Topic | undefined {
    const [ha, hb] = [this.topicHits(tokens, a), this.topicHits(tokens, b)];
    return ha > hb ? a : hb > ha ? b : undefined;
  }

  /**
   * A word that looks like a job title in a job-title position ("ein Bäcker", "as a nurse") and is not part
   * of the in-scope vocabulary: in the user's spelling, for an honest "I don't know that one", and its tokens.
   */
  private unknownJobTitle(text: string, tokens: readonly string[], anyNoun: boolean): TitleSpan | undefined {
    let own: OwnJob | undefined;
    // Words of an aspect's phrase ("a freelance developer"): no word of a job title. Looked for once, when needed.
    let aspectWords: Set<number> | undefined;
    const aspectAt = (k: number): boolean => (aspectWords ??= new Set(this.aspectFinder.find(tokens).flatMap((m) => Array.from({ length: m.end - m.start }, (_, j) => m.start + j)))).has(k);
    // The writer's own job, kept in case no other title turns up.
    let ownTitle: TitleSpan | undefined;
    for (const pack of this.settings.packs) {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        // A known title's job noun with a word of its own before it: "a mobile developer".
        const head = this.titleHeads.has(t) || (pack.jobTitle.plural !== undefined && this.titleHeads.has(t.replace(pack.jobTitle.plural, '')));
        if (t === PLACE_TOKEN || (this.topicWords.has(t) && !head) || this.fillers.has(t) || pack.jobTitle.notOccupations.has(t) || pack.jobTitle.notTitleEndings?.test(t)) continue;
        // A job-like ending, or — when the message is a topic question ("Was verdient ein Pilot?", not "Schreib
        // mir ein Gedicht") — any capitalised noun in a language that capitalises nouns.
        // So does a follow-up of nothing but an article and a noun: "Und ein Koch?" (not "Und ein Praktikum?", an aspect).
        const followUp = !anyNoun && i === tokens.length - 1 && this.article(pack, tokens[i - 1]) && this.followUps.get(pack)!.has(tokens.slice(0, i - 1).join(' '));
        const noun = (anyNoun || followUp) && pack.jobTitle.capitalisedNouns === true && /^\p{Lu}/u.test(this.original(text, i, i + 1)) && !(followUp && aspectAt(i));
        if (!head && !pack.jobTitle.suffix.test(t) && !noun) continue;
        own ??= this.ownJob(tokens);
        // The title may have words before it: "ein IT-Berater", "a registered nurse" (up to two).
        // A qualifier may stand before the noun ("a senior pilot"), a filler may not ("ein Mensch im Durchschnitt").
        // A job noun of the known titles needs a word of its own: "a developer" names none.
        // A technology qualifies one too: "ein Python-Entwickler", "a Java developer".
        const qualifies = (k: number): boolean =>
          !(isOccupationOrPlaceMarker(tokens[k]) || pack.fillers.has(tokens[k]) || (head && (pack.jobTitle.notOccupations.has(tokens[k]) || aspectAt(k))));
        // A follow-up of nothing but a job title needs no article: "what about ios developers" (a job noun of the
        // known titles with a word of its own before it), "und Lehrer?" (a noun written as one, with a job-like
        // ending; not "and containers?"). Nor does a keyword query of a topic's name and a title ("Gehalt
        // IT-Projektmanager", "Ausbildung Mechatroniker").
        const bare = (start: number): boolean => {
          if (i !== tokens.length - 1) return false;
          if (!(head ? start < i : pack.jobTitle.capitalisedNouns === true && /^\p{Lu}/u.test(this.original(text, i, i + 1)) && pack.jobTitle.suffix.test(t))) return false;
          const before = tokens.slice(0, start).join(' ');
          return this.followUps.get(pack)!.has(before) || this.labels.has(before);
        };
        for (let start = head ? i - 1 : i; start >= Math.max(1, i - 2) && (start === i || qualifies(start)); start--) {
          if (!this.article(pack, tokens[start - 1]) && !bare(start)) continue;
          if (noun && !head && !pack.jobTitle.suffix.test(t) && pack.jobTitle.receivers?.has(tokens[start - 2])) break;
          // A second noun ending the message belongs to the title: "Was verdient ein Scrum Master?".
          const next = tokens[i + 1];
          const twoNouns = noun && i + 2 === tokens.length && next !== PLACE_TOKEN && !this.fillers.has(next) && /^\p{Lu}/u.test(this.original(text, i + 1, i + 2));
          const end = twoNouns ? i + 2 : i + 1;
          const title = { name: this.original(text, start, end), start, end };
          if (!own.has(i)) return title;
          ownTitle ??= title;
          break;
        }
      }
    }
    // "I'm a nurse, what do I earn?" asks about the own job; "… and want to switch to IT" does not.
    return own?.moving ? undefined : ownTitle;
  }

  /**
   * The related roles a question asks about: not one the writer names as their own job before asking something else
   * ("Ich bin Softwareentwickler aus der Ukraine … Wird mein Abschluss anerkannt?" asked which developer was meant).
   */
  private notOwnJob(related: Recognition['related'], tokens: readonly string[], text: string): Recognition['related'] {
    if (related.length === 0 || !text.includes('?')) return related;
    const own = this.ownJob(tokens);
    return related.filter((r) => {
      const name = this.tokens(r.name);
      const at = tokens.findIndex((_, i) => name.every((t, k) => tokens[i + k] === t));
      return at < 0 || !own.has(at);
    });
  }

  /**
   * Where the writer names their own job ("Ich arbeite als Verkäuferin", "I'm a teacher"), and whether they want
   * to leave it ("in die IT", "switch"): a title there is asked about only when no other one is.
   */
  private ownJob(tokens: readonly string[]): OwnJob {
    const joined = tokens.join(' ');
    const spans = this.ownJobs.flatMap(({ statements }) => statements.map((p) => groupTokens(p, joined, 'title'))).filter((g) => g !== undefined);
    return {
      has: (i) => spans.some((g) => i >= g.first && i <= g.last),
      moving: spans.length > 0 && this.ownJobs.some(({ moving }) => moving.test(joined)),
    };
  }

  /**
   * An article of the pack's before a job title, unless another language uses the word every day: English "an"
   * is no article in "einen Brief an meinen Vermieter", while "Was verdient a nurse?" keeps its "a".
   */
  private article(pack: LanguagePack, token: string): boolean {
    return pack.jobTitle.before.has(token) && !this.settings.packs.some((other) => other !== pack && this.everydayWordsOf.get(other)!.has(token));
  }

  /**
   * A job title in one of the language packs' occupation questions ("Wie werde ich Krankenpflegerin?", "how
   * does one become a plumber"): the words from the question's title position that can be part of a title,
   * up to the last one that looks like a job noun (a job-like ending, or a capitalised noun where nouns are).
   */
  private askedJobTitle(text: string, tokens: readonly string[]): TitleSpan | undefined {
    const joined = tokens.join(' ');
    for (const { pack, pattern, pay } of this.titleQuestions) {
      const group = groupTokens(pattern, joined, 'title');
      if (!group) continue;
      const { first: start, last } = group;
      let end = start;
      // A short word the training data knows may begin a title that another word ends ("IT-Berater", "SAP
      // Consultant"); a longer one qualifies it ("Wie wird man schnell Pilot?").
      const leading = (i: number): boolean =>
        tokens[i].length <= MAX_LEADING_WORD && this.topicWords.has(tokens[i]) && i < last && this.titleWord(pack, tokens[i + 1]);
      while (end <= last && (this.titleWord(pack, tokens[end]) || leading(end))) end++;
      // "Wie wird man schneller Entwickler?", "Wie werde ich App-Entwickler?": the title ends in a word of our own
      // occupations' names, so the words before it only qualify it; quoting "schneller" back would be absurd.
      if (end <= last && this.ownNameWord(tokens[end])) continue;
      const stop = end;
      while (end > start && !this.jobNoun(pack, text, tokens, end - 1)) end--;
      if (end > start) return { name: this.original(text, start, end), start, end };
      // "was verdient eigentlich ein fluglotse?": where nouns are capitalised, a writer who capitalises nothing
      // (a phone may capitalise the first word) gives no noun signal; a pay question then says enough: only
      // someone who works earns ("was macht eine katze" or "wie wird man reich" need no job).
      if (stop > start && pay && pack.jobTitle.capitalisedNouns && !capitalisesWords(text)) {
        return { name: this.original(text, start, stop), start, end: stop };
      }
    }
    return undefined;
  }

  /**
   * A job title on one side of a comparison whose other side is a known occupation, or in a comparison that
   * names none ("Lehrer oder Data Scientist", "a nurse or a devops engineer", "Verdient ein Bäcker mehr als ein
   * Backend Developer?", "Und im Vergleich zum Lehrer?"). A side is the word beside the joining words (past
   * `compared.between` words on the left, `compared.articles` on the right) with at most one title word before
   * it; it must look like a job by its ending or stand after an article ("ein Koch"; not "der Durchschnitt",
   * "Elon Musk"). `words` are the message's tokens, `tokens` the masked ones; `spans` maps the masked tokens back
   * to the user's words (a marker stands for a whole name).
   */
  private comparedTitle(text: string, words: readonly string[], tokens: readonly string[], spans: readonly string[]): TitleSpan | undefined {
    // Index of each masked token's first word in the user's words, for quoting the title back.
    const first: number[] = [];
    let count = 0;
    for (const span of spans) {
      first.push(count);
      count += span.split(' ').length;
    }
    // Without a known occupation, "und" more often joins two clauses than two jobs ("Ich arbeite als Verkäuferin
    // und will in die IT"), and both sides must look like jobs ("im Sommer oder im Winter" compares no jobs).
    const anyKnown = tokens.includes(OCCUPATION_TOKEN);
    for (const pack of this.settings.packs) {
      const { before, suffix, compared } = pack.jobTitle;
      const own = anyKnown ? undefined : this.ownJob(tokens);
      const isTitle = (i: number): boolean => i >= 0 && i < tokens.length && this.titleWord(pack, tokens[i]) && !this.everydayWords.has(tokens[i]) && !own?.has(i);
      // An article, not the joining "als" ("mehr als Elon Musk").
      const article = (i: number): boolean => before.has(tokens[i - 1]) && !compared.than.has(tokens[i - 1]);
      const noun = (i: number): boolean => isTitle(i) && this.jobNoun(pack, text, words, first[i]);
      // Opposite a known occupation across "oder", a noun is enough ("Koch oder Data Scientist"); after "mehr als"
      // it must look like a job by its ending or an article ("mehr als der Durchschnitt", "als Elon Musk").
      const jobLike = (i: number, loose: boolean): boolean => noun(i) && (loose || suffix.test(tokens[i]) || article(i));
      for (let j = 1; j < tokens.length - 1; j++) {
        const joins = compared.joins.has(tokens[j]) && (anyKnown || !pack.conjunctions.includes(tokens[j]));
        if (!joins && !compared.than.has(tokens[j])) continue;
        // The first side ends before the join, past words such as "mehr", "better paid", "im", a place.
        let left = j - 1;
        let comparative = false;
        while (left > 0 && j - left < 5 && (compared.between.has(tokens[left]) || compared.comparatives.has(tokens[left]) || tokens[left] === PLACE_TOKEN || this.particles.has(tokens[left]))) {
          comparative ||= compared.comparatives.has(tokens[left]);
          left--;
        }
        if (!joins && !comparative) continue;
        let right = j + 1;
        while (right < tokens.length - 1 && (compared.articles.has(tokens[right]) || compared.comparatives.has(tokens[right]))) right++;
        const rightHead = isTitle(right) && isTitle(right + 1) && jobLike(right + 1, false) ? right + 1 : right;
        // "im Vergleich zum Lehrer", "compared to a nurse": the first side may be the occupation talked about.
        const oneSided = compared.oneSided.has(tokens[j]);
        const sides = [
          { start: isTitle(left - 1) ? left - 1 : left, head: left, other: right, otherHead: rightHead },
          { start: right, head: rightHead, other: left, otherHead: left },
        ];
        for (const side of sides) {
          const known = tokens[side.other] === OCCUPATION_TOKEN;
          const otherSide = oneSided || jobLike(side.otherHead, false);
          if (anyKnown ? !known || !jobLike(side.head, joins) : !jobLike(side.head, false) || !otherSide) continue;
          return { name: this.original(text, first[side.start], first[side.head] + 1), start: side.start, end: side.head + 1 };
        }
      }
    }
    return undefined;
  }

  /**
   * A person's name in one of the packs' questions about someone's pay ("How much does Taylor Swift earn?"):
   * two or three words in the name position, each one that {@link personWord} accepts.
   */
  private personName(text: string, tokens: readonly string[]): string | undefined {
    const joined = tokens.join(' ');
    for (const pattern of this.personQuestions) {
      const group = groupTokens(pattern, joined, 'name');
      if (!group) continue;
      let end = group.first;
      while (end <= group.last && this.personWord(text, tokens, end)) end++;
      if (end - group.first >= MIN_PERSON_WORDS) return this.original(text, group.first, end);
    }
    return undefined;
  }

  /**
   * A word that may be part of a name: nothing the bot knows (a known name or place, a training or filler word),
   * and capitalised as names are (a capital, then small letters, so not "IT") — or, typed in lower case ("wie
   * viel verdient elon musk"), no everyday word of the language packs either. Words of off-topic training
   * examples may be names: "Wie viel verdient Thomas Müller?" is one of them.
   */
  private personWord(text: string, tokens: readonly string[], i: number): boolean {
    const t = tokens[i];
    if (isNameMarker(t) || this.topicWords.has(t) || this.fillers.has(t) || this.ownNameWord(t)) return false;
    return /^\p{Lu}\p{Ll}/u.test(this.original(text, i, i + 1)) || !this.everydayWords.has(t);
  }

  /**
   * A word of the known occupations' names, or its plural or inflection ("developers", "administratoren"); a
   * short name word ("be" of "BE-Dev") only as itself, or "Bezos" would inflect it.
   */
  private ownNameWord(token: string): boolean {
    if (this.nameWords.has(token)) return true;
    for (let cut = 1; cut <= NAME_ENDING && token.length - cut >= MIN_NAME_STEM; cut++) if (this.nameWords.has(token.slice(0, token.length - cut))) return true;
    return false;
  }

  /**
   * A word that may be part of a job title we do not know: not a name marker, question word or stage of life,
   * and not a word of the known names or its plural ("what do developers do" is about ours, not unknown ones).
   */
  private titleWord(pack: LanguagePack, token: string): boolean {
    const { notOccupations, notTitleEndings, plural } = pack.jobTitle;
    // The pack's own fillers: English "it" is no filler in "Wie wird man IT-Berater?".
    return !isNameMarker(token) && !this.topicWords.has(token) && !pack.fillers.has(token) && !notOccupations.has(token) && !notTitleEndings?.test(token)
      && !(plural && notOccupations.has(token.replace(plural, ''))) && !this.ownNameWord(token);
  }

  /**
   * Whether token i looks like a job noun: a job-like ending (in the singular or plural), or a capitalised noun
   * in a language that capitalises nouns.
   */
  private jobNoun(pack: LanguagePack, text: string, tokens: readonly string[], i: number): boolean {
    const { suffix, plural, capitalisedNouns } = pack.jobTitle;
    const singular = plural ? tokens[i].replace(plural, '') : tokens[i];
    const capitalised = /^\p{Lu}/u.test(this.original(text, i, i + 1));
    // Where nouns are capitalised, a writer who capitalises nouns elsewhere in the message wrote a small word
    // here on purpose: "sicherer im Programmieren" is no job, however job-like its ending.
    if (capitalisedNouns && !capitalised && capitalisesWords(text)) return false;
    return suffix.test(tokens[i]) || suffix.test(singular) || (capitalisedNouns === true && capitalised);
  }

  /** The user's own spelling of tokens [start, end), for quoting it back ("SRE", not "sre"). */
  private original(text: string, start: number, end: number): string {
    const words: string[] = [];
    let index = 0;
    for (const raw of text.split(/\s+/)) {
      const count = this.tokens(raw).length;
      if (count > 0 && index < end && index + count > start) words.push(raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
      index += count;
    }
    return words.join(' ');
  }

  /** The classifier's verdict on tokens, scored word by word (each word's scores computed once). */
  private classify(tokens: readonly string[]): Scored[] {
    const words = tokens.some((t) => t === PLACE_TOKEN || this.particles.has(t)) ? tokens.filter((t) => t !== PLACE_TOKEN && !this.particles.has(t)) : tokens;
    const norm = this.encoder.scoreWords(words, this.classifier.score, this.sums);
    return this.classifier.classifySums(this.sums, norm);
  }
}

/** Commands compare case- and space-insensitively, keeping emoji (which tokenising would drop). */
function commandKey(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
}

// A message of only thumbs (any skin tone) rates the last answer.
function thumbs(text: string): CommandKey | undefined {
  if (!text.includes('👍') && !text.includes('👎')) return undefined;
  const t = text.replace(/[\s\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, '');
  if (/^👍+$/u.test(t)) return 'feedback_up';
  if (/^👎+$/u.test(t)) return 'feedback_down';
  return undefined;
}

const HANDS = ['👋', '🙋', '✋', '🖐'];

/** Whether a message is nothing but waving or raised hands (with skin tones, gendered forms): a greeting. */
function waves(text: string): boolean {
  if (!HANDS.some((h) => text.includes(h))) return false;
  const t = text.replace(/[\s\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642!.]/gu, '');
  return t.length > 0 && /^[\u{1F44B}\u{1F64B}\u270B\u{1F590}]+$/u.test(t);
}

/** A technology a message names: its id, where its name begins in the text, and the tokens it takes. */
interface TechnologyNamed {
  id: string;
  index: number;
  start: number;
  end: number;
}

/**
 * A message's tokens with names replaced by markers; `spans[i]` is the text `tokens[i]` stands for. The ids of the
 * occupations, related roles, places and technologies named.
 */
interface Masked {
  tokens: string[];
  spans: string[];
  occupations: string[];
  related: Recognition['related'];
  places: string[];
  technologies: TechnologyNamed[];
}

/** The part of a message that decided its intent, with its masked tokens and the intents' probabilities. */
interface DecidingPart {
  part: string;
  tokens: string[];
  intents: Recognition['intents'];
}

/** Whether the writer capitalises words after the first (a phone capitalises the first one for them). */
function capitalisesWords(text: string): boolean {
  return /\s\p{Lu}/u.test(text);
}

/** Whether a piece of a message has a letter or digit (not only punctuation or emoji). */
function hasWord(piece: string): boolean {
  return /[\p{L}\p{N}]/u.test(piece);
}

/** The writer's own job in a message: which words name it, and whether they want to change jobs. */
interface OwnJob {
  has(index: number): boolean;
  moving: boolean;
}

/** A job title found in a message: the user's spelling and its tokens [start, end). */
interface TitleSpan {
  name: string;
  start: number;
  end: number;
}

/** A copy of a pattern that reports its groups' positions (the `d` flag), matching from the start. */
function withIndices(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gyd]/g, '') + 'd');
}

/** The tokens [first, last] a named group covers when the pattern runs over the tokens joined by spaces. */
function groupTokens(pattern: RegExp, joined: string, group: string): { first: number; last: number } | undefined {
  const at = pattern.exec(joined)?.indices?.groups?.[group];
  if (!at) return undefined;
  // Tokens hold no spaces: the group's words are counted by the spaces before and inside it.
  const first = countSpaces(joined, 0, at[0]);
  return { first, last: first + countSpaces(joined, at[0], at[1]) };
}

/** How many spaces text[from, to) holds. */
function countSpaces(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** How an aspect's phrase says "any occupation" (knowledge/aspects.yaml): "how many <occupation> are there". */
export const OCCUPATION_PLACEHOLDER = '<occupation>';
/** How an aspect's phrase says "any number": "nach <number> Jahren". */
const NUMBER_PLACEHOLDER = '<number>';
const PLACEHOLDERS = new RegExp(`(${OCCUPATION_PLACEHOLDER}|${NUMBER_PLACEHOLDER})`);

/** Stands for each word of a place name; tokenising never yields it (not a letter or digit). */
const PLACE_TOKEN = '#place';

/** A number on its own ("mit 5 Jahren Erfahrung"): it qualifies the phrase beside it and asks nothing. */
const NUMBER = /^\d+$/u;

/** A pack field of patterns by kind (`botQuestions`, `answerRequests`), of all packs, as one list to try in order. */
function patternsByKind<K extends string>(packs: readonly LanguagePack[], field: (pack: LanguagePack) => Readonly<Record<K, readonly RegExp[]>>): { kind: K; pattern: RegExp }[] {
  return packs.flatMap((pack) => (Object.entries(field(pack)) as [K, readonly RegExp[]][]).flatMap(([kind, patterns]) => patterns.map((pattern) => ({ kind, pattern }))));
}

/** A placeholder for a name: an occupation's, a place's or a technology's. */
function isNameMarker(token: string): boolean {
  return isOccupationOrPlaceMarker(token) || token === TECHNOLOGY_TOKEN;
}

/** A placeholder for an occupation's or a place's name: what a follow-up may consist of, unlike a technology's. */
function isOccupationOrPlaceMarker(token: string): boolean {
  return token === OCCUPATION_TOKEN || token === PLACE_TOKEN;
}

function withoutNames(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !isNameMarker(t));
}

/** The names plus their spellings without umlaut dots ("Munchen" beside "München", which folds to "muenchen"). */
function withoutUmlautDots(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.replace(/[äöü]/gi, (c) => c.normalize('NFD')[0])]))];
}

// How often a word must occur in the training data to be taken for a plain word (never part of a name).
const PLAIN_WORD_MIN_COUNT = 3;
// A word beginning with a name word at least this long is an inflection of it ("developers"), never plain.
const MIN_NAME_STEM = 4;
// Words joined into a place name must each be this long: "tell us a bit" must not be "USA", "wie'n" not "Wien".
const MIN_JOINED_WORD = 3;
// A person's name in a pay question has at least this many words: one capitalised word is any German noun.
const MIN_PERSON_WORDS = 2;
// Letters a plural or inflection adds to a name word ("developers", "administratoren").
const NAME_ENDING = 3;
/** Clause ends inside a message: punctuation followed by a space or the end (not the dot in an address). */
const CLAUSE_PUNCTUATION = /[,.;:!?]+(?=\s|$)/u;
/** Words of a name after a sign-off ("K. Weber"). */
const MAX_NAME_TOKENS = 3;
/** Words of a bare answer to "which occupation?" ("und ein Lehrer"): a longer message says more. */
const MAX_BARE_TITLE_TOKENS = 3;
// A request about the last answer is a few words ("kannst du mir das bitte etwas genauer erklären"); a longer
// message asks something of its own, and the patterns need not be tried.
const MAX_REQUEST_TOKENS = 10;
/** At most this many requests in one message ("Das verstehe ich nicht. Einfacher bitte."). */
const MAX_REQUEST_CLAUSES = 3;
/** The most tokens a narrower follow-up has (see {@link Recognition.keywords}). */
const MAX_FOLLOW_UP_TOKENS = 16;
// Shorter words are mostly function words ("man", "das", "how") the everyday lists do not all hold.
const MIN_KEYWORD_LENGTH = 4;
// Of about 4 000 training utterances, a word in 20 or more is a way of asking ("braucht" 29, "need" 64, "gehalt" 30),
// one in fewer is what is asked about ("studium" 15, "abitur" 4).
const ASKING_WORD_MIN_COUNT = 20;
// A sentence ends in . ! ? (or several), followed by a space: "3.5" and "z.B." do not end one ("z. B." does,
// which only makes "B. …" a sentence of its own).
const SENTENCE_END = /(?<=[.!?])\s+/u;

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/** Where a message's sentences (at ., ! or ? before a space) stand, those with a word in them. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((s) => hasWord(text.slice(s.start, s.end)));
}

/** A message's sentences (at ., ! or ? before a space), those with a word in them (as {@link sentenceSpans}, cheaper). */
function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).filter(hasWord);
}

/**
 * The ids of the technologies a message asks about, each once, in text order: in its questions when it has
 * several sentences ("Ich kann schon Python. Was muss ich noch lernen?" asks nothing about Python).
 */
function technologiesAsked(text: string, named: readonly TechnologyNamed[]): string[] | undefined {
  if (named.length === 0) return undefined;
  const sentences = sentenceSpans(text);
  const questions = sentences.length > 1 ? sentences.filter((s) => endsAsQuestion(text.slice(s.start, s.end))) : [];
  const asked = questions.length > 0 ? named.filter((t) => questions.some((q) => t.index >= q.start && t.index < q.end)) : named;
  return asked.length > 0 ? [...new Set(asked.map((t) => t.id))] : undefined;
}

function endsAsQuestion(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?');
}

/** Words before the first punctuation, and a rest with a letter or digit: "I see, thanks" -> "I see", "thanks". */
const ACKNOWLEDGED_LEAD = /^([^,.;:!?–—-]+)[,.;:!–—-]+\s+(.*[\p{L}\p{N}].*)$/su;
/** Longer than this, a message says something beyond "ok, alles klar, verstehe". */
const MAX_ACKNOWLEDGEMENT_TOKENS = 6;
// Acknowledgements this short ("ok", "alles klar", "got it") may be either language's; longer ones show their own.
const MAX_NEUTRAL_ACKNOWLEDGEMENT_TOKENS = 2;
// An unknown job title is tried out when a topic had at least this share of the threshold without it.
const TITLE_RETRY = 0.5;
// A known word beginning an unknown title is an abbreviation such as "IT" or "SAP".
const MAX_LEADING_WORD = 3;
// The asking sentence of a long message overrules a whole that is less sure than this, when it is this sure of
// another intent (8 training seeds: held-out +0.1 point each, the fresh sixth part unchanged).
const SURE_ENOUGH = 0.8;
/** Words whose topic is remembered (see topicOfWord); beyond it the memo starts again. */
const MEMO_WORDS = 20_000;
/** The longest "welcher mehr?" that points back at two (see pointsWhich). */
const MAX_WHICH_TOKENS = 4;
// "und was ist der Unterschied": a longer message asks how something in particular differs.
const MAX_DIFFERENCE_TOKENS = 5;
/** Topics whose words may stand in such a question: not employers or openings, which name things to compare. */
const WHICH_TOPICS: ReadonlySet<Topic> = new Set(['salary', 'education', 'skills', 'duties', 'outlook', 'application']);
/** Below this a topic the classifier reads in a message naming no occupation yields to a question about the bot. */
const BOT_QUESTION_OVER = 0.6;
/** Intents that are politeness only: around a question they ask nothing. */
const POLITE_INTENTS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye']);
/** Intents of a clause that leads in to a question beside it: politeness, or asking the bot for help ("Kannst du mir sagen, …"). */
const LEAD_IN_INTENTS: ReadonlySet<string> = new Set([...POLITE_INTENTS, 'help']);
// A part of a message counts as its own question when its topic is at least this likely.
const MULTI_TOPIC_MIN = 0.6;
// Two topics are "close" when the better one is below this and the other within the margin.
const AMBIGUOUS_BELOW = 0.7;
const AMBIGUITY_MARGIN = 0.25;

/** The two best topics when neither is clearly ahead but together they are plausible. */
function ambiguity(intents: readonly { intent: IntentName; score: number }[], threshold: number): [Topic, Topic] | undefined {
  const [first, second] = intents;
  if (!first || !second || !isTopic(first.intent) || !isTopic(second.intent)) return undefined;
  if (first.score >= AMBIGUOUS_BELOW || first.score - second.score > AMBIGUITY_MARGIN || first.score + second.score < threshold) return undefined;
  return [first.intent, second.intent];
}

/** A folded word as a pattern matching it written with umlauts or ß too ("erklaeren": "erklären"). */
function unfolded(word: string): string {
  return word.replace(/ae/g, '(?:ae|ä)').replace(/oe/g, '(?:oe|ö)').replace(/ue/g, '(?:ue|ü)').replace(/ss/g, '(?:ss|ß)');
}
