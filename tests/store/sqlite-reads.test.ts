// The SQLite store's read-side guarantees added for API latency: entity pages capped at a page of
// the newest items with full totals, shared-document counts that count a document once even when
// several per-document entities merged into one store entity, migration 002 rebuilding its table
// from a version-1 database, and an index behind every entity-page and graph query.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/types.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { DocBuilder } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Article i: Ilsa Varn (speaking) and Portmere meet; every third one also names Dov Arkel. */
function article(i: number): Doc {
  const day = `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const text = `Ilsa Varn visited Portmere on day ${i}. "We talk again, number ${i}," Ilsa Varn said.${i % 3 === 0 ? ` Dov Arkel watched.` : ''}`;
  const b = new DocBuilder(text, { published: day, source: `a${i}.txt` })
    .entity('e1', 'Ilsa Varn', 'PERSON', null, [['Ilsa Varn'], ['Ilsa Varn', 2]])
    .entity('e2', 'Portmere', 'GPE', 'iso3:PMR', [['Portmere']])
    .quote(`"We talk again, number ${i},"`, 'e1', ['Ilsa Varn', 2], 'said')
    .event('consult', '040', 1, 1, 'e1', 'e2', `Ilsa Varn visited Portmere on day ${i}.`, 'visited');
  if (i % 3 === 0) b.entity('e3', 'Dov Arkel', 'PERSON', null, [['Dov Arkel']]);
  return b.doc;
}

describe('SQLite store reads', () => {
  it('caps entity-page lists at 50, newest first, and reports the full totals', async () => {
    const s = openSqliteStore(':memory:');
    const docs = Array.from({ length: 70 }, (_, i) => article(i));
    await s.ingestMany(docs);
    const e = (await s.getEntity('Ilsa Varn'))!;
    expect(e.documents).toBe(70);
    expect(e.mentionList).toHaveLength(50);
    expect(e.quotesBy).toHaveLength(50);
    expect(e.events).toHaveLength(50);
    expect(e.totals).toEqual({ roles: 0, mentions: 140, quotesBy: 70, quotesAbout: 0, events: 70 });
    // newest documents first: the first mention is in the latest-published article
    const latest = [...docs].sort((a, b) => (b.published! < a.published! ? -1 : b.published! > a.published! ? 1 : 0))[0];
    expect(e.mentionList[0].document).toBe(latest.id);
    const pubs = e.quotesBy.map((q) => q.published!);
    expect([...pubs].sort().reverse()).toEqual(pubs);
    // the quote mentions its speaker, but a speaker's own words are not "about" them
    expect(e.quotesAbout).toEqual([]);
    expect(e.cooccurring.map((c) => [c.id, c.documents])).toEqual([['iso3:PMR', 70], ['PERSON:dov-arkel', 24]]);
    const p = (await s.getEntity('Portmere'))!;
    expect(p.totals).toMatchObject({ quotesAbout: 0, events: 70 });
    await s.close();
  });

  it('counts a shared document once when two per-document entities merge into one', async () => {
    const s = openSqliteStore(':memory:');
    // "Ilsa Varn" appears as two local entities (a coreference miss) that the store merges by name
    const d = new DocBuilder('Ilsa Varn met Dov Arkel. Later Ilsa Varn left.', { published: '2021-05-01' })
      .entity('e1', 'Ilsa Varn', 'PERSON', null, [['Ilsa Varn']])
      .entity('e2', 'Dov Arkel', 'PERSON', null, [['Dov Arkel']])
      .entity('e3', 'Ilsa Varn', 'PERSON', null, [['Ilsa Varn', 2]]).doc;
    await s.ingest(d);
    expect((await s.getEntity('Dov Arkel'))!.cooccurring).toEqual([{ id: 'PERSON:ilsa-varn', name: 'Ilsa Varn', type: 'PERSON', documents: 1 }]);
    const g = await s.graph({});
    expect(g.edges).toEqual([
      { source: 'PERSON:dov-arkel', target: 'PERSON:ilsa-varn', quad: [0, 0, 0, 0], events: 0, goldstein: 0, comentions: 1 },
    ]);
    await s.close();
  });

  it('graph co-mentions respect the date range', async () => {
    const s = openSqliteStore(':memory:');
    await s.ingestMany(Array.from({ length: 12 }, (_, i) => article(i)));
    const edge = (g: Awaited<ReturnType<typeof s.graph>>, a: string, b: string) =>
      g.edges.find((x) => (x.source === a && x.target === b) || (x.source === b && x.target === a));
    expect(edge(await s.graph({}), 'PERSON:ilsa-varn', 'PERSON:dov-arkel')?.comentions).toBe(4);
    // articles 0..11 are published in months 1..12; articles 0, 3, 6, 9 name Dov Arkel
    const h1 = await s.graph({ since: '2021-01', until: '2021-06' });
    expect(edge(h1, 'PERSON:ilsa-varn', 'PERSON:dov-arkel')?.comentions).toBe(2);
    const around = await s.graph({ entity: 'Dov Arkel', since: '2021-07', until: '2021-12' });
    expect(around.nodes.map((n) => n.id).sort()).toEqual(['PERSON:dov-arkel', 'PERSON:ilsa-varn', 'iso3:PMR']);
    expect(edge(around, 'PERSON:dov-arkel', 'iso3:PMR')?.comentions).toBe(2);
    await s.close();
  });

  it('migration 002 rebuilds the per-document entity set of a version-1 database', async () => {
    const path = join(dir, 'v1.db');
    const s = openSqliteStore(path);
    await s.ingestMany(Array.from({ length: 9 }, (_, i) => article(i)));
    const before = await s.getEntity('Ilsa Varn');
    // turn it back into a version-1 file: no doc_entity_set, the old index back
    s.db.exec('DROP TABLE doc_entity_set; CREATE INDEX doc_entities_entity ON doc_entities(entity, doc); PRAGMA user_version = 1;');
    await s.close();
    const again = openSqliteStore(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(again.db.prepare('SELECT count(*) FROM doc_entity_set').pluck().get()).toBe(9 * 2 + 3);
    expect(await again.getEntity('Ilsa Varn')).toEqual(before);
    await again.close();
  });

  it('uses an index for every entity-page and graph query (no full table scans)', async () => {
    const s = openSqliteStore(':memory:');
    await s.ingestMany(Array.from({ length: 6 }, (_, i) => article(i)));
    const scans: string[] = [];
    const prepare = s.db.prepare.bind(s.db);
    // record the plan of every statement the store compiles while serving the pages
    (s.db as any).prepare = (sql: string) => {
      const st = prepare(sql);
      const args = (sql.match(/\?/g) ?? []).map(() => null);
      const named = /@id\b/.test(sql) ? [{ id: null }] : args;
      const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...named) as { detail: string }[]).map((r) => r.detail);
      // scanning an intermediate result (a CTE, a derived table, json_each) is fine; a stored table is not
      const derived = new Set(plan.map((d) => /^(?:MATERIALIZE|CO-ROUTINE) (\S+)/.exec(d)?.[1]).filter(Boolean));
      for (const d of plan) {
        const m = /^SCAN (\S+)/.exec(d);
        if (m && !derived.has(m[1]) && !/^\(subquery|^json_each$/.test(m[1]) && !/VIRTUAL TABLE/.test(d)) scans.push(`${d} in ${sql.slice(0, 80)}`);
      }
      return st;
    };
    await s.getEntity('Ilsa Varn');
    await s.graph({ entity: 'Ilsa Varn' });
    await s.graph({ entity: 'Ilsa Varn', depth: 2, since: '2021-01' });
    await s.timeline({ entity: 'Ilsa Varn' });
    expect(scans).toEqual([]);
    await s.close();
  });
});
