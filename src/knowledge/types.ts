import type { FormalKey } from '../address';
import type { Language } from '../language';

/** The topics every occupation answers (or explicitly marks as not covered). */
export const TOPICS = ['overview', 'duties', 'education', 'skills', 'salary', 'workplaces', 'outlook', 'application', 'jobs'] as const;
export type Topic = (typeof TOPICS)[number];

/** Type guard for a topic name. */
export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

export type Localized = Readonly<Record<Language, string>>;

/**
 * A text that addresses the reader: per language, and for a language with two forms of address also the formal
 * variant (`de_formal`: "Sie" where the text says "du"). See {@link ../address}.
 */
export type ReaderText = Localized & Readonly<Partial<Record<FormalKey, string>>>;

/** `{name}` placeholders in knowledge and bot texts (figure names, bot text variables). */
export const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** Where a fact comes from: a seed page of the project or a public URL, with the date it was valid. */
export interface Source {
  readonly key: string;
  readonly seed?: string;
  readonly url?: string;
  readonly title: string;
  /** The date the source gives for its facts: YYYY-MM-DD, YYYY-MM, or `undated`. */
  readonly asOf: string;
  /** When an undated source was read (YYYY-MM-DD or YYYY-MM). */
  readonly retrieved?: string;
}

/** A pay figure exactly as the source states it; never computed. */
export interface Figure {
  readonly kind: 'average' | 'median' | 'entry' | 'range';
  readonly amount?: number;
  readonly min?: number;
  readonly max?: number;
  readonly currency: 'EUR' | 'USD';
  readonly period: 'year' | 'month' | 'hour';
  readonly basis: 'gross' | 'net' | 'unspecified';
  /** ISO country code (optionally with a region); figures outside DE are labelled with their country. */
  readonly region: string;
  /** The year the figure refers to, or `unknown` when the source does not say. */
  readonly year: number | 'unknown';
  /** What the figure covers, in the source's words (e.g. entry level with a master's degree). */
  readonly covers?: Localized;
  /** Pay during an apprenticeship, not of people in the job: comparisons list it after their pay. */
  readonly apprenticeship?: boolean;
  readonly source: Source;
}

export type TopicEntry =
  | { readonly covered: true; readonly text: ReaderText; readonly sources: readonly Source[]; readonly figures: Readonly<Record<string, Figure>> }
  | {
      readonly covered: false;
      readonly text?: ReaderText;
      /** Topics the text offers instead ("Gern erzähle ich dir aber, wo … arbeiten"): suggested first; a "ja" answers them. */
      readonly offers?: readonly Topic[];
    };

export interface Occupation {
  readonly id: string;
  readonly title: Localized;
  readonly synonyms: Readonly<Record<Language, readonly string[]>>;
  /** Related, often confused roles (SRE for DevOps Engineer): recognised, answered with a note. */
  readonly related: Readonly<Record<Language, readonly string[]>>;
  /** Names of the occupation's field ("Data Science"); they name it only where no other occupation is named. */
  readonly fields: Readonly<Record<Language, readonly string[]>>;
  readonly topics: Readonly<Record<Topic, TopicEntry>>;
}

/** What a question about the bot itself asks: whether it is a person, where its answers come from, for a person to talk to, how it is. */
export type BotQuestion = 'nature' | 'sources' | 'human' | 'complaint' | 'wellbeing';

/** What a message asks of the last answer itself: to be shorter ("kürzer bitte"), more ("mehr dazu") or simpler ("was meinst du damit?"). */
export type AnswerRequest = 'shorter' | 'more' | 'simpler';

export type BotTextKey =
  | 'welcome' | 'greeting' | 'help' | 'thanks' | 'acknowledged' | 'acknowledged_no_context' | 'goodbye' | 'fallback' | 'fallback_in_context' | 'ask_occupation'
  | 'ask_occupation_again' | 'occupation_list' | 'not_covered' | 'empty_message' | 'attachment_only' | 'error' | 'sources_label' | 'sources_label_many' | 'as_of'
  | 'pay_range' | 'list_and' | 'list_or' | 'related_note' | 'related_choice' | 'unknown_occupation' | 'unknown_person' | `about_bot_${BotQuestion}` | 'compare_header'
  | 'compare_needs_two' | 'compare_caveat' | 'undated' | 'privacy_notice' | 'delete_confirm' | 'delete_cancelled'
  | 'data_deleted' | 'address_changed' | 'on_behalf_note' | 'feedback_thanks' | 'feedback_nothing' | 'clarify_topic' | 'fallback_repeat' | 'place_not_covered'
  | 'aspect_not_covered' | 'aspect_uncovered' | 'aspect_not_covered_general' | 'aspect_note' | 'aspect_note_again' | 'aspect_covered_note' | 'aspect_covered_note_again' | 'no_reason' | 'no_verdict' | 'no_verdict_figures' | 'brief_note' | 'simpler_note' | 'not_shorter' | 'not_simpler' | 'more_in_sources' | 'more_nothing' | 'more_button' | 'language_kept' | 'quotes_about' | 'nothing_narrower' | 'compare_unknown_note' | 'compare_no_ranking' | 'compare_no_ease_ranking' | 'unknown_beside_note' | 'place_figures_in' | 'place_not_covered_for' | 'place_general' | 'place_not_covered_again' | 'place_not_covered_for_again' | 'place_general_again' | 'no_fit_judgement' | 'no_fit_judgement_reasons' | 'fit_reason_mention' | 'fit_note'
  | 'technology_quotes' | 'technology_not_named' | 'technology_others_not_named' | 'technology_occupations' | 'technology_nowhere' | 'technology_one_occupation' | 'quote';

/** Buttons whose labels are commands rather than questions. */
export type CommandKey = 'feedback_up' | 'feedback_down' | 'confirm_yes' | 'confirm_no';

export type FigureLabelKey = Figure['kind'] | Figure['period'] | 'unknown_year' | 'fact_region' | 'fact_year' | 'fact_covers';

export interface BotTexts {
  readonly texts: Readonly<Record<BotTextKey, ReaderText>>;
  readonly topics: Readonly<Record<Topic, { readonly label: Localized; readonly followUps: readonly Topic[] }>>;
  /** Example questions offered as buttons, in the visitor's words: worded to address nobody, for "du" and "Sie" alike. */
  readonly examples: Readonly<Record<Language, readonly string[]>>;
  readonly figureLabels: Readonly<Record<FigureLabelKey, Localized>>;
  readonly commands: Readonly<Record<CommandKey, Localized>>;
}

/** A place users name in questions ("in München"): figures answer for it only when their region is its region. */
export interface Place {
  readonly id: string;
  /** ISO 3166 code: a country (AT) or a German state (DE-BY); a city has its state's code. */
  readonly region: string;
  /** How the bot writes it after "für" / "for" ("die Schweiz", "the US"). */
  readonly name: Localized;
  /** Every spelling recognised: the names and the aliases. */
  readonly spellings: readonly string[];
}

/**
 * Something visitors ask about that the sources do not cover (remote work, net pay): the bot says so rather
 * than answer the nearest topic.
 */
export interface Aspect {
  readonly id: string;
  /** How the bot names it after "Zu" / "on". */
  readonly name: Localized;
  /** What visitors write, every language's together (a trailing `*` matches any ending). */
  readonly phrases: readonly string[];
  /** Phrases that contain one of `phrases` but mean something else ("Remote Access"). */
  readonly exceptions: readonly string[];
  /** The aspect counts only in questions about these topics (empty: any); "Berufserfahrung" qualifies pay. */
  readonly askedWith: readonly Topic[];
  /** Topics whose answer still helps, after a note that the aspect is not covered. */
  readonly noteWith: readonly Topic[];
  /** Per occupation id, the topics whose text does say something about it. */
  readonly coveredIn: ReadonlyMap<string, readonly Topic[]>;
  /** The phrases are names (employers): a message is also classified without them (see the schema). */
  readonly names: boolean;
}

/**
 * A technology visitors ask about by name ("Brauche ich SQL?"): a question about it is answered with what the
 * occupation's own texts say about it. Holds no facts itself.
 */
export interface Technology {
  readonly id: string;
  /** How the bot writes it. */
  readonly name: string;
  /** How it is written in messages and in the texts; compared whole. */
  readonly phrases: readonly string[];
  /** The phrases whose case must match ("Go", "R": "go" and "r" are everyday words; "golang" is not). */
  readonly matchCase: readonly string[];
}

/** Everything the bot knows, validated and immutable. */
export interface KnowledgeBase {
  readonly occupations: ReadonlyMap<string, Occupation>;
  readonly bot: BotTexts;
  /** Places recognised in questions, by id (empty without a places file). */
  readonly places: ReadonlyMap<string, Place>;
  /** Aspects no source covers, by id (empty without an aspects file). */
  readonly aspects: ReadonlyMap<string, Aspect>;
  /** Technologies asked about by name, by id (empty without a technologies file). */
  readonly technologies: ReadonlyMap<string, Technology>;
}
