// Step 1 of the quote stage: find the spans between quotation marks.
// Hand-written because no tokenizer pairs quote marks across sentences and paragraphs: curly marks
// (“ ”) pair by direction, straight marks (") alternate, single marks (‘ ’) only nest inside double
// ones (they are apostrophes far too often to open a quote on their own), and a paragraph that
// opens with a mark while the previous one is still open continues the same quote (the newspaper
// convention for quotes over several paragraphs).
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

/** Offset of the first non-space character of a paragraph, if it is an opening mark. */
function opensParagraph(text: string, p: Paragraph): boolean {
  const c = text.charCodeAt(p.start);
  return c === OPEN || c === LOW || c === STRAIGHT;
}

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
    if (carry && opensParagraph(text, para)) {
      open = carry;
      straight = text.charCodeAt(para.start) === STRAIGHT;
      open.lastParagraph = p;
      i = para.start + 1;
    } else if (carry) out.push(carry);
    carry = null;
    for (; i < para.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== OPEN && c !== CLOSE && c !== STRAIGHT && c !== LOW) continue;
      if (!open) {
        if (c === CLOSE) continue; // a stray closing mark
        if (c === STRAIGHT && !opensAt(text, i, para.end)) continue;
        open = { start: i, end: -1, paragraph: p, lastParagraph: p, closed: false };
        straight = c === STRAIGHT;
        depth = 0;
      } else if (c === STRAIGHT) {
        if (straight) {
          open.end = i + 1;
          open.closed = true;
          out.push(open);
          open = null;
        } // a straight mark inside a curly quote is a nested quote: ignore it
      } else if (c === CLOSE) {
        if (depth > 0) depth--;
        else if (!straight) {
          open.end = i + 1;
          open.closed = true;
          out.push(open);
          open = null;
        }
      } else if (!straight) depth++; // “ inside “
    }
    if (open) {
      open.end = para.end;
      carry = open;
    }
  }
  if (carry) out.push(carry);
  return out.filter((s) => s.end - s.start > 2);
}
