// What the entity steps share over one document: the lower-cased token keys (computed once), the
// KB, and the candidate list with its overlap resolution. Candidates are token ranges; they become
// character-offset mentions at the end.
import type { Doc, EntityType, MentionKind } from '../../model/types.js';
import { tokenKey, type Kb } from '../../kb/kb.js';
import { lowerTokens, tokenTexts } from '../../model/document.js';

export interface Candidate {
  /** first token */
  a: number;
  /** one past the last token */
  b: number;
  type: EntityType;
  kind: MentionKind;
  kb: string | null;
  rule: string;
  /** higher wins an overlap; then the longer */
  prio: number;
}

export interface Scan {
  doc: Doc;
  kb: Kb;
  /** token keys: lower case, hyphens as spaces; "" for a lone hyphen */
  low: string[];
  /** token texts (shared per document: read only) */
  tok: string[];
  cands: Candidate[];
}

export function createScan(doc: Doc, kb: Kb): Scan {
  const { count } = doc.tokens;
  // the shared token texts and lower-cased tokens (model/document.ts); only hyphens and curly
  // apostrophes make a key differ from the lower case
  const tok = tokenTexts(doc);
  const lower = lowerTokens(doc);
  const low = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const l = lower[i];
    low[i] = l.includes('-') || l.includes('’') ? tokenKey(l) : l;
  }
  return { doc, kb, low, tok, cands: [] };
}

/** Keeps the best non-overlapping candidates (priority, then length), in text order. */
export function resolveOverlaps(cands: Candidate[], count: number): Candidate[] {
  const order = [...cands].sort((x, y) => y.prio - x.prio || y.b - y.a - (x.b - x.a) || x.a - y.a);
  const taken = new Uint8Array(count);
  const out: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let t = c.a; t < c.b; t++) if (taken[t]) { free = false; break; }
    if (!free) continue;
    for (let t = c.a; t < c.b; t++) taken[t] = 1;
    out.push(c);
  }
  return out.sort((x, y) => x.a - y.a);
}
