import type { Language } from '../language';
import type { BotTextKey, KnowledgeBase, Occupation, Topic } from '../knowledge';
import { fill, formatDate, formatFigure, joinList } from './format';

/** A button the user can click instead of typing; `value` is sent back as if typed. */
export interface Suggestion {
  title: string;
  value: string;
}

/** A channel-neutral reply: text in one language plus suggested follow-ups. Channels render it. */
export interface Reply {
  language: Language;
  text: string;
  suggestions: Suggestion[];
}

/**
 * Turns knowledge into replies in the user's language. Every figure comes from the knowledge base and
 * is formatted per locale; nothing is computed or estimated here.
 */
export class AnswerComposer {
  constructor(private readonly kb: KnowledgeBase) {}

  /** The occupation's answer on a topic, with its sources and follow-up topics. */
  topic(occupationId: string, topic: Topic, language: Language): Reply {
    const occupation = this.occupation(occupationId);
    const entry = occupation.topics[topic];
    const followUps = this.topicSuggestions(this.kb.bot.topics[topic].followUps, language);
    if (!entry.covered) {
      const text = entry.text?.[language] ?? this.say('not_covered', language, { occupation: occupation.title[language], topic: this.label(topic, language) });
      return { language, text, suggestions: followUps };
    }
    const figures: Record<string, string> = {};
    for (const [name, f] of Object.entries(entry.figures)) figures[name] = formatFigure(f, language, this.kb.bot.texts.pay_range);
    const sources = entry.sources
      .map((s) => `${s.title}, ${this.say('as_of', language, { date: formatDate(s.asOf, language) })}`)
      .join('; ');
    const text = `${fill(entry.text[language], figures)}\n\n${this.say('sources_label', language)}: ${sources}`;
    return { language, text, suggestions: followUps };
  }

  /** Asks which occupation a topic question is about, offering every known occupation. */
  askOccupation(topic: Topic, language: Language): Reply {
    return { language, text: this.say('ask_occupation', language, { topic: this.label(topic, language) }), suggestions: this.occupationSuggestions(language) };
  }

  /** Lists the occupations the bot knows. */
  occupationList(language: Language): Reply {
    return { language, text: this.say('occupation_list', language, { occupations: this.occupationNames(language) }), suggestions: this.occupationSuggestions(language) };
  }

  /** Welcome, greeting, help, thanks or goodbye, with example questions to start from. */
  smallTalk(key: 'welcome' | 'greeting' | 'help' | 'thanks' | 'goodbye', language: Language): Reply {
    const suggestions = key === 'goodbye' ? [] : this.kb.bot.examples[language].map((q) => ({ title: q, value: q }));
    return { language, text: this.say(key, language, { occupations: this.occupationNames(language) }), suggestions };
  }

  /** The honest "I can't help with that", offering what the bot can do (in the context's occupation if any). */
  fallback(language: Language, occupationId?: string): Reply {
    if (occupationId && this.kb.occupations.has(occupationId)) {
      const title = this.occupation(occupationId).title[language];
      return { language, text: this.say('fallback_in_context', language, { occupation: title }), suggestions: this.topicSuggestions(['overview', 'salary', 'education', 'jobs'], language) };
    }
    return { language, text: this.say('fallback', language, { occupations: this.occupationNames(language) }), suggestions: this.kb.bot.examples[language].map((q) => ({ title: q, value: q })) };
  }

  /** A plain bot text (empty message, attachment only, error). */
  notice(key: 'empty_message' | 'attachment_only' | 'error', language: Language): Reply {
    return { language, text: this.say(key, language), suggestions: [] };
  }

  /** The localized label of a topic, as shown on buttons. */
  label(topic: Topic, language: Language): string {
    return this.kb.bot.topics[topic].label[language];
  }

  private say(key: BotTextKey, language: Language, values: Record<string, string> = {}): string {
    return fill(this.kb.bot.texts[key][language], values);
  }

  private occupation(id: string): Occupation {
    const o = this.kb.occupations.get(id);
    if (!o) throw new Error(`unknown occupation '${id}'`);
    return o;
  }

  private occupationNames(language: Language): string {
    return joinList([...this.kb.occupations.values()].map((o) => o.title[language]), this.kb.bot.texts.list_and[language]);
  }

  private occupationSuggestions(language: Language): Suggestion[] {
    return [...this.kb.occupations.values()].map((o) => ({ title: o.title[language], value: o.title[language] }));
  }

  private topicSuggestions(topics: readonly Topic[], language: Language): Suggestion[] {
    return topics.map((t) => ({ title: this.label(t, language), value: this.label(t, language) }));
  }
}
