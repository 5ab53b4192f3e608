// Writes one analysed document and all its facts into the SQLite store. Statements are prepared
// once per connection; the caller wraps each document in a transaction (savepoint inside a batch),
// so a failure never leaves half a document behind.
import type Database from 'better-sqlite3';
import { sentenceAt } from '../../model/document.js';
import { toExtractJson } from '../../model/extract-json.js';
import type { Doc, EntityType, Provenance } from '../../model/types.js';
import { countWords, nameKey, storeEntityId } from '../entity-key.js';
import type { IngestResult } from '../store.js';


/** Mention kinds that name an entity, and so become aliases of it. */
const ALIAS_KINDS = new Set(['name', 'acronym']);

export interface Writer {
  ingest(doc: Doc): IngestResult;
}

export function createWriter(db: Database.Database): Writer {
  const s = {
    doc: db.prepare(
      `INSERT INTO documents (id, source, title, published, url, text, words, ingested_at, extract)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING RETURNING n`,
    ),
    docFts: db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
    findByKey: db.prepare('SELECT id FROM entities WHERE name_key = ? AND type = ? ORDER BY kb IS NULL, mentions DESC LIMIT 1').pluck(),
    entity: db.prepare(
      `INSERT INTO entities (id, name, type, kb, name_key, country, mentions, documents) VALUES (?, ?, ?, ?, ?, ?, ?, 1)
       ON CONFLICT(id) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + 1,
         country = coalesce(country, excluded.country), kb = coalesce(kb, excluded.kb)`,
    ),
    alias: db.prepare(
      `INSERT INTO aliases (entity, alias, alias_key, count) VALUES (?, ?, ?, ?) ON CONFLICT(entity, alias) DO UPDATE SET count = count + excluded.count`,
    ),
    docEntity: db.prepare('INSERT OR IGNORE INTO doc_entities (doc, local, entity, mentions) VALUES (?, ?, ?, ?)'),
    docEntitySet: db.prepare('INSERT INTO doc_entity_set (entity, doc) VALUES (?, ?)'),
    mention: db.prepare(
      `INSERT INTO mentions (doc, start, "end", text, type, kind, kb, entity, ctx_start, ctx_end, stage, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    role: db.prepare(`INSERT INTO roles (entity, doc, title, of, published, start, "end", text, stage, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    quote: db.prepare(
      `INSERT INTO quotes (doc, start, "end", text, direct, fragment, speaker, speaker_text, speaker_start, speaker_end, cue_text, cue_start, cue_end, stage, rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    quoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
    quoteEntity: db.prepare('INSERT OR IGNORE INTO quote_entities (quote, entity) VALUES (?, ?)'),
    event: db.prepare(
      `INSERT INTO events (doc, local, type, cameo, quad, goldstein, source, target, location, date, date_resolution, day, start, "end", text,
         trigger_start, trigger_end, trigger_text, modality, negated, stage, rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    date: db.prepare(`INSERT INTO dates (doc, start, "end", text, value, resolution, inferred, stage, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    quantity: db.prepare(`INSERT INTO quantities (doc, start, "end", text, value, unit, approximate, stage, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };

  const prov = (p: Provenance | undefined): [string, string] => [p?.stage ?? 'unknown', p?.rule ?? 'unknown'];
  const b = (v: boolean | undefined) => (v ? 1 : 0);

  /** The sentence around [start, end), else the line; offsets into the text. */
  function contextOf(doc: Doc, start: number, end: number): [number, number] {
    const i = doc.sentences.length ? sentenceAt(doc, start) : -1;
    if (i >= 0) {
      const sen = doc.sentences[i];
      return [sen.start, Math.max(sen.end, Math.min(end, doc.text.length))];
    }
    const a = doc.text.lastIndexOf('\n', start - 1) + 1;
    let z = doc.text.indexOf('\n', end);
    if (z < 0) z = doc.text.length;
    return [a, z];
  }

  function ingest(doc: Doc): IngestResult {
    const json = toExtractJson(doc);
    const { text: _text, ...meta } = json.document;
    const extract = JSON.stringify({ ...json, document: meta });
    const row = s.doc.get(doc.id, doc.source, doc.title, doc.published, doc.url ?? null, doc.text, countWords(doc.text), new Date().toISOString(), extract) as
      | { n: number }
      | undefined;
    if (!row) return { id: doc.id, status: 'existing' };
    const n = row.n;
    s.docFts.run(n, doc.title ?? '', doc.text);

    // Resolve per-document entities to store entities; several local ones may merge into one.
    const local = new Map<string, string>();
    const merged = new Map<string, { name: string; type: EntityType; kb: string | null; key: string; mentions: number; country: string | null }>();
    const byKey = new Map<string, string>();
    for (const e of doc.entities) {
      const key = nameKey(e.name);
      let id: string;
      if (e.kb) id = e.kb;
      else id = byKey.get(`${e.type}\u0000${key}`) ?? (s.findByKey.get(key, e.type) as string | undefined) ?? storeEntityId(e.name, e.type, null);
      byKey.set(`${e.type}\u0000${key}`, id);
      local.set(e.id, id);
      const m = merged.get(id);
      if (m) m.mentions += e.mentions.length;
      else merged.set(id, { name: e.name, type: e.type, kb: e.kb, key, mentions: e.mentions.length, country: null });
    }
    for (const e of doc.entities) {
      const c = e.country ? local.get(e.country) : undefined;
      const m = merged.get(local.get(e.id)!)!;
      if (c && !m.country) m.country = c;
    }
    for (const [id, m] of merged) s.entity.run(id, m.name, m.type, m.kb, m.key, m.country, m.mentions);
    for (const e of doc.entities) s.docEntity.run(n, e.id, local.get(e.id)!, e.mentions.length);
    for (const id of merged.keys()) s.docEntitySet.run(id, n);

    /** Store id of a local entity id; an unknown id (a stage's dangling reference) becomes null. */
    const sid = (localId: string | null | undefined): string | null => (localId ? (local.get(localId) ?? null) : null);

    const aliases = new Map<string, number>();
    for (const [id, m] of merged) aliases.set(`${id}\u0000${m.name}`, 0);
    const mentionEntity: (string | null)[] = new Array(doc.mentions.length).fill(null);
    for (const e of doc.entities) for (const i of e.mentions) if (i >= 0 && i < doc.mentions.length) mentionEntity[i] = local.get(e.id)!;
    for (let i = 0; i < doc.mentions.length; i++) {
      const m = doc.mentions[i];
      const ent = mentionEntity[i] ?? sid(m.entity);
      mentionEntity[i] = ent;
      const [cs, ce] = contextOf(doc, m.start, m.end);
      s.mention.run(n, m.start, m.end, m.text, m.type, m.kind, m.kb, ent, cs, ce, ...prov(m.source));
      if (ent && ALIAS_KINDS.has(m.kind)) {
        // "Obama's" is an alias of Obama as "Obama"
        const k = `${ent}\u0000${m.text.replace(/['\u2019]s$/, '')}`;
        aliases.set(k, (aliases.get(k) ?? 0) + 1);
      }
    }
    for (const [k, count] of aliases) {
      const [ent, alias] = k.split('\u0000');
      s.alias.run(ent, alias, nameKey(alias), count);
    }

    for (const e of doc.entities) {
      const ent = local.get(e.id)!;
      for (const r of e.roles ?? []) {
        s.role.run(ent, n, r.title, sid(r.of), doc.published, r.evidence.start, r.evidence.end, r.evidence.text, ...prov(r.source));
      }
    }

    for (const q of doc.quotes) {
      const sp = q.speaker ?? { entity: null, mention: null };
      const info = s.quote.run(
        n, q.start, q.end, q.text, b(q.direct), b(q.fragment), sid(sp.entity),
        sp.mention?.text ?? null, sp.mention?.start ?? null, sp.mention?.end ?? null,
        q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null, ...prov(q.source),
      );
      const qid = Number(info.lastInsertRowid);
      s.quoteFts.run(qid, q.text);
      for (let i = 0; i < doc.mentions.length; i++) {
        const m = doc.mentions[i];
        const ent = mentionEntity[i];
        if (ent && m.start >= q.start && m.end <= q.end) s.quoteEntity.run(qid, ent);
      }
    }

    for (const v of doc.events) {
      const day = v.date?.value ?? doc.published;
      s.event.run(
        n, v.id, v.type, v.cameo, v.quadClass, v.goldstein, sid(v.source), sid(v.target), sid(v.location),
        v.date?.value ?? null, v.date?.resolution ?? null, day, v.evidence.start, v.evidence.end, v.evidence.text,
        v.trigger?.start ?? null, v.trigger?.end ?? null, v.trigger?.text ?? null, v.modality ?? 'asserted', b(v.negated), ...prov(v.provenance),
      );
    }
    for (const d of doc.dates) s.date.run(n, d.start, d.end, d.text, d.value, d.resolution, b(d.inferred), ...prov(d.source));
    for (const q of doc.quantities) s.quantity.run(n, q.start, q.end, q.text, q.value, q.unit, b(q.approximate), ...prov(q.source));
    return { id: doc.id, status: 'new' };
  }

  return { ingest };
}
