// Finds date expressions in one sentence: chrono-node for the expressions it knows ("March 2",
// "November 2021", "last week"), plus two small hand-written rules chrono lacks: bare years after
// a preposition ("in 2014", "since 2010") and vague month prefixes ("middle of May", "early June").
// Returns raw findings; resolution against a reference date happens in resolve-dates.ts.
import * as chrono from 'chrono-node';

export type DateKind = 'absolute' | 'yearless' | 'relative';

export interface RawDate {
  start: number;
  end: number;
  kind: DateKind;
  /** known components (absolute/yearless) */
  year: number | null;
  month: number | null;
  day: number | null;
  /** for relative expressions: offset from the reference, and the resolution it speaks at */
  relative: { days: number; months: number; years: number; weekday: number | null; forward: boolean; strict: boolean } | null;
  resolution: 'day' | 'month' | 'year';
  rule: string;
  /**
   * How the date's clause places it against the day of writing (set by the dates stage): 'future'
   * after "will", "due to" ("will meet on Sunday"); 'near' after "would" or before a deadline ("said
   * it would meet on Tuesday", "withdraw by Sept. 15"), the nearest such day either way; else 'past'.
   */
  tense: 'past' | 'future' | 'near';
  /** the date's clause is an infinitive ("to seek a third term in 2025"): its time is no one's narrative (set by the dates stage) */
  infinitive?: boolean;
  /** an earlier date of the same sentence with a year ("in May 2023 …, suspended in December"): set by the dates stage */
  anchor: { y: number; m: number | null } | null;
  /** "in April that year": the anchor's own year, whichever month comes first (set by the dates stage) */
  sameYear?: boolean;
}

/** Cheap gate: only sentences with a month, weekday, numeric date or relative-date phrase go to chrono (whole words: "Marco" and "Mayor" are not months). */
export const DATE_HINT =
  /\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|ago|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+(?:week|weekend|month|year)|(?:[Ll]ast|[Tt]his)\s+(?:night|morning|afternoon|evening)|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})\b/;
/** Bare years ("in 2014") are read by a rule of their own, without chrono. */
export const YEAR_HINT = /\b(?:19|20)\d\d\b/;

const MONTH_ONLY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/;
const BARE_YEAR = /\b(?:in|since|by|until|till|from|for|during|before|after|through|of|early|late|mid-?|summer|winter|spring|autumn|fall|a|the|its|their)\s+((?:19|20)\d\d)\b(?![-–]?\d|\s*(?:%|percent|per cent))/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * chrono runs every one of its ~18 parsers over each window, and their regexes (each tried at every
 * position) are most of the stage's cost. Each parser can only match when certain words or
 * characters are in the window: the numeric ones need a digit, the month-name ones a month name,
 * the weekday one a weekday, the "ago" and "later" ones their own words, and so on. Each window
 * therefore goes to a chrono holding just the parsers whose needs it meets (one clone per
 * combination, made on first use). The needs are supersets (substrings, any case), so the results
 * are exactly the full chrono's (checked over the PolNeAR corpus and in find-dates.test.ts).
 * Parsers are matched by class name: one this table does not know always runs.
 */
const NEEDS: readonly [RegExp, readonly string[]][] = [
  [/\d/, ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser']],
  [/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i, ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser']],
  [/sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i, ['ENWeekdayParser']],
  [/ago|before|earlier/i, ['ENTimeUnitAgoFormatParser']],
  [/later|after|from\s+now|henceforth|forward|out/i, ['ENTimeUnitLaterFormatParser']],
  [/morning|afternoon|evening|night|noon|midday/i, ['ENCasualTimeParser']],
  [
    /\d|\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|ago|earlier|later|henceforth|within|this|last|past|next|after|month)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,3}(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yrs?|years?)\b/i,
    ['ENTimeUnitWithinFormatParser', 'ENCasualDateParser', 'ENEndOfCurrentMonthParser', 'ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser'],
  ],
];
const NEED_OF = new Map<string, number>();
NEEDS.forEach(([, names], bit) => names.forEach((n) => NEED_OF.set(n, bit)));
const byNeeds = new Map<number, chrono.Chrono>();
/** The cheapest chrono that reads `text` exactly as the full one does. */
export function chronoFor(text: string): chrono.Chrono {
  let mask = 0;
  for (let bit = 0; bit < NEEDS.length; bit++) if (NEEDS[bit][0].test(text)) mask |= 1 << bit;
  if (mask === (1 << NEEDS.length) - 1) return chrono.casual;
  let c = byNeeds.get(mask);
  if (!c) {
    c = chrono.casual.clone();
    c.parsers = c.parsers.filter((p) => {
      const bit = NEED_OF.get(p.constructor.name);
      return bit === undefined || (mask & (1 << bit)) !== 0;
    });
    byNeeds.set(mask, c);
  }
  return c;
}

/** A fixed reference for chrono's parse: components are read from the result, not the date. */
const REF = new Date(Date.UTC(2000, 5, 15, 12));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const VAGUE_MONTH =
  /\b(?:(?:the\s+)?(?:middle|end|beginning|start|turn)\s+of|early|late|mid-?)\s*(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:,?\s+((?:19|20)\d\d))?\b/g;

/** "middle of May", "early June 2020", "mid-March": month resolution (chrono skips some of these). */
function findVagueMonths(text: string, offset: number, out: RawDate[]): void {
  VAGUE_MONTH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VAGUE_MONTH.exec(text))) {
    const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    if (month < 1) continue;
    const year = m[2] ? Number(m[2]) : null;
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      kind: year ? 'absolute' : 'yearless',
      year,
      month,
      day: null,
      relative: null,
      resolution: 'month',
      rule: 'vague-month',
      tense: 'past',
      anchor: null,
    });
  }
}

const MONTH_OF_YEAR =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?:of\s+)?(last|this|next)\s+year\b/g;

/** "July last year", "January this year", "March of next year": a month of the year before, of, or after the reference. */
function findMonthsOfYear(text: string, offset: number, out: RawDate[]): void {
  MONTH_OF_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_OF_YEAR.exec(text))) {
    const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    const years = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      kind: 'relative',
      year: null,
      month,
      day: null,
      relative: { days: 0, months: 0, years, weekday: null, forward: false, strict: false },
      resolution: 'month',
      rule: 'month-of-year',
      tense: 'past',
      anchor: null,
    });
  }
}

/** A part of the day before a date: "the night of March 31". */
const PART_OF_DAY = /^(?:the\s+)?(?:night|morning|afternoon|evening)\s+of\s+/i;
/** The word between a range's two dates: "March 31 to April 1". */
const RANGE_TO = /\s+(?:to|until|through)\s+/i;

/** A date chrono read with a month or a numeric form (`str` starts at `start`, `c` its components). */
function absoluteDate(start: number, str: string, c: chrono.ParsedComponents): RawDate {
  const day = c.isCertain('day');
  const yearKnown = c.isCertain('year') && /\d{4}|'\d\d/.test(str);
  return {
    start,
    end: start + str.length,
    kind: yearKnown ? 'absolute' : 'yearless',
    year: yearKnown ? c.get('year') ?? null : null,
    month: c.get('month') ?? null,
    day: day ? c.get('day') ?? null : null,
    relative: null,
    resolution: day ? 'day' : 'month',
    rule: 'chrono',
    tense: 'past',
    anchor: null,
  };
}

export function findDates(text: string, offset: number, out: RawDate[]): void {
  const first = out.length;
  findVagueMonths(text, offset, out);
  findMonthsOfYear(text, offset, out);
  const overlaps = (a: number, b: number) => {
    for (let i = first; i < out.length; i++) if (out[i].start < b && out[i].end > a) return true;
    return false;
  };
  const results = chronoFor(text).parse(text, { instant: REF, timezone: 0 } as chrono.ParsingReference);
  for (const r of results) {
    let s = r.index;
    let str = r.text.replace(/[\s,.;:]+$/, (m) => (/^\.$/.test(m) && /\b[A-Z][a-z]{2}\.$/.test(r.text) ? m : ''));
    // "on Tuesday", "at 3 p.m. on Friday": keep the date words only
    const lead = str.match(/^(?:on|at|in|by|from|since|for)\s+/i);
    if (lead) {
      s += lead[0].length;
      str = str.slice(lead[0].length);
    }
    let c = r.start;
    let end = r.end;
    // "the night of March 31 to April 1": a part of the day is no part of the date (chrono then leaves the day uncertain)
    const part = PART_OF_DAY.exec(str);
    if (part) {
      const again = chronoFor(str).parse(str.slice(part[0].length), { instant: REF, timezone: 0 } as chrono.ParsingReference)[0];
      if (again && again.index === 0) {
        s += part[0].length;
        str = str.slice(part[0].length);
        c = again.start;
        end = again.end;
      }
    }
    const hasMonthName = MONTH_WORD.test(str);
    const numeric = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(str);
    if (hasMonthName || numeric) {
      // "may" (modal) and "march" (noun) are months only when capitalised and not alone in lower case
      if (MONTH_ONLY.test(str) && !/^[A-Z]/.test(str)) continue;
      if (MONTH_ONLY.test(str) && /^May$/.test(str) && /^\s*(?:be|have|not|also|well|still|never|help)\b/.test(text.slice(r.index + r.text.length))) continue;
      if (overlaps(offset + s, offset + s + str.length)) continue;
      // "March 31 to April 1": a range whose end names its own month is two dates (not "Jan 16-17")
      const to = end ? RANGE_TO.exec(str) : null;
      if (end && to && MONTH_WORD.test(str.slice(to.index + to[0].length))) {
        out.push(absoluteDate(offset + s, str.slice(0, to.index), c));
        out.push(absoluteDate(offset + s + to.index + to[0].length, str.slice(to.index + to[0].length), end));
      } else out.push(absoluteDate(offset + s, str, c));
      continue;
    }
    const lower = str.toLowerCase();
    const weekday = WEEKDAYS.findIndex((w) => lower.includes(w));
    const isCasual = /\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|past|coming)\b/.test(lower);
    if (weekday < 0 && !isCasual) continue; // times of day and bare numbers are not dates
    if (overlaps(offset + s, offset + s + str.length)) continue;
    // ("earlier this month", "late last year": the vague part belongs to the expression)
    if (/^(?:this|last|next|past)\s+(?:week|month|year)\b/.test(lower)) {
      const before = /\b(?:earlier|later|early|late)\s+$/i.exec(text.slice(Math.max(0, s - 9), s));
      if (before) {
        s -= before[0].length;
        str = before[0] + str;
      }
    }
    const diff = c.date().getTime() - REF.getTime();
    const days = Math.round(diff / 86_400_000);
    const resolution: RawDate['resolution'] = /\byears?\b/.test(lower) ? 'year' : /\bmonths?\b/.test(lower) ? 'month' : 'day';
    out.push({
      start: offset + s,
      end: offset + s + str.length,
      kind: 'relative',
      year: null,
      month: null,
      day: null,
      relative: {
        days: resolution === 'day' ? days : 0,
        months: resolution === 'month' ? Math.round(days / 30.4) : 0,
        years: resolution === 'year' ? Math.round(days / 365.25) : 0,
        weekday: weekday >= 0 ? weekday : null,
        forward: /\b(?:next|coming)\b/.test(lower),
        strict: /\b(?:last|past)\b/.test(lower),
      },
      resolution,
      rule: 'chrono-relative',
      tense: 'past',
      anchor: null,
    });
  }
}

/** "in 2014", "since 2010": a year after a preposition, where no other date covers it. */
export function findBareYears(text: string, offset: number, out: RawDate[], first: number): void {
  const overlaps = (a: number, b: number) => {
    for (let i = first; i < out.length; i++) if (out[i].start < b && out[i].end > a) return true;
    return false;
  };
  BARE_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_YEAR.exec(text))) {
    const start = offset + m.index + m[0].length - m[1].length;
    const end = start + 4;
    if (overlaps(start, end)) continue;
    out.push({ start, end, kind: 'absolute', year: Number(m[1]), month: null, day: null, relative: null, resolution: 'year', rule: 'bare-year', tense: 'past', anchor: null });
    // ("in 2014, 2017 and 2019": the years listed after it)
    let at = m.index + m[0].length;
    let more: RegExpExecArray | null;
    while ((more = YEAR_LIST_ITEM.exec(text.slice(at, at + 24)))) {
      const s = offset + at + more[0].length - 4;
      if (!overlaps(s, s + 4)) out.push({ start: s, end: s + 4, kind: 'absolute', year: Number(more[1]), month: null, day: null, relative: null, resolution: 'year', rule: 'bare-year', tense: 'past', anchor: null });
      at += more[0].length;
    }
  }
}

/** One more year of a list after a year: ", 2017", " and 2019", ", and 2019". */
const YEAR_LIST_ITEM = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)((?:19|20)\d\d)\b(?![-–]?\d|\s*(?:%|percent|per cent))/i;
