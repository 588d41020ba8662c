import type { Language } from '../language';
import type { LanguagePack } from './languages';

// Log-odds below this count as a tie (e.g. "ok", "Backend Developer", "hi").
const TIE_MARGIN = 1.5;
const LETTER_BONUS = 4;

/**
 * Word-unigram naive Bayes language detector trained on the training utterances plus each pack's common
 * words; ties go to the conversation's previous language.
 */
export class LanguageDetector {
  /** Per known word, its log-probability in each pack's language (in pack order). */
  private readonly logP = new Map<string, Float64Array>();
  private readonly languages: readonly Language[];

  constructor(
    private readonly packs: readonly LanguagePack[],
    samples: readonly { language: Language; tokens: readonly string[] }[],
  ) {
    // The packs in use, not every supported language: a recognizer may run with one pack only.
    this.languages = packs.map((p) => p.code);
    const counts = new Map<Language, Map<string, number>>();
    for (const pack of packs) {
      const c = new Map<string, number>();
      for (const w of pack.commonWords) c.set(w, (c.get(w) ?? 0) + 5);
      counts.set(pack.code, c);
    }
    for (const s of samples) {
      const c = counts.get(s.language)!;
      for (const t of new Set(s.tokens)) c.set(t, (c.get(t) ?? 0) + 1);
    }
    const vocabulary = new Set([...counts.values()].flatMap((c) => [...c.keys()]));
    this.languages.forEach((lang, l) => {
      const c = counts.get(lang)!;
      const total = [...c.values()].reduce((a, b) => a + b, 0) + vocabulary.size * 0.5;
      for (const w of vocabulary) {
        let lp = this.logP.get(w);
        if (!lp) this.logP.set(w, (lp = new Float64Array(this.languages.length)));
        lp[l] = Math.log(((c.get(w) ?? 0) + 0.5) / total);
      }
    });
  }

  /**
   * Detects the language of a message.
   * @param raw the original text (letters such as ä or ß are evidence before folding removes them).
   * @param tokens the folded tokens.
   * @param previous the conversation's language so far, which wins ties.
   */
  detect(raw: string, tokens: readonly string[], previous: Language | undefined, fallback: Language): Language {
    const n = this.languages.length;
    const scores = new Float64Array(n);
    for (const t of tokens) {
      // Only words known to some language are evidence; unknown words (names, typos) would just add noise.
      const lp = this.logP.get(t);
      if (lp) for (let l = 0; l < n; l++) scores[l] += lp[l];
    }
    this.packs.forEach((pack, l) => {
      if (pack.letters?.test(raw)) scores[l] += LETTER_BONUS;
    });
    let best = 0;
    let second = -Infinity;
    for (let l = 1; l < n; l++) {
      if (scores[l] > scores[best]) {
        second = scores[best];
        best = l;
      } else if (scores[l] > second) second = scores[l];
    }
    // Too little evidence either way: the conversation's language (or the default) decides.
    if (n > 1 && scores[best] - second < TIE_MARGIN) return previous ?? fallback;
    return this.languages[best];
  }
}
