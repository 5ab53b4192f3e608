// Step 7 of the quote stage: pronoun speakers become mentions of their entity. The entity stage
// marks every personal pronoun as a mention without an entity and leaves speakers' pronouns to this
// stage (the link stage resolves names and descriptions only). Two kinds are resolved here:
// - the pronoun that is the speaker mention of a quote ("“…,” he said"): the quote's own entity;
// - a pronoun that is the subject of a reporting verb elsewhere ("He says Americans …", "though
//   she added"): the same resolver as for quotes, with the last quoted speaker before it.
// The mention gets its entity and the entity lists the mention, so that "who said this" and "what
// did X say" agree with the text wherever X is named by a pronoun. Only pronoun mentions that are
// followed by a cue verb are looked at (a Set lookup per pronoun), so the step is cheap.
import type { Doc, Entity, Quote } from '../../model/types.js';
import { tokenAt } from '../../model/document.js';
import { cueAt } from './02-cues.js';
import type { LastSpeaker, Resolver } from './04-resolve.js';
import { lower } from './tokens.js';

/** Subject pronouns that can name a speaker (object and possessive forms cannot). */
const SUBJECT = new Set(['he', 'she', 'they']);

/** Adverbs and auxiliaries between a subject pronoun and its cue: "he later added", "she has said". */
const BETWEEN = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'again', 'once', 'previously', 'recently', 'further', 'repeatedly', 'reportedly', 'publicly', 'earlier', 'quickly', 'often', 'never', 'already', 'even', 'still', 'however', 'simply', 'just', 'flatly', 'privately', 'separately', 'first', 'told']);

function attach(doc: Doc, byId: Map<string, Entity>, index: number, entity: string): void {
  const m = doc.mentions[index];
  const e = byId.get(entity);
  if (!e || m.entity) return;
  m.entity = entity;
  // keep the entity's mention list in text order
  const list = e.mentions;
  let k = list.length;
  while (k > 0 && doc.mentions[list[k - 1]].start > m.start) k--;
  list.splice(k, 0, index);
}

/** Whether the pronoun token `t` is the subject of a reporting verb right after it. */
function beforeCue(doc: Doc, t: number): boolean {
  const n = doc.tokens.count;
  let i = t + 1;
  while (i < n && i < t + 4 && (BETWEEN.has(lower(doc, i)) || doc.tokens.pos[i] === 'ADV')) {
    if (lower(doc, i) === 'told') return true; // "he told reporters"
    i++;
  }
  return i < n && cueAt(doc, i, false) > 0 && lower(doc, i) !== 'according';
}

export function resolveSpeakerPronouns(doc: Doc, quotes: readonly Quote[], resolver: Resolver): void {
  const mentions = doc.mentions;
  if (!mentions.length || !doc.entities.length) return;
  const byId = new Map<string, Entity>();
  for (const e of doc.entities) byId.set(e.id, e);
  // pronoun mentions without an entity, by start offset
  const pronouns = new Map<number, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind === 'pronoun' && !m.entity && SUBJECT.has(m.text.toLowerCase())) pronouns.set(m.start, i);
  }
  if (!pronouns.size) return;
  // 1. speakers of quotes
  for (const q of quotes) {
    const sm = q.speaker.mention;
    if (!q.speaker.entity || !sm) continue;
    const i = pronouns.get(sm.start);
    if (i === undefined || mentions[i].end !== sm.end) continue;
    attach(doc, byId, i, q.speaker.entity);
    pronouns.delete(sm.start);
  }
  // 2. other subjects of reporting verbs, with the last quoted speaker before each
  let qi = 0;
  let last: LastSpeaker | null = null;
  const ordered = [...pronouns].sort((a, b) => a[0] - b[0]);
  for (const [start, i] of ordered) {
    while (qi < quotes.length && quotes[qi].start < start) {
      const q = quotes[qi++];
      if (q.speaker.entity && q.direct) last = { entity: q.speaker.entity, at: q.start, paragraph: -1 };
    }
    const t = tokenAt(doc, start);
    if (!beforeCue(doc, t)) continue;
    const m = mentions[i];
    const entity = resolver.resolve(m.start, m.end, m.text, m.start, last);
    if (entity) attach(doc, byId, i, entity);
  }
}
