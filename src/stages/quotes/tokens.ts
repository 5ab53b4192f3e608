// Small readers over the document's struct-of-arrays tokens, shared by the quote steps: a token's
// text and lower case (the document's shared arrays) and token-class tests used by the noun-phrase
// walkers.
import { lowerTokens, tokenAt, tokenTexts } from '../../model/document.js';
import type { Doc } from '../../model/types.js';

/** A token's text and its lower case, from the document's shared arrays (model/document.ts); '' outside the document. */
export const word = (doc: Doc, i: number): string => tokenTexts(doc)[i] ?? '';
export const lower = (doc: Doc, i: number): string => lowerTokens(doc)[i] ?? '';

const QUOTE_TOKEN = /^[“”"„‘’']+$/;
export const isQuoteMark = (doc: Doc, i: number): boolean => doc.tokens.pos[i] === 'PUNCT' && QUOTE_TOKEN.test(word(doc, i));

const DOUBLE_TOKEN = /^[“”"„]+$/;
/** A double quotation mark (a single ’ after a name is far more often a possessive: "Sanders’ aide"). */
export const isDoubleMark = (doc: Doc, i: number): boolean => doc.tokens.pos[i] === 'PUNCT' && DOUBLE_TOKEN.test(word(doc, i));

/** Token index of the "(" that opens the parenthesis closed at token i (a ")"), or -1 within 12 tokens. */
export function parenOpen(doc: Doc, i: number, floor: number): number {
  for (let j = i - 1; j >= floor && j > i - 12; j--) {
    const w = word(doc, j);
    if (w === '(') return j;
    if (w === ')') return -1;
  }
  return -1;
}

/** Token index one past the ")" that closes the parenthesis opened at token i, or -1 within 12 tokens. */
export function parenClose(doc: Doc, i: number, limit: number): number {
  for (let j = i + 1; j < limit && j < i + 12; j++) {
    const w = word(doc, j);
    if (w === ')') return j + 1;
    if (w === '(') return -1;
  }
  return -1;
}

/** Token of a noun phrase (without its relative clauses): names, nouns, adjectives, determiners, numbers, possessives. */
export function isNpToken(doc: Doc, i: number): boolean {
  const p = doc.tokens.pos[i];
  if (p === 'PROPN' || p === 'NOUN' || p === 'ADJ' || p === 'DET' || p === 'NUM') return true;
  if (p === 'PART' || p === 'AUX') {
    const w = word(doc, i);
    return w === '’s' || w === "'s" || w === '’' || w === "'";
  }
  if (p === 'PUNCT') {
    const w = word(doc, i);
    if (w === '.') {
      // an abbreviation's stop ("D-Ore.)"), not a sentence's: no space after it
      const c = doc.text.charCodeAt(doc.tokens.end[i]);
      return c === c && c !== 32 && c !== 10 && c !== 9 && c !== 0xa0;
    }
    return w === '-' || w === '&';
  }
  return false;
}

/** Sentence-final punctuation token. */
export function isStop(doc: Doc, i: number): boolean {
  if (doc.tokens.pos[i] !== 'PUNCT') return false;
  const w = word(doc, i);
  return w === '.' || w === '!' || w === '?' || w === ';';
}

/** A sentence ends at token i: a stop, or a closing mark right after one ("… win.” “…"). */
export function endsSentence(doc: Doc, i: number): boolean {
  return isStop(doc, i) || (i > 0 && isQuoteMark(doc, i) && isStop(doc, i - 1));
}

/** For each token: one past the last token of the longest name mention starting there, and the first token of the longest ending there (-1: none). */
export interface MentionBounds {
  endFrom: Int32Array;
  startTo: Int32Array;
}

const boundsCache = new WeakMap<Doc, { mentions: unknown; b: MentionBounds }>();

/**
 * Token bounds of the entity stage's name mentions (not pronouns), built once per document: the
 * noun-phrase walkers use them where the tagger mislabels a name ("said Skelly/VERB").
 */
export function mentionBounds(doc: Doc): MentionBounds {
  const c = boundsCache.get(doc);
  if (c && c.mentions === doc.mentions) return c.b;
  const n = doc.tokens.count;
  const b: MentionBounds = { endFrom: new Int32Array(n).fill(-1), startTo: new Int32Array(n + 1).fill(-1) };
  for (const m of doc.mentions) {
    if (m.kind === 'pronoun' || m.metonymOf) continue;
    const first = tokenAt(doc, m.start);
    if (first >= n || doc.tokens.start[first] !== m.start) continue;
    const last = tokenAt(doc, m.end - 1) + 1;
    if (last > b.endFrom[first]) b.endFrom[first] = last;
    if (b.startTo[last - 1] < 0 || first < b.startTo[last - 1]) b.startTo[last - 1] = first;
  }
  boundsCache.set(doc, { mentions: doc.mentions, b });
  return b;
}
