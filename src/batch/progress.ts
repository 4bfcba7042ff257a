/**
 * Progress of a batch on stderr: on a terminal a one-line bar redrawn in place (at most ten times
 * a second, so drawing costs nothing next to parsing); elsewhere (logs, CI) only the summary.
 */

/** Redraws are at least this far apart. */
const REDRAW_MS = 100;

export interface ProgressOptions {
  write: (chunk: string) => void;
  /** Draw the bar: stderr is a terminal. */
  tty: boolean;
  /** Terminal width, to keep the bar on one line. */
  columns?: number;
  now?: () => number;
}

export class Progress {
  total = 0;
  done = 0;
  errors = 0;
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  start(total: number): void {
    this.total = total;
    this.draw(true);
  }

  /** One record finished. */
  tick(error: boolean): void {
    this.done++;
    if (error) this.errors++;
    this.draw(this.done === this.total);
  }

  /** A message line (an error) above the bar. */
  log(text: string): void {
    if (this.options.tty && this.drawn) this.options.write('\r\x1b[K');
    this.options.write(text.endsWith('\n') ? text : `${text}\n`);
    if (this.options.tty && this.drawn) this.draw(true);
  }

  /** Seconds since the start. */
  elapsed(): number {
    return (this.now() - this.started) / 1000;
  }

  rate(): number {
    const seconds = this.elapsed();
    return seconds > 0 ? this.done / seconds : 0;
  }

  /** Replaces the bar (on a terminal) with the summary line. */
  finish(summary: string): void {
    if (this.options.tty && this.drawn) this.options.write('\r\x1b[K');
    this.options.write(`${summary}\n`);
  }

  line(): string {
    const rate = this.rate();
    const left = this.total - this.done;
    const eta = rate > 0 && this.done > 0 ? formatDuration(left / rate) : '--:--';
    const percent = this.total ? Math.floor((this.done / this.total) * 100) : 100;
    const text = ` ${this.done}/${this.total} ${percent}% · ${rate.toFixed(1)} docs/s · ETA ${eta} · ${this.errors} error${this.errors === 1 ? '' : 's'}`;
    const width = Math.max(10, Math.min(40, (this.options.columns ?? 80) - text.length - 3));
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`;
  }

  private draw(force: boolean): void {
    if (!this.options.tty) return;
    const now = this.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.options.write(`\r${this.line()}\x1b[K`);
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
