import type { Address } from '../address';
import { extend } from '../extend';
import type { Language } from '../language';
import { isTopic, type AnswerRequest, type Topic } from '../knowledge';
import type { AnswerComposer, Reply } from '../answers';
import { isTopicIntent, type Recognition } from '../nlu';

/** How sure the classifier must be of a topic for a question whether an occupation suits someone to be about it. */
const FIT_TOPIC_MIN = 0.5;

/** What the bot remembers about a conversation between turns. Plain JSON, so any storage can hold it. */
export interface DialogueState {
  language?: Language;
  /** The form of address the visitor wrote in last ("du" or "Sie"); replies use it. */
  address?: Address;
  /** The occupation talked about last; follow-ups without an occupation refer to it. */
  occupation?: string;
  /** The one talked about before it: "Wer verdient mehr von den beiden?" compares the two. */
  previousOccupation?: string;
  /** The topic answered last; naming just another occupation answers it for that one. */
  topic?: Topic;
  /** A topic asked without an occupation, waiting for the user to name one. */
  pendingTopic?: Topic;
  /** The topic of a declined ranking ("Welcher verdient am meisten?"): the next two occupations named compare on it. */
  rankedTopic?: Topic;
  /** Several topics asked at once without an occupation ("Was verdient man und welche Ausbildung …?"). */
  pendingTopics?: Topic[];
  /** Occupations compared last; a bare topic follow-up ("und das Gehalt?") compares them again. */
  comparing?: string[];
  /** The occupations the last reply offered as buttons, in order: "der zweite" picks one. */
  listed?: readonly string[];
  /** The place asked about (a place id); follow-ups without a new question keep it ("Und als DevOps?"). */
  place?: string;
  /** The aspect no source covers asked about last (an aspect id): "Und als DevOps?" asks it again. */
  aspect?: string;
  /** Technologies asked about last, by id: "Und als DevOps Engineer?" asks about them again. */
  technologies?: string[];
  /** What the last answer offered instead of a topic it has no answer on: a "ja" answers these (see `offers` in the knowledge). */
  offered?: Topic[];
  /**
   * Set when the last turn gave the text of `topic` for `occupation` (or for the two `comparing`): the language it
   * was given in. Any other turn clears it.
   */
  shown?: Language;
  /** Set with `shown` when that text was only its start ("kürzer bitte"): "mehr dazu" then gives all of it. */
  brief?: boolean;
  /** The last knowledge answer, which 👍 / 👎 rates. */
  rateable?: { topic: string; occupation: string };
  /** The bot asked "really delete everything?" and waits for yes or no. */
  confirmingDeletion?: boolean;
  /** Fallbacks in a row: the second one explains how to ask. */
  misses?: number;
  /** The note that the answers speak to the learner was given to someone asking for another person. */
  behalfNoted?: boolean;
}

/** What the bot actually answered, after applying the conversation's context. */
export interface Answered {
  /**
   * A topic, `compare`, a conversational intent, `acknowledged`, `ask-occupation`, `unknown-occupation`,
   * `unknown-person`, `about-bot` (a question about the bot itself), `address` (a request to be addressed with "du"
   * or "Sie"), `about-answer` (a note on a request about the last answer, "kürzer bitte"), `ask-related`,
   * `not-covered` (an aspect no source covers) or `None` for a fallback.
   */
  topic: string;
  occupation?: string;
  language: Language;
}

/** What the bot answers when it could not help: the editors' report and the metrics count these. */
export const FALLBACK_TOPICS: ReadonlySet<string> = new Set(['None', 'unknown-occupation', 'unknown-person', 'not-covered']);

/** Something the bot must do beyond replying; the dialogue itself does no I/O. */
export type Effect =
  | { kind: 'feedback'; rating: 'up' | 'down'; topic: string; occupation: string }
  /** Delete everything stored about the user; the reply comes from the deletion's counts. */
  | { kind: 'delete-user-data' };

export interface TurnOutcome {
  /** Absent when the effect produces the reply (the deletion's counts). */
  reply?: Reply;
  answered: Answered;
  state: DialogueState;
  effect?: Effect;
}

/** Settings of the conversation rules. */
export interface DialogueOptions {
  /** Days transcripts are kept, quoted in the privacy notice. */
  retentionDays: number;
}

/**
 * Decides the answer for one recognised message given the conversation so far. Pure: no I/O and no
 * botbuilder types, so every rule is testable in isolation.
 */
export function decide(rec: Recognition, state: Readonly<DialogueState>, answers: AnswerComposer, options: DialogueOptions): TurnOutcome {
  // Which occupation came before the current one is kept here, once, rather than by each of the many rules that
  // set the occupation.
  const decided = decideTurn(referred(rec, state), state, answers, options);
  // "Meine Tochter will Fachinformatikerin werden. Was verdient man da?": the texts speak to the learner; said once.
  const forOther = rec.onBehalf && !state.behalfNoted && decided.reply && (isTopic(decided.answered.topic) || decided.answered.topic === 'compare');
  const outcome = forOther ? extend(decided, { reply: answers.withNotes(decided.reply!, [answers.onBehalfNote(rec.language)]), state: extend(decided.state, { behalfNoted: true }) }) : decided;
  const { occupation, comparing } = outcome.state;
  // After a comparison of two, a question about one of them leaves the other one the one before it ("und der andere?").
  const narrowed = occupation && !comparing && state.comparing?.length === 2 && state.comparing.includes(occupation) ? state.comparing.find((o) => o !== occupation) : undefined;
  const before = narrowed ?? (occupation && state.occupation && occupation !== state.occupation ? state.occupation : undefined);
  return extend(outcome, { state: extend(outcome.state, { ...(before && { previousOccupation: before }), ...(rec.address && { address: rec.address }), listed: outcome.reply?.occupationButtons }) });
}

function decideTurn(rec: Recognition, state: Readonly<DialogueState>, answers: AnswerComposer, options: DialogueOptions): TurnOutcome {
  const language = rec.language;
  const next: DialogueState = extend(state, { language, pendingTopic: undefined, pendingTopics: undefined, rankedTopic: undefined, confirmingDeletion: undefined, misses: undefined, place: undefined, aspect: undefined, technologies: undefined, offered: undefined, shown: undefined, brief: undefined });

  // Turns that only react to the last answer (a note pointing back to it, a rating, a thanks) leave it the last one.
  const sameAnswer = { shown: state.shown, brief: state.brief };

  // Privacy first: a pending "really delete?" takes yes or no, and anything else cancels it — and is answered after
  // saying so ("Bitte siezen Sie mich" or a question was not meant as a no, and must not be lost).
  if (state.confirmingDeletion) {
    if (rec.command === 'confirm_yes') return { answered: { topic: 'delete_data', language }, state: {}, effect: { kind: 'delete-user-data' } };
    const cancelled = answers.notice('delete_cancelled', language);
    if (rec.command === 'confirm_no') return { reply: cancelled, answered: { topic: 'delete_data', language }, state: next };
    if (rec.intent !== 'delete_data') {
      const outcome = decideTurn(rec, extend(state, { confirmingDeletion: undefined }), answers, options);
      return outcome.reply ? extend(outcome, { reply: answers.withNotes(outcome.reply, [cancelled.text]) }) : outcome;
    }
  }
  // "Bitte siezen Sie mich", "du kannst mich duzen": this turn's answers already speak the form asked for.
  if (rec.addressRequest) {
    const kept: DialogueState = extend(state, { language, misses: undefined });
    return { reply: answers.addressChanged(language, state.occupation, state.topic), answered: { topic: 'address', language }, state: kept };
  }
  if (rec.intent === 'delete_data') {
    return { reply: answers.confirmDeletion(language), answered: { topic: 'delete_data', language }, state: extend(next, { confirmingDeletion: true }) };
  }
  if (rec.intent === 'privacy') {
    return { reply: answers.privacyNotice(options.retentionDays, language), answered: { topic: 'privacy', language }, state: next };
  }
  // The last turn answered a topic (its text, a comparison, what the texts say about technologies): "mehr dazu",
  // "kürzer bitte" and "was meinst du damit?" are about that answer.
  const answeredLast = state.topic !== undefined && state.occupation !== undefined && !state.pendingTopic && (state.shown !== undefined || state.technologies !== undefined);
  const aboutAnswer = rec.answerRequest !== undefined && answeredLast;
  // "ok", "alles klar", "i see": the answer was taken in. Everything stays as it was (the question waiting for an
  // occupation, the place, the rating buttons); the reply invites the next question, or asks the waiting one again.
  // So is a "ja" when nothing was offered: it agrees with the answer.
  if ((rec.acknowledgement && !aboutAnswer) || (rec.command === 'confirm_yes' && !state.offered)) {
    const kept: DialogueState = extend(state, { language, misses: undefined });
    if (state.pendingTopic) return { reply: answers.askOccupation(state.pendingTopics ?? [state.pendingTopic], language), answered: { topic: 'ask-occupation', language }, state: kept };
    return { reply: answers.acknowledged(language, state.occupation, state.topic), answered: { topic: 'acknowledged', occupation: state.occupation, language }, state: kept };
  }
  // A rating or a thanks reacts to the last answer rather than starting anything new: the talk is still about
  // that answer, so its place stays for the next follow-up ("👍" then "und ein DevOps Engineer?").
  // So is the last answer: "danke" then "Mehr dazu" is about it.
  const reacting: DialogueState = extend(next, { place: rec.place ?? state.place, ...sameAnswer });
  // "nein danke" when nothing was asked, e.g. after "Was möchtest du noch wissen?": a polite close, not a fallback.
  if (rec.command === 'confirm_no') return { reply: answers.smallTalk('thanks', language), answered: { topic: 'thanks', language }, state: reacting };
  if (rec.command === 'feedback_up' || rec.command === 'feedback_down') {
    const rated = state.rateable;
    return {
      reply: answers.notice(rated ? 'feedback_thanks' : 'feedback_nothing', language),
      answered: { topic: 'feedback', occupation: rated?.occupation, language },
      // One rating per answer: a second click must not count twice.
      state: extend(reacting, { rateable: undefined }),
      effect: rated ? { kind: 'feedback', rating: rec.command === 'feedback_up' ? 'up' : 'down', ...rated } : undefined,
    };
  }
  const related = rec.occupations.length === 0 ? rec.related[0] : undefined;
  // A related role of exactly one occupation stands for it; several means asking which one.
  const named = rec.occupations[0] ?? (related?.occupations.length === 1 ? related.occupations[0] : undefined);

  // A place applies to its message and to follow-ups that ask nothing new ("Und als DevOps?", "Und das Gehalt?");
  // a new question naming an occupation starts without one. Only turns about occupations keep it (see `about`).
  const place = rec.place ?? (named && !rec.occupationOnly ? undefined : state.place);
  const about: DialogueState = extend(next, { place });
  // A place kept from before still speaks to a pay answer, to the same topic again ("Und als DevOps?") and to a
  // question pointing at it ("Wie sind die Jobchancen dort?"); another topic gets no note on it ("do i need a degree?"
  // after "… backend dev in berlin" asks nothing about Berlin).
  const placeNote = (ids: readonly string[], topic: Topic): string | undefined =>
    place && (rec.place !== undefined || rec.pointsToPlace || topic === 'salary' || topic === state.topic) ? answers.placeNote(place, ids, topic, language) : undefined;

  // `noted`: an aspect no source covers that the question was about, with what to say about it first; follow-ups keep it.
  const answerTopic = (topic: Topic, occupation: string, noted?: AspectNote): TurnOutcome => {
    // "reicht ein Bootcamp?", "und als Senior?" right after that very answer: the note, not the same text again.
    if (noted?.again && !named && state.shown === language && state.topic === topic && state.occupation === occupation && !state.comparing && place === state.place) {
      return {
        reply: answers.noteOnly(noted.again, topic, language),
        answered: { topic: 'not-covered', occupation, language },
        state: extend(about, { occupation, topic, comparing: undefined, aspect: noted.id, ...sameAnswer }),
      };
    }
    return (!noted && (placeAgain([occupation], topic) ?? narrower(topic, occupation))) || answerTopicInFull(topic, occupation, noted);
  };
  // "Braucht man dafür Abitur?" right after the education: the sentences of that answer about it (a button gives all
  // of it), or that it was all there is — not the same text again.
  // `unplaced`: a question the classifier could not place (see `unplacedFollowUp`). One not understood at all gets
  // "nothing more specific" only when it asks nothing but what the packs know answers say otherwise ("was kostet
  // das?"); with a word of its own ("Wie lange dauert ein Flug?") it may be about anything.
  const narrower = (topic: Topic, occupation: string, unplaced?: 'torn' | 'unknown'): TurnOutcome | undefined => {
    const same = !named && !related && (unplaced !== undefined || topicAsked === topic) && state.shown === language && state.topic === topic && state.occupation === occupation && !state.comparing && place === state.place;
    const quoted = same && rec.keywords ? answers.quotedAbout(occupation, topic, rec.keywords, language) : undefined;
    const ownWords = rec.keywords?.some((k) => !k.said) === true;
    if (quoted === undefined || (unplaced === 'unknown' && quoted === null && ownWords)) return undefined;
    const kept = extend(about, { occupation, topic, comparing: undefined, ...sameAnswer });
    if (quoted === null) return { reply: answers.nothingNarrower(topic, language), answered: { topic: 'about-answer', occupation, language }, state: kept };
    return { reply: answers.withFeedback(quoted), answered: { topic, occupation, language }, state: extend(kept, { brief: true, rateable: { topic, occupation } }) };
  };
  // A follow-up the classifier could not place, right after an answer: what that answer says about its words, or
  // about its place. Torn between that answer's topic and another ("how many years does it take?" after the way in: pay
  // or education?; "in München mehr?" after the pay: pay or jobs?), or not understood at all and asking in words a pack
  // knows answers say otherwise ("reicht Mittlere Reife?").
  const unplacedFollowUp = (): TurnOutcome | undefined => {
    if (!state.topic || !state.occupation || named) return undefined;
    if (rec.ambiguous?.includes(state.topic)) return narrower(state.topic, state.occupation, 'torn') ?? placeAgain(talkedAbout, state.topic);
    // Also when torn between two other topics ("gibts da nen Einstellungstest?" after the application: jobs or pay?),
    // and when the answer names every word of its own ("what is the exam like?" after the way in); one whose words
    // the answer does not name may be about anything ("Wie lange dauert ein Flug?").
    return rec.intent === 'None' && rec.keywords !== undefined ? narrower(state.topic, state.occupation, 'unknown') : undefined;
  };
  // "Und in München?" right after the answer, when the sources say nothing about that place: the note pointing back
  // to that answer, not the same text again.
  const placeAgain = (ids: readonly string[], topic: Topic): TurnOutcome | undefined => {
    const same = state.shown === language && state.topic === topic && ids.length === talkedAbout.length && ids.every((id, i) => id === talkedAbout[i]);
    const note = !named && place && place !== state.place && same ? answers.placeNote(place, ids, topic, language, true) : undefined;
    if (!note) return undefined;
    return {
      reply: answers.noteOnly(note, topic, language),
      answered: { topic: 'not-covered', occupation: ids.join(','), language },
      state: extend(about, { occupation: ids[0], topic, comparing: ids.length >= 2 ? [...ids] : undefined, ...sameAnswer }),
    };
  };
  const answerTopicInFull = (topic: Topic, occupation: string, noted?: AspectNote): TurnOutcome => ({
    reply: answers.withFeedback(
      answers.withNotes(answers.topic(occupation, topic, language), [
        noted?.text,
        related && named === occupation ? answers.relatedNote(related.name, occupation, language) : undefined,
        placeNote([occupation], topic),
      ]),
    ),
    answered: { topic, occupation, language },
    state: extend(about, { occupation, topic, comparing: undefined, rateable: { topic, occupation }, aspect: noted?.id, offered: answers.offers(occupation, topic), shown: language }),
  });
  // A comparison without two occupations: which two? A ranking (`ranked`, its topic) is declined, with the reason.
  const needsTwo = (ranked: Topic | undefined): TurnOutcome => ({
    reply: answers.compareNeedsTwo(language, ranked, rec.ranksByEase),
    answered: { topic: 'compare', language },
    state: extend(next, { rankedTopic: ranked }),
  });
  const noVerdict = (ids: readonly string[], topic: Topic): TurnOutcome => ({
    reply: answers.noVerdict(ids, topic, language),
    answered: { topic: 'not-covered', occupation: ids.join(','), language },
    state: extend(next, sameAnswer),
  });
  const compare = (ids: string[], topic: Topic, noted?: AspectNote): TurnOutcome => (!noted && placeAgain(ids, topic)) || ({
    reply: answers.withFeedback(answers.withNotes(answers.compare(ids, topic, language), [noted?.text, placeNote(ids, topic)])),
    answered: { topic: 'compare', occupation: ids.join(','), language },
    state: extend(about, { occupation: ids[0], topic, comparing: ids, rateable: { topic: `compare:${topic}`, occupation: ids.join(',') }, aspect: noted?.id, shown: language }),
  });
  // Each topic for the occupation at the same place of `occupations`. Different ones ("Was macht ein DevOps
  // Engineer und was verdient ein Data Scientist?"): each answer is headed with whose it is.
  const answerSeveral = (topics: Topic[], occupations: readonly string[], noted?: AspectNote): TurnOutcome => {
    const headed = new Set(occupations).size > 1;
    const parts = topics.map((t, i) => {
      const reply = answers.topic(occupations[i], t, language);
      return headed ? answers.headed(reply, occupations[i], t) : reply;
    });
    const occupation = occupations[occupations.length - 1];
    const all = [...new Set(occupations)].join(',');
    return {
      reply: answers.withFeedback(answers.withNotes(answers.combine(parts), [noted?.text, ...new Set(topics.map((t, i) => placeNote([occupations[i]], t)))])),
      answered: { topic: topics.join(','), occupation: all, language },
      state: extend(about, { occupation, topic: topics[topics.length - 1], comparing: undefined, rateable: { topic: topics.join(','), occupation: all }, aspect: noted?.id }),
    };
  };
  const topicAsked: Topic | undefined = isTopicIntent(rec.intent) ? rec.intent : undefined;
  // "Brauche ich als Data Scientist SQL?", "Do sysadmins need Linux?": what the occupations' texts say about the
  // technologies named, not the whole skills text, which may not name them. Only for skills: in a duties or
  // education question a technology is mostly the setting ("Was macht ein DevOps Engineer bei AWS?", "Welche
  // Ausbildung brauche ich, um mit Kubernetes zu arbeiten?"), and the topic's text answers it better.
  const technologiesAsked = (topic: Topic | undefined): string[] | undefined => (topic === 'skills' ? rec.technologies : undefined);
  // What a message naming no occupation is about: the two compared last, else the one talked about.
  const talkedAbout = state.comparing && state.comparing.length >= 2 ? state.comparing : state.occupation ? [state.occupation] : [];
  const answerTechnologies = (technologies: string[], ids: string[]): TurnOutcome => ({
    reply: answers.withFeedback(answers.withNotes(answers.technologies(technologies, ids, language), [related && named === ids[0] ? answers.relatedNote(related.name, ids[0], language) : undefined])),
    answered: { topic: 'skills', occupation: ids.join(','), language },
    state: extend(about, { occupation: ids[0], topic: 'skills', comparing: ids.length >= 2 ? ids : undefined, rateable: { topic: 'skills', occupation: ids.join(',') }, technologies }),
  });
  // A topic for one occupation, or for two side by side; a skills question naming technologies gets what the texts
  // say about them.
  const answerAsked = (topic: Topic, ids: string[]): TurnOutcome => {
    const technologies = technologiesAsked(topic);
    if (technologies) return answerTechnologies(technologies, ids);
    return ids.length >= 2 ? compare(ids, topic) : answerTopic(topic, ids[0]);
  };
  // The last answer again, for a new place or in another language: the topic for the occupations talked about,
  // with the note on the aspect asked about, if any (or that note alone: "Ist der Job stressig?").
  const lastAnswerAgain = (): TurnOutcome | undefined => {
    const again = state.aspect ? answerAspect(state.aspect, talkedAbout, state.topic) : undefined;
    if (again) return again;
    if (!state.topic) return undefined;
    if (talkedAbout.length >= 2) return compare(talkedAbout, state.topic);
    return talkedAbout.length === 1 ? answerTopic(state.topic, talkedAbout[0]) : undefined;
  };
  // "mehr dazu", "kürzer bitte", "was meinst du damit?" right after an answer: all of it where only its start or the
  // technologies' sentences were shown, its start where it is longer, else a note on what the sources allow.
  const answerAbout = (request: AnswerRequest, topic: Topic): TurnOutcome => {
    const ids = talkedAbout;
    const note = (reply: Reply): TurnOutcome => ({
      reply,
      answered: { topic: 'about-answer', occupation: ids.join(','), language },
      // Still right after that answer: a second request is about it too.
      state: extend(next, { technologies: state.technologies, ...sameAnswer }),
    });
    if (request === 'more') {
      if (ids.length >= 2) {
        // Each one's whole text; follow-ups still compare the two.
        const outcome = answerSeveral(ids.map(() => topic), ids);
        return extend(outcome, { state: extend(outcome.state, { occupation: ids[0], comparing: ids }) });
      }
      if (state.brief || state.technologies) return answerTopicInFull(topic, ids[0]);
      return note(answers.moreInSources(ids[0], topic, language));
    }
    const simpler = request === 'simpler';
    const brief = ids.length === 1 && !state.brief && !state.technologies ? answers.brief(ids[0], topic, language, simpler) : undefined;
    if (!brief) return note(answers.notShorter(topic, language, simpler));
    return {
      reply: answers.withFeedback(brief),
      answered: { topic, occupation: ids[0], language },
      state: extend(next, { shown: language, brief: true, rateable: { topic, occupation: ids[0] } }),
    };
  };
  const fallback = (): TurnOutcome => {
    const context = named ?? state.occupation;
    const misses = (state.misses ?? 0) + 1;
    // The second miss in a row: the same fallback again would not help; say how to ask.
    const reply = misses >= 2 ? answers.fallbackRepeat(language) : answers.fallback(language, context);
    // The occupation named stays for the next question ("Ist Data Scientist etwas für mich?" → "Brauche ich einen Master?").
    return { reply, answered: { topic: 'None', occupation: context, language }, state: extend(next, { misses, occupation: context }) };
  };
  // "Wo braucht man Kubernetes?", "Welche Berufe brauchen Terraform?": the occupations whose texts name the
  // technologies; the one picked gets what they say. When only one does, what it says, right away.
  // Another topic ("Für welche Jobs brauche ich Java?") is answered for the one picked.
  const occupationsNaming = (technologies: string[], topic: Topic = 'skills'): TurnOutcome => {
    const naming = answers.occupationsNaming(technologies, language);
    if (naming.length === 1) {
      const outcome = topic === 'skills' ? answerTechnologies(technologies, naming) : answerTopic(topic, naming[0]);
      return extend(outcome, { reply: answers.withNotes(outcome.reply!, [answers.technologyOneOccupationNote(technologies, naming[0], language)]) });
    }
    return {
      reply: answers.technologyOccupations(technologies, naming, language),
      answered: { topic: 'ask-occupation', language },
      state: extend(about, { pendingTopic: topic, technologies: topic === 'skills' ? technologies : undefined }),
    };
  };

  // "Passt Data Scientist zu mir?" cannot be judged; what the work is like helps to judge it oneself. So for "Wäre
  // der Beruf etwas für mich?" about the occupation talked about. Only when it asks nothing else: a topic, a place,
  // an aspect, another title or a second question goes to its rule; a topic the classifier cannot tell from the
  // overview ("Would DevOps engineering be a good fit for me?": skills or overview), or is unsure of ("Honestly, what do
  // you think: is this job right for me?": job openings, 0.40), is none.
  const overviewAsked = !topicAsked || topicAsked === 'overview' || rec.ambiguous?.includes('overview') === true || rec.score < FIT_TOPIC_MIN;
  const asksFitOnly = !rec.place && !rec.aspect && !rec.unknownOccupation && !rec.topics && overviewAsked;
  // After a comparison "das" is either of two: the general answer.
  const fitOf = named ?? (rec.fitPointsBack && !related && !(state.comparing && state.comparing.length >= 2) ? state.occupation : undefined);
  if (rec.asksFit && fitOf && rec.occupations.length <= 1 && asksFitOnly) {
    return answerTopic('overview', fitOf, { text: answers.fitNote([fitOf], language) });
  }
  // "Ich schwanke zwischen Frontend und Data Scientist. Was würdest du mir raten?": both side by side, after the note.
  if (rec.asksFit && rec.occupations.length >= 2 && asksFitOnly) {
    return compare(rec.occupations, 'overview', { text: answers.fitNote(rec.occupations, language) });
  }
  // "Welcher IT-Beruf passt zu mir?": which occupation suits someone is not for the bot to judge; it says so and
  // offers what it can tell about each (rather than ask which two to compare). One pointing back that asks a topic
  // too ("Was verdient man da? Ist das etwas für mich?") is that topic's question.
  if (rec.asksFit && !fitOf && !related) {
    return { reply: answers.cannotJudgeFit(language, rec.fitReasons), answered: { topic: 'occupations', language }, state: next };
  }

  // "ja" to what the last answer offered ("… Gern erzähle ich dir aber, wo Systemadministratoren arbeiten und wie
  // die Berufsaussichten sind."): those topics.
  if (rec.command === 'confirm_yes' && state.offered && state.occupation) {
    const { occupation } = state;
    return answerSeveral(state.offered, state.offered.map(() => occupation));
  }

  // Something no source covers ("Kann man als Backend Developer remote arbeiten?", "Was verdient man netto?"):
  // say so rather than answer the nearest topic, and offer what the bot can say. What an occupation's own text
  // says about it is answered, and so are the topics asked that still help (note_with: the job search for
  // "remote jobs", the gross pay for "netto") or that were asked as questions of their own (`topics`, or `beside`
  // the aspect's sentence), each after a note. Undefined leaves the message to the other rules (a pay question
  // about an aspect that only qualifies pay; a topic that helps, asked without an occupation).
  const answerAspect = (aspectId: string, ids: string[], topic: Topic | undefined, topics?: Topic[], beside?: Topic): TurnOutcome | undefined => {
    const aspect = answers.aspect(aspectId);
    if (!aspect || (aspect.askedWith.length > 0 && !(topic && aspect.askedWith.includes(topic)))) return undefined;
    const helps = topics ?? [...new Set([...(beside ? [beside] : []), ...(topic && aspect.noteWith.includes(topic) ? [topic] : [])])];
    // Per occupation, the sections of its own text that say something about it: those asked, else the first.
    const sections = new Map(ids.map((id): [string, Topic[]] => {
      const covered = aspect.coveredIn.get(id) ?? [];
      const asked = helps.filter((t) => covered.includes(t));
      return [id, asked.length > 0 ? asked : covered.slice(0, 1)];
    }));
    const note = (shown: Topic[], coverage: 'covered' | 'not-covered'): AspectNote => ({
      id: aspectId,
      text: answers.aspectNote(aspectId, shown, language, coverage),
      again: answers.aspectNote(aspectId, shown, language, coverage, true),
    });
    if (ids.length === 1) {
      const own = sections.get(ids[0])!;
      // The section about the aspect first: the note before it names it. A topic that would help but has no answer
      // for the occupation is left out ("Gibt es Systemadministrator auch in Teilzeit?" got two "no"s: none on part-time,
      // then none on open positions).
      const shown = [...new Set([...own, ...helps.filter((t) => answers.covers(ids[0], t))])];
      const noted = own.length > 0 ? note(own, 'covered') : note(shown, 'not-covered');
      if (shown.length === 1) return answerTopic(shown[0], ids[0], noted);
      if (shown.length > 1) return answerSeveral(shown, shown.map(() => ids[0]), noted);
    }
    const covered = ids.filter((id) => sections.get(id)!.length > 0);
    if (ids.length >= 2 && helps.length > 0 && covered.length === 0) return compare(ids, helps[0], note([helps[0]], 'not-covered'));
    if (ids.length === 0 && helps.length > 0) return undefined;
    // What the occupations' own texts say, for the others that the sources say nothing, then the comparison asked.
    const uncovered = ids.filter((id) => !covered.includes(id));
    const parts = covered.map((id) => answers.withNotes(answers.topic(id, sections.get(id)![0], language), [note(sections.get(id)!, 'covered').text]));
    if (uncovered.length > 0 || ids.length === 0) parts.push(answers.aspectNotCovered(aspectId, uncovered, language));
    if (ids.length >= 2 && helps.length > 0) parts.push(answers.compare(ids, helps[0], language));
    return {
      reply: answers.combine(parts),
      answered: { topic: covered.length > 0 ? 'compare' : 'not-covered', occupation: ids.length > 0 ? ids.join(',') : undefined, language },
      state: extend(about, { occupation: ids[0] ?? state.occupation, comparing: ids.length >= 2 ? ids : undefined, aspect: aspectId, rateable: undefined }),
    };
  };

  // An off-topic message that mentions a related role ("Tell me a programmer joke") asks nothing about it.
  if (related && !named && (rec.intent !== 'None' || rec.occupationOnly)) {
    return {
      reply: answers.chooseRelated(related.name, related.occupations, language),
      answered: { topic: 'ask-related', language },
      state: extend(about, { pendingTopic: topicAsked ?? state.pendingTopic ?? state.topic, aspect: rec.aspect }),
    };
  }
  // Someone's pay ("Wie viel verdient Elon Musk?"): the bot knows occupations, not people — say so rather than
  // answer with the pay of the occupation in context. Like a fallback, it starts nothing new to remember.
  if (rec.person && !named) {
    return { reply: answers.unknownPerson(rec.person, language), answered: { topic: 'unknown-person', language }, state: next };
  }
  // "Bist du ein Mensch?", "Woher hast du die Zahlen?": out of scope, but the bot can say what it is. Like a
  // fallback, it starts nothing new to remember.
  if (rec.aboutBot && !named) {
    return { reply: answers.aboutBot(rec.aboutBot, language), answered: { topic: 'about-bot', language }, state: next };
  }
  if (rec.answerRequest && answeredLast) return answerAbout(rec.answerRequest, state.topic!);
  // "hä?", "ich versteh nix" before anything was talked about: what the bot is for and how to ask it.
  if (rec.answerRequest === 'simpler' && !named && !state.pendingTopic && !rec.topics && !state.topic && !state.occupation) {
    return { reply: answers.smallTalk('help', language), answered: { topic: 'help', language }, state: next };
  }
  // "warum?" after an answer: a reason is given only where the sources give one, and that is in the answer.
  if (rec.asksWhy && state.shown && state.occupation && state.topic) {
    const ids = state.comparing ?? [state.occupation];
    return { reply: answers.noReason(ids, state.topic, language), answered: { topic: 'not-covered', occupation: ids.join(','), language }, state: extend(next, sameAnswer) };
  }
  // "also wer jetzt?" after a comparison: no verdict, and why. "wer verdient denn nun mehr?" after the duties compares pay.
  if (rec.asksVerdict && state.comparing && state.comparing.length >= 2 && state.topic && !named) {
    if (rec.asksVerdict !== true && rec.asksVerdict !== state.topic) return answerAsked(rec.asksVerdict, state.comparing);
    if (state.shown) return noVerdict(state.comparing, state.topic);
  }
  // An occupation we do not know: say so, never answer for the one in context.
  if ((topicAsked || rec.intent === 'compare' || rec.intent === 'None') && !named && rec.unknownOccupation) {
    return {
      reply: answers.unknownOccupation(rec.unknownOccupation, language),
      answered: { topic: 'unknown-occupation', language },
      state: extend(about, { pendingTopic: topicAsked }),
    };
  }
  // Nothing but an aspect after an answer ("Und als Senior?" after the pay, "and net?"): that answer again, about
  // the aspect — for the occupations it was about. One that does not qualify the last topic goes to the rule below.
  if (rec.aspectOnly && rec.aspect && state.topic && !state.pendingTopic && !state.pendingTopics) {
    const again = answerAspect(rec.aspect, state.comparing ?? (state.occupation ? [state.occupation] : []), state.topic);
    if (again) return again;
  }
  // A question about an aspect no source covers — not small talk; an off-topic one ("Wie viele Urlaubstage
  // stehen mir zu?") too, for the occupation named or in context.
  if (rec.aspect && !rec.occupationOnly && (topicAsked || rec.intent === 'compare' || rec.topics || rec.intent === 'None')) {
    const ids = rec.occupations.length >= 2 ? rec.occupations : named ? [named] : state.occupation ? [state.occupation] : [];
    // Not understood as a topic, a follow-up that the classifier could not tell from the last answer's topic is about
    // it ("is that gross or net?" after the pay: pay or overview; not "wie sieht es mit remote aus?").
    const followed = !named && state.topic && rec.ambiguous?.includes(state.topic) ? state.topic : undefined;
    const topic = topicAsked ?? (rec.intent === 'compare' ? (rec.compareTopic ?? bestTopic(rec)) : followed);
    const outcome = answerAspect(rec.aspect, ids, topic, rec.topics, rec.besideAspect);
    if (outcome) return outcome;
  }
  // Nothing but an occupation ("Und ein Data Scientist?", a picked button) is never a comparison:
  // answer the waiting or last topic for it — about the aspect asked about last, if any.
  if (named && rec.occupationOnly && rec.occupations.length <= 1) {
    const again = state.aspect ? answerAspect(state.aspect, [named], state.pendingTopic ?? state.topic, state.pendingTopics) : undefined;
    if (again) return again;
    if (state.pendingTopics) return answerSeveral(state.pendingTopics, state.pendingTopics.map(() => named));
    if (state.technologies) return answerTechnologies(state.technologies, [named]);
    return answerTopic(state.pendingTopic ?? state.topic ?? 'overview', named);
  }
  // Nothing but a technology ("Und Docker?", "what about Jenkins?"): what the texts of the occupations talked about
  // say about it, whatever the last topic was; without one, which occupations name it.
  if (rec.technologyOnly && rec.technologies && !state.pendingTopics) {
    return talkedAbout.length > 0 ? answerTechnologies(rec.technologies, talkedAbout) : occupationsNaming(rec.technologies);
  }
  // Nothing but a place ("Und in Berlin?"): the last answer again, for that place — unless a question is
  // still waiting for its occupation.
  // "Danke, und in Hamburg?" asks the same: the thanks is only politeness.
  const placeFollowUp = rec.placeOnly || (rec.intent === 'thanks' && rec.place !== undefined);
  if (placeFollowUp && !state.pendingTopic && !state.pendingTopics) {
    const again = lastAnswerAgain();
    if (again) return again;
  }
  // Several questions, each about its own occupation: not a comparison, each answered for its own. A question about
  // a title the bot does not know ("… und was verdient ein Pilot?") gets a note instead.
  if (rec.topics && rec.topicOccupations) {
    const outcome = answerSeveral(rec.topics, rec.topicOccupations);
    const unknown = rec.unknownOccupation && answers.unknownBesideNote(rec.unknownOccupation, rec.topicOccupations, language);
    return unknown ? extend(outcome, { reply: answers.withNotes(outcome.reply!, [unknown]) }) : outcome;
  }
  // "Wer verdient mehr, Lehrer oder Data Scientist?", "Verdient ein Bäcker mehr als ein Backend Developer?": one
  // side unknown — say so and answer for the known one, never compare with the occupation in context.
  if ((rec.intent === 'compare' || topicAsked) && named && rec.occupations.length < 2 && rec.unknownOccupation) {
    const topic = topicAsked ?? rec.compareTopic ?? bestTopic(rec) ?? 'overview';
    const outcome = answerTopic(topic, named);
    return extend(outcome, { reply: answers.withNotes(outcome.reply!, [answers.compareUnknownNote(rec.unknownOccupation, named, language)]) });
  }
  if (rec.intent === 'compare' || (topicAsked && rec.occupations.length >= 2)) {
    // "Welcher von beiden hat bessere Aussichten?" names none: the two compared before, else the last two talked
    // about ("Was verdient ein Sysadmin?" – "und ne Netzwerktechnikerin?" – "wer verdient mehr von den beiden?", "welcher mehr?").
    const lastTwo = rec.pointsToTwo && state.occupation && state.previousOccupation ? [state.previousOccupation, state.occupation] : [];
    const before = named ? [] : state.comparing && state.comparing.length >= 2 ? state.comparing : lastTwo;
    const ids = rec.occupations.length >= 2 ? rec.occupations : named && state.occupation && named !== state.occupation ? [state.occupation, named] : before;
    // "und im Vergleich zum Frontend?" after a pay answer compares pay: a follow-up naming one occupation
    // carries the topic over; "Unterschied zwischen Frontend und Backend?" is about the jobs as a whole.
    // After a declined ranking ("Welcher verdient am meisten?" – "Devops oder Data Scientist?"), the ranking's topic.
    // Pointing back at two asks its own topic where the classifier sees one ("Was machen die beiden?" after the pay).
    const topic = topicAsked ?? rec.compareTopic ?? state.rankedTopic ?? (rec.pointsToTwo === 'both' ? bestTopic(rec) : undefined) ?? (rec.occupations.length < 2 ? state.topic : undefined) ?? 'overview';
    // Technologies set against each other ("Was ist besser, Python oder Java?"): what the texts of the occupations
    // talked about say about each; without any, a question about the tools, not about jobs (the fallback).
    // Occupations ranked by one ("Which of these jobs use Ansible the most?"): no ranking, but where the sources name it.
    if (rec.occupations.length < 2 && !named && rec.technologies) {
      if (rec.technologies.length < 2) return occupationsNaming(rec.technologies);
      return talkedAbout.length > 0 ? answerTechnologies(rec.technologies, talkedAbout) : fallback();
    }
    // The same comparison on the same topic again right after it ("Wer verdient mehr, Backend oder Frontend?" twice): a
    // verdict is asked. Not one that names no topic of its own ("welcher ist einfacher?" after the pay).
    const ownTopic = topicAsked ?? rec.compareTopic;
    const again = state.shown === language && ownTopic === state.topic && !rec.place && sameOccupations(ids, state.comparing);
    if (again) return noVerdict(ids, topic);
    if (ids.length >= 2) return answerAsked(topic, ids);
    // One occupation only and nothing to compare it with: a weakly recognised comparison is a topic question.
    if (named) return answerAsked(rec.compareTopic ?? bestTopic(rec) ?? topic, [named]);
    // A comparison of nothing that names no occupations as a class ranks nothing: "Verdient man als Quereinsteiger
    // weniger?", "Wo verdient man mehr, in Berlin oder in München?" ask about the occupation talked about.
    if (!rec.ranksOccupations && rec.pointsToTwo !== 'both' && state.occupation) return answerTopic(rec.compareTopic ?? bestTopic(rec) ?? topic, state.occupation);
    // One by ease ("Welcher Beruf ist am einfachsten für Quereinsteiger?") is about the way in.
    return needsTwo(rec.ranksByEase ? 'education' : rec.ranksOccupations ? (topicAsked ?? rec.compareTopic) : undefined);
  }
  // A ranking by ease the classifier read as the way in ("which job is easiest to get into?").
  if (rec.ranksByEase && !named && topicAsked === 'education') return needsTwo('education');
  // "Danke, das Gehalt klingt gut. Tschüss!" after the pay: a comment on the answer given, then a thanks or goodbye.
  if (rec.closing && topicAsked === state.topic && (!named || named === state.occupation) && !rec.place) {
    return { reply: answers.smallTalk(rec.closing, language), answered: { topic: rec.closing, language }, state: rec.closing === 'thanks' ? reacting : next };
  }
  // Several questions at once: answer each, in the order asked.
  if (rec.topics && (named ?? state.occupation)) return answerSeveral(rec.topics, rec.topics.map(() => (named ?? state.occupation)!));
  // Two topics equally likely: ask which one rather than guess (the first stage of the fallback).
  if (rec.ambiguous) {
    const followed = unplacedFollowUp();
    if (followed) return followed;
    return {
      reply: answers.clarify(rec.ambiguous[0], rec.ambiguous[1], language),
      answered: { topic: 'clarify', occupation: named, language },
      state: extend(about, { occupation: named ?? state.occupation }),
    };
  }
  if (topicAsked) {
    if (!named && state.comparing && state.comparing.length >= 2) return answerAsked(topicAsked, state.comparing);
    const occupation = named ?? state.occupation;
    if (occupation) return answerAsked(topicAsked, [occupation]);
    if (rec.technologies) return occupationsNaming(rec.technologies, topicAsked);
    // Asked again before an occupation was named ("Is there an apprenticeship I could do?" – "Would I get paid while
    // training?"): the question waiting is kept beside the new one, and naming an occupation answers both.
    const waiting = state.pendingTopics ?? (state.pendingTopic ? [state.pendingTopic] : []);
    const pending = [...new Set([...waiting, ...(rec.topics ?? [topicAsked])])];
    return {
      reply: answers.withNotes(answers.askOccupation(pending, language, pending.length > waiting.length && waiting.length > 0), [rec.aspect && answers.uncoveredNote(rec.aspect, topicAsked, language)]),
      answered: { topic: 'ask-occupation', language },
      state: extend(about, { pendingTopic: topicAsked, pendingTopics: pending.length > 1 ? pending : undefined, aspect: rec.aspect }),
    };
  }
  switch (rec.intent) {
    case 'occupations':
      if (rec.technologies && !named) return occupationsNaming(rec.technologies);
      return { reply: answers.occupationList(language), answered: { topic: 'occupations', language }, state: extend(next, { pendingTopic: state.pendingTopic }) };
    case 'thanks':
      return { reply: answers.smallTalk(rec.intent, language), answered: { topic: rec.intent, language }, state: reacting };
    case 'greeting':
    case 'help':
      // "english please" right after an answer: that answer, in the language asked for.
      if (rec.languageRequest && (state.shown || state.aspect)) {
        // Already in that language: the same text again would only be longer.
        if ((state.shown ?? state.language) === language) return { reply: answers.languageKept(language), answered: { topic: 'about-answer', language }, state: extend(next, sameAnswer) };
        const again = lastAnswerAgain();
        if (again) return again;
      }
      // "Hallo, ich hätte eine Frage zum Systemadministrator": the question is still to come, about that occupation.
      if (named) return { reply: answers.acknowledged(language, named), answered: { topic: rec.intent, occupation: named, language }, state: extend(next, { occupation: named }) };
      return { reply: answers.smallTalk(rec.intent, language), answered: { topic: rec.intent, language }, state: next };
    case 'goodbye':
      return { reply: answers.smallTalk(rec.intent, language), answered: { topic: rec.intent, language }, state: next };
    default:
      return unplacedFollowUp() ?? fallback();
  }
}

/** An aspect no source covers that a question was about, and what to say about it before the answer. */
interface AspectNote {
  /** The aspect the note is about, kept for follow-ups; absent for a note about nothing to come back to. */
  id?: string;
  text: string;
  /** The note when the topic's text was the last answer: it points back to it instead of coming again. */
  again?: string;
}

/**
 * "Was verdient der letzte?", "und der erste nochmal …", "und der andere?": one of the occupations the last reply
 * offered as buttons, else of those talked about — the ones compared, else the one before and the current one — as
 * if named.
 */
function referred(rec: Recognition, state: Readonly<DialogueState>): Recognition {
  const { refersTo } = rec;
  if (refersTo === undefined || rec.occupations.length > 0) return rec;
  const among = pointable(state);
  // Of two talked about, "the other" is the one the last answer was not about.
  const id = refersTo === 'other' ? (among.length === 2 && !state.listed ? among.find((o) => o !== state.occupation) : undefined) : among[refersTo === 'last' ? among.length - 1 : refersTo - 1];
  return id ? extend(rec, { occupations: [id] }) : rec;
}

/**
 * The occupations a message can point at by their place ("der zweite", "the other one"): those the last reply offered
 * as buttons, else the ones compared, else the one talked about before and the current one.
 */
export function pointable(state: Readonly<DialogueState>): readonly string[] {
  if (state.listed) return state.listed;
  return state.comparing && state.comparing.length >= 2 ? state.comparing : [state.previousOccupation, state.occupation].filter((o) => o !== undefined);
}

/** Whether two lists name the same occupations, in any order. */
function sameOccupations(ids: readonly string[], others: readonly string[] | undefined): boolean {
  return others !== undefined && ids.length >= 2 && ids.length === others.length && ids.every((id) => others.includes(id));
}

/** The most likely topic intent, when the classifier gives one a fair chance. */
function bestTopic(rec: Recognition): Topic | undefined {
  const top = rec.intents.find((i) => isTopicIntent(i.intent));
  return top && top.score >= 0.1 && isTopicIntent(top.intent) ? top.intent : undefined;
}
