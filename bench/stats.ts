/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Least-squares slope of y over x (how fast y grows per unit of x); 0 for fewer than two distinct x.
 * Used for the soak: RSS in MB over minutes, so a leak shows as a positive MB/min.
 */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

/** 12345.6 -> `12 346` (a space between thousands, as in the README's tables). */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
}
