// The JSON API in-process (app.request, no network) over the in-memory fake store.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { FakeStore } from './fake-store.js';
import { fixtureDocs } from './fixtures.js';

let app: Hono;
let docId: string;
const TOKEN = 'test-token-123';
const get = async (path: string) => {
  const r = await app.request(path);
  return { status: r.status, headers: r.headers, body: (await r.json()) as any };
};

beforeAll(async () => {
  const store = new FakeStore();
  const docs = fixtureDocs();
  for (const d of docs) await store.ingest(d);
  docId = docs[0].id;
  app = createApp({ store, webRoot: null, ingestToken: TOKEN });
});

describe('read endpoints', () => {
  it('lists and searches documents, with pagination', async () => {
    const all = await get('/api/documents?limit=1');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ ok: true, total: 2, limit: 1, offset: 0 });
    expect(all.body.items).toHaveLength(1);
    const hit = await get('/api/documents?q=ambassador');
    expect(hit.body.items.map((d: any) => d.title)).toEqual(['Chile recalls ambassador']);
  });

  it('returns one document with its text and every span', async () => {
    const r = await get(`/api/documents/${docId}`);
    expect(r.status).toBe(200);
    const x = r.body.document.extract;
    expect(x.document.text).toContain('Ingrid Holm');
    expect(x.entities.find((e: any) => e.name === 'Ingrid Holm').mentions[0].rule).toBe('test/hand');
    expect(x.quotes).toHaveLength(2);
    expect(x.events).toHaveLength(3);
    expect(x.dates[0].value).toBe('2021-03-03');
    expect(r.body.document.storeIds.e3).toBe('iso3:NOR');
  });

  it('filters entities by type and prefix', async () => {
    const r = await get('/api/entities?type=PERSON&prefix=in');
    expect(r.body.items.map((e: any) => e.name)).toEqual(['Ingrid Holm']);
    const gpe = await get('/api/entities?type=GPE');
    expect(gpe.body.items.map((e: any) => e.id).sort()).toEqual(['geo:oslo', 'iso3:CHL', 'iso3:NOR', 'iso3:PER']);
  });

  it('returns one entity by id (with a colon), or by name', async () => {
    const byId = await get('/api/entities/iso3:CHL');
    expect(byId.status).toBe(200);
    expect(byId.body.entity.documents).toBe(2);
    const byName = await get(`/api/entities/${encodeURIComponent('pablo serrano')}`);
    expect(byName.body.entity.quotesBy.map((q: any) => q.text)).toEqual(['"Norway has been a reliable partner,"']);
    expect(byName.body.entity.events.map((v: any) => v.type).sort()).toEqual(['criticize', 'meet', 'praise']);
    const holm = await get('/api/entities/PERSON:ingrid-holm');
    expect(holm.body.entity.roles[0]).toMatchObject({ title: 'Foreign Minister', ofName: 'Norway' });
    expect(holm.body.entity.country).toEqual({ id: 'iso3:NOR', name: 'Norway' });
  });

  it('filters quotes and events', async () => {
    expect((await get('/api/quotes?speaker=Ingrid%20Holm')).body.total).toBe(1);
    expect((await get('/api/quotes?text=reliable')).body.items[0].speaker.name).toBe('Pablo Serrano');
    expect((await get('/api/events?actor=iso3:PER')).body.total).toBe(2);
    expect((await get('/api/events?quadClass=4')).body.items.map((v: any) => v.type)).toEqual(['withdraw']);
    expect((await get('/api/events?cameo=04')).body.items.map((v: any) => v.type)).toEqual(['meet']);
    expect((await get('/api/events?since=2021-04&until=2021-12')).body.total).toBe(2);
    expect((await get('/api/events?location=Oslo')).body.total).toBe(1);
  });

  it('builds the graph around an entity with quad-class counts and co-mentions', async () => {
    const r = await get('/api/graph?entity=iso3:CHL');
    expect(r.status).toBe(200);
    const { nodes, edges } = r.body.graph;
    expect(nodes.map((n: any) => n.id)).toContain('iso3:PER');
    const e = edges.find((x: any) => [x.source, x.target].sort().join() === 'iso3:CHL,iso3:PER');
    expect(e).toMatchObject({ quad: [0, 0, 0, 1], events: 1, goldstein: -4, comentions: 1 });
  });

  it('counts events per period and per country', async () => {
    const t = await get('/api/timeline?granularity=month');
    expect(t.body.buckets).toContainEqual({ period: '2021-05', type: 'withdraw', count: 1 });
    const m = await get('/api/map');
    const chile = m.body.countries.find((c: any) => c.iso3 === 'CHL');
    expect(chile).toMatchObject({ ccn3: '152', events: 2 });
  });

  it('searches entities, quotes and documents at once', async () => {
    const r = await get('/api/search?q=Chile');
    expect(r.body.entities[0].id).toBe('iso3:CHL');
    expect(r.body.documents.length).toBe(2);
    expect((await get('/api/search?q=reliable')).body.quotes).toHaveLength(1);
  });

  it('serves an OpenAPI document generated from the validators', async () => {
    const r = await get('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    const ps = r.body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(ps).toEqual(expect.arrayContaining(['actor', 'cameo', 'quadClass', 'since', 'until', 'location', 'limit', 'offset']));
  });
});

describe('errors', () => {
  it.each([
    ['/api/entities?limit=500', 400, /limit/],
    ['/api/entities?type=ANIMAL', 400, /type/],
    ['/api/entities?colour=red', 400, /unknown parameter: colour/],
    ['/api/events?since=May', 400, /since: expected YYYY/],
    ['/api/events?quadClass=9', 400, /quadClass/],
    ['/api/documents?limit=1&limit=2', 400, /more than once/],
    ['/api/documents/nothex', 400, /hexadecimal/],
    ['/api/documents/' + 'a'.repeat(64), 404, /no document/],
    ['/api/entities/PERSON:nobody', 404, /no entity/],
    ['/api/nowhere', 404, /no API route/],
    ['/nowhere.html', 404, /web app is not built|not found/],
    ['/api/search', 400, /q:/],
    ['/api/entities?prefix=' + 'x'.repeat(5000), 414, /URL is longer/],
  ])('%s -> %i', async (path, status, msg) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ ok: false, error: expect.stringMatching(msg), status });
  });

  it('sets security headers on errors and data alike', async () => {
    for (const path of ['/api/stats', '/api/nowhere']) {
      const r = await app.request(path);
      expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('ingest', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('is refused without the token, or when disabled', async () => {
    const r = await post({ text: 'Hello.' });
    expect(r.status).toBe(401);
    expect((await post({ text: 'Hello.' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    const closed = createApp({ store: new FakeStore(), webRoot: null });
    const c = await closed.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{"text":"x"}' });
    expect(c.status).toBe(403);
    expect(await c.json()).toMatchObject({ ok: false, status: 403 });
  });

  it('validates the body and limits its size', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await post('{not json', auth)).status).toBe(400);
    const bad = await post({ text: 'x', extra: 1 }, auth);
    expect(await bad.json()).toMatchObject({ status: 400, error: expect.stringMatching(/unknown parameter: extra/) });
    const big = await post({ text: 'x'.repeat(3 * 1024 * 1024) }, auth);
    expect(big.status).toBe(413);
  });

  it('analyses and stores an article with the token', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const r = await post({ text: 'A small invented article about nothing in particular.', title: 'Small' }, auth);
    expect(r.status).toBe(201);
    const body = (await r.json()) as any;
    expect(body).toMatchObject({ ok: true, status: 'new' });
    expect((await get(`/api/documents/${body.id}`)).body.document.summary.title).toBe('Small');
    const again = await post({ text: 'A small invented article about nothing in particular.', title: 'Small' }, auth);
    expect(again.status).toBe(200);
  });
});
