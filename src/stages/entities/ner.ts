// Step 3, the trained recogniser (src/ner): tags each sentence when a model ships, and adds its
// spans that the gazetteer and rules did not find. Labels map through the KB: a LOC that is a
// country or city is GPE, a MISC that is a demonym is NORP. Without a model this step does nothing.
import type { EntityType } from '../../model/types.js';
import type { NerTagger } from '../../ner/index.js';
import { isCap, MONTHS, WEEKDAYS } from './lexicon.js';
import type { Scan } from './scan.js';

const isCapOrDigit = (t: string) => isCap(t) || (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57);

export function ner(s: Scan, tagger: NerTagger | null): void {
  if (!tagger) return;
  for (const sent of s.doc.sentences) {
    const words = s.tok.slice(sent.firstToken, sent.endToken);
    const tags = tagger.tag(words);
    let a = -1, label = '';
    const flush = (end: number) => {
      if (a >= 0) add(s, sent.firstToken + a, sent.firstToken + end, label);
      a = -1;
    };
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i];
      if (t.startsWith('B-') || (t.startsWith('I-') && (a < 0 || t.slice(2) !== label))) {
        flush(i);
        a = i;
        label = t.slice(2);
      } else if (t === 'O') flush(i);
    }
    flush(tags.length);
  }
}

function add(s: Scan, a: number, b: number, label: string): void {
  // trim quote marks and punctuation; a name starts and ends with a capital or digit
  while (a < b && !isCapOrDigit(s.tok[a])) a++;
  while (b > a && !isCapOrDigit(s.tok[b - 1])) b--;
  if (a >= b) return;
  // one word: it must be a proper noun and not an acronym-looking interjection ("Oh", "Because")
  if (b - a === 1 && (s.doc.tokens.pos[a] !== 'PROPN' || s.tok[a].length < 2)) return;
  if (MONTHS.has(s.low[a]) || WEEKDAYS.has(s.low[a])) return;
  const key = s.low.slice(a, b).filter(Boolean).join(' ');
  const hit = s.kb.aliases.get(key)?.[0];
  const entry = hit ? s.kb.byId.get(hit.id) : undefined;
  let type: EntityType = label === 'PER' ? 'PERSON' : label === 'ORG' ? 'ORG' : label === 'LOC' ? 'LOC' : 'MISC';
  if (entry) type = hit!.kind === 'demonym' ? 'NORP' : entry.type;
  else if (label === 'MISC' && s.kb.demonymOf.has(key)) type = 'NORP';
  s.cands.push({ a, b, type, kind: hit?.kind ?? 'name', kb: entry?.id ?? null, rule: 'ner-' + label.toLowerCase(), prio: 0 });
}
