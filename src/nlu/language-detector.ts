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
  private readonly logP = new Map<Language, Map<string, number>>();
  private readonly unseen = new Map<Language, number>();

  constructor(
    private readonly packs: readonly LanguagePack[],
    samples: readonly { language: Language; tokens: readonly string[] }[],
  ) {
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
    for (const [lang, c] of counts) {
      const total = [...c.values()].reduce((a, b) => a + b, 0) + vocabulary.size * 0.5;
      const lp = new Map<string, number>();
      for (const [w, n] of c) lp.set(w, Math.log((n + 0.5) / total));
      this.logP.set(lang, lp);
      this.unseen.set(lang, Math.log(0.5 / total));
    }
  }

  /**
   * Detects the language of a message.
   * @param raw the original text (letters such as ä or ß are evidence before folding removes them).
   * @param tokens the folded tokens.
   * @param previous the conversation's language so far, which wins ties.
   */
  detect(raw: string, tokens: readonly string[], previous: Language | undefined, fallback: Language): Language {
    // The packs in use, not every supported language: a recognizer may run with one pack only.
    const languages = this.packs.map((p) => p.code);
    const scores = new Map<Language, number>(languages.map((l) => [l, 0]));
    for (const t of tokens) {
      // Only words known to some language are evidence; unknown words (names, typos) would just add noise.
      if (!languages.some((l) => this.logP.get(l)!.has(t))) continue;
      for (const l of languages) scores.set(l, scores.get(l)! + (this.logP.get(l)!.get(t) ?? this.unseen.get(l)!));
    }
    for (const pack of this.packs) if (pack.letters?.test(raw)) scores.set(pack.code, scores.get(pack.code)! + LETTER_BONUS);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]);
    // Too little evidence either way: the conversation's language (or the default) decides.
    if (ranked.length > 1 && ranked[0][1] - ranked[1][1] < TIE_MARGIN) return previous ?? fallback;
    return ranked[0][0];
  }
}
