/**
 * A progress bar on stderr, so stdout stays clean for the tables. On a terminal it redraws one line; in a
 * log (CI, a pipe) it writes a single line when the step is done instead of a screenful of carriage returns.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = performance.now();
  private readonly tty: boolean;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(stream.isTTY);
    this.draw();
  }

  /** Advances by `n` steps. */
  tick(n = 1): void {
    this.done = Math.min(this.total, this.done + n);
    const now = performance.now();
    // Redrawing on every step would cost more than the work being measured.
    if (now - this.lastDraw > 80 || this.done === this.total) {
      this.lastDraw = now;
      this.draw();
    }
  }

  /** Finishes the bar and reports the elapsed time; returns it in milliseconds. */
  finish(note = ''): number {
    const ms = performance.now() - this.started;
    this.done = this.total;
    const line = `${this.label} ${this.total}/${this.total} in ${formatSeconds(ms)}${note ? ` ${note}` : ''}`;
    this.stream.write(this.tty ? `\r\x1b[K${line}\n` : `${line}\n`);
    return ms;
  }

  private draw(): void {
    if (!this.tty) return;
    const width = 30;
    const share = this.total === 0 ? 1 : this.done / this.total;
    const filled = Math.round(share * width);
    const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
    this.stream.write(`\r\x1b[K${this.label} [${bar}] ${Math.round(share * 100)}% ${this.done}/${this.total}`);
  }
}

/** Writes a status line on stderr (what is running now), keeping stdout for results. */
export function status(message: string): void {
  process.stderr.write(message + '\n');
}

/** `1234.5` ms -> `1.2 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
