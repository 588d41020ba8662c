import { LOCALES, type Language } from '../language';
import type { Figure, Localized } from '../knowledge';

/** Fills `{name}` placeholders; unknown names stay visible so an editor notices them. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (m, name: string) => values[name] ?? m);
}

/** Formats money the way the locale writes it: `47.700 €` in German, `€47,700` in English. */
export function formatMoney(amount: number, currency: Figure['currency'], language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency, maximumFractionDigits: 0 })
    .format(amount)
    // Intl puts a no-break space before "€"; plain text channels and searches expect a normal one.
    .replace(/\u00a0/g, ' ');
}

/** Renders a figure: one amount, or a range through the localized `pay_range` template. */
export function formatFigure(figure: Figure, language: Language, rangeTemplate: Localized): string {
  if (figure.kind === 'range') {
    return fill(rangeTemplate[language], {
      min: formatMoney(figure.min!, figure.currency, language),
      max: formatMoney(figure.max!, figure.currency, language),
    });
  }
  return formatMoney(figure.amount!, figure.currency, language);
}

/** Formats a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date for the locale (22.11.2026 / Nov 22, 2026 / 2026). */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const options: Intl.DateTimeFormatOptions = d
    ? { timeZone: 'UTC', year: 'numeric', month: language === 'de' ? '2-digit' : 'short', day: '2-digit' }
    : { timeZone: 'UTC', year: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(new Date(Date.UTC(y, m - 1, d || 1)));
}

/** Joins items as "A, B and C" with the localized word for "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
