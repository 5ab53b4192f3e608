// Step 2 of the quote stage: find the cue that governs a quote — a reporting verb ("said", "told",
// "insisted"), "according to", or a colon that introduces it — after the closing mark ("“…,” he
// said"), before the opening mark ("Lavrov said: “…”", "“…,” he said, “…”") or at the end of the
// previous paragraph ("Cruz continued:"). Token windows are short and bounded by sentence ends, so a
// cue in another clause of a long sentence is not taken.
import type { Doc } from '../../model/types.js';
import { CUE_VERBS, FRAGMENT_VERBS } from './lexicon.js';
import { endsSentence, isDoubleMark, isStop, lower, parenClose, word } from './tokens.js';

export interface CueHit {
  /** first and one-past-last token of the cue */
  first: number;
  last: number;
  kind: 'verb' | 'according' | 'colon';
}

const SAY = new Set(['said', 'says', 'say', 'told', 'tells', 'saying']);

/** Verbs that report speech only right before a quote or colon ("he continued: “…”", "the sign reads"). */
const LOOSE = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'read', 'reads', 'echo', 'echoes', 'echoed', 'answer', 'answers', 'answered', 'counter', 'counters', 'countered', 'post', 'posts', 'posted', 'charge', 'charges', 'charged', 'state', 'states',
  // manner verbs that report only next to the quote: "“…!” beamed Kane"
  'beam', 'beams', 'beamed', 'beaming', 'react', 'reacts', 'reacted', 'reacting', 'exhort', 'exhorts', 'exhorted', 'exhorting', 'gush', 'gushes', 'gushed', 'gushing', 'scoff', 'scoffs', 'scoffed', 'scoffing', 'marvel', 'marvels', 'marveled', 'marvelled', 'marveling']);

/** Verbs that report speech with a particle: "points out", "shot back", "fired back". */
const PARTICLE: ReadonlyMap<string, string> = new Map([
  ...['point', 'points', 'pointed', 'pointing', 'spell', 'spells', 'spelled', 'lay', 'lays', 'laid', 'cry', 'cries', 'cried', 'call', 'calls', 'called', 'speak', 'speaks', 'spoke'].map((w) => [w, 'out'] as [string, string]),
  ...['shot', 'shoots', 'fired', 'fires', 'fire', 'hit', 'hits', 'pushed', 'pushes', 'wrote', 'writes', 'shoot', 'snapped', 'struck', 'strikes', 'talked', 'talks'].map((w) => [w, 'back'] as [string, string]),
]);

/** Words after which a cue word is a noun. */
const NOUN_BEFORE = new Set(['’s', "'s", '’', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'the', 'a', 'an', 'this', 'these', 'those']);

/** Kind of a cue of `n` tokens starting at token i. */
const kindOf = (doc: Doc, i: number): CueHit['kind'] => (lower(doc, i) === 'according' ? 'according' : 'verb');

/**
 * Length in tokens of the cue starting at token i (0 when there is none). `anyPos`: the word
 * follows a name or pronoun right after a quote ("“…,” Smith notes"), where the tagger often reads
 * the verb as a plural noun.
 */
export function cueAt(doc: Doc, i: number, fragments: boolean, anyPos = false): number {
  const w = lower(doc, i);
  // after a possessive or an article the word is a noun: "Trump’s remarks", "his comments", "the report"
  if (i > 0 && NOUN_BEFORE.has(lower(doc, i - 1))) return 0;
  const pos = doc.tokens.pos[i];
  if (w === 'according' && i + 1 < doc.tokens.count && lower(doc, i + 1) === 'to') return 2;
  const particle = PARTICLE.get(w);
  if (particle && i + 1 < doc.tokens.count && lower(doc, i + 1) === particle) return 2;
  if (SAY.has(w)) return 1;
  // "X was quoted as saying"
  if (w === 'quoted' && i + 2 < doc.tokens.count && lower(doc, i + 1) === 'as' && lower(doc, i + 2) === 'saying') return 3;
  // "as the memo put it", "Kane put it bluntly:"
  if ((w === 'put' || w === 'puts') && i + 1 < doc.tokens.count && lower(doc, i + 1) === 'it') return 2;
  if (pos !== 'VERB' && !(anyPos && (pos === 'NOUN' || pos === 'ADJ' || pos === 'ADV'))) return 0;
  if (CUE_VERBS.has(w)) {
    if (!LOOSE.has(w)) return 1;
    const next = i + 1 < doc.tokens.count ? word(doc, i + 1) : '.';
    if (next === ':' || next === ',' || next === '“' || next === '"' || next === '.') return 1;
    // right after a closing mark: "“…,” read the statement", "“…,” echoed Kane"
    return i > 1 && (isDoubleMark(doc, i - 1) || (word(doc, i - 1) === ',' && isDoubleMark(doc, i - 2))) ? 1 : 0;
  }
  if (fragments && FRAGMENT_VERBS.has(w)) return 1;
  return 0;
}

/**
 * A cue in the few tokens after a closing mark, up to the end of the sentence: "“…,” Lavrov said",
 * "“…,” said the minister", "“…,” Clinton, the Democratic nominee, told reporters".
 */
export function cueAfter(doc: Doc, from: number, limit: number, fragments: boolean, window = 14): CueHit | null {
  let max = Math.min(limit, from + window);
  for (let i = from; i < max; i++) {
    const w = word(doc, i);
    if (w === '(') {
      // "Rep. Jane Doe (D-Md.) said": a parenthesis is stepped over, its full stops too
      const close = parenClose(doc, i, limit);
      if (close < 0) return null;
      max = Math.min(limit, max + close - i);
      i = close - 1;
      continue;
    }
    // "McConnell, R-Ky., said", "Acme Inc., said": an abbreviation's full stop before a comma
    if (w === '.' && i + 1 < max && word(doc, i + 1) === ',') continue;
    if (isStop(doc, i) || isDoubleMark(doc, i)) {
      // "“Is it over?” he asked." — the mark's own ? or ! is inside the quote, not a stop here
      if (i === from && isStop(doc, i)) continue;
      return null;
    }
    if (w === ':') return null;
    const prev = i > from ? doc.tokens.pos[i - 1] : '';
    const n = cueAt(doc, i, fragments, prev === 'PROPN' || prev === 'PRON' || (prev === 'PUNCT' && word(doc, i - 1) === ')'));
    if (n) return { first: i, last: i + n, kind: kindOf(doc, i) };
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
    if (n) return { first: i, last: i + n, kind: kindOf(doc, i) };
    if (i > 0 && lower(doc, i) === 'to' && lower(doc, i - 1) === 'according') return { first: i - 1, last: i + 1, kind: 'according' };
  }
  return null;
}

/** Token i opens a quote or a reported clause: an opening mark, "that" or a colon ("The ad claims “…”"). */
function introducesQuote(doc: Doc, i: number): boolean {
  if (i >= doc.tokens.count) return false;
  const w = word(doc, i);
  return w === '“' || w === '"' || w === ':' || w === 'that';
}

/** Every cue before an opening mark within its sentence, earliest first. */
export function cuesBefore(doc: Doc, from: number, floor: number, fragments: boolean, inQuote: (tok: number) => boolean): CueHit[] {
  const out: CueHit[] = [];
  const min = Math.max(floor, from - 60);
  for (let i = from; i >= min; i--) {
    if (endsSentence(doc, i)) break;
    if (inQuote(i)) continue;
    // right after a name or pronoun, a cue word is a verb whatever the tagger says ("Politicos call")
    const p = i > 0 ? doc.tokens.pos[i - 1] : '';
    // (but not before a preposition: "rated 32% of Republican claims as “false”")
    const q = i + 1 < doc.tokens.count ? doc.tokens.pos[i + 1] : '';
    const n = cueAt(doc, i, fragments, ((p === 'PROPN' || p === 'PRON') && q !== 'ADP') || (p === 'NOUN' && introducesQuote(doc, i + 1)));
    if (n) out.push({ first: i, last: i + n, kind: kindOf(doc, i) });
    else if (i > 0 && lower(doc, i) === 'to' && lower(doc, i - 1) === 'according') {
      out.push({ first: i - 1, last: i + 1, kind: 'according' });
      i--;
    }
  }
  return out.reverse();
}
