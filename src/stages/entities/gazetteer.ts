// Step 1, gazetteer: the longest KB alias over the tokens, starting only at capitalised tokens,
// with case checks so that "us" is not the US, "may" not a name, and a one-word city that starts
// a person's name ("Vladimir Putin") is not the city.
import { CaseRule, type AliasHit } from '../../kb/kb.js';
import type { EntityType } from '../../model/types.js';
import { ARABIC_ARTICLES, COMPASS, isCap, isUpperWord } from './lexicon.js';
import type { Scan } from './scan.js';

/** Generational suffixes after a person's name. */
const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

export function gazetteer(s: Scan): void {
  const { kb, low, tok, doc } = s;
  const { count, pos, sentence } = doc.tokens;
  const sentences = doc.sentences;
  for (let i = 0; i < count; i++) {
    const first = tok[i];
    // ("fighting al Shabaab": a lower-case Arabic article opens the name it is written with)
    let article = false;
    if (!isCap(first) && !(first.charCodeAt(0) >= 48 && first.charCodeAt(0) <= 57)) {
      if (first.length > 3 || first.length < 2 || !ARABIC_ARTICLES.has(first) || i + 1 >= count || !isCap(tok[i + 1])) continue;
      article = true;
    }
    const sEnd = sentences[sentence[i]]?.endToken ?? count;
    let key = '';
    let best = -1;
    let bestHits: AliasHit[] | undefined;
    for (let j = i; j < sEnd && j < i + kb.maxTokens + 2; j++) {
      const k = low[j];
      if (k === '') {
        if (j === i) break;
        continue; // a lone hyphen joins like a space
      }
      key = key ? key + ' ' + k : k;
      const node = kb.scan.get(key);
      if (!node) break;
      const hits = node.hits;
      if (hits.length && (!article || j > i) && caseOk(hits[0].caseRule, tok, article ? i + 1 : i, j)) {
        best = j;
        bestHits = hits;
      }
      if (!node.prefix) break;
    }
    if (best < 0 || !bestHits) continue;
    const hit = bestHits[0];
    const entry = kb.byId.get(hit.id)!;
    const single = best === i;
    if (single && hit.kind === 'name') {
      // one capitalised word: it must be tagged a proper noun (wink) unless it is a country or IGO
      const p = pos[i];
      if (p !== 'PROPN' && !(entry.id.startsWith('iso3:') && p !== 'VERB' && p !== 'AUX')) continue;
      // a city or person word followed by another capitalised unknown word is a person's name
      if ((entry.type === 'PERSON' || entry.id.startsWith('city:')) && i + 1 < sEnd && isCap(tok[i + 1]) && pos[i + 1] === 'PROPN' && !kb.aliases.has(low[i + 1])) continue;
    }
    let b = best + 1;
    // "the Sahel region", "West Africa region" (b + 1 computed on every path: see below)
    const longer = b + 1;
    if (entry.type === 'LOC' && b < sEnd && (low[b] === 'region' || low[b] === 'area')) b = longer;
    const kind = hit.kind;
    let type: EntityType = kind === 'demonym' ? 'NORP' : entry.type;
    // One push for the three kinds of candidate below, and their arithmetic done on every path: an
    // operation only a rare kind reaches, when the first documents have none, throws away the
    // optimised code of this function, which is then compiled again.
    const after = b + 1, before = i - 1;
    let a = i, id: string | null = entry.id, rule = kind === 'demonym' ? 'gazetteer-demonym' : 'gazetteer', prio = single ? 2 : 3, next = best;
    // "Donald Trump Jr.": a generational suffix the KB does not list makes another person of the same name
    if (entry.type === 'PERSON' && b < sEnd && NAME_SUFFIXES.has(low[b])) {
      next = b;
      b = after;
      id = null;
      rule = 'gazetteer-suffix';
      prio = 3;
    } else if (kind === 'name' && (type === 'LOC' || type === 'GPE') && !entry.id.startsWith('iso3:') && i > 0 && COMPASS.has(low[before]) && isCap(tok[before]) && sentence[before] === sentence[i]) {
      // "North Darfur", "South Kivu": a compass word before a region (not a state) names another region
      a = before;
      type = 'LOC';
      id = null;
      rule = 'gazetteer-compass';
      prio = 3;
    }
    s.cands.push({ a, b, type, kind, kb: id, rule, prio });
    i = next;
  }
}

function caseOk(rule: CaseRule, tok: string[], i: number, j: number): boolean {
  if (rule === CaseRule.Capitalised) return isCap(tok[i]) && (j === i || isCap(tok[j]) || /\d/.test(tok[j]));
  if (rule === CaseRule.FirstCapitalised) return isCap(tok[i]);
  const t = tok[i];
  // (an acronym in capitals, or a code of a capital and digits: "G7", "G20")
  if (rule === CaseRule.Upper) return isUpperWord(t) || /^[A-Z]\d/.test(t);
  return isUpperWord(t) || isCap(t);
}
