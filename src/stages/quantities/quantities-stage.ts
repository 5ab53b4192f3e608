// Quantities stage: numbers with their unit and approximation ("approximately 5,100 troops",
// "$3.2 million", "five countries", "the second time"). A hand-written scan over the POS-tagged
// tokens: a number token (digits, number word, ordinal), an optional multiplier ("million"), a
// currency ("$", "euros") or counted noun after up to two modifiers ("17 African countries"), and
// an approximator before it ("some", "more than"). Numbers inside date expressions are skipped.
import { lowerTokens } from '../../model/document.js';
import type { Doc, Quantity } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import {
  APPROX_ONE, APPROX_TWO, CURRENCY_SYMBOLS, CURRENCY_WORDS, MULTIPLIERS, NOT_QUANTITY_NEXT, NUMBER_WORDS, ORDINALS,
} from './number-words.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const ORDINAL_DIGITS = /^(\d+)(?:st|nd|rd|th)$/;
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NUM']);
/** Words before "one" that make it a pronoun ("the one convening", "this one", "no one"). */
const PRONOUN_ONE = new Set(['the', 'this', 'that', 'which', 'every', 'each', 'any', 'no', 'another', 'a']);
const ORDINAL_DETS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'a', 'for', 'this']);

/** Determiners of the group a number counts a part of: "five of their fighters". */
const PARTITIVE_DETS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'those', 'these']);

/** What reading one quantity needs of its document. */
interface Reader {
  doc: Doc;
  /** lower-cased token texts */
  low: string[];
  out: Quantity[];
}

/**
 * The quantities of a document. The loop is a cheap prefilter (a digit or a number-like part of
 * speech, outside dates); reading a quantity is its own function (V8 compiles the two apart).
 */
export function extractQuantities(doc: Doc): Quantity[] {
  const { text, tokens } = doc;
  const { start, pos, count } = tokens;
  const r: Reader = { doc, low: lowerTokens(doc), out: [] };
  const dates = doc.dates.slice().sort((a, b) => a.start - b.start);
  let d = 0;
  for (let i = 0; i < count; i++) {
    const c = text.charCodeAt(start[i]);
    const isDigit = c >= 48 && c <= 57;
    const p = pos[i];
    if (!isDigit && p !== 'NUM' && p !== 'ADJ' && p !== 'ADV' && p !== 'NOUN') continue;
    // a word is a number only as a number word or an ordinal (readQuantity)
    if (!isDigit && !NUMBER_WORDS.has(r.low[i]) && !ORDINALS.has(r.low[i])) continue;
    while (d < dates.length && dates[d].end <= start[i]) d++;
    if (d < dates.length && dates[d].start <= start[i]) continue; // inside a date
    i = readQuantity(r, i, isDigit);
  }
  return r.out;
}

/** Reads the quantity whose number is token i into r.out; returns its last token (i when there is none). */
function readQuantity(r: Reader, i: number, isDigit: boolean): number {
  const { doc, low } = r;
  const { text, tokens } = doc;
  const { start, end, pos, count } = tokens;
  const lower = (k: number) => (k >= 0 && k < count ? low[k] : '');
  const p = pos[i];
  const w = text.slice(start[i], end[i]);
  const lw = low[i];
  let value: number | undefined;
  let ordinal = false;
  if (isDigit) {
    if (DIGITS.test(w)) value = Number(w.replace(/,/g, ''));
    else {
      const o = w.match(ORDINAL_DIGITS);
      if (o) (value = Number(o[1])), (ordinal = true);
    }
  } else if (NUMBER_WORDS.has(lw) && p === 'NUM' && !(lw === 'one' && PRONOUN_ONE.has(lower(i - 1)))) value = NUMBER_WORDS.get(lw);
  else if (ORDINALS.has(lw) && ORDINAL_DETS.has(lower(i - 1))) (value = ORDINALS.get(lw)), (ordinal = true);
  if (value === undefined || w.length > 15) return i; // ids and phone numbers are not quantities
  if (tokens.sentence[i - 1] === tokens.sentence[i] && /^[-–/:.]$/.test(lower(i - 1)) && /\d$/.test(lower(i - 2))) return i; // 2-1, 10:30
  let j = i + 1; // first token after the number
  const next = lower(j);
  if (NOT_QUANTITY_NEXT.has(next) || next === ':' || /^[-–]?year-old/.test(next)) return i;
  if ((next === '-' || next === '–') && /^(?:years?|months?|weeks?|days?)(?:-old)?$/.test(lower(j + 1)) && lower(j + 2) === '-') return i; // ages
  // a four-digit year not caught as a date ("the 2014 elections")
  if (isDigit && !ordinal && /^(1[89]|20)\d\d$/.test(w) && !CURRENCY_SYMBOLS.has(lower(i - 1))) return i;
  let first = i;
  let unit: string | null = null;
  if (CURRENCY_SYMBOLS.has(lower(i - 1))) {
    unit = CURRENCY_SYMBOLS.get(lower(i - 1))!;
    first = i - 1;
  }
  let last = i;
  while (j < count && MULTIPLIERS.has(lower(j)) && !(lower(j) === 'm' && unit === null)) {
    value *= MULTIPLIERS.get(lower(j))!;
    last = j++;
  }
  if (lower(j) === '%' || lower(j) === 'percent' || lower(j) === 'per') {
    unit = 'percent';
    last = lower(j) === 'per' && lower(j + 1) === 'cent' ? j + 1 : j;
  } else if (unit === null && CURRENCY_WORDS.has(lower(j))) {
    unit = CURRENCY_WORDS.get(lower(j))!;
    last = j; // the span holds its unit: "210 billion euros"
  } else if (unit === null && (lower(j) === '-' || lower(j) === '–') && end[j - 1] === start[j] && j + 1 < count && end[j] === start[j + 1] && /^\p{Ll}+$/u.test(lower(j + 1))) {
    // "a 10-year deal", "the 15-nation bloc", "a three-day visit"
    unit = lower(j + 1);
    last = j + 1;
  } else if (unit === null) {
    // the counted noun, after at most two modifiers ("17 African countries", "5,100 French troops"), or
    // a name ("Four Royal Air Force (RAF) Typhoon jets"); of a group ("five of their fighters")
    let k = j;
    // (not "one of the biggest challenges": an idiom, not a count)
    const partitive = lower(k) === 'of' && PARTITIVE_DETS.has(lower(k + 1)) && value !== 1;
    if (partitive) k += 2;
    let names = 0, lastName = -1, counted = false;
    for (let m = 0; k < count && tokens.sentence[k] === tokens.sentence[i]; k++) {
      if (pos[k] === 'NOUN') {
        // (a part of a group counts its members: "five of their fighters", not "66 of the state")
        if (partitive && !/s$/.test(lower(k))) break;
        unit = lower(k);
        // the span holds its unit ("two weeks", "15 trucks", "17 African countries"), but not another
        // count: "44 of the 50 delegates" is 44 and 50
        if (!(partitive && counted)) last = k;
        break;
      }
      if (pos[k] === 'PROPN' || ((lower(k) === '(' || lower(k) === ')') && names > 0)) {
        if (++names > 8) break;
        if (pos[k] === 'PROPN') lastName = k;
        continue;
      }
      if ((!MODIFIER_POS.has(pos[k]) && lower(k) !== 'other') || ++m > 2) break;
      if (pos[k] === 'NUM') counted = true;
    }
    // "Five Democrats voted": the name counted
    if (unit === null && lastName === j && /s$/.test(low[lastName])) (unit = low[lastName]), (last = lastName);
  }
  if (!isDigit && !ordinal && unit === null && last === i) return i; // "one of them", "no one"
  let approximate = false;
  const one = lower(first - 1);
  const two = `${lower(first - 2)} ${one}`;
  if (APPROX_TWO.has(two)) (approximate = true), (first -= 2);
  else if (APPROX_ONE.has(one) && !(one === 'over' && pos[first - 2] === 'VERB')) (approximate = true), (first -= 1);
  else if (one === 'other' && APPROX_ONE.has(lower(first - 2))) approximate = true; // "some other 28"
  r.out.push({
    start: start[first],
    end: end[last],
    text: text.slice(start[first], end[last]),
    value,
    unit,
    approximate,
    source: { stage: 'quantities', rule: ordinal ? 'ordinal' : unit === 'percent' ? 'percent' : 'number' },
  });
  return last;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['tokens', 'dates'],
  assigns: ['quantities'],
  run(doc: Doc) {
    doc.quantities = extractQuantities(doc);
  },
};
