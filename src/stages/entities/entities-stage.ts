// The entity-mention stage: finds names (gazetteer, rules, the trained recogniser when it ships),
// their short forms, pronouns and descriptions, as standoff mentions with their type and kind.
// Steps, in order: gazetteer.ts, rules.ts, overlap resolution (scan.ts), short forms and then
// ner.ts filling the gaps, hyphens.ts, Korean family names alone (familyNames), references.ts.
import { loadKb } from '../../kb/kb.js';
import type { Doc, Mention } from '../../model/types.js';
import { loadDefaultNer, type NerTagger } from '../../ner/index.js';
import { resource, type Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { gazetteer } from './gazetteer.js';
import { joinHyphens } from './hyphens.js';
import { isCap, TITLE_HEADS } from './lexicon.js';
import { ner } from './ner.js';
import { references, shortForms } from './references.js';
import { rules } from './rules.js';
import { createScan, resolveOverlaps, type Candidate } from './scan.js';

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  run(doc: Doc, ctx: Context) {
    const kb = loadKb(ctx);
    const tagger = resource<{ t: NerTagger | null }>(ctx, 'ner-default', () => ({ t: loadDefaultNer() })).t;
    const s = createScan(doc, kb);
    gazetteer(s);
    rules(s);
    let names = resolveOverlaps(s.cands, doc.tokens.count);
    const short = shortForms(s, names);
    if (short.length) names = resolveOverlaps([...names, ...short], doc.tokens.count);
    // the recogniser only fills gaps: its spans lose every overlap with the rules' names
    s.cands = [];
    ner(s, tagger, names);
    if (s.cands.length) {
      const found = s.cands;
      names = resolveOverlaps([...names, ...found], doc.tokens.count);
      // the surnames of people only the model found ("Jo Skelly" … "Skelly", which the tagger may read
      // as a verb); not a word the document also writes in lower case ("History", "Day")
      const kept = new Set(names);
      const late = shortForms(s, names).filter((c) => c.rule === 'surname' && found.some((f) => kept.has(f) && f.type === 'PERSON' && s.low[f.b - 1] === s.low[c.a]));
      if (late.length) {
        // which of the late surnames the document also writes in lower case (one pass, no set of every word)
        const wanted = new Set(late.map((c) => s.low[c.a]));
        const lowerWords = new Set<string>();
        for (let i = 0; i < s.tok.length; i++) if (wanted.has(s.low[i]) && s.tok[i] === s.low[i]) lowerWords.add(s.low[i]);
        for (let k = late.length - 1; k >= 0; k--) if (lowerWords.has(s.low[late[k].a])) late.splice(k, 1);
      }
      if (late.length) names = resolveOverlaps([...names, ...late], doc.tokens.count);
    }
    names = joinHyphens(s, names);
    const family = familyNames(s, names);
    if (family.length) names = resolveOverlaps([...names, ...family], doc.tokens.count);
    const mentions: Mention[] = names.map((c) => toMention(doc, c));
    references(s, names, mentions);
    mentions.sort((x, y) => x.start - y.start || y.end - x.end);
    doc.mentions = mentions;
  },
};

function toMention(doc: Doc, c: Candidate): Mention {
  const start = doc.tokens.start[c.a];
  const end = doc.tokens.end[c.b - 1];
  return { start, end, text: doc.text.slice(start, end), type: c.type, kind: c.kind, kb: c.kb, entity: null, metonymOf: null, source: { stage: 'entities', rule: c.rule } };
}

/**
 * "Moon" after "Moon Jae-in": a Korean name (its given name a hyphenated lower-case syllable, joined in
 * hyphens.ts) puts the family name first, and the text names the person by it alone. Standalone
 * capitalised words equal to such a family name become mentions of it, unless another person of the
 * document shares it ("Kim Yo Jong" beside "Kim You-geun").
 */
function familyNames(s: ReturnType<typeof createScan>, names: Candidate[]): Candidate[] {
  const { tok, low } = s;
  let byFamily: Map<string, number> | null = null;
  for (const c of names) {
    if (c.type !== 'PERSON' || c.b - c.a < 4 || tok[c.b - 2] !== '-' || !/^[a-z]+$/.test(tok[c.b - 1])) continue;
    byFamily ??= new Map();
    byFamily.set(low[c.a], (byFamily.get(low[c.a]) ?? 0) + 1);
  }
  if (!byFamily) return [];
  const owned = new Uint8Array(tok.length);
  for (const c of names) {
    for (let t = c.a; t < c.b; t++) owned[t] = 1;
    // (another person sharing the family name)
    if (c.type === 'PERSON' && byFamily.has(low[c.a]) && !(c.b - c.a >= 4 && tok[c.b - 2] === '-')) byFamily.set(low[c.a], 2);
  }
  const out: Candidate[] = [];
  for (let i = 0; i < tok.length; i++) {
    if (owned[i] || byFamily.get(low[i]) !== 1 || tok[i] === low[i] || (i + 1 < tok.length && isCap(tok[i + 1])) || (i > 0 && isCap(tok[i - 1]) && !TITLE_HEADS.has(low[i - 1]))) continue;
    out.push({ a: i, b: i + 1, type: 'PERSON', kind: 'name', kb: null, rule: 'surname', prio: 1 });
  }
  return out;
}
