// The Store contract: behaviour every Store implementation must show (SQLite today, PostgreSQL
// later). Call storeContract(name, open) from a test file; `open` gives a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/types.js';
import type { Store } from '../../src/store/store.js';
import { docA, docB, DocBuilder } from './fixtures.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('ingests a document once: same text gives the same id and "existing"', async () => {
      const a = docA();
      expect(await store.ingest(a)).toEqual({ id: a.id, status: 'new' });
      const before = await store.stats();
      expect(await store.ingest(docA())).toEqual({ id: a.id, status: 'existing' });
      expect(await store.hasDocument(a.id)).toBe(true);
      expect(await store.hasDocument('0'.repeat(64))).toBe(false);
      expect(await store.stats()).toEqual(before);
      expect(before).toMatchObject({ documents: 1, entities: 5, mentions: 11, quotes: 1, events: 2 });
      expect(before.byType).toEqual({ GPE: 3, PERSON: 2 });
      expect(before.words).toBeGreaterThan(30);
    });

    it('gives the document back in the extract shape, with its text and store ids', async () => {
      const a = docA();
      await store.ingest(a);
      const got = (await store.getDocument(a.id))!;
      expect(got.summary).toMatchObject({ id: a.id, title: a.title, published: '2023-03-04', source: 'a.txt' });
      expect(got.extract.schema).toBe('newsgraph.extract/1');
      expect(got.extract.document.text).toBe(a.text);
      for (const e of got.extract.entities) for (const m of e.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
      expect(got.storeIds).toEqual({ e1: 'PERSON:mara-keln', e2: 'iso3:ALD', e3: 'iso3:VNM', e4: 'PERSON:tomas-ruud', e5: 'GPE:lisbon' });
      expect(await store.getDocument('nope')).toBeNull();
    });

    it('merges entities across documents by KB id, else by normalised name and type', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      const keln = (await store.getEntity('Mara Keln'))!;
      expect(keln).toMatchObject({ id: 'PERSON:mara-keln', type: 'PERSON', kb: null, mentions: 5, documents: 2 });
      expect(keln.aliases).toEqual(expect.arrayContaining(['Mara Keln', 'Keln']));
      expect(keln.country).toEqual({ id: 'iso3:ALD', name: 'Aldoria' });
      expect(keln.roles.map((r) => [r.title, r.of, r.ofName, r.published])).toEqual([
        ['President', 'iso3:ALD', 'Aldoria', '2023-05-08'],
        ['President', 'iso3:ALD', 'Aldoria', '2023-03-04'],
      ]);
      expect(keln.mentionList).toHaveLength(5);
      for (const m of keln.mentionList) expect(m.context).toContain(m.text);
      // the context of a mention after an astral character (🚀 is two UTF-16 units) is still right
      expect(keln.mentionList.some((m) => m.context.startsWith("Aldoria's President Mara Keln arrived"))).toBe(true);
      expect(keln.quotesBy.map((q) => q.text)).toEqual(['"We came to listen,"', '"Our rivers do not stop at borders, and Venmark knows it,"']);
      expect(keln.events.map((e) => e.cameo).sort()).toEqual(['040', '042']);
      expect(keln.cooccurring.find((c) => c.id === 'iso3:ALD')).toMatchObject({ documents: 2 });
      const ald = (await store.getEntity('iso3:ALD'))!;
      expect(ald).toMatchObject({ name: 'Aldoria', mentions: 5, documents: 2 });
      expect(ald.aliases).toEqual(['Aldoria']); // "Aldoria's" is the same name
      const vnm = (await store.getEntity('Venmark'))!;
      expect(vnm.quotesAbout.map((q) => q.speaker?.id)).toEqual(['PERSON:mara-keln']);
      expect((await store.stats()).entities).toBe(6);
    });

    it('finds an entity by id, name, alias, in any case; null when unknown', async () => {
      await store.ingest(docA());
      expect((await store.getEntity('PERSON:tomas-ruud'))?.name).toBe('Tomas Ruud');
      expect((await store.getEntity('tomas ruud'))?.id).toBe('PERSON:tomas-ruud');
      expect((await store.getEntity('Ruud'))?.id).toBe('PERSON:tomas-ruud');
      expect(await store.getEntity('Nobody Atall')).toBeNull();
    });

    it('lists entities by type and prefix, most mentioned first, paged', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      const gpe = await store.listEntities({ type: 'GPE' });
      expect(gpe.items.map((e) => e.name)).toEqual(['Aldoria', 'Brenholt', 'Venmark', 'Lisbon']);
      expect(gpe.total).toBe(4);
      expect((await store.listEntities({ prefix: 'ma' })).items.map((e) => e.id)).toEqual(['PERSON:mara-keln']);
      const page = await store.listEntities({ limit: 2, offset: 1 });
      expect(page).toMatchObject({ total: 6, limit: 2, offset: 1 });
      expect(page.items).toHaveLength(2);
      expect((await store.listEntities({ prefix: '%' })).total).toBe(0);
    });

    it('lists quotes by speaker and by words', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      expect((await store.listQuotes()).total).toBe(2);
      const byRuud = await store.listQuotes({ speaker: 'Ruud' });
      expect(byRuud.total).toBe(0);
      const rivers = await store.listQuotes({ text: 'rivers borders' });
      expect(rivers.items).toHaveLength(1);
      expect(rivers.items[0]).toMatchObject({ speaker: { id: 'PERSON:mara-keln', name: 'Mara Keln' }, speakerText: 'Keln', cue: 'said', direct: true, published: '2023-03-04' });
      expect((await store.listQuotes({ speaker: 'keln', text: 'listen' })).total).toBe(1);
      expect((await store.listQuotes({ text: '"(' })).total).toBe(0);
    });

    it('lists events by actor, CAMEO prefix and date range (event date, else publication date)', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      expect((await store.listEvents()).total).toBe(4);
      const ruud = await store.listEvents({ actor: 'Tomas Ruud' });
      expect(ruud.items.map((e) => e.cameo).sort()).toEqual(['040', '111']);
      const crit = (await store.listEvents({ cameo: '11' })).items;
      expect(crit).toHaveLength(1);
      expect(crit[0]).toMatchObject({ type: 'criticize', quadClass: 3, goldstein: -2, source: { id: 'PERSON:tomas-ruud' }, target: { id: 'iso3:ALD' }, date: null });
      expect(crit[0].evidence.text).toContain('criticised');
      const consult = (await store.listEvents({ cameo: '040' })).items[0];
      expect(consult).toMatchObject({ date: '2023-03-03', dateResolution: 'day', location: { id: 'GPE:lisbon', name: 'Lisbon' } });
      expect((await store.listEvents({ since: '2023-04' })).items.map((e) => e.cameo).sort()).toEqual(['042', '051']);
      expect((await store.listEvents({ until: '2023-03' })).items.map((e) => e.cameo).sort()).toEqual(['040', '111']);
      expect((await store.listEvents({ since: '2023-03-04', until: '2023-03-04' })).items.map((e) => e.cameo)).toEqual(['111']);
      expect((await store.listEvents({ quadClass: 1 })).total).toBe(3);
      expect((await store.listEvents({ location: 'Lisbon' })).total).toBe(1);
    });

    it('searches titles and texts, with plain-text snippets, never failing on odd input', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      const hits = await store.searchDocuments('dam project');
      expect(hits.items.map((h) => h.title)).toEqual(['Aldoria and Venmark sign water accord']);
      expect(hits.items[0].snippet).toContain('dam');
      expect(hits.items[0].snippet).not.toMatch(/<[a-z]/);
      expect((await store.searchDocuments('Aldoria')).total).toBe(2);
      expect((await store.searchDocuments('zebra')).total).toBe(0);
      expect((await store.searchDocuments('AND OR "( NEAR *')).items).toBeInstanceOf(Array);
      expect((await store.searchDocuments('')).total).toBe(0);
    });

    it('builds the graph: event edges with quad-class counts and Goldstein sums, plus co-mentions', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      const g = await store.graph({ entity: 'Mara Keln' });
      expect(g.nodes[0].id).toBe('PERSON:mara-keln');
      const ids = g.nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['PERSON:tomas-ruud', 'iso3:BRH', 'iso3:ALD']));
      const visit = g.edges.find((e) => e.source === 'PERSON:mara-keln' && e.target === 'iso3:BRH')!;
      expect(visit).toMatchObject({ quad: [1, 0, 0, 0], events: 1, goldstein: 1.9, comentions: 1 });
      const ald = g.edges.find((e) => [e.source, e.target].sort().join() === ['PERSON:mara-keln', 'iso3:ALD'].sort().join())!;
      expect(ald.comentions).toBe(2);
      for (const e of g.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
      const whole = await store.graph({ limit: 3 });
      expect(whole.nodes).toHaveLength(3);
      expect((await store.graph({ entity: 'nobody' })).nodes).toEqual([]);
      const conflict = await store.graph({ entity: 'Tomas Ruud', cameoRoot: '11' });
      expect(conflict.edges.find((e) => e.target === 'iso3:ALD' && e.source === 'PERSON:tomas-ruud')).toMatchObject({ quad: [0, 0, 1, 0], goldstein: -2 });
    });

    it('counts events per period and per country', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      const t = await store.timeline({ granularity: 'month' });
      expect(t).toEqual([
        { period: '2023-03', type: 'consult', count: 1 },
        { period: '2023-03', type: 'criticize', count: 1 },
        { period: '2023-05', type: 'praise', count: 1 },
        { period: '2023-05', type: 'visit', count: 1 },
      ]);
      expect((await store.timeline({ entity: 'Brenholt', granularity: 'day' })).map((b) => b.period)).toEqual(['2023-05-08', '2023-05-08']);
      const c = await store.countryCounts();
      // Aldoria: Keln's two events (as her country), the criticism, the praise
      expect(c.find((x) => x.iso3 === 'ALD')).toEqual({ iso3: 'ALD', entity: 'iso3:ALD', name: 'Aldoria', events: 4 });
      expect(c.find((x) => x.iso3 === 'VNM')?.events).toBe(2);
      expect((await store.countryCounts({ since: '2023-05' })).find((x) => x.iso3 === 'VNM')).toBeUndefined();
    });

    it('lists and pages documents, and streams them all for export', async () => {
      await store.ingest(docA());
      await store.ingest(docB());
      const l = await store.listDocuments({ limit: 1 });
      expect(l).toMatchObject({ total: 2, limit: 1 });
      expect(l.items[0].title).toBe('Keln visits Brenholt');
      const all: Doc['id'][] = [];
      for await (const d of store.allDocuments()) all.push(d.extract.document.id);
      expect(all.sort()).toEqual([docA().id, docB().id].sort());
    });

    it('never keeps half a document: a failing ingest leaves no trace, and a batch goes on', async () => {
      const bad = docB();
      (bad.events[1] as any).evidence = undefined; // fails after the document row was written
      await expect(store.ingest(bad)).rejects.toThrow();
      expect(await store.hasDocument(bad.id)).toBe(false);
      expect(await store.stats()).toMatchObject({ documents: 0, entities: 0, mentions: 0, events: 0 });
      if (store.ingestMany) {
        const r = await store.ingestMany([docA(), bad, docA()]);
        expect(r.map((x) => x.status)).toEqual(['new', 'failed', 'existing']);
        expect(await store.stats()).toMatchObject({ documents: 1, entities: 5, events: 2 });
      }
    });

    it('stores a document with no annotations, and facts pointing at unknown entities', async () => {
      const plain = new DocBuilder('Nothing annotated here.\n\nJust text.').doc;
      expect((await store.ingest(plain)).status).toBe('new');
      const odd = new DocBuilder('Zarn met Quell.').event('meet', '040', 1, 1, 'e9', null, 'Zarn met Quell.', 'met').doc;
      expect((await store.ingest(odd)).status).toBe('new');
      expect((await store.listEvents()).items[0]).toMatchObject({ source: null, target: null });
    });
  });
}
