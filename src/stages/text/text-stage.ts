import type { Doc, Paragraph, Sentence } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
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

/**
 * Text stage: paragraphs, sentences, tokens and POS. wink-nlp reads each paragraph (so no sentence
 * crosses a paragraph); its token values are located in the text to get standoff offsets.
 */
export const textStage: Stage = {
  name: 'text',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc: Doc) {
    const nlp = wink();
    const its = nlp.its;
    const text = doc.text;
    const paragraphs = splitParagraphs(text);
    const starts: number[] = [];
    const ends: number[] = [];
    const pos: string[] = [];
    const sentOf: number[] = [];
    const sentences: Sentence[] = [];
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p];
      const wdoc = nlp.readDoc(text.slice(para.start, para.end));
      const values = wdoc.tokens().out() as string[];
      const tags = wdoc.tokens().out(its.pos) as string[];
      // token index (within the paragraph) -> global token index, -1 for whitespace tokens
      const map = new Int32Array(values.length);
      let cursor = para.start;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const tag = tags[i];
        if (tag === 'SPACE' || v.trim() === '') {
          map[i] = -1;
          continue;
        }
        let at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
        if (at < 0 || at >= para.end) {
          // wink normalised the token: take the next non-space run of the same length
          at = cursor;
          while (at < para.end && /\s/.test(text[at])) at++;
        }
        const end = Math.min(at + v.length, para.end);
        map[i] = starts.length;
        starts.push(at);
        ends.push(end);
        pos.push(tag);
        sentOf.push(-1);
        cursor = end;
      }
      wdoc.sentences().each((s: any) => {
        const [a, b] = s.out(its.span) as [number, number];
        let first = -1, last = -1;
        for (let i = a; i <= b; i++) {
          if (map[i] < 0) continue;
          if (first < 0) first = map[i];
          last = map[i];
        }
        if (first < 0) return;
        const index = sentences.length;
        for (let t = first; t <= last; t++) sentOf[t] = index;
        sentences.push({ start: starts[first], end: ends[last], firstToken: first, endToken: last + 1, paragraph: p });
      });
    }
    doc.paragraphs = paragraphs;
    doc.sentences = sentences;
    doc.tokens = {
      count: starts.length,
      start: Int32Array.from(starts),
      end: Int32Array.from(ends),
      pos,
      sentence: Int32Array.from(sentOf),
    };
  },
};
