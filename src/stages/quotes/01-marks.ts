// Step 1 of the quote stage: find the spans between quotation marks.
// Hand-written because no tokenizer pairs quote marks across sentences and paragraphs: curly marks
// (“ ”) pair by direction, straight marks (") alternate, single marks (‘ ’) only nest inside double
// ones (they are apostrophes far too often to open a quote on their own), and a paragraph that
// opens with a mark while the previous one is still open continues the same quote (the newspaper
// convention for quotes over several paragraphs) — unless it opens a new turn of a transcript ("KANE: …").
import type { Paragraph } from '../../model/types.js';

export interface MarkSpan {
  /** offset of the opening mark */
  start: number;
  /** one past the closing mark (or the end of the last paragraph when the quote never closes) */
  end: number;
  /** index of the paragraph where the quote opens and where it ends */
  paragraph: number;
  lastParagraph: number;
  /** the mark closed it (false: it ran to the end of a paragraph) */
  closed: boolean;
}

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "
const LOW = 0x201e; // „ (opens like “)

/** Cheap test: does this text hold any double quotation mark? */
export const QUOTE_CHARS = /[“”"„]/;

/** Whether the character after an opening mark at `i` starts a quote (not `" ` used as inches, etc.). */
function opensAt(text: string, i: number, end: number): boolean {
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  return next !== 32 && next !== 10 && next !== 9;
}

/** Whether a mark at `i` ends a word: a letter, digit or punctuation before it, a space, punctuation or the end after it. */
function closesAt(text: string, i: number, end: number): boolean {
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (prev === 32 || prev === 10 || prev === 9 || prev === 0x201c || prev === 0x28) return false;
  if (i + 1 >= end) return true;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next === 10 || next === 9 || next === 0xa0 || /[.,;:!?)\]—–\-’']/.test(text[i + 1]);
}

/** Offset of the first non-space character of a paragraph, if it is an opening mark. */
function opensParagraph(text: string, p: Paragraph): boolean {
  const c = text.charCodeAt(p.start);
  return c === OPEN || c === LOW || c === STRAIGHT;
}

/** A paragraph of a quoted transcript opens with a new speaker's capitalised name and a colon: "“KANE: …". */
const TRANSCRIPT = /^["“„]\p{Lu}[\p{Lu}’'.-]+(?: \p{Lu}[\p{Lu}’'.-]+)?:/u;

export function findMarkSpans(text: string, paragraphs: readonly Paragraph[]): MarkSpan[] {
  const out: MarkSpan[] = [];
  let carry: MarkSpan | null = null; // a quote left open at the end of the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const slice = text.slice(para.start, para.end);
    if (!QUOTE_CHARS.test(slice)) {
      if (carry) out.push(carry);
      carry = null;
      continue;
    }
    let open: MarkSpan | null = null;
    let straight = false; // the open quote began with "
    let depth = 0; // nested double quotes inside a curly one
    let i = para.start;
    if (carry && opensParagraph(text, para) && !TRANSCRIPT.test(slice)) {
      open = carry;
      straight = text.charCodeAt(para.start) === STRAIGHT;
      open.lastParagraph = p;
      i = para.start + 1;
    } else if (carry) out.push(carry);
    carry = null;
    let nested = 0; // straight marks nested inside a curly quote
    for (; i < para.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== OPEN && c !== CLOSE && c !== STRAIGHT && c !== LOW) continue;
      if (!open) {
        if (c === CLOSE) continue; // a stray closing mark
        if (c === STRAIGHT && !opensAt(text, i, para.end)) continue;
        if (c === OPEN && !opensAt(text, i, para.end)) continue; // "“ " is a mistyped closer
        open = { start: i, end: -1, paragraph: p, lastParagraph: p, closed: false };
        straight = c === STRAIGHT;
        depth = 0;
        nested = 0;
        continue;
      }
      let close = false;
      if (c === STRAIGHT) {
        if (straight) close = true;
        else if (closesAt(text, i, para.end)) {
          // a straight mark that ends a word inside a curly quote: the end of a nested quote, or
          // a mixed-up closer (“…," she said) when none is open
          if (nested > 0) nested--;
          else close = depth === 0;
        } else nested++;
      } else if (c === CLOSE) {
        if (depth > 0) depth--;
        else close = true; // also closes a straight quote: "…,” he said
      } else if (c === OPEN && closesAt(text, i, para.end) && !opensAt(text, i, para.end)) {
        close = depth === 0; // “…,“ he said: a mistyped closer
        if (depth > 0) depth--;
      } else depth++; // “ inside a quote
      if (close) {
        open.end = i + 1;
        open.closed = true;
        out.push(open);
        open = null;
      }
    }
    if (open) {
      open.end = para.end;
      carry = open;
    }
  }
  if (carry) out.push(carry);
  return out.filter((s) => s.end - s.start > 2);
}
