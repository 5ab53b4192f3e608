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
    const text = doc.text;
    const len = text.length;
    const paragraphs = splitParagraphs(text);
    const wdoc = nlp.readDoc(text);
    const values = wdoc.tokens().out() as string[];
    const tags = wdoc.tokens().out(its.pos) as string[];
    const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    const n = values.length;
    // one slot per wink token is enough, plus one per split possessive (rare: grow on demand)
    let cap = n + 16;
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let paraOf = new Int32Array(cap);
    const pos: string[] = [];
    // each stored token's text (wink's value, or a slice when a possessive is split off)
    const texts: string[] = [];
    // wink token index -> first stored token at or after it (for sentence spans)
    const firstAt = new Int32Array(n + 1);
    let count = 0;
    let cursor = 0;
    let p = 0;
    let paraEnd = paragraphs.length ? paragraphs[0].end : len;
    const push = (start: number, end: number, tag: string, value: string) => {
      if (count === cap) {
        cap *= 2;
        const s = new Int32Array(cap), e = new Int32Array(cap), q = new Int32Array(cap);
        s.set(starts), e.set(ends), q.set(paraOf);
        (starts = s), (ends = e), (paraOf = q);
      }
      while (start >= paraEnd && p + 1 < paragraphs.length) paraEnd = paragraphs[++p].end;
      starts[count] = start;
      ends[count] = end;
      paraOf[count] = p;
      pos.push(tag);
      texts.push(value);
      count++;
    };
    for (let i = 0; i < n; i++) {
      firstAt[i] = count;
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
        push(at, at + cut, tag === 'PROPN' && c >= 97 && c <= 122 ? 'NOUN' : tag, v.slice(0, cut));
        push(at + cut, end, 'PART', v.slice(cut));
      } else push(at, end, tag, same && end - at === v.length ? v : text.slice(at, end));
      cursor = end;
    }
    firstAt[n] = count;
    // sentences: wink's spans mapped to stored tokens, cut wherever the paragraph changes
    const sentOf = new Int32Array(count);
    const sentences: Sentence[] = [];
    for (let k = 0; k < spans.length; k++) {
      const a = firstAt[spans[k][0]];
      const b = firstAt[spans[k][1] + 1];
      let first = a;
      for (let t = a; t <= b; t++) {
        if (t < b && (t === first || paraOf[t] === paraOf[first])) continue;
        if (t > first) {
          const index = sentences.length;
          for (let u = first; u < t; u++) sentOf[u] = index;
          sentences.push({ start: starts[first], end: ends[t - 1], firstToken: first, endToken: t, paragraph: paraOf[first] });
        }
        first = t;
      }
    }
    doc.paragraphs = paragraphs;
    doc.sentences = sentences;
    doc.tokens = {
      count,
      start: starts.slice(0, count),
      end: ends.slice(0, count),
      pos,
      sentence: sentOf,
    };
    setTokenTexts(doc, texts);
  },
};
