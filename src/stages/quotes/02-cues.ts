// Step 2 of the quote stage: find the cue that governs a quote — a reporting verb ("said", "told",
// "insisted"), "according to", or a colon that introduces it — after the closing mark ("“…,” he
// said"), before the opening mark ("Lavrov said: “…”", "“…,” he said, “…”") or at the end of the
// previous paragraph ("Cruz continued:"). Token windows are short and bounded by sentence ends, so a
// cue in another clause of a long sentence is not taken.
import type { Doc } from '../../model/types.js';
import { CUE_VERBS, FRAGMENT_VERBS } from './lexicon.js';
import { endsSentence, isQuoteMark, isStop, lower, word } from './tokens.js';

export interface CueHit {
  /** first and one-past-last token of the cue */
  first: number;
  last: number;
  kind: 'verb' | 'according' | 'colon';
}

const SAY = new Set(['said', 'says', 'say', 'told', 'tells', 'saying']);

/** Verbs that report speech only right before a quote or colon ("he continued: “…”", "the sign reads"). */
const LOOSE = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'read', 'reads', 'echo', 'echoes', 'echoed', 'answer', 'answers', 'answered', 'counter', 'counters', 'countered', 'post', 'posts', 'posted', 'charge', 'charges', 'charged', 'state', 'states']);

/** Length in tokens of the cue starting at token i (0 when there is none). */
export function cueAt(doc: Doc, i: number, fragments: boolean): number {
  const w = lower(doc, i);
  const pos = doc.tokens.pos[i];
  if (w === 'according' && i + 1 < doc.tokens.count && lower(doc, i + 1) === 'to') return 2;
  if (SAY.has(w)) return 1;
  if (pos !== 'VERB') return 0;
  if (CUE_VERBS.has(w)) {
    if (!LOOSE.has(w)) return 1;
    const next = i + 1 < doc.tokens.count ? word(doc, i + 1) : '.';
    return next === ':' || next === ',' || next === '“' || next === '"' || next === '.' ? 1 : 0;
  }
  if (fragments && FRAGMENT_VERBS.has(w)) return 1;
  return 0;
}

/**
 * A cue in the few tokens after a closing mark, up to the end of the sentence: "“…,” Lavrov said",
 * "“…,” said the minister", "“…,” Clinton, the Democratic nominee, told reporters".
 */
export function cueAfter(doc: Doc, from: number, limit: number, fragments: boolean, window = 14): CueHit | null {
  const max = Math.min(limit, from + window);
  for (let i = from; i < max; i++) {
    if (isStop(doc, i) || isQuoteMark(doc, i)) {
      // "“Is it over?” he asked." — the mark's own ? or ! is inside the quote, not a stop here
      if (i === from && isStop(doc, i)) continue;
      return null;
    }
    if (word(doc, i) === ':') return null;
    const n = cueAt(doc, i, fragments);
    if (n) return { first: i, last: i + n, kind: n === 2 ? 'according' : 'verb' };
  }
  return null;
}

/**
 * The nearest cue before an opening mark within its sentence: "Lavrov told reporters: “…”",
 * "“…,” he said, “…”". Tokens inside other quotes are skipped (`inQuote`).
 */
export function cueBefore(doc: Doc, from: number, floor: number, fragments: boolean, inQuote: (tok: number) => boolean): CueHit | null {
  const min = Math.max(floor, from - 40);
  for (let i = from; i >= min; i--) {
    if (endsSentence(doc, i)) return null;
    if (inQuote(i)) continue;
    const n = cueAt(doc, i, fragments);
    if (n) return { first: i, last: i + n, kind: n === 2 ? 'according' : 'verb' };
    if (i > 0 && lower(doc, i) === 'to' && lower(doc, i - 1) === 'according') return { first: i - 1, last: i + 1, kind: 'according' };
  }
  return null;
}

/** Every cue before an opening mark within its sentence, earliest first. */
export function cuesBefore(doc: Doc, from: number, floor: number, fragments: boolean, inQuote: (tok: number) => boolean): CueHit[] {
  const out: CueHit[] = [];
  const min = Math.max(floor, from - 60);
  for (let i = from; i >= min; i--) {
    if (endsSentence(doc, i)) break;
    if (inQuote(i)) continue;
    const n = cueAt(doc, i, fragments);
    if (n) out.push({ first: i, last: i + n, kind: n === 2 ? 'according' : 'verb' });
    else if (i > 0 && lower(doc, i) === 'to' && lower(doc, i - 1) === 'according') {
      out.push({ first: i - 1, last: i + 1, kind: 'according' });
      i--;
    }
  }
  return out.reverse();
}
