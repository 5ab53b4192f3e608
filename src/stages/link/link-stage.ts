// Linking and in-document coreference: one entity per real thing. Mentions merge when they share
// a KB id (demonyms carry their country's id, capitals used as agents their state's), a normalised
// name, a surname or short form of a longer name, or an acronym defined next to its long form.
// Titles give people roles; descriptions ("Russia's top diplomat") resolve to the one person whose
// role fits; pronouns are left to the quotes stage (see resolvePronoun).
import { loadKb, rolesAt, tokenKey, type Kb } from '../../kb/kb.js';
import { lowerTokens, tokenAt } from '../../model/document.js';
import type { Doc, Entity, EntityType, Mention, Role } from '../../model/types.js';
import type { Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { ARABIC_ARTICLES, DESCRIPTION_SYNONYMS, HONORIFICS, initialsCover, missingInitials, nameInitials, PRONOUNS, TITLE_HEADS } from '../entities/lexicon.js';
import { metonymCountry } from './metonymy.js';
import { titleAfter, titleBefore } from './roles.js';

class UnionFind {
  p: Int32Array;
  constructor(n: number) {
    this.p = new Int32Array(n);
    for (let i = 0; i < n; i++) this.p[i] = i;
  }
  find(i: number): number {
    while (this.p[i] !== i) i = this.p[i] = this.p[this.p[i]];
    return i;
  }
  union(a: number, b: number): void {
    const x = this.find(a), y = this.find(b);
    if (x !== y) this.p[Math.max(x, y)] = Math.min(x, y);
  }
}

/** A middle initial between two words of a name ("E." in "Loretta E. Lynch"). */
const MIDDLE_INITIAL = /(?<=\S) [A-Z]\.(?= \S)/g;
const nameKey = (t: string) => t.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/[\s-]+/g, ' ');

const named = (m: Mention) => m.kind !== 'pronoun' && m.kind !== 'description';

/**
 * Links the document's mentions into entities. Each step is its own function: V8 compiles and,
 * when a later document takes a path not seen before, recompiles them one by one (one function
 * holding every step was recompiled about ten times over a corpus, at a high cost each).
 */
export function link(doc: Doc, kb: Kb, published: string | null): void {
  const ms = doc.mentions;
  const uf = new UnionFind(ms.length);
  // metonymy first: it changes which KB id a capital mention joins
  applyMetonymy(doc, kb, ms);
  preferLongerState(ms, kb);
  mergeByKbAndName(ms, uf);
  mergeShortForms(doc.text, ms, uf);
  mergeAcronyms(doc, ms, uf);
  mergeBodies(ms, uf);
  const entities = buildEntities(ms, uf, kb);
  const byId = new Map(entities.map((e) => [e.id, e]));
  assignRoles(doc, ms, byId);
  kbCountries(entities, kb, published);
  bodyCountries(ms, entities, kb);
  resolveDescriptions(doc, ms, entities, byId);
  doc.entities = entities;
  pronounGenders(doc, ms, byId);
}

function applyMetonymy(doc: Doc, kb: Kb, ms: Mention[]): void {
  for (const m of ms) {
    if (m.kind !== 'name' || m.type !== 'GPE') continue;
    const country = metonymCountry(doc, kb, m);
    if (country) {
      m.metonymOf = m.kb;
      m.kb = country;
      m.kind = 'metonym';
    }
  }
}

/**
 * "Democratic Republic of Congo … Congo": a short state name that is a word of another state's name
 * written out in the document is that state, unless the document also writes the short one's own
 * full name ("Republic of the Congo"). (A short name that is its state's own name, "Guinea", stays.)
 */
function preferLongerState(ms: Mention[], kb: Kb): void {
  let longer: Mention[] | null = null;
  for (const m of ms) {
    if (m.kind !== 'name' || m.type !== 'GPE' || !m.kb?.startsWith('iso3:')) continue;
    const own = kb.byId.get(m.kb)?.name;
    if (!own || own === m.text) continue;
    longer ??= ms.filter((o) => o.kind === 'name' && o.type === 'GPE' && !!o.kb?.startsWith('iso3:') && o.text.includes(' '));
    if (longer.some((o) => o.kb === m.kb && o.text === own)) continue;
    const word = new RegExp(`(?:^|[\\s-])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const host = longer.find((o) => o.kb !== m.kb && o.text !== m.text && word.test(o.text));
    if (host) m.kb = host.kb;
  }
}

/** "the foreign ministry" after "Rwanda's foreign ministry": a state's body named again without its state, when only one has that name. */
function mergeBodies(ms: Mention[], uf: UnionFind): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.source.rule !== 'national-body' || m.text !== m.text.toLowerCase()) continue;
    const tail = ' ' + m.text;
    let found = -1, many = false;
    for (let j = 0; j < i; j++) {
      if (ms[j].source.rule !== 'national-body' || !ms[j].text.toLowerCase().endsWith(tail)) continue;
      if (found >= 0 && uf.find(j) !== uf.find(found)) many = true;
      found = j;
    }
    if (found >= 0 && !many) uf.union(i, found);
  }
}

/**
 * A state's own body ("Rwanda's foreign ministry", "the UAE foreign ministry", entities stage
 * 'national-body'): the state named at its start is its country, when the text names that state.
 */
function bodyCountries(ms: Mention[], entities: Entity[], kb: Kb): void {
  let entityOfKb: Map<string, string> | null = null;
  for (const e of entities) {
    if (e.type !== 'ORG' || e.country || e.kb) continue;
    const m = e.mentions.map((i) => ms[i]).find((x) => x.source.rule === 'national-body' && x.text !== x.text.toLowerCase());
    if (!m) continue;
    const cut = m.text.search(/['’]s\s/);
    const key = tokenKey(cut > 0 ? m.text.slice(0, cut) : m.text.slice(0, m.text.indexOf(' ')));
    const id = kb.aliases.get(key)?.find((h) => h.id.startsWith('iso3:'))?.id ?? kb.demonymOf.get(key);
    entityOfKb ??= new Map(entities.filter((x) => x.kb).map((x) => [x.kb!, x.id]));
    const c = id ? entityOfKb.get(id) : undefined;
    if (c) e.country = c;
  }
}

/** Mentions with the same KB id, or the same normalised name, are one entity. */
function mergeByKbAndName(ms: Mention[], uf: UnionFind): void {
  const byKb = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (!named(m)) continue;
    if (m.kb) {
      const j = byKb.get(m.kb);
      if (j === undefined) byKb.set(m.kb, i);
      else uf.union(i, j);
    }
    if (m.kind === 'metonym') continue; // its KB id (the state) links it, not its text (the city)
    // the same text is the same thing whatever type a model gave it ("Obama" PERSON / MISC,
    // "Odesa" LOC / ORG when no list knows it), except places and their people (GPE "Georgia" vs NORP)
    const group = m.type === 'GPE' || m.type === 'NORP' || (m.type === 'LOC' && m.kb) ? m.type : 'X';
    // a person's middle initials are optional: "Loretta E. Lynch" is "Loretta Lynch"
    const key = group + '|' + nameKey(m.type === 'PERSON' ? m.text.replace(MIDDLE_INITIAL, '') : m.text);
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else uf.union(i, j);
  }
}

/**
 * Short forms: a surname or distinctive word -> the one longer name it ends (people, events)
 * or starts (organisations); skipped when two different longer names fit ("Fox").
 */
/** An Arabic article before a family name ("al-Burhan", "el-Sisi"): the name after it. */
const ARABIC_ARTICLE = new RegExp(`^(?:${[...ARABIC_ARTICLES].join('|')})-(\\p{L}{3,})$`, 'u');

const add = (map: Map<string, number[]>, k: string, j: number): void => {
  const list = map.get(k);
  if (list) list.push(j);
  else map.set(k, [j]);
};

/** Titles after which a given name alone names its bearer: "Prince Mohammed", "Sheikh Tamim", "King Salman". */
const GIVEN_NAME_TITLES = /\b(?:Prince|Princess|Sheikh|Sheikha|Emir|King|Queen|Sultan)\s+$/;

function mergeShortForms(text: string, ms: Mention[], uf: UnionFind): void {
  const n = ms.length;
  const longBy = new Map<string, number[]>();
  for (let j = 0; j < n; j++) {
    const o = ms[j];
    if (!named(o) || !o.text.includes(' ')) continue;
    const words = o.text.split(' ');
    // keys in lower case: a transcript's "WALLACE:" is the "Chris Wallace" of the text
    const last = words[words.length - 1].toLowerCase();
    const k = o.type === 'PERSON' || o.type === 'EVENT' ? 'last|' + last : o.type === 'ORG' ? 'first|' + words[0].toLowerCase() : '';
    if (!k) continue;
    add(longBy, k, j);
    if (o.type !== 'PERSON') continue;
    // "Abdel Fattah al-Burhan" is "Burhan" too; "Abiy Ahmed" may be "Abiy" (entities/references.ts, given-name)
    const article = ARABIC_ARTICLE.exec(last);
    if (article) add(longBy, 'last|' + article[1], j);
    add(longBy, 'given|' + words[0].toLowerCase(), j);
    // "Moon" of "Moon Jae-in": a Korean name puts the family name first (entities-stage.ts, familyNames),
    // unless another person of the document has that first word ("Kim Jong Un" beside "Kim Hong-kyun")
    if (words.length === 2 && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(words[1]) && !ms.some((o) => o.type === 'PERSON' && o !== ms[j] && named(o) && o.text.startsWith(words[0] + ' ') && o.text.split(' ')[1] !== words[1]))
      add(longBy, 'last|' + words[0].toLowerCase(), j);
    // "Faki" of "Moussa Faki Mahamat", "Suu Kyi" of "Aung San Suu Kyi": a middle word, the last two words
    for (let w = 1; w + 1 < words.length; w++) if (/^\p{Lu}\p{Ll}{2,}$/u.test(words[w])) add(longBy, 'middle|' + words[w].toLowerCase(), j);
    if (words.length >= 3) add(longBy, 'tail|' + words.slice(-2).join(' ').toLowerCase(), j);
  }
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    if (!named(m)) continue;
    const low = m.text.toLowerCase();
    if (m.text.includes(' ')) {
      const list = m.type === 'PERSON' && m.text.split(' ').length === 2 ? longBy.get('tail|' + low) : undefined;
      if (list && new Set(list.map((j) => uf.find(j))).size === 1) uf.union(i, list[0]);
      continue;
    }
    const fromModel = m.source.rule.startsWith('ner');
    // ("Prince Mohammed", "Sheikh Tamim": royals and sheikhs are named by the given name after their title)
    const given = m.source.rule === 'given-name' || (m.source.rule === 'title' && GIVEN_NAME_TITLES.test(text.slice(Math.max(0, m.start - 16), m.start)));
    const list =
      m.type === 'PERSON' || m.type === 'EVENT' || fromModel
        ? longBy.get('last|' + low) ?? (fromModel ? longBy.get('first|' + low) : undefined) ?? (given ? longBy.get('given|' + low) : undefined) ?? (m.type === 'PERSON' || fromModel ? longBy.get('middle|' + low) : undefined)
        : m.type === 'ORG'
          ? longBy.get('first|' + low)
          : undefined;
    if (!list) continue;
    const distinct = new Set(list.map((j) => uf.find(j)));
    // ("Prince Mohammed" after "Crown Prince Mohammed bin Salman" and before "Sheikh Mohammed bin Abdulrahman"):
    // of the royals or sheikhs with that given name, the one named with the same title, the latest before it
    // (a name after a royal title is only the royal's named before with the same title: "King Charles" is no "President Charles Michel")
    const royal = m.source.rule === 'title' && given && list === longBy.get('given|' + low);
    const best = royal ? sameTitleBefore(text, ms, list, i) : distinct.size === 1 ? list[0] : -1;
    if (best < 0) continue;
    if (!(m.kb && ms[best].kb && m.kb !== ms[best].kb)) uf.union(i, best);
  }
}

/** Of the long forms `list`, the latest before mention i whose title word is the one before i ("Prince"), or -1. */
function sameTitleBefore(text: string, ms: Mention[], list: number[], i: number): number {
  const titleOf = (m: Mention) => /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1] ?? '';
  const title = titleOf(ms[i]);
  let best = -1;
  for (const j of list) if (j < i && titleOf(ms[j]) === title) best = j;
  return best;
}

/** The initials of the capitalised words of `long` cover acronym `acr` in another order (entities/lexicon.ts). */
const reordered = (long: string, acr: string): boolean => initialsCover(nameInitials(long), acr);

/**
 * An organisation's acronym in brackets right after its name, in its own language, shares most of
 * its letters with the name's initials, in another order: "National Liberation Army (ELN)"
 * (Ejército de Liberación Nacional) has two of three.
 */
function sharesMost(long: string, acr: string): boolean {
  const letters = acr.replace(/[^A-Z]/g, '');
  return letters.length >= 3 && letters.length <= 6 && missingInitials(nameInitials(long), letters) * 3 <= letters.length;
}

/** Acronyms: "Long Form (ACR)", and the initials of a long name in the document ("AU" <-> "African Union"). */
function mergeAcronyms(doc: Doc, ms: Mention[], uf: UnionFind): void {
  const n = ms.length;
  // "Long Form (ACR)" when the acronym starts with the long form's first letter, or has the initials
  // of most of its words in another order (an acronym in another language: "… of Rwanda (FDLR)")
  for (let i = 0; i + 1 < n; i++) {
    const a = ms[i], b = ms[i + 1];
    if (!named(a) || b.kind !== 'acronym' || a.type === 'GPE' || !(a.text[0] === b.text[0] || reordered(a.text, b.text) || (a.type === 'ORG' && sharesMost(a.text, b.text)))) continue;
    const between = doc.text.slice(a.end, b.start);
    if (/^\s*\($/.test(between) && doc.text[b.end] === ')') uf.union(i, i + 1);
  }
  const byInitials = new Map<string, number>();
  for (let j = 0; j < n; j++) {
    const o = ms[j];
    if (o.type !== 'ORG' || o.kind !== 'name' || !o.text.includes(' ')) continue;
    const initials = o.text.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    if (!byInitials.has(initials)) byInitials.set(initials, j);
  }
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    if (m.kind !== 'acronym' || m.kb) continue;
    const j = byInitials.get(m.text.replace(/\./g, ''));
    if (j !== undefined) uf.union(i, j);
  }
}

/** One entity per group of named mentions, in order of first mention; sets each mention's entity. */
function buildEntities(ms: Mention[], uf: UnionFind, kb: Kb): Entity[] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < ms.length; i++) {
    if (!named(ms[i])) continue;
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const entities: Entity[] = [];
  for (const idx of groups.values()) {
    const e = makeEntity(ms, idx, kb, 'e' + (entities.length + 1));
    for (const i of idx) ms[i].entity = e.id;
    entities.push(e);
  }
  return entities;
}

/** Roles from titles ("Foreign Minister X of Y"), people's countries from them, gender from honorifics. */
function assignRoles(doc: Doc, ms: Mention[], byId: Map<string, Entity>): void {
  const n = ms.length;
  const endingAt = new Map<number, number>();
  const startingAt = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!named(ms[i])) continue;
    endingAt.set(tokenAt(doc, ms[i].end - 1), i);
    startingAt.set(tokenAt(doc, ms[i].start), i);
  }
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    if (m.type !== 'PERSON' || !named(m) || !m.entity) continue;
    const e = byId.get(m.entity)!;
    const t = titleBefore(doc, ms, i, endingAt) ?? titleAfter(doc, ms, i, startingAt);
    if (t) {
      const of = t.of >= 0 ? ms[t.of].entity : null;
      if (!e.roles.some((r) => r.title === t.title && r.of === of)) e.roles.push({ title: t.title, of, evidence: t.evidence, source: { stage: 'link', rule: 'title' } } satisfies Role);
      if (of && !e.country && byId.get(of)?.type === 'GPE') e.country = of;
    }
    const prev = tokenAt(doc, m.start) - 1;
    if (prev >= 0 && !e.gender) {
      const h = HONORIFICS.get(lowerTokens(doc)[prev]);
      if (h) e.gender = h;
    }
  }
}

/** People the KB knows: their country from the KB's roles at the document's date, else their home. */
function kbCountries(entities: Entity[], kb: Kb, published: string | null): void {
  const entityOfKb = new Map<string, Entity>();
  for (const e of entities) if (e.kb) entityOfKb.set(e.kb, e);
  for (const e of entities) {
    if (e.type !== 'PERSON' || !e.kb) continue;
    const entry = kb.byId.get(e.kb);
    if (!entry) continue;
    // the country the KB's roles give at the document's date (PETRARCH2 roles are dated), else its home
    const dated = rolesAt(entry, published).map((r) => r.of && entityOfKb.get(r.of)).find(Boolean);
    const c = dated || (entry.country ? entityOfKb.get(entry.country) : undefined);
    if (c && !e.country) e.country = c.id;
    // a title with no country in the text ("Foreign Minister X") holds in that country
    if (e.country) for (const r of e.roles) if (!r.of) r.of = e.country;
  }
}

/** Descriptions: the one person whose role fits. */
function resolveDescriptions(doc: Doc, ms: Mention[], entities: Entity[], byId: Map<string, Entity>): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.kind !== 'description') continue;
    const target = m.source.rule === 'aged' ? agedPerson(doc, ms, i, byId) : resolveDescription(doc, ms, i, entities, byId);
    if (target) {
      m.entity = target.id;
      target.mentions.push(i);
      target.mentions.sort((a, b) => a - b);
    }
  }
}

/**
 * "the 67-year-old" after "Sogavare told parliament …": an age alone describes the person the text is about now,
 * the first person named in the nearest sentence before it that names one (within two), or earlier in its own.
 */
function agedPerson(doc: Doc, ms: Mention[], i: number, byId: Map<string, Entity>): Entity | null {
  const sentence = doc.tokens.sentence;
  const own = sentence[tokenAt(doc, ms[i].start)];
  let best: Entity | null = null, bestSentence = -1;
  for (let j = i - 1; j >= 0; j--) {
    const m = ms[j];
    if (m.type !== 'PERSON' || m.kind === 'pronoun' || m.kind === 'description' || !m.entity || m.end > ms[i].start) continue;
    const s = sentence[tokenAt(doc, m.start)];
    if (own - s > 2 || (bestSentence >= 0 && s < bestSentence)) break;
    const e = byId.get(m.entity);
    if (!e) continue;
    best = e;
    bestSentence = s;
  }
  return best;
}

/** Cheap gender from pronouns: "Kulik ... she said" with one person in the sentence before. */
function pronounGenders(doc: Doc, ms: Mention[], byId: Map<string, Entity>): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.kind !== 'pronoun') continue;
    const j = resolvePronoun(doc, i);
    if (j === null) continue;
    const e = byId.get(ms[j].entity!);
    if (e && !e.gender) e.gender = PRONOUNS.get(m.text.toLowerCase()) ?? null;
  }
}

function makeEntity(ms: Mention[], idx: number[], kb: Kb, id: string): Entity {
  // (a loop, not map and filter: their result arrays do not always share one map, and the
  // optimised code of this function was thrown away when a new one came)
  const kbIds: string[] = [];
  for (const i of idx) {
    const k = ms[i].kb;
    if (k) kbIds.push(k);
  }
  // the most frequent KB id wins
  let kbId: string | null = null;
  if (kbIds.length) {
    const c = new Map<string, number>();
    for (const k of kbIds) c.set(k, (c.get(k) ?? 0) + 1);
    kbId = [...c].sort((a, b) => b[1] - a[1])[0][0];
  }
  const entry = kbId ? kb.byId.get(kbId) : undefined;
  let name: string;
  let type: EntityType;
  if (entry) {
    name = entry.name;
    type = entry.type;
    // (a KB name in other letter cases than the text's, as PETRARCH2 writes names, "TALIBAN", "Ursula von Der Leyen",
    // as the text writes it, unless the text writes it as the KB does too, "UNICEF")
    if (name.length > 3 && !idx.some((i) => ms[i].text === name)) {
      // (and hyphens: "Tsai Ing Wen" is written "Tsai Ing-wen")
      const fold = (x: string) => x.toLowerCase().replace(/-/g, ' ');
      const lower = fold(name);
      for (const i of idx) {
        const t = ms[i].text;
        if ((ms[i].kind === 'name' || ms[i].kind === 'acronym') && fold(t) === lower) {
          name = t;
          break;
        }
      }
    }
  } else {
    // the longest name mention (the first of equals), or the longest mention when none is a name (a
    // loop: an empty filter result has another map than a full one, which deoptimised this function)
    let longest: Mention | null = null, longestAny: Mention | null = null;
    for (const i of idx) {
      const m = ms[i];
      if (!longestAny || m.text.length > longestAny.text.length) longestAny = m;
      if (m.kind === 'name' && (!longest || m.text.length > longest.text.length)) longest = m;
    }
    name = (longest ?? longestAny!).text;
    const votes = new Map<EntityType, number>();
    // rules and the gazetteer outvote the statistical model ("French group Orano" is an organisation however
    // often the model read "Orano said" as a person): the model votes only where they say nothing;
    // descriptions and pronouns do not vote
    const ruled = idx.some((i) => ms[i].kind !== 'pronoun' && ms[i].kind !== 'description' && !ms[i].source.rule.startsWith('ner'));
    for (const i of idx) {
      const m = ms[i];
      if (m.kind === 'pronoun' || m.kind === 'description' || (ruled && m.source.rule.startsWith('ner'))) continue;
      votes.set(m.type, (votes.get(m.type) ?? 0) + 1 + (m.text.includes(' ') ? 1 : 0));
    }
    if (!votes.size) votes.set(ms[idx[0]].type, 1);
    type = [...votes].sort((a, b) => b[1] - a[1])[0][0];
  }
  return { id, name, type, kb: kbId, mentions: [...idx], roles: [], country: null, gender: null };
}

/**
 * "Russia's top diplomat", "the foreign minister", "the spokesman": the single person entity
 * whose role (from a title in this document) fits the description's head and, when the
 * description names a state ("Russia's"), whose role or country is that state. Null otherwise.
 */
function resolveDescription(doc: Doc, ms: Mention[], i: number, entities: Entity[], byId: Map<string, Entity>): Entity | null {
  const m = ms[i];
  const words = m.text.toLowerCase().replace(/’/g, "'").split(/\s+/);
  // the country named inside the description ("Russia's top diplomat")
  let of: string | null = null;
  // mentions are sorted by start, longer first: a nested name follows its description
  for (let j = i + 1; j < ms.length && ms[j].start === m.start; j++) if (ms[j].end < m.end && ms[j].entity) of = ms[j].entity;
  let head = words[words.length - 1];
  for (let k = 0; k < words.length - 1; k++) {
    const two = words.slice(k).join(' ').replace(/^(the|.*'s) /, '');
    if (DESCRIPTION_SYNONYMS.has(two)) {
      head = two;
      break;
    }
  }
  if (!TITLE_HEADS.has(head.split(' ').pop()!) && !DESCRIPTION_SYNONYMS.has(head)) return null;
  const titles = DESCRIPTION_SYNONYMS.get(head) ?? [head];
  const fits = entities.filter((e) => {
    if (e.type !== 'PERSON') return false;
    return e.roles.some((r) => {
      const t = r.title.toLowerCase();
      if (!titles.some((x) => t === x || t.endsWith(' ' + x) || (x.split(' ').length === 1 && t.endsWith(x)))) return false;
      if (!of) return true;
      return r.of === of || (r.of === null && e.country === of) || (r.of !== null && byId.get(r.of)?.kb != null && byId.get(r.of)?.kb === byId.get(of)?.kb);
    });
  });
  void doc;
  return fits.length === 1 ? fits[0] : null;
}

/**
 * For the quotes stage: the mention index of the nearest preceding PERSON name mention (with an
 * entity) whose gender, when known, fits the pronoun at `mentionIndex`; null when none within
 * the three previous sentences.
 */
export function resolvePronoun(doc: Doc, mentionIndex: number): number | null {
  const ms = doc.mentions;
  const p = ms[mentionIndex];
  const g = PRONOUNS.get(p.text.toLowerCase());
  const byId = entityIndex(doc);
  const limit = p.start - 1;
  for (let j = mentionIndex - 1; j >= 0; j--) {
    const m = ms[j];
    if (m.end > limit + 1 || m.type !== 'PERSON' || m.kind === 'pronoun' || !m.entity) continue;
    const sentGap = doc.tokens.sentence[tokenAt(doc, p.start)] - doc.tokens.sentence[tokenAt(doc, m.start)];
    if (sentGap > 3) return null;
    const e = byId.get(m.entity);
    if (!e) continue;
    if (g && e.gender && e.gender !== g) continue;
    return j;
  }
  return null;
}

const indexCache = new WeakMap<Doc, { entities: Entity[]; map: Map<string, Entity> }>();
function entityIndex(doc: Doc): Map<string, Entity> {
  const c = indexCache.get(doc);
  if (c && c.entities === doc.entities) return c.map;
  const map = new Map(doc.entities.map((e) => [e.id, e]));
  indexCache.set(doc, { entities: doc.entities, map });
  return map;
}

export const linkStage: Stage = {
  name: 'link',
  requires: ['mentions'],
  assigns: ['entities'],
  run(doc: Doc, ctx: Context) {
    link(doc, loadKb(ctx), doc.published ?? ctx.published);
  },
};
