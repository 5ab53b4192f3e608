// The HTTP API and the web app as one Hono application. Handlers only validate input (schemas.ts)
// and call the Store; the library does the work. Tests drive it in-process with app.request().
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { analyseArticle } from '../analyse.js';
import { createContext, type Context as PipelineContext } from '../pipeline/context.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { ccn3Of } from './countries.js';
import { ApiError, errorBody, errorResponse } from './errors.js';
import { buildOpenApi } from './openapi.js';
import * as S from './schemas.js';
import { securityHeaders } from './security.js';
import { defaultWebRoot, loadStatic } from './static.js';

export interface AppOptions {
  store: Store;
  /** POST /api/documents is enabled only when a token is given, and then requires `Authorization: Bearer <token>` */
  ingestToken?: string | null;
  /** folder of the built web app; null serves the API only (default: dist/web) */
  webRoot?: string | null;
  /** largest accepted request body in bytes (default 2 MB) */
  maxBodyBytes?: number;
  /** longest accepted URL, path plus query (default 4096) */
  maxUrlLength?: number;
  pipeline?: Pipeline;
  context?: PipelineContext;
}

const queryOf = (url: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const i = url.indexOf('?');
  if (i < 0) return out;
  for (const [k, v] of new URLSearchParams(url.slice(i + 1))) {
    if (k in out) throw new ApiError(400, `parameter ${k} is given more than once`);
    out[k] = v;
  }
  return out;
};

function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const maxUrl = opts.maxUrlLength ?? 4096;
  const files = opts.webRoot === null ? new Map() : loadStatic(opts.webRoot ?? defaultWebRoot());
  let pipeline = opts.pipeline, context = opts.context;
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    if (c.req.url.length > maxUrl) return c.json(errorBody(414, `the URL is longer than ${maxUrl} characters`), 414);
    await next();
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/openapi.json', (c) => c.json(buildOpenApi()));
  app.get('/api/stats', async (c) => c.json({ ok: true, stats: await store.stats() }));

  app.get('/api/documents', async (c) => {
    const q = S.documentsQuery.parse(queryOf(c.req.url));
    const page = { limit: q.limit, offset: q.offset };
    const res = q.q ? await store.searchDocuments(q.q, page) : await store.listDocuments(page);
    return c.json({ ok: true, ...res });
  });
  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{8,64}$/i.test(id)) throw new ApiError(400, 'a document id is a hexadecimal sha256');
    const doc = await store.getDocument(id);
    if (!doc) throw new ApiError(404, `no document with id ${id}`);
    return c.json({ ok: true, document: doc });
  });
  app.post(
    '/api/documents',
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? 2 * 1024 * 1024,
      onError: (c) => c.json(errorBody(413, `the request body is larger than ${opts.maxBodyBytes ?? 2 * 1024 * 1024} bytes`), 413),
    }),
    async (c) => {
      if (!opts.ingestToken) throw new ApiError(403, 'ingest is disabled: start the server with --allow-ingest');
      if (!tokenMatches(c.req.header('authorization'), opts.ingestToken)) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new ApiError(401, 'missing or wrong token: send Authorization: Bearer <the token printed at start>');
      }
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new ApiError(415, 'send the article as application/json: {"text": "…", "title": "…"}');
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        throw new ApiError(400, 'the body is not valid JSON');
      }
      const body = S.ingestBody.parse(raw);
      pipeline ??= defaultPipeline();
      context ??= createContext();
      const doc = analyseArticle(
        { source: body.source ?? 'api', text: body.text, title: body.title ?? null, published: body.published ?? null, url: body.url ?? null },
        pipeline,
        context,
      );
      const r = await store.ingest(doc);
      return c.json({ ok: true, ...r }, r.status === 'new' ? 201 : 200);
    },
  );

  app.get('/api/entities', async (c) => {
    const q = S.entitiesQuery.parse(queryOf(c.req.url));
    return c.json({ ok: true, ...(await store.listEntities(q as Parameters<Store['listEntities']>[0])) });
  });
  app.get('/api/entities/:id{.+}', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) throw new ApiError(400, 'an entity id or name is at most 200 characters');
    const e = await store.getEntity(id);
    if (!e) throw new ApiError(404, `no entity with id or name "${id}"`);
    return c.json({ ok: true, entity: e });
  });

  app.get('/api/quotes', async (c) => c.json({ ok: true, ...(await store.listQuotes(S.quotesQuery.parse(queryOf(c.req.url)))) }));
  app.get('/api/events', async (c) => c.json({ ok: true, ...(await store.listEvents(S.eventsQuery.parse(queryOf(c.req.url)))) }));
  app.get('/api/graph', async (c) => c.json({ ok: true, graph: await store.graph(S.graphQuery.parse(queryOf(c.req.url))) }));
  app.get('/api/timeline', async (c) => c.json({ ok: true, buckets: await store.timeline(S.timelineQuery.parse(queryOf(c.req.url))) }));
  app.get('/api/map', async (c) => {
    const rows = await store.countryCounts(S.mapQuery.parse(queryOf(c.req.url)));
    return c.json({ ok: true, countries: rows.map((r) => ({ ...r, ccn3: ccn3Of(r.iso3) })) });
  });

  /** One box searches entities (name prefix, or exact alias), quotes and documents. */
  app.get('/api/search', async (c) => {
    const q = S.searchQuery.parse(queryOf(c.req.url));
    const page = { limit: q.limit, offset: 0 };
    const [byPrefix, exact, quotes, documents] = await Promise.all([
      store.listEntities({ prefix: q.q, ...page }),
      store.getEntity(q.q),
      store.listQuotes({ text: q.q, ...page }),
      store.searchDocuments(q.q, page),
    ]);
    const entities = byPrefix.items;
    if (exact && !entities.some((e) => e.id === exact.id)) {
      const { id, name, type, kb, mentions, documents: docs } = exact;
      entities.unshift({ id, name, type, kb, mentions, documents: docs });
    }
    return c.json({ ok: true, entities: entities.slice(0, q.limit), quotes: quotes.items, documents: documents.items });
  });

  app.all('/api/*', (c) => c.json(errorBody(404, `no API route ${c.req.method} ${c.req.path}; see /api/openapi.json`), 404));

  app.get('*', (c) => {
    const f = files.get(c.req.path);
    if (!f) {
      const msg = files.size ? `not found: ${c.req.path}` : 'the web app is not built: run `npm run build` (the API is under /api/)';
      return c.json(errorBody(404, msg), 404);
    }
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': f.type,
      'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });

  app.notFound((c) => c.json(errorBody(404, `not found: ${c.req.method} ${c.req.path}`), 404));
  app.onError((e, c) => errorResponse(c, e));
  return app;
}
