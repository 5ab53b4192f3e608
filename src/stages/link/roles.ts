// Roles from titles next to a person's name: "Malian Foreign Minister, Abdoulaye Diop",
// "Russia's Foreign Minister Sergei Lavrov", "Spokeswoman Haley Morris", and after the name:
// "Ana Kulik, the foreign minister of Freedonia". Returns the title text and the mention of the
// state or organisation it belongs to (a demonym, a country, or "X's").
import { tokenAt } from '../../model/document.js';
import type { Doc, Mention, TextSpan } from '../../model/types.js';
import { isCap, TITLE_HEADS, TITLE_MODIFIERS } from '../entities/lexicon.js';

export interface TitleFound {
  title: string;
  /** index of the mention naming whose title it is (a country, demonym or organisation), or -1 */
  of: number;
  evidence: TextSpan;
}

/**
 * The title right before the person mention `pi`. `byToken` maps a token index to the index of
 * the name mention that ends there (to find "Malian" / "Russia's").
 */
export function titleBefore(doc: Doc, mentions: Mention[], pi: number, endingAt: Map<number, number>): TitleFound | null {
  const { start, end } = doc.tokens;
  const m = mentions[pi];
  let t = tokenAt(doc, m.start) - 1;
  const tok = (i: number) => doc.text.slice(start[i], end[i]);
  if (t >= 0 && tok(t) === ',') t--;
  if (t < 0) return null;
  const head = t;
  let a = head;
  if (!TITLE_HEADS.has(tok(t).toLowerCase())) {
    // "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff": a capitalised head, "of",
    // and capitalised words up to the name
    let k = t;
    while (k - 1 >= 0 && isCap(tok(k)) && isCap(tok(k - 1)) && t - k < 3) k--;
    if (!(k >= 2 && isCap(tok(k)) && tok(k - 1) === 'of' && isCap(tok(k - 2)) && TITLE_HEADS.has(tok(k - 2).toLowerCase()))) return null;
    a = k - 2;
  }
  // "Secretary-General", "Director-General", "Colonel-Major": a hyphenated title word joins the head
  while (a - 2 >= 0 && tok(a - 1) === '-' && end[a - 2] === start[a - 1] && end[a - 1] === start[a] && isCap(tok(a - 2))) a -= 2;
  // (a modifier that is itself a name, "UN", "US", is whose title it is, not part of the title)
  while (a - 1 >= 0 && !endingAt.has(a - 1) && (TITLE_MODIFIERS.has(tok(a - 1).toLowerCase()) || (TITLE_HEADS.has(tok(a - 1).toLowerCase()) && isCap(tok(a - 1))))) a--;
  // who the title belongs to: a name mention ending right before (possibly with 's)
  let of = -1;
  let b = a - 1;
  if (b >= 0 && (tok(b) === "'s" || tok(b) === '’s')) b--;
  if (b >= 0 && endingAt.has(b)) {
    const oi = endingAt.get(b)!;
    const o = mentions[oi];
    if (o.type === 'GPE' || o.type === 'NORP' || o.type === 'ORG') of = oi;
  }
  const title = doc.text.slice(start[a], end[head]);
  if (!/[A-Za-z]/.test(title)) return null;
  const evStart = of >= 0 ? mentions[of].start : start[a];
  return { title: normaliseTitle(title), of, evidence: { start: evStart, end: m.end, text: doc.text.slice(evStart, m.end) } };
}

/**
 * The title in an apposition right after the person mention `pi`: "X, the TPLF's spokesman",
 * "X, Ethiopia's national security adviser", "X, the foreign minister of Freedonia", "X, a
 * spokesman for the United Nations". `startingAt` maps a token to the name mention starting there.
 */
export function titleAfter(doc: Doc, mentions: Mention[], pi: number, startingAt: Map<number, number>): TitleFound | null {
  const { start, end, count } = doc.tokens;
  const m = mentions[pi];
  const tok = (i: number) => (i < count ? doc.text.slice(start[i], end[i]) : '');
  let t = tokenAt(doc, m.end - 1) + 1;
  if (tok(t) !== ',') return null;
  t++;
  if (/^(?:the|a|an)$/i.test(tok(t))) t++;
  const actor = (oi: number | undefined) => oi !== undefined && ['GPE', 'NORP', 'ORG'].includes(mentions[oi].type) && mentions[oi].kind !== 'pronoun';
  let of = -1;
  if (startingAt.has(t)) {
    // a possessor or a demonym before the title
    const oi = startingAt.get(t)!;
    if (!actor(oi)) return null;
    of = oi;
    t = tokenAt(doc, mentions[oi].end - 1) + 1;
    if (tok(t) === "'s" || tok(t) === '’s') t++;
  }
  const a = t;
  let head = -1;
  for (let k = t; k < t + 5 && k < count; k++) {
    const w = tok(k).toLowerCase();
    if (startingAt.has(k) || !/^\p{L}[\p{L}-]*$/u.test(w)) break;
    if (TITLE_HEADS.has(w)) {
      head = k;
      if (!TITLE_HEADS.has(tok(k + 1).toLowerCase())) break;
    }
  }
  // (not "X, the president's lawyer": a title that is itself a possessor)
  if (head < 0 || tok(head + 1) === "'s" || tok(head + 1) === '’s') return null;
  if (of < 0) {
    let k = head + 1;
    if (tok(k) !== 'of' && tok(k) !== 'for') return null;
    k++;
    if (tok(k).toLowerCase() === 'the') k++;
    if (!actor(startingAt.get(k))) return null;
    of = startingAt.get(k)!;
  }
  const title = doc.text.slice(start[a], end[head]);
  const evEnd = Math.max(end[head], mentions[of].end);
  return { title: normaliseTitle(title), of, evidence: { start: m.start, end: evEnd, text: doc.text.slice(m.start, evEnd) } };
}

/** "foreign minister" -> "Foreign Minister" (titles are reported in title case). */
export function normaliseTitle(t: string): string {
  return t
    .split(/\s+/)
    .map((w) => (w.length > 2 && !/^(of|the|and)$/i.test(w) ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}
