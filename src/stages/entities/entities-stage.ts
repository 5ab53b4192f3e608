// The entity-mention stage: finds names (gazetteer, rules, the trained recogniser when it ships),
// their short forms, pronouns and descriptions, as standoff mentions with their type and kind.
// Steps, in order: gazetteer.ts, rules.ts, overlap resolution (scan.ts), short forms and then
// ner.ts filling the gaps, hyphens.ts, references.ts.
import { loadKb } from '../../kb/kb.js';
import type { Doc, Mention } from '../../model/types.js';
import { loadDefaultNer, type NerTagger } from '../../ner/index.js';
import { resource, type Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { gazetteer } from './gazetteer.js';
import { joinHyphens } from './hyphens.js';
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
