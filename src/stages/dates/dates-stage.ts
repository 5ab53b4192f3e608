// Dates stage: date expressions with resolved values. chrono-node costs a few µs per word, so only
// sentences that pass a precompiled regex (month, weekday, numeric date, relative-date phrase) are read, and
// of those only windows of a few words around each hint.
import type { DateExpr, Doc } from '../../model/types.js';
import type { Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { DATE_HINT, YEAR_HINT, findBareYears, findDates, type RawDate } from './find-dates.js';
import { latestFullDate, parseIso, resolveDate } from './resolve-dates.js';
import { datelineSpan } from '../../model/dateline.js';
import { loadKb } from '../../kb/kb.js';
import { officeTenures, tenureCost, type Tenure } from './tenures.js';

/** Characters of context chrono gets on each side of a hint ("in the middle of May 2021"). */
const WINDOW = 28;
const hint = new RegExp(DATE_HINT.source, 'g');
const wordStart = (s: string, i: number) => {
  while (i > 0 && /\S/.test(s[i - 1])) i--;
  return i;
};
const wordEnd = (s: string, i: number) => {
  while (i < s.length && /\S/.test(s[i])) i++;
  return i;
};

/** Words that put what follows in the future: "will meet on Sunday", "talks are due to resume in March". */
// ("extend the truce beyond Wednesday", "the truce expires Thursday": what lies beyond or ends on a day is ahead)
// ("halted flights starting on Wednesday", "effective Monday": a measure taking effect on a day is ahead too)
const FUTURE = /\b(?:will|shall|(?:is|are|was|were) (?:due|scheduled|set|slated|expected) to|plans? to|upcoming|next|beyond)\b|['’]ll\b|\b(?:expires|ends|runs out|lapses|starting|beginning|effective|as of)\s+(?:(?:on|at|in|by)\s+)?$/i;

/** Quoted words: what a speaker says is not the narrative's tense. */
const QUOTED = /“[^”]*”|"[^"]*"/g;
/** Where the clause of a date starts: after the last comma, colon, or relative or subordinating word. */
const CLAUSE_START = /.*(?:[,;:]|\b(?:where|when|which|who|whom|after|since|because|while)\b)/s;
/**
 * Whether CLAUSE_START matches at all: when it does, it matches from the first character; when it
 * does not, the regex engine tries every start and each scans to the end (quadratic in the clause),
 * which this one test, linear, avoids.
 */
const CLAUSE_BREAK = /[,;:]|\b(?:where|when|which|who|whom|after|since|because|while)\b/;
/**
 * The future of a past ("said it would meet on Tuesday"), what a present tense schedules ("holds a
 * general election on Feb 8") and the deadline of an aim ("to withdraw … by Sept. 15"): the nearest such day.
 */
const NEAR = /\bwould\b|['’]d\b|\b(?:holds|begins|starts|opens|goes to the polls|votes|takes office)\b(?!.*\b(?:ago|last)\b)/i;
const DEADLINE = /\bto\s+\p{Ll}+\b.*\b(?:by|before|until|no later than)(?:\s+the\s+(?:end|middle|start|beginning)\s+of)?\s*$/isu;

/** A date in an infinitive clause: "clearing the way for X to seek a third term in", "the decision to pull out in". */
const INFINITIVE_CLAUSE = /\bto\s+\p{Ll}+\b[^,;:.!?]*$/u;

/** The tense of the clause that ends right before a date ("… will meet on" → future). */
function tenseOf(before: string): RawDate['tense'] {
  const text = before.replace(QUOTED, ' ');
  const clause = CLAUSE_BREAK.test(text) ? text.replace(CLAUSE_START, '') : text;
  if (FUTURE.test(clause)) return 'future';
  return NEAR.test(clause) || DEADLINE.test(text) ? 'near' : 'past';
}

/**
 * The date of a wire dateline ("ABUJA, July 7, 2024 (AFP) - …"): the day the article was filed,
 * the best reference for "on Sunday" and "in February" when no publication date is given.
 */
function datelineDate(raw: readonly RawDate[], span: { start: number; end: number } | null, now: Date, tenures: () => readonly Tenure[]): ReturnType<typeof latestFullDate> {
  const r = span ? raw.find((r) => isDateline(r, span)) : undefined;
  if (r) return { y: r.year!, m: r.month!, d: r.day! };
  // "WASHINGTON, Jan 7 (Reuters) - …": most wires leave the year out
  const yearless = span ? raw.find((r) => r.start >= span.start && r.end <= span.end && r.kind === 'yearless' && r.day !== null) : undefined;
  const y = yearless ? datelineYear(yearless.month!, yearless.day!, raw, now, tenures()) : null;
  return y === null ? null : { y, m: yearless!.month!, d: yearless!.day! };
}

/** How far before the anchor year a year-less dateline may lie (datelineYear). */
const DATELINE_YEARS_BACK = 12;

/**
 * The year of a dateline that gives only a month and a day: the one that agrees best with the text.
 * - The weekdays the text tells of in the past count up to 4 for a year in which the dateline falls
 *   on the lede's weekday, or the day after it (see weekdayFit).
 * - Each dated statement counts 1 for a year that keeps it on its side of the dateline (what the text
 *   tells in the past before it, what it tells in the future after it) and -1 otherwise; a date in an
 *   infinitive clause ("to seek a third term in 2025") may be an aim or a past decision's, and does
 *   not count.
 * - The anchor is the latest year the text names, up to the current one (a later year is an aim).
 *   Background often names only older years ("in power since 2012"), so the dateline may lie any
 *   number of years after it, up to today, at no cost; an aim ("talks by 2025") may lie some years
 *   after the dateline, so each year before the anchor beyond one costs 1: less than a weekday's fit,
 *   more than a dated statement.
 * Ties: the better weekday fit; at equal fits, the latest year when the weekdays fit at all (a date
 *   falls on the same weekday every five to eleven years, and news is read mostly when recent: on
 *   the probe articles, all of 2019-2025, this gave 41/43 and 46/48 dates where the year nearest the
 *   anchor gave 32/43 and 21/48), else the year nearest the anchor. Candidates: from
 *   DATELINE_YEARS_BACK years before the anchor to the current year. A text that names no year has
 *   no anchor but the clock: see recentYear.
 * - Office holders the text names with their title (tenures.ts): a year that puts one out of office
 *   costs 3 (for at most two), more than the choice between a lede on the dateline's day and one on
 *   the day before ("President Moon Jae-in" is of 2017-2022, whatever the weekdays allow).
 */
export function datelineYear(month: number, day: number, raw: readonly RawDate[], now: Date = new Date(), tenures: readonly Tenure[] = []): number | null {
  // an article is not dated after today: a later year is an aim ("net zero by 2050"), no anchor
  const thisYear = now.getUTCFullYear();
  let anchor = -1;
  for (const r of raw) if (r.kind === 'absolute' && r.year !== null && r.year <= thisYear) anchor = Math.max(anchor, r.year);
  // (in the order of the text: the lede's first; not "last Tuesday")
  const weekdays: number[] = [];
  for (const r of [...raw].sort((a, b) => a.start - b.start)) if (r.relative?.weekday != null && r.tense === 'past' && !r.relative.forward && !r.relative.strict) weekdays.push(r.relative.weekday);
  if (anchor < 0) return recentYear(month, day, weekdays, now, tenures);
  let best = -1, bestScore = -Infinity, bestFit = 0;
  for (let y = anchor - DATELINE_YEARS_BACK; y <= thisYear; y++) {
    const at = Date.UTC(y, month - 1, day) / 86_400_000;
    const weekday = new Date(at * 86_400_000).getUTCDay();
    const fit = weekdayFit(weekday, weekdays);
    let score = -Math.max(0, anchor - y - 1) + fit - tenureCost(at, tenures);
    for (const r of raw) {
      // (an infinitive's date may be an aim or a past decision's: it votes neither way)
      if (r.kind === 'absolute' && r.year !== null && !r.infinitive) {
        // (a year or a month counts as its first day when told in the past, its last when in the future)
        const future = r.tense !== 'past';
        const from = Date.UTC(r.year, (r.month ?? (future ? 12 : 1)) - 1, r.day ?? (future ? (r.month ? 28 : 31) : 1)) / 86_400_000;
        score += (future ? from >= at : from <= at) ? 1 : -1;
      }
    }
    // (ties: the better weekday fit; at equal fits, the latest year when the weekdays fit at all, else the
    // year nearest the anchor)
    if (score > bestScore || (score === bestScore && (fit > bestFit || (fit === bestFit && (fit > 0 || y - anchor <= 1))))) {
      best = y;
      bestScore = score;
      bestFit = fit;
    }
  }
  return best;
}

/**
 * How well a dateline on weekday `w` fits the weekdays the text tells of in the past (the lede's
 * first): 4 when the lede's is the dateline's day (wires mostly report the day's news), or the day
 * before it while a later one is the day itself ("said on Monday … on Tuesday"); 2 when it is only
 * the day before; less half a point for each day beyond two that the earliest of them lies before the
 * dateline (a story filed on Monday seldom tells of "Tuesday", six days before, beside "Monday").
 * Later weekdays alone tell of earlier days of the week and say little of the year.
 */
function weekdayFit(w: number, weekdays: readonly number[]): number {
  if (!weekdays.length) return 0;
  const lede = (w - weekdays[0] + 7) % 7;
  let fit = lede === 0 ? 4 : lede === 1 ? 2 : 0, far = 0;
  for (const wd of weekdays) {
    const d = (w - wd + 7) % 7;
    if (d === 0 && lede === 1) fit = 4;
    far = Math.max(far, d);
  }
  return fit - 0.5 * Math.max(0, far - 2);
}

/**
 * The year of a dateline in a text that names no year: the latest year, up to today, in which the
 * dateline fits the text's weekdays best (weekdayFit), if it fits at all. Within six years a date
 * falls on each weekday at most once, so this is right for an article of the last few years; the
 * value is marked inferred like every date the text does not give whole. Null when no year of the
 * last six fits.
 */
function recentYear(month: number, day: number, weekdays: readonly number[], now: Date, tenures: readonly Tenure[]): number | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let best: number | null = null, bestFit = 0;
  for (let y = now.getUTCFullYear(); y >= now.getUTCFullYear() - 6; y--) {
    const at = Date.UTC(y, month - 1, day);
    // (the office holders it names, tenures.ts, as in datelineYear)
    const fit = at <= today ? weekdayFit(new Date(at).getUTCDay(), weekdays) - tenureCost(at / 86_400_000, tenures) : 0;
    if (fit > bestFit) {
      best = y;
      bestFit = fit;
    }
  }
  return best;
}

/** "in April that year", "in May of the same year": the year told just before. */
const THAT_YEAR = /^\s+(?:of\s+)?(?:that|the same) year\b/;

/** A date written with its weekday first: "Wednesday, Nov. 27, 2024". */
const WEEKDAY_FIRST = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

function isDateline(r: RawDate, span: { start: number; end: number } | null): boolean {
  return !!span && r.start >= span.start && r.end <= span.end && r.kind === 'absolute' && r.day !== null && r.month !== null && r.year !== null;
}

/**
 * `tenures`: the terms of the office holders the text names with their title (tenures.ts), asked for
 * only when a dateline gives no year.
 */
export function extractDates(doc: Doc, published: string | null, now: Date = new Date(), tenures: () => readonly Tenure[] = () => []): DateExpr[] {
  const raw: RawDate[] = [];
  const text = doc.text;
  const dateline = datelineSpan(doc);
  // chrono reads only windows around the hints, merged, cut at word boundaries
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    const first = raw.length;
    hint.lastIndex = 0;
    let m = hint.exec(sentence);
    if (!m) {
      if (YEAR_HINT.test(sentence)) findBareYears(sentence, s.start, raw, first);
      continue;
    }
    let a = -1, b = -1;
    for (; m; m = hint.exec(sentence)) {
      const from = wordStart(sentence, Math.max(0, m.index - WINDOW));
      const to = wordEnd(sentence, Math.min(sentence.length, m.index + m[0].length + WINDOW));
      if (a >= 0 && from <= b) b = Math.max(b, to);
      else {
        if (a >= 0) findDates(sentence.slice(a, b), s.start + a, raw);
        (a = from), (b = to);
      }
    }
    if (a >= 0) findDates(sentence.slice(a, b), s.start + a, raw);
    findBareYears(sentence, s.start, raw, first);
    for (let i = first; i < raw.length; i++) {
      const r = raw[i];
      r.tense = tenseOf(sentence.slice(0, r.start - s.start));
      r.infinitive = INFINITIVE_CLAUSE.test(sentence.slice(0, r.start - s.start).replace(QUOTED, ' '));
      if (r.kind !== 'yearless') continue;
      // the nearest date with a year before it in the sentence
      let near = -1;
      for (let j = first; j < raw.length; j++) {
        const a = raw[j];
        if (a.kind === 'absolute' && a.year !== null && a.end <= r.start && (near < 0 || a.end > raw[near].end) && !isDateline(a, dateline)) near = j;
      }
      if (near >= 0) {
        r.anchor = { y: raw[near].year!, m: raw[near].month };
        if (THAT_YEAR.test(sentence.slice(r.end - s.start, r.end - s.start + 20))) r.sameYear = true;
      }
    }
  }
  const pub = parseIso(published);
  const written = pub ?? datelineDate(raw, dateline, now, tenures);
  const ref = written ?? latestFullDate(raw);
  // the days the text writes out in full ("on Sunday, April 14, 2024"): a weekday that falls on one
  // of them ("… on Sunday") is that day, as sure as the dateline's own
  const fullDays = new Set<string>();
  // and the days written out with their weekday ("on Wednesday, Nov. 27, 2024"): the writer dates the
  // story by them as a dateline does, so a weekday of the same week ("late on Tuesday") is that week's
  const weekdayDays: number[] = [];
  for (const r of raw) {
    if (r.kind !== 'absolute' || r.day === null) continue;
    const day = resolveDate(r, null)!;
    fullDays.add(day);
    if (r.year !== null && WEEKDAY_FIRST.test(text.slice(r.start, r.end))) weekdayDays.push(Date.parse(day));
  }
  const out: DateExpr[] = raw.map((r) => {
    const value = resolveDate(r, ref, written !== null);
    const onFullDay =
      value !== null && r.relative?.weekday != null && (fullDays.has(value) || weekdayDays.some((d) => Math.abs(Date.parse(value) - d) < 7 * 86_400_000));
    return {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      value,
      resolution: r.resolution,
      inferred: r.kind !== 'absolute' && !pub && value !== null,
      anchored: r.kind === 'absolute' || r.anchor !== null || written !== null || onFullDay,
      source: { stage: 'dates', rule: r.rule },
    };
  });
  // (in text order, whichever pass found them: readers and scorers pair dates by their order)
  return withDaysAfter(text, out, dateline).sort((a, b) => a.start - b.start);
}

/**
 * "recalled its ambassador the next day", "two days later", "the day before", and "hours later",
 * "that evening" (the same day): a count of days from the last date told to the day before it in the
 * text (the dateline aside), inferred; none when no such date comes before. Hand-written: chrono
 * reads these against the day of writing.
 */
const DAYS_AFTER = /\b(?:the (next|following|previous) day|the day (after|before)|(a|one|two|three|four|five|six|\d) days? (later|earlier)|((?<![\d,]\s)(?:hours|minutes|moments) (?:later|earlier)|later that (?:day|night|evening|afternoon)|that (?:evening|night|afternoon)(?=\s*[,.;)]|\s+(?:in|at|on|to|by|and|when|after|before|as|with)\b)))\b/gi;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
function withDaysAfter(text: string, dates: DateExpr[], dateline: { start: number; end: number } | null): DateExpr[] {
  DAYS_AFTER.lastIndex = 0;
  let m = DAYS_AFTER.exec(text);
  if (!m) return dates;
  const sorted = dates.slice().sort((a, b) => a.start - b.start);
  let added = false;
  for (; m; m = DAYS_AFTER.exec(text)) {
    const start = m.index, end = start + m[0].length;
    if (sorted.some((d) => d.start < end && d.end > start)) continue;
    const back = m[1] === 'previous' || m[2] === 'before' || m[4]?.toLowerCase() === 'earlier';
    // ("hours later", "that evening": the same day)
    const n = m[5] ? 0 : m[3] ? COUNTS[m[3].toLowerCase()] ?? Number(m[3]) : 1;
    let anchor: DateExpr | undefined;
    for (const d of sorted) if (d.end <= start && d.resolution === 'day' && d.value && !(dateline && d.start >= dateline.start && d.end <= dateline.end)) anchor = d;
    if (!anchor) continue;
    const day = new Date(Date.parse(anchor.value + 'T00:00:00Z') + (back ? -n : n) * 86_400_000).toISOString().slice(0, 10);
    const expr: DateExpr = { start, end, text: m[0], value: day, resolution: 'day', inferred: true, anchored: anchor.anchored, source: { stage: 'dates', rule: 'days-after' } };
    dates.push(expr);
    sorted.push(expr);
    sorted.sort((a, b) => a.start - b.start);
    added = true;
  }
  return added ? dates.sort((a, b) => a.start - b.start) : dates;
}

export const datesStage: Stage = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  run(doc: Doc, ctx: Context) {
    doc.dates = extractDates(doc, ctx.published ?? doc.published, new Date(), () => {
      try {
        return officeTenures(doc.text, loadKb(ctx));
      } catch {
        return []; // without the KB, no office holders
      }
    });
  },
};
