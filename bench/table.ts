/**
 * Formats rows as a plain-text table with aligned columns: numbers (and "–") right-aligned, text left.
 * Plain text on purpose: it reads the same in a terminal, a CI log and a pasted issue comment.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], options: { rightAlign?: readonly boolean[] } = {}): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const right = headers.map((_, c) => options.rightAlign?.[c] ?? rows.every((r) => /^(?:$|–|[-+]?\d)/.test(r[c] ?? '')));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, c) => (right[c] ? pad(cell ?? '', widths[c], 'left') : pad(cell ?? '', widths[c], 'right')))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

function pad(text: string, width: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return side === 'left' ? fill + text : text + fill;
}

/** 0.9123 -> `0.912`; null/NaN (nothing to measure) -> `–`. */
export function fixed(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

/** 0.9123 -> `91.2 %`; null/NaN -> `–`. */
export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : `${(value * 100).toFixed(digits)} %`;
}
