import { deepFreeze } from '../deep-freeze';
import { LANGUAGES, type Language } from '../language';
import { PLACEHOLDER, TechnologyFinder, TOPICS, type Aspect, type BotQuestion, type BotTextKey, type CommandKey, type Figure, type KnowledgeBase, type Occupation, type Place, type Source, type Technology, type Topic, type TopicEntry } from '../knowledge';
import type { Keyword } from '../nlu';
import { foldWord, tokenize } from '../nlu/normalize';
import { fill, formatDate, formatFigure, formatFigureParts, HOME_COUNTRY, joinList, regionName } from './format';

/** A button the user can click instead of typing; `value` is sent back as if typed. */
export interface Suggestion {
  title: string;
  value: string;
}

/** Occupations side by side on one topic: what a channel with cards shows as columns. */
export interface Comparison {
  topic: string;
  /** The comparison's first line ("Backend Developer und Frontend Developer im Vergleich – Gehalt:"). */
  header: string;
  /** Said before the comparison, e.g. that its figures are not for the place asked about. */
  note?: string;
  /** Per occupation its lines and its sources with their label ("Quellen: [1] …"), or '' when not covered. */
  columns: { title: string; lines: string[]; sources: string }[];
  caveat?: string;
}

/** A source as cards show it: its title, link and localized date ("Stand 22.11.2026"). */
export interface SourceRef {
  title: string;
  url?: string;
  date: string;
}

/** One figure exactly as sourced, formatted: "Durchschnitt" / "47.700 € pro Jahr" plus region, year, source. */
export interface FigureFacts {
  kind: Figure['kind'];
  /** The localized kind, e.g. "Durchschnitt". */
  label: string;
  /** Amount (or range) and period, e.g. "47.700 € pro Jahr". */
  value: string;
  /** Named facts about the figure, in display order (region, year, what it covers, source). */
  facts: { title: string; value: string }[];
}

/** A knowledge answer in structured form, for channels that show cards; the reply's text says the same in prose. */
export interface TopicAnswer {
  /** Occupation and topic, e.g. "Backend Developer – Gehalt". */
  title: string;
  /** Said before the answer, e.g. that a related role was named. */
  note?: string;
  /** The answer's prose with its figures formatted. */
  body: string;
  figures: FigureFacts[];
  /** Heading of the sources block. */
  sourcesLabel: string;
  sources: SourceRef[];
  /** The title and every figure with its marks in one line: what a card channel shows beside the card. */
  summary: string;
}

/** A channel-neutral reply: text in one language plus suggested follow-ups. Channels render it. */
export interface Reply {
  language: Language;
  text: string;
  suggestions: Suggestion[];
  /** Structured form of a comparison, for channels that show cards; `text` says the same in prose. */
  comparison?: Comparison;
  /** Structured form of knowledge answers (one per answered topic), for channels that show cards. */
  answers?: TopicAnswer[];
  /** The occupations offered as buttons, by id in their order: "der zweite" picks one of them. */
  occupationButtons?: readonly string[];
}

/** The order pay figures are compared in: a yearly salary is not set between monthly apprentice pay. */
const PERIOD_ORDER: readonly Figure['period'][] = ['year', 'month', 'hour'];
// Sentences shown per occupation when topics other than pay are compared, and of an answer asked shorter.
const COMPARE_SENTENCES = 2;
// The topics whose texts say what a job asks of someone: where a strength or interest is looked for. Not the way in,
// whose words are mostly names of degrees and courses ("coding bootcamp").
const FIT_REASON_TOPICS: readonly Topic[] = ['duties', 'skills'];
// A word named for more than this share of the occupations tells little about which one suits.
const MAX_FIT_REASON_SHARE = 0.5;
// Words this short share their beginning with many others: only their own endings count as their forms.
const SHORT_WORD = 6;
// How much longer than a word a form of it may be ("Mathe", "Mathematik"): more is a compound of its own.
const MAX_FORM_LETTERS = 5;
/** Sentences quoted from the last answer for a narrower question about it: enough to answer, short of the whole. */
const QUOTED_SENTENCES = 3;
/** Topics offered as buttons when the bot could not answer the question asked about an occupation. */
const OFFERED_TOPICS: readonly Topic[] = ['overview', 'salary', 'education', 'jobs'];
/** What to offer after an acknowledgement, in this order: the questions visitors ask most. */
const ACKNOWLEDGED_TOPICS: readonly Topic[] = ['salary', 'education', 'jobs', 'duties'];
/**
 * Where an occupation's texts are searched for a technology asked about by name, in this order. Not pay and not the
 * job market: their sentences name technologies in job titles and ads ("Java-Entwickler verdienen …"), which says
 * nothing about needing one.
 */
const TECHNOLOGY_TOPICS: readonly Topic[] = ['skills', 'duties', 'education', 'overview', 'workplaces', 'outlook', 'application'];
/** Sentences quoted per occupation for technologies asked about: enough for an answer, short of the whole text. */
const TECHNOLOGY_QUOTES = 3;
/** The note before an aspect's answer, by coverage: first, and right after that answer (pointing back to it). */
const ASPECT_NOTES = {
  covered: ['aspect_covered_note', 'aspect_covered_note_again'],
  'not-covered': ['aspect_note', 'aspect_note_again'],
} as const satisfies Record<string, readonly [BotTextKey, BotTextKey]>;
/** The notes on a place the answer says nothing about; each has an `_again` form pointing back to the last answer. */
const PLACE_NOTES = ['place_general', 'place_not_covered', 'place_not_covered_for'] as const;
/** Topics whose answer may differ by place: a question about one in a place gets a note when the text does not name it. */
const PLACE_TOPICS: readonly Topic[] = ['workplaces', 'outlook', 'jobs', 'education'];

/**
 * Turns knowledge into replies in the user's language. Every figure comes from the knowledge base and
 * is formatted per locale; nothing is computed or estimated here.
 */
export class AnswerComposer {
  // Topic answers are most replies and depend only on the knowledge (fixed for this composer), the
  // arguments and the year (a figure's age mark); formatting them anew each turn was a tenth of a turn's CPU.
  private readonly topicCache = new Map<string, Reply>();

  private readonly technologyFinder: TechnologyFinder;
  /**
   * Per occupation, language and year (figures in the texts carry it, as in {@link topicCache}): the sentences of its
   * texts that name any technology. Several lookups a turn would otherwise render and search every text again.
   */
  private readonly technologyIndex = new Map<string, readonly TechnologySentence[]>();

  constructor(private readonly kb: KnowledgeBase) {
    this.technologyFinder = new TechnologyFinder(kb.technologies.values());
  }

  /** The occupation's answer on a topic, with its sources and follow-up topics. The reply is frozen: copy it to change it. */
  topic(occupationId: string, topic: Topic, language: Language): Reply {
    const key = `${occupationId}\n${topic}\n${language}\n${new Date().getUTCFullYear()}`;
    let reply = this.topicCache.get(key);
    if (!reply) {
      reply = deepFreeze(this.composeTopic(occupationId, topic, language));
      this.topicCache.set(key, reply);
    }
    return reply;
  }

  private composeTopic(occupationId: string, topic: Topic, language: Language): Reply {
    const occupation = this.occupation(occupationId);
    const entry = occupation.topics[topic];
    const suggestions = this.topicSuggestions(this.kb.bot.topics[topic].followUps, language);
    if (!entry.covered) {
      const offered = entry.offers ? this.topicSuggestions(entry.offers, language) : [];
      return { language, text: this.notCovered(occupation, topic, language), suggestions: [...offered, ...suggestions.filter((s) => !offered.some((o) => o.value === s.value))] };
    }
    const body = this.renderText(occupation, topic, language);
    const text = `${body}\n\n${this.sourcesLabel(entry.sources, language)}: ${this.sourceList(entry.sources, language)}`;
    return { language, text, suggestions, answers: [this.topicAnswer(occupation, topic, body, language)] };
  }

  /** Whether the sources say something on the topic for the occupation. */
  covers(occupationId: string, topic: Topic): boolean {
    return this.occupation(occupationId).topics[topic].covered;
  }

  /** The topics an occupation's text on a topic it does not answer offers instead, if any (see {@link TopicEntry}). */
  offers(occupationId: string, topic: Topic): Topic[] | undefined {
    const entry = this.occupation(occupationId).topics[topic];
    return !entry.covered && entry.offers ? [...entry.offers] : undefined;
  }

  /** What to say before an answer when the user named a related role (SRE) instead of the occupation. */
  relatedNote(name: string, occupationId: string, language: Language): string {
    return this.say('related_note', language, { name, occupation: this.occupation(occupationId).title[language] });
  }

  /** What to say before answering for the known side of a comparison whose other side the bot does not know. */
  compareUnknownNote(name: string, occupationId: string, language: Language): string {
    return this.say('compare_unknown_note', language, { name, occupation: this.occupation(occupationId).title[language] });
  }

  /** What to say before the answers to the other questions of a message when one asked about a title the bot does not know. */
  unknownBesideNote(name: string, occupationIds: readonly string[], language: Language): string {
    const titles = [...new Set(occupationIds)].map((id) => this.occupation(id).title[language]);
    return this.say('unknown_beside_note', language, { name, occupations: joinList(titles, this.kb.bot.texts.list_and[language]) });
  }

  /**
   * What to say before a pay answer (one occupation's or a comparison) when the user named a place: that the
   * figures of an occupation are not for it, and where they are from. Nothing for other topics (their figures
   * illustrate the text, which names its own places), and nothing when every occupation has a figure for the place.
   * `again`: the note right after that answer ("Und in München?"), pointing back to it instead of coming before it.
   */
  placeNote(placeId: string, occupationIds: readonly string[], topic: Topic, language: Language, again = false): string | undefined {
    const key = (k: (typeof PLACE_NOTES)[number]): BotTextKey => (again ? `${k}_again` : k);
    const place = this.kb.places.get(placeId);
    if (!place) return undefined;
    if (topic !== 'salary') {
      // Where the jobs are, who hires, the prospects and the way in differ by place: say when the answer that
      // follows does not speak of it ("Jobs als DevOps Engineer in Berlin"). The pay has figures with regions.
      // The texts are about work in Germany: "in Deutschland" asks nothing they leave open.
      if (!PLACE_TOPICS.includes(topic) || place.region === HOME_COUNTRY) return undefined;
      const spellings = [place.name.de, place.name.en, ...place.spellings].map((n) => n.toLowerCase());
      const mentions = (id: string): boolean => {
        const entry = this.occupation(id).topics[topic];
        const text = `${entry.text?.de ?? ''} ${entry.text?.en ?? ''}`.toLowerCase();
        return spellings.some((n) => text.includes(n));
      };
      return occupationIds.some(mentions) ? undefined : this.say(key('place_general'), language, { place: place.name[language] });
    }
    // A city carries its state's code and comes after its state (places.yaml), so a figure with that code is the
    // state's or another city's (talent.io's München figures are not Nürnberg's): for a city only a figure naming
    // it counts. A figure naming another place (München) is not the state's either.
    const places = [...this.kb.places.values()];
    const city = places.slice(0, places.indexOf(place)).some((p) => p.region === place.region);
    const names = (f: Figure, p: Place): boolean => f.covers !== undefined && LANGUAGES.some((l) => f.covers![l].includes(p.name[l]));
    const forPlace = (f: Figure): boolean =>
      names(f, place) ||
      (!city && (f.region === place.region || f.region.startsWith(`${place.region}-`)) && !places.some((p) => p !== place && p.region.startsWith(place.region) && names(f, p)));
    const figuresOf = (id: string, t: Topic): Figure[] => {
      const entry = this.occupation(id).topics[t];
      return entry.covered ? Object.values(entry.figures) : [];
    };
    // The occupations whose pay figures are all for elsewhere; in a comparison the note names them, since the
    // other one's list does have a figure for the place.
    const lacking = occupationIds.filter((id) => {
      const figures = figuresOf(id, topic);
      return figures.length > 0 && !figures.some(forPlace);
    });
    if (lacking.length === 0) return undefined;
    const regions = [...new Set(lacking.flatMap((id) => figuresOf(id, topic)).map((f) => f.region.slice(0, 2)))].map((code) => this.countryName(code, language));
    const values = { place: place.name[language], regions: joinList(regions, this.kb.bot.texts.list_and[language]) };
    const note = lacking.length < occupationIds.length
      ? this.say(key('place_not_covered_for'), language, { ...values, occupations: joinList(lacking.map((id) => this.occupation(id).title[language]), this.kb.bot.texts.list_and[language]) })
      : this.say(key('place_not_covered'), language, values);
    // "No figures for München" must not hide the ones another section of the occupation has.
    const pointers = lacking.flatMap((id) => {
      const sections = TOPICS.filter((t) => t !== topic && figuresOf(id, t).some(forPlace));
      if (sections.length === 0) return [];
      const topics = joinList(sections.map((t) => this.label(t, language)), this.kb.bot.texts.list_and[language]);
      return [this.say('place_figures_in', language, { place: place.name[language], occupation: this.occupation(id).title[language], topics })];
    });
    return [note, ...pointers].join(' ');
  }

  /** The reply with notes said first, in its text and on its cards. */
  withNotes(reply: Reply, notes: readonly (string | undefined)[]): Reply {
    const said = notes.filter((n): n is string => !!n);
    if (said.length === 0) return reply;
    const note = said.join(' ');
    return {
      ...reply,
      text: `${said.join('\n\n')}\n\n${reply.text}`,
      ...(reply.answers && { answers: reply.answers.map((a) => ({ ...a, note: a.note ? `${a.note} ${note}` : note })) }),
      ...(reply.comparison && { comparison: { ...reply.comparison, note } }),
    };
  }

  /** An aspect no source covers, by id: what the dialogue decides with (which topics still help or cover it). */
  aspect(id: string): Aspect | undefined {
    return this.kb.aspects.get(id);
  }

  /**
   * Said before asking which occupation a question is about when it named an aspect that no occupation's text
   * covers ("Wird mein Abschluss aus Indien anerkannt?"): the answer to come cannot speak to it, whichever is picked.
   */
  uncoveredNote(aspectId: string, topic: Topic, language: Language): string | undefined {
    const aspect = this.kb.aspects.get(aspectId);
    if (!aspect || aspect.coveredIn.size > 0 || (aspect.askedWith.length > 0 && !aspect.askedWith.includes(topic))) return undefined;
    return this.say('aspect_uncovered', language, { aspect: this.aspectName(aspectId, language) });
  }

  /**
   * Something no source covers: says so for the occupations asked about (or in general, offering the known
   * occupations) and lists what the bot can tell instead.
   */
  aspectNotCovered(aspectId: string, occupationIds: readonly string[], language: Language): Reply {
    const aspect = this.aspectName(aspectId, language);
    if (occupationIds.length === 0) return this.offerOccupations('aspect_not_covered_general', language, { aspect });
    const occupation = joinList(occupationIds.map((id) => this.occupation(id).title[language]), this.kb.bot.texts.list_and[language]);
    return { language, text: this.say('aspect_not_covered', language, { aspect, occupation, topics: this.allTopicLabels(language) }), suggestions: this.topicSuggestions(OFFERED_TOPICS, language) };
  }

  /**
   * Said before the answers given to a question about an aspect: `covered`, the occupation's text on the topic
   * says a little about it; `not-covered`, nothing does, but the topics still help ("netto": the gross pay).
   */
  aspectNote(aspectId: string, topics: readonly Topic[], language: Language, coverage: 'covered' | 'not-covered', again = false): string {
    const topic = joinList(topics.map((t) => this.label(t, language)), this.kb.bot.texts.list_and[language]);
    return this.say(ASPECT_NOTES[coverage][again ? 1 : 0], language, { aspect: this.aspectName(aspectId, language), topic });
  }

  /** "warum?" after a topic's answer or comparison: reasons only where the sources give them, which that answer quotes. */
  noReason(occupationIds: readonly string[], topic: Topic, language: Language): Reply {
    const occupation = joinList(occupationIds.map((id) => this.occupation(id).title[language]), this.kb.bot.texts.list_and[language]);
    const text = this.say('no_reason', language, { occupation, topic: this.label(topic, language) });
    return this.noteOnly(text, topic, language);
  }

  /**
   * "also wer jetzt?" right after a comparison, or the same comparison asked again: no verdict — what the sources say
   * about each is in that answer, and figures of different sources are only partly comparable.
   */
  noVerdict(occupationIds: readonly string[], topic: Topic, language: Language): Reply {
    const occupations = joinList(occupationIds.map((id) => this.occupation(id).title[language]), this.kb.bot.texts.list_and[language]);
    const text = this.say(topic === 'salary' ? 'no_verdict_figures' : 'no_verdict', language, { occupations, topic: this.label(topic, language) });
    return this.noteOnly(text, topic, language);
  }

  /**
   * The start of an occupation's answer on a topic — its first sentences, the figures they name, all its sources —
   * for "kürzer bitte" or, `simpler`, for "was meinst du damit?"; undefined when that start is the whole answer.
   * A button asks for the whole.
   */
  brief(occupationId: string, topic: Topic, language: Language, simpler = false): Reply | undefined {
    const answer = this.topic(occupationId, topic, language).answers?.[0];
    if (!answer) return undefined;
    const body = firstSentences(answer.body, COMPARE_SENTENCES);
    if (body.length >= answer.body.length) return undefined;
    const note = this.say(simpler ? 'simpler_note' : 'brief_note', language, { more: this.say('more_button', language) });
    const entry = this.coveredEntry(this.occupation(occupationId), topic);
    const named = Object.values(entry.figures).filter((f) => body.includes(formatFigureParts(f, language, this.kb.bot.texts).amount));
    const figures = named.map((f) => this.figureFacts(f, language));
    const summary = figures.length > 0 ? `${answer.title}: ${figures.map((f) => f.summary).join('; ')}` : answer.title;
    return this.partOfAnswer(occupationId, topic, language, `${note}\n\n${body}`, { note, body, figures: figures.map(({ summary: _, ...f }) => f), summary });
  }

  /**
   * A narrower question right after an occupation's answer on a topic ("Braucht man dafür Abitur?" after the
   * education): the sentences of that answer naming the words asked about, at most {@link QUOTED_SENTENCES} in text
   * order, with all its sources and a button for the whole; `null` when some word asked about is named by none (the
   * answer does not speak to the question: "Wie lange dauert die Probezeit?" after the way in); undefined when the
   * answer is too short to narrow, or when the words it names are named by most of its sentences (the whole answer is
   * about them: "braucht man ein Studium?" after the way in). A word said in other words (see {@link Keyword.said})
   * that most sentences speak to counts by its own forms only ("Jahr" is in most sentences of a way in, "dauern" not).
   */
  quotedAbout(occupationId: string, topic: Topic, keywords: readonly Keyword[], language: Language): Reply | null | undefined {
    const answer = this.topic(occupationId, topic, language).answers?.[0];
    const sentences = answer ? splitSentences(answer.body) : [];
    // "How long is the training?" after the training: "training" names the answer's topic beside a thing asked in other
    // words ("how long"), which narrows it. Alone it still does: "Wann muss ich mich bewerben?", "Ist das brutto?".
    const asked = keywords.some((k) => k.said && k.names !== topic) ? keywords.filter((k) => k.names !== topic) : keywords;
    if (!answer || sentences.length <= COMPARE_SENTENCES || asked.length === 0) return undefined;
    const words = sentences.map((s) => tokenize(foldWord(s)));
    const tellingAt = Math.max(1, Math.floor(sentences.length / 2));
    const count = (h: readonly boolean[]): number => h.filter(Boolean).length;
    const found = (keyword: Keyword, ownForms: boolean): boolean[] => words.map((ws) => ws.some((w) => (ownForms ? sameWord(keyword.word, w) : speaksTo(keyword, w))));
    const spoken = asked.map((keyword) => found(keyword, false));
    if (spoken.some((h) => count(h) === 0)) return null;
    const hits = asked.map((keyword, i) => (keyword.said && count(spoken[i]) > tellingAt ? found(keyword, true) : spoken[i]));
    const telling = hits.filter((h) => count(h) > 0 && count(h) <= tellingAt);
    if (telling.length === 0) return undefined;
    const scores = sentences.map((_, i) => telling.filter((h) => h[i]).length);
    // Sentences naming all the words asked about, where there are any ("Wie lange dauert die Prüfung?": the one
    // about the exam and when it is taken, not every duration); else those naming most.
    const least = scores.includes(telling.length) ? telling.length : 1;
    const best = sentences
      .map((s, i) => ({ s, i, score: scores[i] }))
      .filter((x) => x.score >= least)
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, QUOTED_SENTENCES)
      .sort((a, b) => a.i - b.i);
    const lines = best.map((x) => `- ${this.say('quote', language, { text: x.s })}`);
    const intro = this.say('quotes_about', language, { occupation: this.occupation(occupationId).title[language], topic: this.label(topic, language), more: this.say('more_button', language) });
    const body = `${intro}\n\n${lines.join('\n')}`;
    return this.partOfAnswer(occupationId, topic, language, body, { body, figures: [], summary: answer.title });
  }

  /**
   * A part of an occupation's answer on a topic as a reply: the part, all the answer's sources (those of the part
   * cannot be told apart), a button for the whole, and the card showing the part.
   */
  private partOfAnswer(occupationId: string, topic: Topic, language: Language, text: string, card: Pick<TopicAnswer, 'body' | 'figures' | 'summary' | 'note'>): Reply {
    const full = this.topic(occupationId, topic, language);
    const entry = this.coveredEntry(this.occupation(occupationId), topic);
    const more = this.say('more_button', language);
    return {
      language,
      text: `${text}\n\n${this.sourcesLabel(entry.sources, language)}: ${this.sourceList(entry.sources, language)}`,
      suggestions: [{ title: more, value: more }, ...full.suggestions],
      answers: [{ ...full.answers![0], ...card }],
    };
  }

  /** A narrower question right after an answer that none of its sentences speaks to: the answer was all there is. */
  nothingNarrower(topic: Topic, language: Language): Reply {
    return this.noteOnly(this.say('nothing_narrower', language, { topic: this.label(topic, language) }), topic, language);
  }

  /** "kürzer bitte" or "was meinst du damit?" about an answer that has no shorter start (a comparison, a short text). */
  notShorter(topic: Topic, language: Language, simpler = false): Reply {
    return this.noteOnly(this.say(simpler ? 'not_simpler' : 'not_shorter', language, { topic: this.label(topic, language) }), topic, language);
  }

  /** "mehr dazu" after an occupation's whole answer on a topic: the sources say no more; their links lead on. */
  moreInSources(occupationId: string, topic: Topic, language: Language): Reply {
    const occupation = this.occupation(occupationId);
    const entry = occupation.topics[topic];
    const values = { topic: this.label(topic, language), occupation: occupation.title[language] };
    const text = entry.covered ? this.say('more_in_sources', language, { ...values, sources: this.sourceList(entry.sources, language) }) : this.say('more_nothing', language, values);
    return this.noteOnly(text, topic, language);
  }

  /** A request for the language the bot already answers in. */
  languageKept(language: Language): Reply {
    return { language, text: this.say('language_kept', language), suggestions: this.exampleSuggestions(language) };
  }

  /** A note on its own, with the topic's follow-ups to go on with (the topic's text was the last answer). */
  noteOnly(text: string, topic: Topic, language: Language): Reply {
    return { language, text, suggestions: this.topicSuggestions(this.kb.bot.topics[topic].followUps, language) };
  }

  /** A related role belonging to several occupations: ask which one. */
  chooseRelated(name: string, occupationIds: readonly string[], language: Language): Reply {
    const titles = occupationIds.map((id) => this.occupation(id).title[language]);
    return {
      language,
      text: this.say('related_choice', language, { name, occupations: joinList(titles, this.kb.bot.texts.list_and[language]) }),
      suggestions: titles.map((t) => ({ title: t, value: t })),
    };
  }

  /** An occupation the knowledge base does not have: say so, offer the known ones, no figures. */
  unknownOccupation(name: string, language: Language): Reply {
    return this.offerOccupations('unknown_occupation', language, { name });
  }

  /**
   * A name where a pay question expects a job ("Wie viel verdient Elon Musk?", "Was verdient Product Owner?"):
   * no information on it, and no pay of individual people; offer the known occupations.
   */
  unknownPerson(name: string, language: Language): Reply {
    return this.offerOccupations('unknown_person', language, { name });
  }

  /** Answers a question about the bot itself: what it is, where its answers come from, that it has no person to hand over to. */
  aboutBot(question: BotQuestion, language: Language): Reply {
    return this.offerOccupations(`about_bot_${question}`, language);
  }

  /**
   * Asks which occupation the topic questions waiting are about, offering every known occupation. Asked `again`
   * (another topic while the bot still waits), it says the question is noted rather than repeating itself.
   */
  askOccupation(topics: readonly Topic[], language: Language, again = false): Reply {
    const topic = joinList(topics.map((t) => this.label(t, language)), this.kb.bot.texts.list_and[language]);
    return this.withOccupationButtons(this.say(again ? 'ask_occupation_again' : 'ask_occupation', language, { topic }), [...this.kb.occupations.keys()], language);
  }

  /** Lists the occupations the bot knows. */
  occupationList(language: Language): Reply {
    return this.offerOccupations('occupation_list', language);
  }

  /**
   * Occupations side by side on one topic, each with its own sources. Pay is listed figure by figure exactly
   * as sourced (never a difference or an average); other topics show the start of each answer.
   */
  compare(occupationIds: readonly string[], topic: Topic, language: Language): Reply {
    const occupations = occupationIds.map((id) => this.occupation(id));
    const label = this.label(topic, language);
    const columns = occupations.map((o) => {
      const entry = o.topics[topic];
      if (!entry.covered) return { title: o.title[language], lines: [this.notCovered(o, topic, language)], sources: '' };
      const figures = Object.values(entry.figures);
      if (topic === 'salary' && figures.length > 0) return { title: o.title[language], ...this.payColumn(figures, language) };
      const sources = `${this.sourcesLabel(entry.sources, language)}: ${this.sourceList(entry.sources, language)}`;
      return { title: o.title[language], lines: [firstSentences(this.renderText(o, topic, language), COMPARE_SENTENCES)], sources };
    });
    const caveat = topic === 'salary' ? this.say('compare_caveat', language) : undefined;
    const header = this.say('compare_header', language, { occupations: joinList(columns.map((c) => c.title), this.kb.bot.texts.list_and[language]), topic: label });
    const body = columns.map((c) => `${c.title}:\n${c.lines.map((l) => `- ${l}`).join('\n')}${c.sources ? `\n(${c.sources})` : ''}`);
    const text = [header, ...body, ...(caveat ? [caveat] : [])].join('\n\n');
    const others = (['salary', 'duties', 'education', 'outlook'] as Topic[]).filter((t) => t !== topic).slice(0, 3);
    return { language, text, suggestions: this.topicSuggestions(others, language), comparison: { topic: label, header, columns, caveat } };
  }

  /**
   * A comparison without two occupations to compare. With a topic ("Welcher IT-Beruf verdient am meisten?") it
   * asked for a ranking, which sources of different years and methods do not allow.
   */
  compareNeedsTwo(language: Language, topic?: Topic, byEase = false): Reply {
    const occupations = this.occupationNames(language);
    const text = byEase
      ? this.say('compare_no_ease_ranking', language, { occupations })
      : topic ? this.say('compare_no_ranking', language, { occupations, topic: this.label(topic, language) }) : this.say('compare_needs_two', language, { occupations });
    return { language, text, suggestions: [] };
  }

  /**
   * Which occupation suits someone is not for the bot to judge: it says so, with the occupations as buttons. With
   * `reasons` ("… wenn ich gut in Statistik bin": "Statistik"), it names the occupations whose duties or skills name
   * one of them, and with which topics — the sources' words, no verdict. A word the texts of more than half the
   * occupations name tells little and is left out.
   */
  cannotJudgeFit(language: Language, reasons: readonly string[] = []): Reply {
    const occupations = [...this.kb.occupations.values()];
    const and = this.kb.bot.texts.list_and[language];
    // Per reason, the occupations (in the knowledge base's order: no ranking) whose texts name it, with the topics.
    const found = reasons.flatMap((reason) => {
      const naming = occupations
        .map((o) => ({ o, topics: FIT_REASON_TOPICS.filter((t) => namesWord(this.readerText(o, t, language), reason)) }))
        .filter(({ topics }) => topics.length > 0);
      return naming.length > 0 && naming.length <= occupations.length * MAX_FIT_REASON_SHARE ? [{ reason, naming }] : [];
    });
    if (found.length === 0) return this.offerOccupations('no_fit_judgement', language);
    const mentions = found.map(({ reason, naming }) =>
      this.say('fit_reason_mention', language, {
        word: this.say('quote', language, { text: reason }),
        occupations: joinList(naming.map(({ o, topics }) => withAside(o.title[language], joinList(topics.map((t) => this.label(t, language)), and))), and),
      }),
    );
    const ids = occupations.filter((o) => found.some(({ naming }) => naming.some((n) => n.o === o))).map((o) => o.id);
    return this.withOccupationButtons(this.say('no_fit_judgement_reasons', language, { mentions: mentions.join('; ') }), ids, language);
  }

  /** An occupation's text on a topic in a language; empty where no source covers the topic. */
  private readerText(occupation: Occupation, topic: Topic, language: Language): string {
    const entry = occupation.topics[topic];
    return entry.covered ? entry.text[language] : '';
  }

  /** Said before the overview of the occupations someone asks whether they suit them (one, or a choice of several). */
  fitNote(occupationIds: readonly string[], language: Language): string {
    const occupation = joinList(occupationIds.map((id) => this.occupation(id).title[language]), this.kb.bot.texts.list_or[language]);
    return this.say('fit_note', language, { occupation });
  }

  /**
   * What the occupations' own texts say about technologies asked about by name ("Brauche ich als Data Scientist
   * SQL?"): per occupation, the sentences that name one, quoted with the sources of their texts, and which ones no
   * sentence names; when none is named, that, and the skills the sources do name. Nothing is inferred: a technology
   * the texts leave out is not called unnecessary.
   */
  technologies(technologyIds: readonly string[], occupationIds: readonly string[], language: Language): Reply {
    const asked = this.knownTechnologies(technologyIds);
    // Ids from a conversation stored before the technologies file changed: the skills, as for any skills question.
    if (asked.length === 0) return this.combine(occupationIds.map((id) => this.topic(id, 'skills', language)));
    const parts = occupationIds.map((occupationId) => {
      const occupation = this.occupation(occupationId);
      const naming = this.technologySentences(occupation, asked, language);
      const values = { occupation: occupation.title[language] };
      if (naming.length === 0) {
        const note = this.say('technology_not_named', language, { ...values, technologies: this.technologyNames(asked, language) });
        return this.withNotes(this.topic(occupationId, 'skills', language), [note]);
      }
      const named = new Set(naming.flatMap((q) => q.technologies));
      const missing = asked.filter((t) => !named.has(t));
      // Each technology's first sentence, then the next ones in text order, up to the limit.
      const firsts = new Set(asked.map((t) => naming.find((q) => q.technologies.includes(t))).filter((q) => q !== undefined));
      const more = naming.filter((q) => !firsts.has(q)).slice(0, Math.max(0, TECHNOLOGY_QUOTES - firsts.size));
      const quotes = naming.filter((q) => firsts.has(q) || more.includes(q));
      const found = asked.filter((t) => named.has(t));
      const lines = quotes.map((q) => `- ${this.say('quote', language, { text: q.sentence })} (${this.label(q.topic, language)})`);
      const body = [
        `${this.say('technology_quotes', language, { ...values, technologies: this.technologyNames(found, language) })}\n\n${lines.join('\n')}`,
        ...(missing.length > 0 ? [this.say('technology_others_not_named', language, { technologies: this.technologyNames(missing, language) })] : []),
      ].join('\n\n');
      const sources = [...new Set(quotes.flatMap((q) => this.coveredEntry(occupation, q.topic).sources))];
      const title = `${occupation.title[language]} – ${this.technologyNames(found, language)}`;
      const answer: TopicAnswer = {
        title,
        body,
        figures: [],
        sourcesLabel: this.sourcesLabel(sources, language),
        sources: this.sourceRefs(sources, language),
        summary: title,
      };
      const text = `${body}\n\n${this.sourcesLabel(sources, language)}: ${this.sourceList(sources, language)}`;
      return { language, text, suggestions: this.topicSuggestions(['skills', ...this.kb.bot.topics.skills.followUps], language), answers: [answer] };
    });
    return parts.length === 1 ? parts[0] : this.combine(parts);
  }

  /**
   * Technologies asked about with no occupation named or talked about ("Wo braucht man Kubernetes?"): the
   * occupations whose texts name them (`naming`, from {@link occupationsNaming}), as buttons, or that none does.
   */
  technologyOccupations(technologyIds: readonly string[], naming: readonly string[], language: Language): Reply {
    const asked = this.knownTechnologies(technologyIds);
    const technologies = this.technologyNames(asked, language);
    if (naming.length === 0) return this.offerOccupations('technology_nowhere', language, { technologies });
    const occupations = naming.map((id) => this.occupation(id));
    // Of several technologies, which each one names: "DevOps Engineer (Docker, Kubernetes) und Fullstack Developer (Docker)".
    const listed = occupations.map((o) => {
      const title = o.title[language];
      if (asked.length < 2) return title;
      const named = asked.filter((t) => this.technologySentences(o, [t], language).length > 0);
      return `${title} (${named.map((t) => t.name).join(', ')})`;
    });
    return this.withOccupationButtons(this.say('technology_occupations', language, { technologies, occupations: joinList(listed, this.kb.bot.texts.list_and[language]) }), naming, language);
  }

  /** The occupations some sentence of whose texts (in the language) names one of the technologies, by id. */
  occupationsNaming(technologyIds: readonly string[], language: Language): string[] {
    const asked = this.knownTechnologies(technologyIds);
    return [...this.kb.occupations.values()].filter((o) => this.technologySentences(o, asked, language).length > 0).map((o) => o.id);
  }

  /** Said before the answer for the only occupation whose texts name some of the technologies: those it names. */
  technologyOneOccupationNote(technologyIds: readonly string[], occupationId: string, language: Language): string {
    const occupation = this.occupation(occupationId);
    const named = this.knownTechnologies(technologyIds).filter((t) => this.technologySentences(occupation, [t], language).length > 0);
    return this.say('technology_one_occupation', language, { technologies: this.technologyNames(named, language), occupation: occupation.title[language] });
  }

  // The sentences of an occupation's texts that name some of the technologies, with those and the topic they come from.
  private technologySentences(occupation: Occupation, technologies: readonly Technology[], language: Language): TechnologySentence[] {
    const out: TechnologySentence[] = [];
    for (const s of this.sentencesNamingTechnologies(occupation, language)) {
      const named = s.technologies.filter((t) => technologies.includes(t));
      if (named.length > 0) out.push({ ...s, technologies: named });
    }
    return out;
  }

  private sentencesNamingTechnologies(occupation: Occupation, language: Language): readonly TechnologySentence[] {
    const key = `${occupation.id}\n${language}\n${new Date().getUTCFullYear()}`;
    let index = this.technologyIndex.get(key);
    if (!index) {
      const found: TechnologySentence[] = [];
      for (const topic of TECHNOLOGY_TOPICS) {
        if (!occupation.topics[topic].covered) continue;
        for (const sentence of splitSentences(this.renderText(occupation, topic, language))) {
          const named = this.technologyFinder.find(sentence);
          if (named.length > 0) found.push({ sentence, topic, technologies: named });
        }
      }
      this.technologyIndex.set(key, (index = found));
    }
    return index;
  }

  private technologyNames(technologies: readonly Technology[], language: Language): string {
    return joinList(technologies.map((t) => t.name), this.kb.bot.texts.list_and[language]);
  }

  private knownTechnologies(ids: readonly string[]): Technology[] {
    return ids.map((id) => this.kb.technologies.get(id)).filter((t) => t !== undefined);
  }

  private coveredEntry(occupation: Occupation, topic: Topic): Extract<TopicEntry, { covered: true }> {
    const entry = occupation.topics[topic];
    if (!entry.covered) throw new Error(`topic '${topic}' of '${occupation.id}' is not covered`);
    return entry;
  }

  /** Welcome, greeting, help, thanks or goodbye, with example questions to start from. */
  smallTalk(key: 'welcome' | 'greeting' | 'help' | 'thanks' | 'goodbye', language: Language): Reply {
    const suggestions = key === 'goodbye' ? [] : this.exampleSuggestions(language);
    return { language, text: this.say(key, language, { occupations: this.occupationNames(language) }), suggestions };
  }

  /** To someone asking for another person: the answers speak to the learner ("du" means the daughter asked about). */
  onBehalfNote(language: Language): string {
    return this.say('on_behalf_note', language);
  }

  /**
   * After "Bitte siezen Sie mich" or "du kannst mich duzen" (this composer speaks the form asked for): says so, then
   * invites the next question as after an "ok".
   */
  addressChanged(language: Language, occupationId?: string, lastTopic?: Topic): Reply {
    const next = this.acknowledged(language, occupationId, lastTopic);
    return { ...next, text: `${this.say('address_changed', language)} ${next.text}` };
  }

  /**
   * After "ok", "alles klar", "i see": invites the next question about the occupation talked about (other topics
   * than the last as buttons), or about any occupation when none was.
   */
  acknowledged(language: Language, occupationId?: string, lastTopic?: Topic): Reply {
    if (occupationId && this.kb.occupations.has(occupationId)) {
      const topics = ACKNOWLEDGED_TOPICS.filter((t) => t !== lastTopic).slice(0, 3);
      return { language, text: this.say('acknowledged', language, { occupation: this.occupation(occupationId).title[language] }), suggestions: this.topicSuggestions(topics, language) };
    }
    return { language, text: this.say('acknowledged_no_context', language, { occupations: this.occupationNames(language) }), suggestions: this.exampleSuggestions(language) };
  }

  /** The honest "I can't help with that", offering what the bot can do (in the context's occupation if any). */
  fallback(language: Language, occupationId?: string): Reply {
    if (occupationId && this.kb.occupations.has(occupationId)) {
      const title = this.occupation(occupationId).title[language];
      return { language, text: this.say('fallback_in_context', language, { occupation: title, topics: this.allTopicLabels(language) }), suggestions: this.topicSuggestions(OFFERED_TOPICS, language) };
    }
    return { language, text: this.say('fallback', language, { occupations: this.occupationNames(language) }), suggestions: this.exampleSuggestions(language) };
  }

  /** "Meinst du Gehalt oder Ausbildung?" with both as buttons. */
  clarify(first: Topic, second: Topic, language: Language): Reply {
    return { language, text: this.say('clarify_topic', language, { first: this.label(first, language), second: this.label(second, language) }), suggestions: this.topicSuggestions([first, second], language) };
  }

  /** The second fallback in a row: how to rephrase, and every topic as a button. */
  fallbackRepeat(language: Language): Reply {
    return { language, text: this.say('fallback_repeat', language, { topics: this.allTopicLabels(language), example: this.kb.bot.examples[language][0] }), suggestions: this.topicSuggestions(TOPICS.slice(0, 4), language) };
  }

  /** Several answers in one reply, in the order asked; the last one's follow-ups. */
  combine(replies: readonly Reply[]): Reply {
    const last = replies[replies.length - 1];
    // Cards only when every part has one: a part without (e.g. a topic not covered) would be lost beside them.
    const answers = replies.every((r) => r.answers) ? replies.flatMap((r) => r.answers!) : undefined;
    return { language: last.language, text: replies.map((r) => r.text).join('\n\n———\n\n'), suggestions: last.suggestions, ...(answers && { answers }) };
  }

  /** An answer headed with its occupation and topic ("DevOps Engineer – Aufgaben:"), for a reply answering several occupations. */
  headed(reply: Reply, occupationId: string, topic: Topic): Reply {
    const heading = `${this.occupation(occupationId).title[reply.language]} – ${this.kb.bot.topics[topic].label[reply.language]}:`;
    return { ...reply, text: `${heading}\n\n${reply.text}` };
  }

  /** A plain bot text (empty message, attachment only, error, privacy flow). */
  notice(key: 'empty_message' | 'attachment_only' | 'error' | 'delete_cancelled' | 'feedback_thanks' | 'feedback_nothing', language: Language): Reply {
    return { language, text: this.say(key, language), suggestions: [] };
  }

  /** What the bot stores and for how long, from the knowledge base's privacy notice. */
  privacyNotice(retentionDays: number, language: Language): Reply {
    return { language, text: this.say('privacy_notice', language, { retention: String(retentionDays) }), suggestions: [] };
  }

  /** Asks to confirm deleting the user's data, with yes/no buttons. */
  confirmDeletion(language: Language): Reply {
    return { language, text: this.say('delete_confirm', language), suggestions: [this.command('confirm_yes', language), this.command('confirm_no', language)] };
  }

  /** Says what was deleted, with the counts the storage reported. */
  dataDeleted(counts: { state: number; transcripts: number; analytics: number; feedback: number }, language: Language): Reply {
    const values = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)]));
    return { language, text: this.say('data_deleted', language, values), suggestions: [] };
  }

  /** Adds the rating buttons (👍 / 👎) after a knowledge answer. */
  withFeedback(reply: Reply): Reply {
    return { ...reply, suggestions: [...reply.suggestions, this.command('feedback_up', reply.language), this.command('feedback_down', reply.language)] };
  }

  /** The localized label of a topic, as shown on buttons. */
  label(topic: Topic, language: Language): string {
    return this.kb.bot.topics[topic].label[language];
  }

  private renderText(occupation: Occupation, topic: Topic, language: Language): string {
    const entry = occupation.topics[topic];
    if (!entry.covered) return this.notCovered(occupation, topic, language);
    const text = entry.text[language];
    return text.replace(PLACEHOLDER, (m, name: string, offset: number) => {
      const figure = entry.figures[name];
      return figure ? formatFigure(figure, language, this.kb.bot.texts, sentenceAt(text, offset)) : m;
    });
  }

  // The structured twin of a topic answer: every figure as sourced with its facts, the sources with their dates.
  private topicAnswer(occupation: Occupation, topic: Topic, body: string, language: Language): TopicAnswer {
    const entry = this.coveredEntry(occupation, topic);
    const title = `${occupation.title[language]} – ${this.label(topic, language)}`;
    const figures = Object.values(entry.figures).map((f) => this.figureFacts(f, language));
    const summary = figures.length > 0 ? `${title}: ${figures.map((f) => f.summary).join('; ')}` : title;
    return {
      title,
      body,
      figures: figures.map(({ summary: _, ...f }) => f),
      sourcesLabel: this.sourcesLabel(entry.sources, language),
      sources: this.sourceRefs(entry.sources, language),
      summary,
    };
  }

  private figureFacts(f: Figure, language: Language): FigureFacts & { summary: string } {
    const labels = this.kb.bot.figureLabels;
    const { amount, marks } = formatFigureParts(f, language, this.kb.bot.texts);
    const value = `${amount} ${labels[f.period][language]}`;
    const country = f.region.slice(0, 2);
    const region = f.region.length > 2 ? `${regionName(country, language)} (${f.region})` : regionName(country, language);
    const source = `${f.source.title}, ${this.sourceDate(f.source, language)}`;
    const facts = [
      { title: labels.fact_region[language], value: region },
      { title: labels.fact_year[language], value: f.year === 'unknown' ? labels.unknown_year[language] : String(f.year) },
      ...(f.covers ? [{ title: labels.fact_covers[language], value: f.covers[language] }] : []),
      { title: this.say('sources_label', language), value: source },
    ];
    const label = labels[f.kind][language];
    return { kind: f.kind, label, value, facts, summary: `${label} ${value}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}` };
  }

  private notCovered(occupation: Occupation, topic: Topic, language: Language): string {
    const entry = occupation.topics[topic];
    return (!entry.covered && entry.text?.[language]) || this.say('not_covered', language, { occupation: occupation.title[language], topic: this.label(topic, language) });
  }

  /**
   * One occupation's pay figures side by side with another's: the pay in the job, then apprentice pay, then figures for
   * other countries, each by period (yearly, monthly, hourly). No monthly amount stands between yearly ones, and a
   * pupil does not read 682 € of apprentice pay against another occupation's 40.000 € a year. Each line cites its
   * source by number and the sources follow once (a source cited in full on every line repeated one title and link up
   * to six times; the Data Scientist and Fachinformatiker comparison went from 6 100 to 4 600 characters).
   */
  private payColumn(figures: readonly Figure[], language: Language): { lines: string[]; sources: string } {
    const group = (f: Figure): number => (!f.region.startsWith(HOME_COUNTRY) ? 2 : f.apprenticeship ? 1 : 0);
    const rank = (f: Figure): number => group(f) * PERIOD_ORDER.length + PERIOD_ORDER.indexOf(f.period);
    const ordered = [...figures].sort((a, b) => rank(a) - rank(b));
    const cited = [...new Set(ordered.map((f) => f.source))];
    return {
      lines: ordered.map((f) => `${this.figureLine(f, language)} [${cited.indexOf(f.source) + 1}]`),
      sources: `${this.sourcesLabel(cited, language)}: ${cited.map((s, i) => `[${i + 1}] ${this.sourceList([s], language)}`).join('; ')}`,
    };
  }

  // "Einstieg: 40.300 € pro Jahr (Stand 2019) – Berufseinstieg" : kind, amount, period, marks, what it covers.
  private figureLine(f: Figure, language: Language): string {
    const labels = this.kb.bot.figureLabels;
    const { amount, marks } = formatFigureParts(f, language, this.kb.bot.texts);
    // Side by side, a figure of unknown year must not look as current as its neighbours.
    if (f.year === 'unknown') marks.push(labels.unknown_year[language]);
    const covers = f.covers ? ` – ${f.covers[language]}` : '';
    return `${labels[f.kind][language]}: ${amount} ${labels[f.period][language]}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}${covers}`;
  }

  /** "Quelle" before one source, "Quellen" before several. */
  private sourcesLabel(sources: readonly Source[], language: Language): string {
    return this.say(sources.length === 1 ? 'sources_label' : 'sources_label_many', language);
  }

  private sourceList(sources: readonly Source[], language: Language): string {
    // Markdown links: Web Chat and Teams show the title as a link; other channels convert them.
    return sources.map((s) => `${s.url ? `[${s.title}](${s.url})` : s.title}, ${this.sourceDate(s, language)}`).join('; ');
  }

  private sourceRefs(sources: readonly Source[], language: Language): SourceRef[] {
    return sources.map((s) => ({ title: s.title, ...(s.url && { url: s.url }), date: this.sourceDate(s, language) }));
  }

  private sourceDate(s: Source, language: Language): string {
    if (s.asOf === 'undated') return this.say('undated', language, { date: s.retrieved ? formatDate(s.retrieved, language) : '?' });
    return this.say('as_of', language, { date: formatDate(s.asOf, language) });
  }

  // A country as the places file writes it ("die USA"; only countries have a bare country code), else as Intl names it.
  private countryName(code: string, language: Language): string {
    for (const p of this.kb.places.values()) if (p.region === code) return p.name[language];
    return regionName(code, language);
  }

  /** A text naming every known occupation (`{occupations}`), with them as buttons. */
  private offerOccupations(key: BotTextKey, language: Language, values: Record<string, string> = {}): Reply {
    return this.withOccupationButtons(this.say(key, language, { ...values, occupations: this.occupationNames(language) }), [...this.kb.occupations.keys()], language);
  }

  private withOccupationButtons(text: string, occupationIds: readonly string[], language: Language): Reply {
    const suggestions = occupationIds.map((id) => {
      const title = this.occupation(id).title[language];
      return { title, value: title };
    });
    return { language, text, suggestions, occupationButtons: occupationIds };
  }

  private say(key: BotTextKey, language: Language, values: Record<string, string> = {}): string {
    return fill(this.kb.bot.texts[key][language], values);
  }

  /** Every topic's label in one list ("Überblick, Aufgaben, … und Jobs"). */
  private allTopicLabels(language: Language): string {
    return joinList(TOPICS.map((t) => this.label(t, language)), this.kb.bot.texts.list_and[language]);
  }

  private aspectName(id: string, language: Language): string {
    const aspect = this.kb.aspects.get(id);
    if (!aspect) throw new Error(`unknown aspect '${id}'`);
    return aspect.name[language];
  }

  private occupation(id: string): Occupation {
    const o = this.kb.occupations.get(id);
    if (!o) throw new Error(`unknown occupation '${id}'`);
    return o;
  }

  private occupationNames(language: Language): string {
    return joinList([...this.kb.occupations.values()].map((o) => o.title[language]), this.kb.bot.texts.list_and[language]);
  }

  private topicSuggestions(topics: readonly Topic[], language: Language): Suggestion[] {
    return topics.map((t) => ({ title: this.label(t, language), value: this.label(t, language) }));
  }

  private command(key: CommandKey, language: Language): Suggestion {
    const label = this.kb.bot.commands[key][language];
    return { title: label, value: label };
  }

  private exampleSuggestions(language: Language): Suggestion[] {
    return this.kb.bot.examples[language].map((q) => ({ title: q, value: q }));
  }
}

/** A sentence of an occupation's text that names technologies, and the topic it comes from. */
interface TechnologySentence {
  sentence: string;
  topic: Topic;
  technologies: Technology[];
}

// "z. B. Python" stays whole: a one-letter word before the dot ends no sentence.
function firstSentences(text: string, count: number): string {
  return splitSentences(text).slice(0, count).join(' ');
}

// A sentence ends after a word of two or more letters (or a closing bracket) and . ! or ?, before a capital;
// not after an abbreviation ("bzw. Docker").
const SENTENCE_END = /(?<=(?:[a-zäöüß]{2}|[A-Z0-9]{2}|\))[.!?])(?<!\b(?:bzw|etc|ca|evtl|ggf|inkl|vgl|sog|usw|bspw|zB|uA)\.)\s+(?=[A-ZÄÖÜ])/;

function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END);
}

/**
 * Whether a word asked about and a word of an answer are forms of one word ("bewerben" and "bewerbung", "dauert" and
 * "dauer"): the same beginning, all but the last two letters of the shorter and at least four. Of a short word that
 * is most of it, so only its own endings count ("exam", "exams"; not "example"; "unter" is no "Unterschied").
 */
function sameWord(asked: string, word: string): boolean {
  const shorter = Math.min(asked.length, word.length);
  if (shorter < 4) return false;
  if (shorter <= SHORT_WORD && Math.abs(asked.length - word.length) > 2) return false;
  const n = Math.max(4, shorter - 2);
  return asked.slice(0, n) === word.slice(0, n);
}

/** "Data Scientist (Kenntnisse)"; a title with an aside of its own takes it in: "Application Developer (Fachinformatiker/in; Skills)". */
function withAside(title: string, aside: string): string {
  return title.endsWith(')') ? `${title.slice(0, -1)}; ${aside})` : `${title} (${aside})`;
}

/**
 * Whether a text names a word or a form of it: all but its last letter, at least four, begin a word of the text at
 * most {@link MAX_FORM_LETTERS} letters longer ("Mathe": "Mathematik"; "Statistik" not "statt"). Hyphenated words are
 * one: "English" is not named by an "English-language career guide", nor "Englisch" by "englischsprachige".
 */
function namesWord(text: string, word: string): boolean {
  const folded = foldWord(word);
  const stem = folded.slice(0, Math.max(4, folded.length - 1));
  return foldWord(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .some((w) => w.startsWith(stem) && w.length <= folded.length + MAX_FORM_LETTERS);
}

/** Whether a word of an answer speaks to a word asked about: a form of it, or one of the parts it is said with. */
function speaksTo(keyword: Keyword, word: string): boolean {
  return keyword.said ? keyword.said.some((part) => word.includes(part)) : sameWord(keyword.word, word);
}

// The sentence around a position: what a figure's marks are checked against.
function sentenceAt(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('. ', offset), text.lastIndexOf('; ', offset), 0);
  const ends = ['. ', '; '].map((d) => text.indexOf(d, offset)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}
