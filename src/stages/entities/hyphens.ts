// Step 5, hyphenated names: wink-nlp splits "al-Qaeda", "Thomas-Greenfield" and "Bab el-Mandeb" at
// their hyphens, so the steps before see "Qaeda", "Thomas" + "Greenfield", "Bab" + "Mandeb". This
// pass joins a name with the word its hyphen ties it to (written without spaces), and a name
// opened by an Arabic article with the capitalised word before it ("Wad al-Noura"), then looks the
// whole up in the KB. Hand-written: it works on our candidates, which no library knows.
import { isCap } from './lexicon.js';
import type { Candidate, Scan } from './scan.js';

/** Name particles tied to the next word by a hyphen: "al-Qaeda", "el-Mandeb", "Abdel-Fatau". */
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'az', 'ibn', 'bin', 'bint', 'abu', 'abd', 'abdel', 'abdul', 'ould', 'ag']);
/** A letter, a hyphen, a capital: "al-Qaeda", "Thomas-Greenfield". */
const HYPHEN_CAP = /\p{L}-\p{Lu}/u;
/** Arabic articles that open the second part of a name ("Wad al-Noura", "Idriss al-Harith"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'az']);

export function joinHyphens(s: Scan, names: Candidate[]): Candidate[] {
  const { tok, low, doc } = s;
  const { start, end, sentence } = doc.tokens;
  const count = doc.tokens.count;
  // a hyphen at token h written without spaces between two words
  const tie = (h: number): boolean => h > 0 && h + 1 < count && tok[h] === '-' && end[h - 1] === start[h] && end[h] === start[h + 1] && sentence[h - 1] === sentence[h + 1] && /^\p{L}+$/u.test(tok[h - 1]) && /^\p{L}/u.test(tok[h + 1]);
  // cheap prefilter: every join below has a capitalised word right after its hyphen
  if (!HYPHEN_CAP.test(doc.text)) return names;
  const owner = new Int32Array(count).fill(-1);
  names.forEach((c, k) => {
    for (let t = c.a; t < c.b; t++) owner[t] = k;
  });
  // (the candidates are this document's own: changed in place, so they keep one object shape)
  const out = names.slice();
  // a KB name that opens with a particle no earlier step could start at ("al-Qaeda", "al-Shabaab")
  for (let i = 0; i + 2 < count; i++) {
    if (tok[i + 1] !== '-' || owner[i] >= 0 || !PARTICLES.has(low[i]) || !tie(i + 1) || !isCap(tok[i + 2])) continue;
    let key = low[i], best = -1, id = '';
    for (let j = i + 1; j < count && j < i + 2 + s.kb.maxTokens && sentence[j] === sentence[i]; j++) {
      if (low[j] === '') continue;
      key += ' ' + low[j];
      const node = s.kb.scan.get(key);
      if (!node) break;
      const hit = node.hits[0];
      if (hit && hit.kind === 'name') (best = j), (id = hit.id);
      if (!node.prefix) break;
    }
    if (best < 0 || owner.subarray(i, best + 1).some((o) => o >= 0)) continue;
    const entry = s.kb.byId.get(id)!;
    out.push({ a: i, b: best + 1, type: entry.type, kind: 'name', kb: id, rule: 'gazetteer-particle', prio: 3 });
    for (let t = i; t <= best; t++) owner[t] = out.length - 1;
    i = best;
  }
  const gone = new Uint8Array(out.length);
  const plain = (c: Candidate) => c.kind === 'name' && c.kb === null;
  // the hyphenated surnames of the document's full names ("Linda Thomas-Greenfield"): a lone
  // "Thomas-Greenfield" is that person, where "the Trump-Cruz race" names two
  const surnames = new Set<string>();
  for (const c of names) {
    if (c.type !== 'PERSON' || c.b - c.a < 4 || !tie(c.b - 2)) continue;
    let f = c.b - 2;
    while (f - 2 > c.a && tie(f - 2)) f -= 2;
    if (f - 1 > c.a) surnames.add(doc.text.slice(start[f - 1], end[c.b - 1]));
  }
  const surname = (a: number, b: number) => surnames.has(doc.text.slice(start[a], end[b - 1]));
  const absorb = (k: number, d: number) => {
    const c = out[k], o = out[d];
    c.a = Math.min(c.a, o.a);
    c.b = Math.max(c.b, o.b);
    gone[d] = 1;
    for (let t = c.a; t < c.b; t++) owner[t] = k;
  };
  for (let k = 0; k < out.length; k++) {
    if (gone[k] || out[k].kind !== 'name') continue;
    const c = out[k];
    let changed = false;
    // to the left: "al-|Qaeda", "Abdel-|Fatau Musah", "Thomas-|Greenfield" (two halves of one person)
    while (tie(c.a - 1)) {
      const w = c.a - 2, d = owner[w];
      if (d >= 0 && d !== k) {
        const o = out[d];
        const particle = o.b - o.a === 1 && PARTICLES.has(low[w]);
        const halves = plain(o) && plain(c) && surname(o.a, c.b);
        if (!(particle || halves)) break;
        absorb(k, d);
        if (halves) c.type = 'PERSON';
      } else if (PARTICLES.has(low[w]) || (isCap(tok[w]) && c.type === 'PERSON' && plain(c) && surname(w, c.b))) {
        c.a = w;
        for (let t = w; t < c.b; t++) owner[t] = k;
      } else break;
      changed = true;
    }
    // to the right: "Thomas|-Greenfield" when the second half is no other name
    while (c.b + 1 < count && tie(c.b) && isCap(tok[c.b + 1])) {
      const d = owner[c.b + 1];
      if (d >= 0 && !(plain(out[d]) && plain(c) && surname(c.a, out[d].b))) break;
      if (d >= 0) {
        absorb(k, d);
        c.type = 'PERSON';
      } else if (c.type === 'PERSON' && plain(c) && surname(c.b - 1, c.b + 2)) {
        c.b += 2;
        for (let t = c.a; t < c.b; t++) owner[t] = k;
      } else break;
      changed = true;
    }
    // "Wad al-Noura": an article-led word no step took goes on the name before it
    while (c.b + 2 < count && ARTICLES.has(low[c.b]) && tie(c.b + 1) && owner[c.b] < 0 && owner[c.b + 2] < 0 && isCap(tok[c.b + 2]) && start[c.b] > end[c.b - 1] && plain(c)) {
      c.b += 3;
      for (let t = c.a; t < c.b; t++) owner[t] = k;
      changed = true;
    }
    // "Bab el-Mandeb": an article-led name goes on the capitalised name word before it
    if (ARTICLES.has(low[c.a]) && tie(c.a + 1) && c.a > 0 && sentence[c.a - 1] === sentence[c.a] && isCap(tok[c.a - 1]) && /^\p{L}+$/u.test(tok[c.a - 1])) {
      const d = owner[c.a - 1];
      if (d >= 0 && d !== k && plain(out[d]) && plain(c)) {
        const type = out[d].type;
        absorb(k, d);
        c.type = type;
        changed = true;
      }
    }
    if (changed) {
      c.kb = null;
      c.rule = 'hyphen-join';
      // the whole may be a KB name ("al-Qaeda")
      let key = '';
      for (let t = c.a; t < c.b; t++) if (low[t] !== '') key = key ? key + ' ' + low[t] : low[t];
      const hit = s.kb.scan.get(key)?.hits[0];
      const entry = hit && hit.kind === 'name' ? s.kb.byId.get(hit.id) : undefined;
      if (entry) {
        c.kb = entry.id;
        c.type = entry.type;
        c.rule = 'gazetteer-hyphen';
      }
    }
  }
  return out.filter((_, k) => !gone[k]).sort((x, y) => x.a - y.a);
}
