// Dates stage: date expressions with resolved values. chrono-node costs a few µs per word, so only
// sentences that pass a precompiled regex (month, weekday, numeric date, relative-date phrase) are read, and
// of those only windows of a few words around each hint.
import type { DateExpr, Doc } from '../../model/types.js';
import type { Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { DATE_HINT, YEAR_HINT, findBareYears, findDates, type RawDate } from './find-dates.js';
import { latestFullDate, parseIso, resolveDate } from './resolve-dates.js';

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

export function extractDates(doc: Doc, published: string | null): DateExpr[] {
  const raw: RawDate[] = [];
  const text = doc.text;
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
  }
  const pub = parseIso(published);
  const ref = pub ?? latestFullDate(raw);
  return raw.map((r) => {
    const value = resolveDate(r, ref);
    return {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      value,
      resolution: r.resolution,
      inferred: r.kind !== 'absolute' && !pub && value !== null,
      source: { stage: 'dates', rule: r.rule },
    };
  });
}

export const datesStage: Stage = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  run(doc: Doc, ctx: Context) {
    doc.dates = extractDates(doc, ctx.published ?? doc.published);
  },
};
