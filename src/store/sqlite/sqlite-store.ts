// The embedded store: one SQLite file (better-sqlite3, WAL, foreign keys, FTS5), schema from the
// numbered migrations in ./migrations.ts. Writes go through ./ingest.ts; graph and timeline queries
// live in ./graph.ts. The methods are async only to share the Store contract with a future
// PostgreSQL store; better-sqlite3 itself is synchronous and fast.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Doc, EntityType } from '../../model/types.js';
import { NewsgraphError } from '../../util/errors.js';
import { cameoLabel } from '../cameo-label.js';
import { nameKey } from '../entity-key.js';
import type {
  DocumentHit, DocumentSummary, EntityDetail, EntityQuery, EntitySummary, EventQuery, Graph, GraphQuery,
  IngestResult, MentionRef, Page, Paged, QuoteQuery, Store, StoredDocument, StoredEvent, StoredQuote, StoreStats,
  TimelineBucket, TimelineQuery, BatchResult,
} from '../store.js';
import { countryCounts, graph, timeline } from './graph.js';
import { createWriter } from './ingest.js';
import { MIGRATIONS } from './migrations.js';

export interface SqliteOptions {
  /** refuse to create a new database file (read commands) */
  mustExist?: boolean;
  readonly?: boolean;
}

const DEFAULT_LIMIT = 50;
/** Most items per list on an entity page (the newest first); EntityDetail.totals has the full counts. */
const ENTITY_PAGE = 50;
const COOCCURRING = 25;
const MAX_LIMIT = 10_000;

/** Opens (and creates or migrates) the SQLite store at `path`; ':memory:' works for tests. */
export function openSqliteStore(path: string, opts: SqliteOptions = {}): SqliteStore {
  if (opts.mustExist && path !== ':memory:' && !existsSync(path))
    throw new NewsgraphError('E_STORE', `no database at ${path}; run \`newsgraph ingest FILES --db ${path}\` first`, path);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.mustExist });
  } catch (e) {
    throw new NewsgraphError('E_STORE', `cannot open the database (${(e as Error).message})`, path);
  }
  try {
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // a large page cache keeps a whole batch's writes in memory until COMMIT (no mid-transaction spills)
      db.pragma('cache_size = -65536');
      db.pragma('temp_store = MEMORY');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, path, !!opts.readonly);
  } catch (e) {
    db.close();
    if (e instanceof NewsgraphError) throw e;
    throw new NewsgraphError('E_STORE', `not a usable newsgraph database (${(e as Error).message})`, path);
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database, path: string, readonly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (version > latest) throw new NewsgraphError('E_STORE', `the database has schema version ${version}, newer than this newsgraph (${latest}); upgrade newsgraph`, path);
  if (version === latest) return;
  if (readonly) throw new NewsgraphError('E_STORE', `the database needs a schema upgrade (${version} -> ${latest}); open it once for writing`, path);
  for (const m of MIGRATIONS) {
    if (m.version <= version) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

const page = (q: Page | undefined): { limit: number; offset: number } => ({
  limit: Math.min(Math.max(1, Math.floor(q?.limit ?? DEFAULT_LIMIT)), MAX_LIMIT),
  offset: Math.max(0, Math.floor(q?.offset ?? 0)),
});

/** A user's words as a safe FTS5 query: every term must match (each quoted, so no syntax leaks). */
export function ftsQuery(text: string): string | null {
  const terms = text.match(/[\p{L}\p{N}]+/gu);
  return terms?.length ? terms.map((t) => `"${t}"`).join(' ') : null;
}

/** SQL condition on a YYYY[-MM[-DD]] column against --since/--until at any resolution. */
export function dayRange(col: string, since: string | undefined, until: string | undefined, params: unknown[]): string[] {
  const where: string[] = [];
  if (since) {
    where.push(`${col} >= ?`);
    params.push(since);
  }
  if (until) {
    where.push(`substr(${col}, 1, ?) <= ?`);
    params.push(until.length, until);
  }
  return where;
}

const SUMMARY_COLS = 'd.id, d.title, d.source, d.published, d.words, d.ingested_at';
const toSummary = (r: any): DocumentSummary => ({ id: r.id, title: r.title, source: r.source, published: r.published, words: r.words, ingestedAt: r.ingested_at });

const QUOTE_SQL = `SELECT q.*, d.id AS doc_id, d.title AS doc_title, d.published AS doc_published, e.name AS speaker_name
  FROM quotes q JOIN documents d ON d.n = q.doc LEFT JOIN entities e ON e.id = q.speaker`;
const toQuote = (r: any): StoredQuote => ({
  id: r.id, document: r.doc_id, title: r.doc_title, published: r.doc_published, start: r.start, end: r.end, text: r.text,
  direct: !!r.direct, fragment: !!r.fragment, speaker: r.speaker ? { id: r.speaker, name: r.speaker_name } : null,
  speakerText: r.speaker_text, cue: r.cue_text,
});

const EVENT_SQL = `SELECT v.*, d.id AS doc_id, d.title AS doc_title, d.published AS doc_published, s.name AS source_name, t.name AS target_name, l.name AS location_name
  FROM events v JOIN documents d ON d.n = v.doc LEFT JOIN entities s ON s.id = v.source LEFT JOIN entities t ON t.id = v.target LEFT JOIN entities l ON l.id = v.location`;
const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? id } : null);
const toEvent = (r: any): StoredEvent => ({
  id: r.id, document: r.doc_id, title: r.doc_title, type: r.type, cameo: r.cameo, cameoName: cameoLabel(r.cameo) || r.type,
  quadClass: r.quad, goldstein: r.goldstein, source: ref(r.source, r.source_name), target: ref(r.target, r.target_name),
  location: ref(r.location, r.location_name), date: r.date, dateResolution: r.date_resolution, published: r.doc_published,
  evidence: { start: r.start, end: r.end, text: r.text }, modality: r.modality, negated: !!r.negated,
});
const toEntity = (r: any): EntitySummary => ({ id: r.id, name: r.name, type: r.type, kb: r.kb, mentions: r.mentions, documents: r.documents });

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private one: ((doc: Doc) => IngestResult) | null = null;
  private batch: ((docs: Doc[]) => BatchResult[]) | null = null;

  private stmts = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
  }

  /**
   * A prepared statement, compiled once per SQL text and result mode (compiling a join costs about
   * 0.1 ms, a noticeable part of a small page). The texts come from fixed fragments, so the cache
   * stays small; the mode is part of the key because pluck()/raw() change the statement object.
   */
  stmt(sql: string, mode: 'rows' | 'pluck' | 'raw' = 'rows'): Database.Statement {
    const key = mode + '\u0000' + sql;
    let st = this.stmts.get(key);
    if (!st) {
      st = this.db.prepare(sql);
      if (mode === 'pluck') st.pluck();
      else if (mode === 'raw') st.raw();
      this.stmts.set(key, st);
    }
    return st;
  }

  private tx() {
    if (!this.one || !this.batch) {
      const w = createWriter(this.db);
      const one = (this.one = this.db.transaction((doc: Doc) => w.ingest(doc)));
      // the whole batch in one transaction; if any document fails, the batch is rolled back and
      // redone one transaction per document, so the failure stays alone (cheaper than a savepoint each)
      const all = this.db.transaction((docs: Doc[]) => docs.map((d) => w.ingest(d)));
      this.batch = (docs: Doc[]) => {
        try {
          return all(docs);
        } catch {
          return docs.map((doc): BatchResult => {
            try {
              return one(doc);
            } catch (e) {
              return { id: doc.id, status: 'failed', error: e instanceof Error ? e : new Error(String(e)) };
            }
          });
        }
      };
    }
    return { one: this.one, batch: this.batch! };
  }

  async ingest(doc: Doc): Promise<IngestResult> {
    try {
      return this.tx().one(doc);
    } catch (e) {
      throw new NewsgraphError('E_STORE', `could not store the document (${(e as Error).message})`, doc.source);
    }
  }

  async ingestMany(docs: Doc[]): Promise<BatchResult[]> {
    return this.tx().batch(docs);
  }

  async hasDocument(id: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM documents WHERE id = ?').get(id);
  }

  async listDocuments(q?: Page): Promise<Paged<DocumentSummary>> {
    const { limit, offset } = page(q);
    const items = this.stmt(`SELECT ${SUMMARY_COLS} FROM documents d ORDER BY d.published DESC NULLS LAST, d.n DESC LIMIT ? OFFSET ?`)
      .all(limit, offset)
      .map(toSummary);
    const total = this.stmt('SELECT count(*) FROM documents', 'pluck').get() as number;
    return { items, total, limit, offset };
  }

  async searchDocuments(text: string, q?: Page): Promise<Paged<DocumentHit>> {
    const { limit, offset } = page(q);
    const match = ftsQuery(text);
    if (!match) return { items: [], total: 0, limit, offset };
    const items = this.stmt(
      `SELECT ${SUMMARY_COLS}, snippet(documents_fts, 1, '', '', '…', 16) AS snippet FROM documents_fts f JOIN documents d ON d.n = f.rowid
       WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`,
    )
      .all(match, limit, offset)
      .map((r: any) => ({ ...toSummary(r), snippet: String(r.snippet).replace(/\s+/g, ' ').trim() }));
    const total = this.stmt('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?', 'pluck').get(match) as number;
    return { items, total, limit, offset };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.stmt(`SELECT d.n, ${SUMMARY_COLS}, d.text, d.extract FROM documents d WHERE d.id = ?`).get(id) as any;
    return r ? this.stored(r) : null;
  }

  private stored(r: any): StoredDocument {
    const extract = JSON.parse(r.extract);
    extract.document = { ...extract.document, text: r.text };
    const storeIds: Record<string, string> = {};
    for (const x of this.stmt('SELECT local, entity FROM doc_entities WHERE doc = ?').all(r.n) as { local: string; entity: string }[]) storeIds[x.local] = x.entity;
    return { summary: toSummary(r), extract, storeIds };
  }

  async *allDocuments(): AsyncIterable<StoredDocument> {
    const stmt = this.stmt(`SELECT d.n, ${SUMMARY_COLS}, d.text, d.extract FROM documents d WHERE d.n > ? ORDER BY d.n LIMIT 200`);
    let last = 0;
    for (;;) {
      const rows = stmt.all(last) as any[];
      if (!rows.length) return;
      for (const r of rows) yield this.stored(r);
      last = rows[rows.length - 1].n;
    }
  }

  /** Store ids matching an id, a name or an alias (case-, accent- and punctuation-insensitive). */
  resolve(idOrName: string): string[] {
    if (this.stmt('SELECT 1 FROM entities WHERE id = ?').get(idOrName)) return [idOrName];
    const key = nameKey(idOrName);
    return this.stmt(
      `SELECT id FROM (SELECT id, mentions AS w, 0 AS o FROM entities WHERE name_key = ?
         UNION ALL SELECT a.entity, a.count, 1 FROM aliases a WHERE a.alias_key = ?)
       GROUP BY id ORDER BY min(o), max(w) DESC`,
      'pluck',
    ).all(key, key) as string[];
  }

  async listEntities(q?: EntityQuery): Promise<Paged<EntitySummary>> {
    const { limit, offset } = page(q);
    const where: string[] = ['documents > 0'];
    const params: unknown[] = [];
    if (q?.type) {
      where.push('type = ?');
      params.push(q.type);
    }
    if (q?.prefix) {
      where.push(`(name LIKE ? ESCAPE '\\' OR name_key LIKE ? ESCAPE '\\')`);
      const esc = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
      params.push(esc(q.prefix), esc(nameKey(q.prefix)));
    }
    const w = `WHERE ${where.join(' AND ')}`;
    const items = this.stmt(`SELECT * FROM entities ${w} ORDER BY mentions DESC, name LIMIT ? OFFSET ?`).all(...params, limit, offset).map(toEntity);
    const total = this.stmt(`SELECT count(*) FROM entities ${w}`, 'pluck').get(...params) as number;
    return { items, total, limit, offset };
  }

  async getEntity(idOrName: string): Promise<EntityDetail | null> {
    const id = this.resolve(idOrName)[0];
    if (!id) return null;
    const st = this.stmt.bind(this);
    const e = st('SELECT * FROM entities WHERE id = ?').get(id) as any;
    const count = (sql: string, ...params: unknown[]) => st(sql, 'pluck').get(...params) as number;
    const aliases = st('SELECT alias FROM aliases WHERE entity = ? ORDER BY count DESC, alias', 'pluck').all(id) as string[];
    const roles = (
      st(
        `SELECT r.title, r.of, o.name AS of_name, d.id AS doc, r.published, r.text FROM roles r JOIN documents d ON d.n = r.doc
         LEFT JOIN entities o ON o.id = r.of WHERE r.entity = ? ORDER BY r.published DESC NULLS LAST, r.rowid LIMIT ${ENTITY_PAGE}`,
      ).all(id) as any[]
    ).map((r) => ({ title: r.title, of: r.of, ofName: r.of_name, document: r.doc, published: r.published, evidence: r.text }));
    const country = e.country ? ((st('SELECT id, name FROM entities WHERE id = ?').get(e.country) as { id: string; name: string } | undefined) ?? null) : null;
    // the newest documents first, then their mentions: only those documents' mention rows are read,
    // not every mention of a frequent entity (thousands) before sorting
    const rows = st(
      `SELECT m.doc AS n, d.id AS doc, d.title, m.start, m."end", m.text, m.ctx_start, m.ctx_end
       FROM (SELECT n, id, title, published FROM documents WHERE n IN (SELECT doc FROM doc_entity_set WHERE entity = @id)
             ORDER BY published DESC NULLS LAST, n LIMIT ${ENTITY_PAGE}) d
       JOIN mentions m ON m.entity = @id AND m.doc = d.n
       ORDER BY d.published DESC NULLS LAST, d.n, m.start LIMIT ${ENTITY_PAGE}`,
    ).all({ id }) as any[];
    const texts = new Map<number, string>();
    const textOf = st('SELECT text FROM documents WHERE n = ?', 'pluck');
    const mentionList: MentionRef[] = rows.map((r) => {
      let t = texts.get(r.n);
      if (t === undefined) texts.set(r.n, (t = textOf.get(r.n) as string));
      return { document: r.doc, title: r.title, start: r.start, end: r.end, text: r.text, context: t.slice(r.ctx_start, r.ctx_end).replace(/\s+/g, ' ').trim() };
    });
    const quotesBy = (st(`${QUOTE_SQL} WHERE q.speaker = ? ORDER BY d.published DESC NULLS LAST, q.id LIMIT ${ENTITY_PAGE}`).all(id) as any[]).map(toQuote);
    const ABOUT = 'q.id IN (SELECT quote FROM quote_entities WHERE entity = @id) AND q.speaker IS NOT @id';
    const quotesAbout = (st(`${QUOTE_SQL} WHERE ${ABOUT} ORDER BY d.published DESC NULLS LAST, q.id LIMIT ${ENTITY_PAGE}`).all({ id }) as any[]).map(toQuote);
    const INVOLVED = 'v.source = @id OR v.target = @id OR v.location = @id';
    const events = (st(`${EVENT_SQL} WHERE ${INVOLVED} ORDER BY v.day DESC NULLS LAST, v.id LIMIT ${ENTITY_PAGE}`).all({ id }) as any[]).map(toEvent);
    // shared documents per other entity, counted before any join; names only for the 25 kept
    // (ties on the 25th count are broken by mentions, so every entity tied there is joined)
    const cooccurring = st(
      `WITH c AS (SELECT b.entity, count(*) AS n FROM doc_entity_set a JOIN doc_entity_set b ON b.doc = a.doc
                  WHERE a.entity = @id AND b.entity <> @id GROUP BY b.entity)
       SELECT e.id, e.name, e.type, c.n AS documents FROM c JOIN entities e ON e.id = c.entity
       WHERE c.n >= coalesce((SELECT n FROM c ORDER BY n DESC LIMIT 1 OFFSET ${COOCCURRING - 1}), 0)
       ORDER BY documents DESC, e.mentions DESC LIMIT ${COOCCURRING}`,
    ).all({ id }) as { id: string; name: string; type: EntityType; documents: number }[];
    const totals = {
      roles: count('SELECT count(*) FROM roles WHERE entity = ?', id),
      mentions: count('SELECT count(*) FROM mentions WHERE entity = ?', id),
      quotesBy: count('SELECT count(*) FROM quotes q WHERE q.speaker = ?', id),
      quotesAbout: count(`SELECT count(*) FROM quotes q WHERE ${ABOUT}`, { id }),
      events: count(`SELECT count(*) FROM events v WHERE ${INVOLVED}`, { id }),
    };
    return { ...toEntity(e), aliases, roles, country, mentionList, quotesBy, quotesAbout, events, cooccurring, totals };
  }

  async listQuotes(q?: QuoteQuery): Promise<Paged<StoredQuote>> {
    const { limit, offset } = page(q);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q?.speaker) {
      where.push('q.speaker IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(this.resolve(q.speaker)));
    }
    if (q?.text) {
      const m = ftsQuery(q.text);
      if (!m) return { items: [], total: 0, limit, offset };
      where.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)');
      params.push(m);
    }
    if (q?.document) {
      where.push('d.id = ?');
      params.push(q.document);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const items = (this.stmt(`${QUOTE_SQL} ${w} ORDER BY d.published DESC NULLS LAST, q.doc, q.start LIMIT ? OFFSET ?`).all(...params, limit, offset) as any[]).map(toQuote);
    const total = this.stmt(`SELECT count(*) FROM quotes q JOIN documents d ON d.n = q.doc ${w}`, 'pluck').get(...params) as number;
    return { items, total, limit, offset };
  }

  async listEvents(q?: EventQuery): Promise<Paged<StoredEvent>> {
    const { limit, offset } = page(q);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q?.actor) {
      where.push('(v.source IN (SELECT value FROM json_each(?)) OR v.target IN (SELECT value FROM json_each(?)))');
      const ids = JSON.stringify(this.resolve(q.actor));
      params.push(ids, ids);
    }
    if (q?.location) {
      where.push('v.location IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(this.resolve(q.location)));
    }
    if (q?.cameo) {
      where.push(`v.cameo LIKE ? ESCAPE '\\'`);
      params.push(q.cameo.replace(/[\\%_]/g, (c) => '\\' + c) + '%');
    }
    if (q?.quadClass) {
      where.push('v.quad = ?');
      params.push(q.quadClass);
    }
    if (q?.document) {
      where.push('d.id = ?');
      params.push(q.document);
    }
    where.push(...dayRange('v.day', q?.since, q?.until, params));
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const items = (this.stmt(`${EVENT_SQL} ${w} ORDER BY v.day DESC NULLS LAST, v.doc, v.start LIMIT ? OFFSET ?`).all(...params, limit, offset) as any[]).map(toEvent);
    const total = this.stmt(`SELECT count(*) FROM events v JOIN documents d ON d.n = v.doc ${w}`, 'pluck').get(...params) as number;
    return { items, total, limit, offset };
  }

  async graph(q?: GraphQuery): Promise<Graph> {
    return graph(this, q ?? {});
  }

  async timeline(q?: TimelineQuery): Promise<TimelineBucket[]> {
    return timeline(this, q ?? {});
  }

  async countryCounts(q?: { since?: string; until?: string; cameoRoot?: string }) {
    return countryCounts(this, q ?? {});
  }

  async stats(): Promise<StoreStats> {
    const c = (sql: string) => this.stmt(sql, 'pluck').get() as number;
    const byType: Record<string, number> = {};
    for (const r of this.stmt('SELECT type, count(*) AS n FROM entities WHERE documents > 0 GROUP BY type ORDER BY n DESC').all() as { type: string; n: number }[])
      byType[r.type] = r.n;
    return {
      documents: c('SELECT count(*) FROM documents'),
      words: c('SELECT coalesce(sum(words), 0) FROM documents'),
      entities: c('SELECT count(*) FROM entities WHERE documents > 0'),
      mentions: c('SELECT count(*) FROM mentions'),
      quotes: c('SELECT count(*) FROM quotes'),
      events: c('SELECT count(*) FROM events'),
      byType,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export { EVENT_SQL, toEvent };
