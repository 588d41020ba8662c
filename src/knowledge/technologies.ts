import type { Technology } from './types';

/** A technology named in a text, with where its name stands. */
export interface TechnologyMatch {
  technology: Technology;
  /** The name as written in the text. */
  text: string;
  index: number;
}

/**
 * Finds technologies by their phrases in a text, in text order: whole names only ("Java" is not in
 * "JavaScript", "C" not in "C++"), a hyphen ends one ("SQL-Datenbanken"), case-blind unless the technology
 * matches case. One regular expression for all phrases: a message is scanned once, not once per technology.
 */
export class TechnologyFinder {
  private readonly pattern?: RegExp;
  /** Case-blind phrases by their lower-case form; case-matching ones as written. */
  private readonly blind = new Map<string, Technology>();
  private readonly exact = new Map<string, Technology>();

  constructor(technologies: Iterable<Technology>) {
    const phrases: string[] = [];
    for (const t of technologies) {
      for (const p of t.phrases) {
        if (t.matchCase.includes(p)) this.exact.set(p, t);
        else this.blind.set(p.toLowerCase(), t);
        phrases.push(p);
      }
    }
    if (phrases.length === 0) return;
    // Longest first, so "Spring Boot" wins over "Spring" and "Vue.js" over "Vue".
    const alternatives = phrases.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives})(?![\\p{L}\\p{N}+#&]|\\.[\\p{L}\\p{N}])`, 'giu');
  }

  /** Every match in `text`, in order (a technology as often as it is named). */
  matches(text: string): TechnologyMatch[] {
    if (!this.pattern) return [];
    const out: TechnologyMatch[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const technology = this.exact.get(m[0]) ?? this.blind.get(m[0].toLowerCase());
      if (technology) out.push({ technology, text: m[0], index: m.index });
    }
    return out;
  }

  /** The technologies named in `text`, each once, in the order first named. */
  find(text: string): Technology[] {
    return [...new Set(this.matches(text).map((m) => m.technology))];
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
