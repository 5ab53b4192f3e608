// Dates stage: date expressions with resolved values. chrono-node costs a few µs per word, so only
// sentences that pass a precompiled regex (month, weekday, digit, relative-date word) are parsed.
import type { DateExpr, Doc } from '../../model/types.js';
import type { Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { DATE_HINT, findDates, type RawDate } from './find-dates.js';
import { latestFullDate, parseIso, resolveDate } from './resolve-dates.js';

export function extractDates(doc: Doc, published: string | null): DateExpr[] {
  const raw: RawDate[] = [];
  const text = doc.text;
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (DATE_HINT.test(sentence)) findDates(sentence, s.start, raw);
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
