// Text stage: paragraphs, sentences, tokens and POS tags. wink-nlp tokenises, splits sentences and
// tags; this file turns its output into standoff offsets over the untouched text, as struct-of-arrays.
// Hand-written glue because wink reports token values, not offsets: each value is matched at the
// next non-space character (wink never rewrites a token's characters; a fallback search covers the
// case should it ever do), so the cost is one startsWith per token and no per-token objects.
import type { Doc, Paragraph, Sentence } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { setTokenTexts } from '../../model/document.js';
import { wink } from './wink.js';

/** Paragraphs are separated by blank lines; a lone line break inside a paragraph is not a break. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** White space as wink splits on it: ASCII blanks and controls, NBSP and the Unicode spaces. */
const isSpace = (c: number): boolean =>
  c <= 32 || (c >= 160 && isWideSpace(c));
const isWideSpace = (c: number): boolean =>
  c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const APOS = 39, RSQUO = 0x2019, LOWER_S = 115;

/**
 * "Trump’s" as one token: wink splits a possessive only while the whole word is unknown to it, and
 * its lexicon learns words as it reads ("Trump’s," adds "Trump’s"), so the same word would be split
 * or not depending on what was read before. Splitting here makes the tokens independent of history.
 */
const possessiveAt = (v: string): number => {
  const n = v.length;
  if (n < 3 || v.charCodeAt(n - 1) !== LOWER_S) return -1;
  const a = v.charCodeAt(n - 2);
  return a === APOS || a === RSQUO ? n - 2 : -1;
};

/**
 * Text stage: one wink-nlp read per document; sentences are cut at paragraph boundaries so that
 * none crosses a paragraph. Whitespace tokens are not stored.
 */
export const textStage: Stage = {
  name: 'text',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc: Doc) {
    const nlp = wink();
    const its = nlp.its;
    const paragraphs = splitParagraphs(doc.text);
    const wdoc = nlp.readDoc(doc.text);
    const values = wdoc.tokens().out() as string[];
    const tags = wdoc.tokens().out(its.pos) as string[];
    const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    const t = alignTokens(doc.text, paragraphs, values, tags);
    const sentences = cutSentences(t, spans);
    doc.paragraphs = paragraphs;
    doc.sentences = sentences;
    doc.tokens = {
      count: t.count,
      start: t.starts.slice(0, t.count),
      end: t.ends.slice(0, t.count),
      pos: t.pos,
      sentence: t.sentOf,
    };
    setTokenTexts(doc, t.texts);
  },
};

/** Stored tokens as struct-of-arrays (capacity may exceed count), built by alignTokens. */
class Aligned {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  paraOf: Int32Array;
  pos: string[] = [];
  /** each stored token's text (wink's value, or a slice when a possessive is split off) */
  texts: string[] = [];
  /** wink token index -> first stored token at or after it (for sentence spans) */
  firstAt: Int32Array;
  /** sentence of each stored token (cutSentences) */
  sentOf = new Int32Array(0);
  private p = 0;
  private paraEnd: number;

  constructor(
    winkTokens: number,
    private readonly paragraphs: Paragraph[],
    len: number,
  ) {
    // one slot per wink token is enough, plus one per split possessive (rare: grow on demand)
    const cap = winkTokens + 16;
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.paraOf = new Int32Array(cap);
    this.firstAt = new Int32Array(winkTokens + 1);
    this.paraEnd = paragraphs.length ? paragraphs[0].end : len;
  }

  push(start: number, end: number, tag: string, value: string): void {
    if (this.count === this.starts.length) this.grow();
    while (start >= this.paraEnd && this.p + 1 < this.paragraphs.length) this.paraEnd = this.paragraphs[++this.p].end;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.paraOf[this.count] = this.p;
    this.pos.push(tag);
    this.texts.push(value);
    this.count++;
  }

  private grow(): void {
    const cap = this.starts.length * 2;
    const s = new Int32Array(cap), e = new Int32Array(cap), q = new Int32Array(cap);
    s.set(this.starts), e.set(this.ends), q.set(this.paraOf);
    (this.starts = s), (this.ends = e), (this.paraOf = q);
  }
}

/** Matches wink's token values to offsets in the text; whitespace tokens are not stored. */
function alignTokens(text: string, paragraphs: Paragraph[], values: string[], tags: string[]): Aligned {
  const len = text.length;
  const n = values.length;
  const out = new Aligned(n, paragraphs, len);
  const firstAt = out.firstAt;
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    firstAt[i] = out.count;
    const v = values[i];
    const tag = tags[i];
    if (tag === 'SPACE' || v.length === 0) continue;
    let at = cursor;
    while (at < len && isSpace(text.charCodeAt(at))) at++;
    // whether the text at `at` is the token's value (then the value is the token's text)
    let same = true;
    if (!text.startsWith(v, at)) {
      if (isSpace(v.charCodeAt(0)) && v.trim() === '') continue;
      const found = text.indexOf(v, cursor);
      // wink normalised the token (not seen in practice): keep its length at the next non-space
      if (found >= 0 && found - at < 64) at = found;
      else same = false;
    }
    const end = Math.min(at + v.length, len);
    const cut = possessiveAt(v);
    if (cut > 0 && end - at === v.length && (tag === 'PROPN' || tag === 'NOUN')) {
      // a learned whole word is tagged as an unknown name; a lower-case stem is a common noun
      const c = v.charCodeAt(0);
      out.push(at, at + cut, tag === 'PROPN' && c >= 97 && c <= 122 ? 'NOUN' : tag, v.slice(0, cut));
      out.push(at + cut, end, 'PART', v.slice(cut));
    } else out.push(at, end, tag, same && end - at === v.length ? v : text.slice(at, end));
    cursor = end;
  }
  firstAt[n] = out.count;
  return out;
}

/** Sentences: wink's spans mapped to stored tokens, cut wherever the paragraph changes. */
function cutSentences(t: Aligned, spans: [number, number][]): Sentence[] {
  const { count, starts, ends, paraOf, firstAt } = t;
  const sentOf = new Int32Array(count);
  const sentences: Sentence[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = firstAt[spans[k][0]];
    const b = firstAt[spans[k][1] + 1];
    let first = a;
    for (let u = a; u <= b; u++) {
      if (u < b && (u === first || paraOf[u] === paraOf[first])) continue;
      if (u > first) {
        const index = sentences.length;
        for (let w = first; w < u; w++) sentOf[w] = index;
        sentences.push({ start: starts[first], end: ends[u - 1], firstToken: first, endToken: u, paragraph: paraOf[first] });
      }
      first = u;
    }
  }
  t.sentOf = sentOf;
  return sentences;
}
