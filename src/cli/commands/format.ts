// Plain aligned text tables for the read commands: cells flattened to one line, the widest columns
// shrunk (with "…") until the table fits the terminal. Hand-written because the layout need is tiny
// and table libraries pull in dependencies for colours and borders we do not want.

export interface Column<T> {
  header: string;
  get: (row: T) => string | number | null | undefined;
  /** right-align (numbers) */
  right?: boolean;
  /** never shrink below this width */
  min?: number;
}

/** Terminal width, or a generous fixed width when the output is not a terminal. */
export const outputWidth = (): number => (process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 160);

const flat = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim());

export function truncate(s: string, width: number): string {
  if (s.length <= width) return s;
  return width <= 1 ? s.slice(0, width) : s.slice(0, width - 1).trimEnd() + '…';
}

export function table<T>(rows: T[], columns: Column<T>[], width = outputWidth()): string {
  const cells = rows.map((r) => columns.map((c) => flat(c.get(r))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  // shrink the widest shrinkable column one step at a time until it fits
  while (total() > width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const floor = Math.max(columns[i].min ?? 6, Math.min(columns[i].header.length, 12));
      if (widths[i] > floor && (widest < 0 || widths[i] > widths[widest])) widest = i;
    }
    if (widest < 0) break;
    widths[widest]--;
  }
  const line = (vals: string[]) =>
    vals
      .map((v, i) => {
        const t = truncate(v, widths[i]);
        return columns[i].right ? t.padStart(widths[i]) : i === vals.length - 1 ? t : t.padEnd(widths[i]);
      })
      .join(' '.repeat(gap))
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}

/** "12,345" */
export const num = (n: number): string => n.toLocaleString('en-US');

/** A footer that says how much more there is. */
export function pageNote(shown: number, offset: number, total: number): string {
  if (total === 0) return '';
  if (shown >= total) return `${num(total)} in all\n`;
  return `${num(offset + 1)}–${num(offset + shown)} of ${num(total)} (use --limit and --offset for more)\n`;
}
