/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent transpositions), cut off
 * at `max`: returns `max + 1` as soon as the distance must exceed it. Only a band of width 2·max+1 around the
 * diagonal is computed, so checking a word against hundreds of names per message stays cheap (natural's
 * DamerauLevenshteinDistance builds full matrices and was the bot's top CPU cost).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const big = max + 1;
  let prev2 = new Array<number>(m + 1).fill(big);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    cur.fill(big);
    if (i <= max) cur[0] = i;
    let rowMin = cur[0];
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return big;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m], big);
}
