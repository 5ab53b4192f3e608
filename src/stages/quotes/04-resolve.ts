// Step 4 of the quote stage: resolve a speaker mention to an entity of the document.
// - a mention of the entity stages that overlaps the speaker span gives its entity directly;
// - a pronoun ("he", "she") takes the nearest preceding person of compatible gender (the last
//   quoted speaker first, when it is close: news prose keeps its speaker across paragraphs);
// - a description ("the spokesman", "Russia’s top diplomat", "the newspaper") takes the entity
//   whose role fits its head noun (and country, when the description has a possessor), else the
//   last quoted speaker of the right kind nearby, else stays a mention without an entity.
import type { Doc, Entity, EntityType } from '../../model/types.js';
import { FEMALE_TITLES, MALE_TITLES, ORG_NOUNS, PERSON_NOUNS, PRONOUN_GENDER, ROLE_SYNONYMS } from './lexicon.js';

export interface Resolver {
  /** entity id for the speaker span [start, end) of a quote that opens at `at`, or null */
  resolve(start: number, end: number, text: string, at: number, lastSpeaker: LastSpeaker | null): string | null;
}

export interface LastSpeaker {
  entity: string;
  /** offset of the quote it said */
  at: number;
  paragraph: number;
}

const PERSONISH: ReadonlySet<EntityType> = new Set(['PERSON']);
const ORGISH: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'NORP']);

function genderOf(doc: Doc, e: Entity): 'm' | 'f' | null {
  if (e.gender) return e.gender;
  for (const i of e.mentions) {
    const m = doc.mentions[i];
    const before = doc.text.slice(Math.max(0, m.start - 6), m.start).trim().toLowerCase().split(/\s+/).pop() ?? '';
    const first = m.text.split(/\s+/)[0].toLowerCase();
    if (MALE_TITLES.has(before) || MALE_TITLES.has(first)) return 'm';
    if (FEMALE_TITLES.has(before) || FEMALE_TITLES.has(first)) return 'f';
  }
  return null;
}

export function createResolver(doc: Doc): Resolver {
  const mentions = doc.mentions;
  const byId = new Map<string, Entity>();
  for (const e of doc.entities) byId.set(e.id, e);
  const hasEntities = byId.size > 0;

  /** mention index overlapping [start, end) with an entity, preferring the largest overlap */
  const overlapping = (start: number, end: number): string | null => {
    let best: string | null = null, bestLen = 0;
    for (const m of mentions) {
      if (!m.entity || m.end <= start || m.start >= end) continue;
      const len = Math.min(end, m.end) - Math.max(start, m.start);
      if (len > bestLen) (best = m.entity), (bestLen = len);
    }
    return best;
  };

  /** nearest entity of the wanted types with a mention before `at` (outside the span), by gender */
  const nearest = (at: number, types: ReadonlySet<EntityType>, gender: 'm' | 'f' | null, within: number): string | null => {
    let best: string | null = null, bestAt = -1;
    for (const m of mentions) {
      if (!m.entity || m.end > at || m.start < at - within || m.start <= bestAt) continue;
      const e = byId.get(m.entity);
      if (!e || !types.has(e.type)) continue;
      if (gender) {
        const g = genderOf(doc, e);
        if (g && g !== gender) continue;
      }
      best = m.entity;
      bestAt = m.start;
    }
    return best;
  };

  const roleFits = (e: Entity, head: string, possessor: string | null): boolean => {
    const wanted = ROLE_SYNONYMS.get(head) ?? [head];
    const fits = e.roles.some((r) => wanted.some((w) => r.title.toLowerCase().includes(w)));
    if (!fits) return false;
    if (!possessor) return true;
    const country = e.country ? byId.get(e.country) : undefined;
    const ofs = e.roles.map((r) => (r.of ? byId.get(r.of) : undefined));
    const names = [country, ...ofs].filter((x): x is Entity => !!x).flatMap((x) => [x.name, ...x.mentions.map((i) => mentions[i].text)]);
    return names.length === 0 || names.some((n) => n.toLowerCase().startsWith(possessor));
  };

  return {
    resolve(start, end, text, at, last) {
      if (!hasEntities) return null;
      const direct = overlapping(start, end);
      if (direct) return direct;
      const words = text.toLowerCase().split(/\s+/);
      const head = words[words.length - 1];
      const g = PRONOUN_GENDER.get(head);
      if (words.length === 1 && g) {
        if (g === 'm' || g === 'f') {
          if (last && at - last.at < 1500) {
            const e = byId.get(last.entity);
            if (e && e.type === 'PERSON') {
              const eg = genderOf(doc, e);
              if (!eg || eg === g) {
                // the last speaker, unless another person of that gender was named since
                const other = nearest(start, PERSONISH, g, at - last.at + 200);
                if (!other || other === last.entity) return last.entity;
                return other;
              }
            }
          }
          return nearest(start, PERSONISH, g, 3000);
        }
        if (g === 'p' || g === 'n') {
          if (last && at - last.at < 1000 && ORGISH.has(byId.get(last.entity)?.type ?? 'MISC')) return last.entity;
          return null;
        }
        return null;
      }
      // a description: role, then the last speaker of that kind
      const possessor = words.length > 1 && /[’']s$/.test(words[0]) ? words[0].replace(/[’']s$/, '') : null;
      if (PERSON_NOUNS.has(head)) {
        const fit = doc.entities.filter((e) => e.type === 'PERSON' && roleFits(e, head, possessor));
        if (fit.length === 1) return fit[0].id;
        if (last && at - last.at < 2500 && byId.get(last.entity)?.type === 'PERSON') return last.entity;
        return null;
      }
      if (ORG_NOUNS.has(head)) {
        if (last && at - last.at < 2500 && ORGISH.has(byId.get(last.entity)?.type ?? 'MISC')) return last.entity;
        return null;
      }
      return null;
    },
  };
}
