// Aggregate queries over the SQLite store: the entity graph (events by pair with quad-class counts
// and Goldstein sums, plus co-mentions), the event timeline, and event counts per country.
import type { EntityType } from '../../model/types.js';
import type { Graph, GraphQuery, TimelineBucket, TimelineQuery } from '../store.js';
import { dayRange, type SqliteStore } from './sqlite-store.js';

const COMENTION_EDGES_PER_NODE = 4;
const MIN_COMENTION_EDGES = 100;

/** WHERE conditions on events (alias v) for a date range and a CAMEO root. */
function eventFilter(q: { since?: string; until?: string; cameoRoot?: string }, params: unknown[]): string {
  const where = dayRange('v.day', q.since, q.until, params);
  if (q.cameoRoot) {
    where.push('substr(v.cameo, 1, 2) = ?');
    params.push(q.cameoRoot.slice(0, 2));
  }
  return where.length ? ' AND ' + where.join(' AND ') : '';
}

/** A join restricting the documents of `x` to the date range (empty without one). */
function docFilter(q: GraphQuery, params: unknown[]): string {
  const df = dayRange('d.published', q.since, q.until, params);
  return df.length ? `JOIN documents d ON d.n = x.doc AND ${df.join(' AND ')}` : '';
}

/**
 * Entities linked to the frontier, strongest first: 3 per event between them (with the event
 * filters) plus 1 per document shared with each frontier entity. Shared documents are counted per
 * document (how many frontier entities it holds, times each other entity in it), so the work is
 * the frontier's documents times their entities, however many entities the frontier has.
 */
function neighbours(store: SqliteStore, frontier: string[], q: GraphQuery, limit: number): { id: string; w: number }[] {
  const f = JSON.stringify(frontier);
  // parameters in the order they appear in the SQL text
  const params: unknown[] = [];
  const dj = docFilter(q, params);
  params.push(f, f, f, f);
  const ef = eventFilter(q, params);
  params.push(limit);
  return store
    .stmt(
      `WITH fd AS (SELECT x.doc, count(*) AS k FROM doc_entity_set x ${dj} WHERE x.entity IN (SELECT value FROM json_each(?)) GROUP BY x.doc)
       SELECT id, sum(w) AS w FROM (
         SELECT CASE WHEN v.source IN (SELECT value FROM json_each(?)) THEN v.target ELSE v.source END AS id, 3 AS w
           FROM events v WHERE v.source IS NOT NULL AND v.target IS NOT NULL
           AND (v.source IN (SELECT value FROM json_each(?)) OR v.target IN (SELECT value FROM json_each(?))) ${ef}
         UNION ALL
         SELECT b.entity, fd.k FROM fd JOIN doc_entity_set b ON b.doc = fd.doc
       ) GROUP BY id ORDER BY w DESC, id LIMIT ?`,
    )
    .all(...params) as { id: string; w: number }[];
}

/**
 * Shared-document counts for every pair of `ids` (by index): each entity's document list (one
 * indexed range read per entity, with no sorting, unlike one grouped query over them all), then
 * per document the pairs of listed entities in it. A self-join of the postings would instead walk
 * every entity of every document of each listed entity.
 */
function comentions(store: SqliteStore, ids: string[], q: GraphQuery): (i: number, j: number) => number {
  const params: unknown[] = [];
  const dj = docFilter(q, params);
  const docsOf = store.stmt(`SELECT x.doc FROM doc_entity_set x ${dj} WHERE x.entity = ?`, 'pluck');
  const byDoc = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i++)
    for (const n of docsOf.all(...params, ids[i]) as number[]) {
      const list = byDoc.get(n);
      if (list) list.push(i);
      else byDoc.set(n, [i]);
    }
  const N = ids.length;
  // a dense matrix for the usual few dozen nodes, a map for big requests
  const dense = N <= 1024 ? new Int32Array(N * N) : null;
  const sparse = dense ? null : new Map<number, number>();
  for (const list of byDoc.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const i = Math.min(list[a], list[b]), j = Math.max(list[a], list[b]);
        if (dense) dense[i * N + j]++;
        else sparse!.set(i * N + j, (sparse!.get(i * N + j) ?? 0) + 1);
      }
  return (i, j) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    return dense ? dense[a * N + b] : (sparse!.get(a * N + b) ?? 0);
  };
}

export function graph(store: SqliteStore, q: GraphQuery): Graph {
  const limit = Math.min(Math.max(2, q.limit ?? 60), 2000);
  let ids: string[];
  if (q.entity) {
    const centre = store.resolve(q.entity)[0];
    if (!centre) return { nodes: [], edges: [] };
    ids = [centre];
    const seen = new Set(ids);
    let frontier = [centre];
    for (let depth = 0; depth < Math.max(1, Math.min(q.depth ?? 1, 2)) && seen.size < limit; depth++) {
      const rows = neighbours(store, frontier, q, limit * 2);
      const next: string[] = [];
      for (const r of rows) {
        if (seen.size >= limit) break;
        if (r.id && !seen.has(r.id)) {
          seen.add(r.id);
          ids.push(r.id);
          next.push(r.id);
        }
      }
      frontier = next;
      if (!frontier.length) break;
    }
  } else {
    ids = store.stmt('SELECT id FROM entities WHERE documents > 0 ORDER BY mentions DESC, documents DESC, id LIMIT ?', 'pluck').all(limit) as string[];
  }
  return subgraph(store, ids, q);
}

/** Nodes with these ids and every edge among them. */
function subgraph(store: SqliteStore, ids: string[], q: GraphQuery): Graph {
  if (!ids.length) return { nodes: [], edges: [] };
  const list = JSON.stringify(ids);
  const byId = new Map(
    (store.stmt('SELECT id, name, type, mentions FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(list) as {
      id: string; name: string; type: EntityType; mentions: number;
    }[]).map((n) => [n.id, n]),
  );
  const nodes = ids.map((id) => byId.get(id)).filter((n) => !!n);
  const edges = new Map<string, Graph['edges'][number]>();
  const edge = (s: string, t: string) => {
    const k = `${s}\u0000${t}`;
    let e = edges.get(k);
    if (!e) edges.set(k, (e = { source: s, target: t, quad: [0, 0, 0, 0], events: 0, goldstein: 0, comentions: 0 }));
    return e;
  };
  const params: unknown[] = [list, list];
  const ef = eventFilter(q, params);
  for (const r of store
    .stmt(
      `SELECT v.source, v.target, v.quad, count(*) AS n, sum(v.goldstein) AS g FROM events v
       WHERE v.source IN (SELECT value FROM json_each(?)) AND v.target IN (SELECT value FROM json_each(?)) AND v.source <> v.target ${ef}
       GROUP BY v.source, v.target, v.quad`,
    )
    .all(...params) as { source: string; target: string; quad: number; n: number; g: number }[]) {
    const e = edge(r.source, r.target);
    if (r.quad >= 1 && r.quad <= 4) e.quad[r.quad - 1] += r.n;
    e.events += r.n;
    e.goldstein = Math.round((e.goldstein + r.g) * 100) / 100;
  }
  const co = comentions(store, ids, q);
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const n = co(i, j);
      if (!n) continue;
      const [s, t] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
      const fwd = edges.get(`${s}\u0000${t}`);
      const back = edges.get(`${t}\u0000${s}`);
      if (fwd) fwd.comentions = n;
      if (back) back.comentions = n;
      if (!fwd && !back) edge(s, t).comentions = n;
    }
  // every event edge, but only the strongest co-mention-only edges: in a busy store nearly all
  // frequent entities share some document, and a complete graph shows nothing
  const all = [...edges.values()];
  const withEvents = all.filter((e) => e.events > 0);
  const comentionOnly = all
    .filter((e) => e.events === 0)
    .sort((a, b) => b.comentions - a.comentions || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const room = Math.max(MIN_COMENTION_EDGES, COMENTION_EDGES_PER_NODE * nodes.length);
  return { nodes, edges: [...withEvents, ...comentionOnly.slice(0, room)] };
}

export function timeline(store: SqliteStore, q: TimelineQuery): TimelineBucket[] {
  const params: unknown[] = [];
  const where: string[] = ['v.day IS NOT NULL'];
  if (q.entity) {
    where.push('(v.source IN (SELECT value FROM json_each(?)) OR v.target IN (SELECT value FROM json_each(?)))');
    const ids = JSON.stringify(store.resolve(q.entity));
    params.push(ids, ids);
  }
  where.push(...dayRange('v.day', q.since, q.until, params));
  const g = q.granularity ?? 'month';
  const period =
    g === 'day' ? `CASE WHEN length(v.day) = 10 THEN v.day END`
    : g === 'week' ? `CASE WHEN length(v.day) = 10 THEN strftime('%Y-W%W', v.day) END`
    : `CASE WHEN length(v.day) >= 7 THEN substr(v.day, 1, 7) END`;
  return store
    .stmt(
      `SELECT period, type, count(*) AS count FROM (SELECT ${period} AS period, v.type FROM events v WHERE ${where.join(' AND ')})
       WHERE period IS NOT NULL GROUP BY period, type ORDER BY period, count DESC, type`,
    )
    .all(...params) as TimelineBucket[];
}

export function countryCounts(store: SqliteStore, q: { since?: string; until?: string; cameoRoot?: string }) {
  const params: unknown[] = [];
  const ef = eventFilter(q, params);
  // an event counts for a country when the country itself, or a person or body of it, takes part
  return store
    .stmt(
      `WITH ev AS (SELECT v.id, v.source, v.target, v.location FROM events v WHERE 1 ${ef}),
       part AS (SELECT id, source AS e FROM ev UNION SELECT id, target FROM ev UNION SELECT id, location FROM ev),
       cty AS (SELECT part.id, CASE WHEN en.kb LIKE 'iso3:%' THEN en.id ELSE en.country END AS c FROM part JOIN entities en ON en.id = part.e)
       SELECT substr(c.kb, 6) AS iso3, c.id AS entity, c.name, count(DISTINCT cty.id) AS events
       FROM cty JOIN entities c ON c.id = cty.c WHERE c.kb LIKE 'iso3:%' GROUP BY c.id ORDER BY events DESC, c.name`,
    )
    .all(...params) as { iso3: string; entity: string; name: string; events: number }[];
}
