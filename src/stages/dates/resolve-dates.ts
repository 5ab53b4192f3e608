// Resolves raw date findings to values (YYYY, YYYY-MM, YYYY-MM-DD) against a reference date:
// the publication date when known, otherwise the latest fully dated expression of the text
// (then the value says `inferred`). Hand-written because the rule "year-less dates take the year
// that puts them nearest the reference" must also apply to references read from the text.
import type { DateExpr } from '../../model/types.js';
import type { RawDate } from './find-dates.js';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

export function parseIso(s: string | null): Ymd | null {
  const m = s?.match(/^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/);
  return m ? { y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 } : null;
}

/** The latest absolute date of the text with at least a month, as the reference for the others. */
export function latestFullDate(raw: readonly RawDate[]): Ymd | null {
  let best: Ymd | null = null;
  for (const r of raw) {
    if (r.kind !== 'absolute' || r.year === null || r.month === null) continue;
    const c = { y: r.year, m: r.month, d: r.day ?? 1 };
    if (!best || dayNumber(c.y, c.m, c.d) > dayNumber(best.y, best.m, best.d)) best = c;
  }
  return best;
}

function format(resolution: DateExpr['resolution'], y: number, m: number, d: number): string {
  return resolution === 'year' ? String(y) : resolution === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Value of one finding given the reference (null when it needs one and there is none). `now`: the
 * reference is the day of writing (a publication date or a dateline), not a date the text mentions.
 */
export function resolveDate(r: RawDate, ref: Ymd | null, now = false): string | null {
  if (r.kind === 'absolute') return format(r.resolution, r.year!, r.month ?? 1, r.day ?? 1);
  if (r.kind === 'yearless' && r.anchor) {
    // "talks held in May 2023 … were suspended in December": the year the sentence is telling of,
    // or the next one when the month comes before the anchor's (unless "that year" says otherwise)
    const { y, m } = r.anchor;
    return format(r.resolution, m !== null && r.month! < m && !r.sameYear ? y + 1 : y, r.month!, r.day ?? 1);
  }
  if (!ref) return null;
  if (r.kind === 'yearless' && now) {
    // news tells what happened: against the day of writing, "in August", "on March 16" is the latest
    // such day on or before it, unless the date's clause speaks of the future ("will meet on March 3")
    const m = r.month!;
    const at = (y: number) => (r.day === null ? y * 12 + m : dayNumber(y, m, r.day));
    const today = r.day === null ? ref.y * 12 + ref.m : dayNumber(ref.y, ref.m, ref.d);
    let y = ref.y;
    if (r.tense === 'future') while (at(y) < today) y++;
    else while (at(y) > today) y--;
    // ("would", "by": the nearest such day, before or after)
    if (r.tense === 'near' && today - at(y) > at(y + 1) - today) y++;
    return format(r.resolution, y, m, r.day ?? 1);
  }
  if (r.kind === 'yearless') {
    // a reference read from the dates the text mentions may lie before the day of writing: the nearest year
    const m = r.month!, d = r.day ?? 15;
    const refDay = dayNumber(ref.y, ref.m, ref.d);
    let bestYear = ref.y;
    for (const y of [ref.y - 1, ref.y + 1])
      if (Math.abs(dayNumber(y, m, d) - refDay) < Math.abs(dayNumber(bestYear, m, d) - refDay)) bestYear = y;
    return format(r.resolution, bestYear, m, r.day ?? 1);
  }
  const rel = r.relative!;
  // "July last year": a month of a year counted from the reference
  if (r.month !== null) return format(r.resolution, ref.y + rel.years, r.month, 1);
  const base = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  if (rel.weekday !== null) {
    // "on Tuesday" in news: the latest such weekday on or before the reference date;
    // "last Tuesday": strictly before; "next Tuesday": strictly after
    // (against a day the text names, not the day of writing, "will vote on Tuesday" may be that very Tuesday)
    const ahead = ((rel.weekday - base.getUTCDay() + 6) % 7) + 1 - (!now && !rel.forward && rel.weekday === base.getUTCDay() ? 7 : 0);
    const back = (base.getUTCDay() - rel.weekday + 7) % 7;
    if (rel.forward || (!rel.strict && (r.tense === 'future' || (r.tense === 'near' && ahead < back)))) base.setUTCDate(base.getUTCDate() + ahead);
    else base.setUTCDate(base.getUTCDate() - (back === 0 && rel.strict ? 7 : back));
  } else {
    base.setUTCDate(base.getUTCDate() + rel.days);
    base.setUTCMonth(base.getUTCMonth() + rel.months);
    base.setUTCFullYear(base.getUTCFullYear() + rel.years);
  }
  return format(r.resolution, base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
}
