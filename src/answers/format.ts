import { LOCALES, type Language } from '../language';
import { PLACEHOLDER, type Figure, type Localized } from '../knowledge';

/** Fills `{name}` placeholders; unknown names stay visible so an editor notices them. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (m, name: string) => values[name] ?? m);
}

// Intl formatters are expensive to build (they were a top CPU cost per turn); keep one per setting.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}

/** Formats money the way the locale writes it: `47.700 €` in German, `€47,700` in English. */
export function formatMoney(amount: number, currency: Figure['currency'], language: Language): string {
  return cached(`money:${language}:${currency}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency, maximumFractionDigits: 0 }))
    .format(amount)
    // Intl puts a no-break space before "€"; plain text channels and searches expect a normal one.
    .replace(/\u00a0/g, ' ');
}

/** Figures older than this many years are marked with their year. */
export const OLD_FIGURE_YEARS = 5;

/** Templates the figure formatter needs from the bot texts. */
export interface FigureTexts {
  pay_range: Localized;
  as_of: Localized;
}

/** The country the knowledge base is about: its texts and figures are German unless they say otherwise. */
export const HOME_COUNTRY = 'DE';

/**
 * A figure exactly as sourced — one amount, or a range through the localized `pay_range` template — and the
 * marks it needs: its country when it is not German, its year when older than five years, so that neither can
 * pass for a current German number. A mark the surrounding sentence already makes ("in den USA", "2015") is
 * left out.
 */
export function formatFigureParts(figure: Figure, language: Language, texts: FigureTexts, sentence = '', now = new Date()): { amount: string; marks: string[] } {
  const amount =
    figure.kind === 'range'
      ? fill(texts.pay_range[language], { min: formatMoney(figure.min!, figure.currency, language), max: formatMoney(figure.max!, figure.currency, language) })
      : formatMoney(figure.amount!, figure.currency, language);
  const marks: string[] = [];
  const country = figure.region.slice(0, 2);
  const name = regionName(country, language);
  if (country !== HOME_COUNTRY && !new RegExp(`\\b(${country}A?|${name})\\b`, 'i').test(sentence)) marks.push(name);
  if (typeof figure.year === 'number' && now.getUTCFullYear() - figure.year > OLD_FIGURE_YEARS && !sentence.includes(String(figure.year))) {
    marks.push(fill(texts.as_of[language], { date: String(figure.year) }));
  }
  return { amount, marks };
}

/** A figure with its marks in brackets: `45.200 € (Stand 2015)`. */
export function formatFigure(figure: Figure, language: Language, texts: FigureTexts, sentence = '', now = new Date()): string {
  const { amount, marks } = formatFigureParts(figure, language, texts, sentence, now);
  return marks.length > 0 ? `${amount} (${marks.join(', ')})` : amount;
}

/** The country's name in the language (US -> USA in German, United States in English). */
export function regionName(code: string, language: Language): string {
  return cached(`region:${language}`, () => new Intl.DisplayNames([LOCALES[language]], { type: 'region' })).of(code) ?? code;
}

/** Formats a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date for the locale (22.11.2026 / Nov 22, 2026 / 2026). */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const options: Intl.DateTimeFormatOptions = d
    ? { timeZone: 'UTC', year: 'numeric', month: language === 'de' ? '2-digit' : 'short', day: '2-digit' }
    : { timeZone: 'UTC', year: 'numeric', month: 'long' };
  return cached(`date:${language}:${d ? 'day' : 'month'}`, () => new Intl.DateTimeFormat(LOCALES[language], options)).format(new Date(Date.UTC(y, m - 1, d || 1)));
}

/** Joins items as "A, B and C" with the localized word for "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
