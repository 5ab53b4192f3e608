import { createHash } from 'node:crypto';
import type { Doc, DocumentMeta, Tokens } from './types.js';

/**
 * Normalises text before analysis and hashing, without moving any character: offsets into the
 * normalised text are offsets into the user's file (for LF files), so every span can be found in the
 * original. Only a byte-order mark is dropped, CRLF/CR line ends become LF, and trailing white space
 * at the very end is cut. Two inputs that differ only in these ways are one document.
 */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimEnd();
}

export const documentId = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const emptyTokens = (): Tokens => ({
  count: 0,
  start: new Int32Array(0),
  end: new Int32Array(0),
  pos: [],
  sentence: new Int32Array(0),
});

/** A new document with no annotations yet. `text` must already be normalised. */
export function createDoc(text: string, meta: Partial<Omit<DocumentMeta, 'id'>> = {}): Doc {
  return {
    id: documentId(text),
    source: meta.source ?? '-',
    title: meta.title ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    text,
    paragraphs: [],
    sentences: [],
    tokens: emptyTokens(),
    mentions: [],
    entities: [],
    quotes: [],
    dates: [],
    quantities: [],
    events: [],
  };
}

/** Index of the sentence holding character offset `at` (binary search), or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= at) lo = mid + 1;
    else if (s[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token whose end is after `at` (binary search). */
export function tokenAt(doc: Doc, at: number): number {
  const { end, count } = doc.tokens;
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const textCache = new WeakMap<Doc, string[]>();
const lowerCache = new WeakMap<Doc, string[]>();

/** The text of every token, sliced once per document on first use and shared by the stages (read only). */
export function tokenTexts(doc: Doc): string[] {
  let tok = textCache.get(doc);
  if (!tok || tok.length !== doc.tokens.count) {
    const { start, end, count } = doc.tokens;
    tok = new Array<string>(count);
    for (let i = 0; i < count; i++) tok[i] = doc.text.slice(start[i], end[i]);
    textCache.set(doc, tok);
  }
  return tok;
}

/** Records the token texts a tokenizer already holds (the text stage), so that nobody slices them again. */
export function setTokenTexts(doc: Doc, texts: string[]): void {
  if (texts.length === doc.tokens.count) textCache.set(doc, texts);
}

/**
 * The lower-cased text of every token, computed once per document on first use and shared by the
 * stages that compare words (entities, events, quantities): slicing and lower-casing a token on each
 * look costs more than the whole array. Read only.
 */
export function lowerTokens(doc: Doc): string[] {
  let low = lowerCache.get(doc);
  if (!low || low.length !== doc.tokens.count) {
    const tok = tokenTexts(doc);
    low = new Array<string>(tok.length);
    for (let i = 0; i < tok.length; i++) low[i] = tok[i].toLowerCase();
    lowerCache.set(doc, low);
  }
  return low;
}
