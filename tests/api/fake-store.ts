// An in-memory Store for the API tests: same contract as the SQLite store (src/store/store.ts),
// computed naively from the extract JSON of each document, plus `buildDoc`, which makes an analysed
// document by hand from invented facts (names located in the text by indexOf) so API tests do not
// depend on the extraction stages.
import { createDoc, normaliseText } from '../../src/model/document.js';
import { toExtractJson } from '../../src/model/extract-json.js';
import type { Doc, EntityType } from '../../src/model/types.js';
import type * as T from '../../src/store/store.js';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
const page = <X>(all: X[], q: T.Page = {}): T.Paged<X> => {
  const limit = q.limit ?? 50, offset = q.offset ?? 0;
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
};
const dayOf = (s: string | null | undefined) => s ?? null;
const inRange = (d: string | null, since?: string, until?: string) =>
  (!since || (d !== null && d >= since)) && (!until || (d !== null && d.slice(0, until.length) <= until));

interface Ent { id: string; name: string; type: EntityType; kb: string | null; aliases: Set<string>; mentions: number; docs: Set<string>; country: string | null }

export class FakeStore implements T.Store {
  private docs = new Map<string, T.StoredDocument>();
  private ents = new Map<string, Ent>();
  private quotes: T.StoredQuote[] = [];
  private events: T.StoredEvent[] = [];

  async ingest(doc: Doc): Promise<T.IngestResult> {
    if (this.docs.has(doc.id)) return { id: doc.id, status: 'existing' };
    const x = toExtractJson(doc);
    const storeIds: Record<string, string> = {};
    for (const e of x.entities) {
      const id = e.kb ?? `${e.type}:${slug(e.name)}`;
      storeIds[e.id] = id;
      const ent = this.ents.get(id) ?? { id, name: e.name, type: e.type, kb: e.kb, aliases: new Set(), mentions: 0, docs: new Set(), country: null };
      for (const m of e.mentions) ent.aliases.add(m.text);
      ent.mentions += e.mentions.length;
      ent.docs.add(doc.id);
      this.ents.set(id, ent);
    }
    for (const e of x.entities) if (e.country) this.ents.get(storeIds[e.id])!.country = storeIds[e.country] ?? null;
    const words = doc.text.split(/\s+/).filter(Boolean).length;
    const summary: T.DocumentSummary = { id: doc.id, title: doc.title, source: doc.source, published: doc.published, words, ingestedAt: new Date().toISOString() };
    this.docs.set(doc.id, { summary, extract: x, storeIds });
    const ref = (id: string | null) => (id && storeIds[id] ? { id: storeIds[id], name: this.ents.get(storeIds[id])!.name } : null);
    for (const q of x.quotes) {
      this.quotes.push({
        id: this.quotes.length + 1, document: doc.id, title: doc.title, published: doc.published, start: q.start, end: q.end, text: q.text,
        direct: q.direct, fragment: q.fragment, speaker: ref(q.speaker.entity), speakerText: q.speaker.mention?.text ?? null, cue: q.cue?.text ?? null,
      });
    }
    for (const v of x.events) {
      this.events.push({
        id: this.events.length + 1, document: doc.id, title: doc.title, type: v.type, cameo: v.cameo, cameoName: v.type, quadClass: v.quadClass,
        goldstein: v.goldstein, source: ref(v.source), target: ref(v.target), location: ref(v.location), date: v.date?.value ?? dayOf(doc.published),
        dateResolution: v.date?.resolution ?? null, evidence: v.evidence, modality: v.modality, negated: v.negated,
      });
    }
    return { id: doc.id, status: 'new' };
  }
  async hasDocument(id: string) { return this.docs.has(id); }
  async listDocuments(q?: T.Page) { return page([...this.docs.values()].map((d) => d.summary), q); }
  async searchDocuments(text: string, q?: T.Page) {
    const needle = text.toLowerCase();
    const hits: T.DocumentHit[] = [];
    for (const d of this.docs.values()) {
      const body: string = d.extract.document.text;
      const i = body.toLowerCase().indexOf(needle);
      if (i >= 0 || (d.summary.title ?? '').toLowerCase().includes(needle)) hits.push({ ...d.summary, snippet: body.slice(Math.max(0, i - 40), Math.max(0, i) + 80) });
    }
    return page(hits, q);
  }
  async getDocument(id: string) { return this.docs.get(id) ?? null; }
  private summary(e: Ent): T.EntitySummary { return { id: e.id, name: e.name, type: e.type, kb: e.kb, mentions: e.mentions, documents: e.docs.size }; }
  private resolve(idOrName: string): Ent | undefined {
    const k = idOrName.toLowerCase();
    return this.ents.get(idOrName) ?? [...this.ents.values()].find((e) => e.name.toLowerCase() === k || [...e.aliases].some((a) => a.toLowerCase() === k));
  }
  async listEntities(q: T.EntityQuery = {}) {
    const p = q.prefix?.toLowerCase();
    const all = [...this.ents.values()].filter((e) => (!q.type || e.type === q.type) && (!p || e.name.toLowerCase().startsWith(p))).sort((a, b) => b.mentions - a.mentions);
    return page(all.map((e) => this.summary(e)), q);
  }
  async getEntity(idOrName: string): Promise<T.EntityDetail | null> {
    const e = this.resolve(idOrName);
    if (!e) return null;
    const mentionList: T.MentionRef[] = [];
    const roles: T.EntityDetail['roles'] = [];
    const co = new Map<string, number>();
    for (const d of this.docs.values()) {
      const local = Object.keys(d.storeIds).filter((k) => d.storeIds[k] === e.id);
      if (!local.length) continue;
      for (const x of d.extract.entities) {
        if (local.includes(x.id)) {
          for (const m of x.mentions) mentionList.push({ document: d.summary.id, title: d.summary.title, start: m.start, end: m.end, text: m.text, context: m.text });
          for (const r of x.roles) roles.push({ title: r.title, of: r.of ? d.storeIds[r.of] : null, ofName: r.of ? this.ents.get(d.storeIds[r.of])?.name ?? null : null, document: d.summary.id, published: d.summary.published, evidence: r.evidence.text });
        } else co.set(d.storeIds[x.id], (co.get(d.storeIds[x.id]) ?? 0) + 1);
      }
    }
    const country = e.country ? this.ents.get(e.country) : undefined;
    return {
      ...this.summary(e),
      aliases: [...e.aliases],
      roles,
      country: country ? { id: country.id, name: country.name } : null,
      mentionList,
      quotesBy: this.quotes.filter((q) => q.speaker?.id === e.id),
      quotesAbout: this.quotes.filter((q) => q.speaker?.id !== e.id && [...e.aliases].some((a) => q.text.includes(a))),
      events: this.events.filter((v) => v.source?.id === e.id || v.target?.id === e.id),
      cooccurring: [...co].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ id, name: this.ents.get(id)!.name, type: this.ents.get(id)!.type, documents: n })),
    };
  }
  async listQuotes(q: T.QuoteQuery = {}) {
    const sp = q.speaker ? this.resolve(q.speaker)?.id ?? '\0' : null;
    return page(this.quotes.filter((x) => (!sp || x.speaker?.id === sp) && (!q.text || x.text.toLowerCase().includes(q.text.toLowerCase())) && (!q.document || x.document === q.document)), q);
  }
  private filterEvents(q: T.EventQuery & { cameoRoot?: string }) {
    const actor = q.actor ? this.resolve(q.actor)?.id ?? '\0' : null;
    const loc = q.location ? this.resolve(q.location)?.id ?? '\0' : null;
    return this.events.filter(
      (v) => (!actor || v.source?.id === actor || v.target?.id === actor) && (!loc || v.location?.id === loc) && (!q.cameo || v.cameo.startsWith(q.cameo)) &&
        (!q.cameoRoot || v.cameo.startsWith(q.cameoRoot)) && (!q.quadClass || v.quadClass === q.quadClass) && (!q.document || v.document === q.document) && inRange(v.date, q.since, q.until),
    );
  }
  async listEvents(q: T.EventQuery = {}) { return page(this.filterEvents(q), q); }
  async graph(q: T.GraphQuery = {}): Promise<T.Graph> {
    const events = this.filterEvents(q);
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const edges = new Map<string, T.Graph['edges'][number]>();
    const edge = (a: string, b: string) => {
      const k = key(a, b);
      let x = edges.get(k);
      if (!x) edges.set(k, (x = { source: a < b ? a : b, target: a < b ? b : a, quad: [0, 0, 0, 0], events: 0, goldstein: 0, comentions: 0 }));
      return x;
    };
    for (const v of events) if (v.source && v.target && v.source.id !== v.target.id) { const x = edge(v.source.id, v.target.id); x.quad[v.quadClass - 1]++; x.events++; x.goldstein += v.goldstein; }
    for (const d of this.docs.values()) {
      const ids = [...new Set(Object.values(d.storeIds))];
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) edge(ids[i], ids[j]).comentions++;
    }
    let all = [...edges.values()];
    const centre = q.entity ? this.resolve(q.entity)?.id : undefined;
    if (q.entity && !centre) return { nodes: [], edges: [] };
    let keep = new Set<string>();
    if (centre) {
      keep.add(centre);
      for (let d = 0; d < (q.depth ?? 1); d++) for (const x of all) if (keep.has(x.source) || keep.has(x.target)) { keep.add(x.source); keep.add(x.target); }
    } else keep = new Set([...this.ents.values()].sort((a, b) => b.mentions - a.mentions).map((e) => e.id));
    keep = new Set([...keep].slice(0, q.limit ?? 60));
    all = all.filter((x) => keep.has(x.source) && keep.has(x.target));
    return { nodes: [...keep].map((id) => this.ents.get(id)!).map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions })), edges: all };
  }
  async timeline(q: T.TimelineQuery = {}) {
    const n = q.granularity === 'day' ? 10 : 7;
    const counts = new Map<string, number>();
    for (const v of this.filterEvents({ actor: q.entity, since: q.since, until: q.until })) if (v.date) { const k = `${v.date.slice(0, n)}\t${v.type}`; counts.set(k, (counts.get(k) ?? 0) + 1); }
    return [...counts].sort().map(([k, count]) => ({ period: k.split('\t')[0], type: k.split('\t')[1], count }));
  }
  async countryCounts(q: { since?: string; until?: string; cameoRoot?: string } = {}) {
    const counts = new Map<string, number>();
    for (const v of this.filterEvents(q)) {
      const ids = new Set([v.source?.id, v.target?.id, v.location?.id].filter((x): x is string => !!x?.startsWith('iso3:')));
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].map(([id, events]) => ({ iso3: id.slice(5), entity: id, name: this.ents.get(id)!.name, events }));
  }
  async stats(): Promise<T.StoreStats> {
    const byType: Record<string, number> = {};
    for (const e of this.ents.values()) byType[e.type] = (byType[e.type] ?? 0) + 1;
    return { documents: this.docs.size, words: [...this.docs.values()].reduce((n, d) => n + d.summary.words, 0), entities: this.ents.size, mentions: [...this.ents.values()].reduce((n, e) => n + e.mentions, 0), quotes: this.quotes.length, events: this.events.length, byType };
  }
  async *allDocuments() { yield* this.docs.values(); }
  async close() {}
}

export interface DocSpec {
  title?: string;
  published?: string;
  entities: { name: string; type: EntityType; kb?: string; mentions: string[]; country?: string; roles?: { title: string; of?: string; evidence: string }[] }[];
  quotes?: { text: string; speaker: string; speakerText?: string }[];
  events?: { type: string; cameo: string; quadClass: 1 | 2 | 3 | 4; goldstein: number; source: string; target: string; trigger: string; location?: string; date?: string }[];
  dates?: { text: string; value: string }[];
}

/** An analysed document built by hand: mentions are every whole-word occurrence of each given string; other spans the first occurrence. */
export function buildDoc(rawText: string, spec: DocSpec): Doc {
  const text = normaliseText(rawText);
  const doc = createDoc(text, { source: 'test', title: spec.title ?? null, published: spec.published ?? null });
  const at = (s: string, from = 0) => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`buildDoc: "${s}" is not in the text`);
    return { start: i, end: i + s.length, text: s };
  };
  const src = { stage: 'test', rule: 'hand' };
  const idOf = (name: string) => `e${spec.entities.findIndex((e) => e.name === name) + 1}`;
  spec.entities.forEach((e, k) => {
    const id = `e${k + 1}`;
    const idx: number[] = [];
    for (const m of e.mentions) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const hit of text.matchAll(re)) {
        const i = hit.index;
        idx.push(doc.mentions.length);
        doc.mentions.push({ start: i, end: i + m.length, text: m, type: e.type, kind: 'name', kb: e.kb ?? null, entity: id, source: src });
      }
    }
    doc.entities.push({ id, name: e.name, type: e.type, kb: e.kb ?? null, mentions: idx, roles: [], country: null });
  });
  spec.entities.forEach((e, k) => {
    const ent = doc.entities[k];
    if (e.country) ent.country = idOf(e.country);
    for (const r of e.roles ?? []) ent.roles.push({ title: r.title, of: r.of ? idOf(r.of) : null, evidence: at(r.evidence), source: src });
  });
  for (const q of spec.quotes ?? []) {
    doc.quotes.push({ ...at(q.text), speaker: { entity: idOf(q.speaker), mention: q.speakerText ? at(q.speakerText) : null }, cue: null, direct: true, fragment: false, source: src });
  }
  (spec.events ?? []).forEach((v, k) => {
    const trig = at(v.trigger);
    doc.events.push({
      id: `v${k + 1}`, type: v.type, cameo: v.cameo, quadClass: v.quadClass, goldstein: v.goldstein, source: idOf(v.source), target: idOf(v.target),
      date: v.date ? { value: v.date, resolution: 'day' } : null, location: v.location ? idOf(v.location) : null, evidence: trig, trigger: trig,
      modality: 'asserted', negated: false, provenance: src,
    });
  });
  for (const d of spec.dates ?? []) doc.dates.push({ ...at(d.text), value: d.value, resolution: 'day', inferred: false, source: src });
  doc.mentions.sort((a, b) => a.start - b.start);
  // re-point entity mention indices after the sort
  doc.entities.forEach((e) => (e.mentions = doc.mentions.flatMap((m, i) => (m.entity === e.id ? [i] : []))));
  return doc;
}
