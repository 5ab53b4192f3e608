// Step 6, long forms: "the Volunteers for the Defence of the Homeland (VDP)", "the Armed Conflict
// Location and Event Data project (ACLED)". A run of capitalised words (with the function words
// between them) right before an acronym in parentheses is one organisation's name, whatever the
// earlier steps made of its pieces ("Defence", "Homeland"); the acronym becomes its short form,
// which the link stage merges with it. Hand-written: it works on our candidates.
import { isCap } from './lexicon.js';
import type { Candidate, Scan } from './scan.js';

/** Words that may stand inside a name between capitalised words ("Bank for International Settlements"). */
const CONNECTORS = new Set(['for', 'of', 'the', 'and', '&', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'et']);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;
/** cheap prefilter: an acronym in parentheses somewhere in the text */
const PARENTHESISED = /\(\s*[A-Z][A-Z0-9&]{1,7}\s*\)/;

export function longForms(s: Scan, names: Candidate[]): Candidate[] {
  const { tok, doc } = s;
  const { sentence, count } = doc.tokens;
  if (!PARENTHESISED.test(doc.text)) return names;
  let out: Candidate[] | null = null;
  for (let p = 1; p + 2 < count; p++) {
    if (tok[p] !== '(' || tok[p + 2] !== ')' || !ACRONYM.test(tok[p + 1])) continue;
    // the run: capitalised words and connectors back from the parenthesis
    let a = p, caps = 0;
    for (let k = p - 1; k >= 0 && sentence[k] === sentence[p]; k--) {
      if (isCap(tok[k]) && /^\p{L}/u.test(tok[k]) && !ACRONYM.test(tok[k])) caps++;
      // (one common noun may end the name: "the … Event Data project (ACLED)")
      else if (!(k === p - 1 ? /^\p{Ll}{3,}$/u.test(tok[k]) && !CONNECTORS.has(tok[k]) : CONNECTORS.has(tok[k]) || tok[k] === '-')) break;
      a = k;
    }
    while (a < p && (!isCap(tok[a]) || CONNECTORS.has(tok[a].toLowerCase()))) a++; // no leading "the"
    // the acronym starts as the name does; a list of states is no name ("Russia and China (BRICS)")
    if (caps < 2 || p - a < 2 || tok[a][0] !== tok[p + 1][0]) continue;
    if (names.filter((c) => c.a >= a && c.b <= p && c.type === 'GPE' && c.kb).length > 1) continue;
    out ??= names.slice();
    // the run must not cut a name in two, and is not redone when one name already covers it exactly
    let cut = false, exact = false;
    for (const c of out) {
      if (c.a === a && c.b === p) exact = true;
      else if ((c.a < a && c.b > a) || (c.a < p && c.b > p)) cut = true;
    }
    if (cut) continue;
    if (!exact) {
      out = out.filter((c) => c.b <= a || c.a >= p);
      out.push({ a, b: p, type: 'ORG', kind: 'name', kb: null, rule: 'long-form', prio: 3 });
    }
    // the acronym: a short form of the name before it
    const acr = out.findIndex((c) => c.a === p + 1 && c.b === p + 2);
    const type = out.find((c) => c.a === a && c.b === p)!.type;
    if (acr >= 0) {
      out[acr].kind = 'acronym';
      if (!out[acr].kb) out[acr].type = type;
    }
    else out.push({ a: p + 1, b: p + 2, type, kind: 'acronym', kb: null, rule: 'long-form-acronym', prio: 3 });
  }
  return out ? out.sort((x, y) => x.a - y.a) : names;
}
