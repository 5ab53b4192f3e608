// A one-line progress bar on stderr for `ingest`, drawn only when stderr is a terminal and at most
// ten times a second (a redraw per file would cost more than small files take to analyse).

export class Progress {
  private last = 0;
  private readonly on: boolean;
  private drawn = false;
  constructor(
    private readonly total: number,
    private readonly started: number,
  ) {
    this.on = !!process.stderr.isTTY && total > 1;
  }

  update(done: number, words: number, force = false): void {
    if (!this.on) return;
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? words / secs : 0;
    const eta = done > 0 ? (secs / done) * (this.total - done) : 0;
    const width = Math.max(10, Math.min(30, (process.stderr.columns ?? 80) - 60));
    const fill = Math.round((done / this.total) * width);
    const bar = '█'.repeat(fill) + '░'.repeat(width - fill);
    process.stderr.write(`\r\x1b[K${bar} ${done}/${this.total} files  ${Math.round(rate).toLocaleString('en-US')} words/s  ETA ${clock(eta)}`);
    this.drawn = true;
  }

  /** Clears the bar so that error lines and the summary start on a clean line. */
  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}

function clock(s: number): string {
  const t = Math.max(0, Math.round(s));
  const m = Math.floor(t / 60);
  return `${m}:${String(t % 60).padStart(2, '0')}`;
}
