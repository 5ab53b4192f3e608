// A wire dateline: "ABUJA, July 7, 2024 (AFP) - …", "PORT SUDAN, Sudan (Reuters) — …",
// "KINSHASA, Feb 19 — …". It gives the day of writing (the dates stage) and is no part of the
// sentence it opens (its place and agency are no actors: the events stage). Hand-written: news
// libraries for Node read datelines from HTML metadata, not from the text.
import type { Doc } from './types.js';

/** A capitalised place (or two: "JAKARTA/KUALA LUMPUR"), then an agency alone when the place is in capitals ("WASHINGTON (Reuters) -"), or a comma, at most 48 characters, an optional agency in parentheses, a dash. */
const DATELINE = /^(?:[A-Z][\p{L}.'’ /-]{1,40},[^\n()]{0,48}?(?:\([^()\n]{1,40}\)\s*)?|[A-Z][\p{Lu}.'’ /-]{1,40}\([^()\n]{1,40}\)\s*)[-–—](?=\s)/u;
/** A month name and a day: "July 7", "Feb. 19". */
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;

/** The span of the document's dateline (in one of its first three paragraphs), or null. */
export function datelineSpan(doc: Pick<Doc, 'text' | 'paragraphs'>): { start: number; end: number } | null {
  for (const p of doc.paragraphs.slice(0, 3)) {
    const m = DATELINE.exec(doc.text.slice(p.start, p.start + 160));
    // (an agency or a date tells a dateline from a sentence that opens "Smith, who was there -")
    if (m && (m[0].includes('(') || MONTH_DAY.test(m[0]))) return { start: p.start, end: p.start + m[0].length };
  }
  return null;
}
