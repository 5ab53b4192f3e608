// The OpenAPI 3.1 document served at /api/openapi.json. Query parameters are generated from the same
// zod schemas that validate requests (schemas.ts); response shapes are summarised by hand.
import { z } from 'zod';
import * as S from './schemas.js';

type Obj = z.ZodObject<z.ZodRawShape>;

function params(schema: Obj, where: 'query' | 'path' = 'query') {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, any>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: (json.required ?? []).includes(name) && !('default' in s), ...(description ? { description } : {}), schema: rest };
  });
}

const error = { $ref: '#/components/schemas/Error' };
const ok = (description: string, props: Record<string, unknown> = {}) => ({
  description,
  content: { 'application/json': { schema: { type: 'object', required: ['ok'], properties: { ok: { const: true }, ...props } } } },
});
const paged = (item: string) => ({ items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } });
const errors = { '400': { description: 'invalid request', content: { 'application/json': { schema: error } } }, default: { description: 'error', content: { 'application/json': { schema: error } } } };
const get = (summary: string, schema: Obj | null, response: ReturnType<typeof ok>, extra: object[] = []) => ({
  get: { summary, parameters: [...extra, ...(schema ? params(schema) : [])], responses: { '200': response, ...errors } },
});
const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
const loose = (description: string) => ({ type: 'object', description, additionalProperties: true });

let cached: object | null = null;

export function buildOpenApi(): object {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '1',
      description: 'Read-only access to a newsgraph store: documents, entities, quotes, CAMEO events, the entity graph, timelines and per-country counts. Every error is {"ok": false, "error": "…", "status": N}.',
    },
    paths: {
      '/api/stats': get('store totals', null, ok('totals', { stats: loose('documents, words, entities, mentions, quotes, events, byType') })),
      '/api/search': get('search entities, quotes and documents at once', S.searchQuery, ok('hits', { entities: { type: 'array' }, quotes: { type: 'array' }, documents: { type: 'array' } })),
      '/api/documents': {
        ...get('list documents, or full-text search them with q', S.documentsQuery, ok('a page of documents', paged('Document'))),
        post: {
          summary: 'analyse and store an article (only when the server runs with --allow-ingest)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(S.ingestBody, { io: 'input' }) } } },
          responses: { '201': ok('stored', { id: { type: 'string' }, status: { enum: ['new', 'existing'] } }), '200': ok('already stored'), ...errors },
        },
      },
      '/api/documents/{id}': get('one document: its text and every span, in the newsgraph.extract/1 shape', null, ok('the document', { document: loose('{summary, extract, storeIds}') }), [idParam('document id (sha256)')]),
      '/api/entities': get('list entities by mentions, filtered by type and name prefix', S.entitiesQuery, ok('a page of entities', paged('Entity'))),
      '/api/entities/{id}': get('one entity: aliases, roles, mentions, quotes by and about it, events, co-occurring entities', null, ok('the entity', { entity: loose('EntityDetail') }), [idParam('store id (iso3:MLI, PERSON:jane-doe), name or alias')]),
      '/api/quotes': get('quotes, by speaker or text', S.quotesQuery, ok('a page of quotes', paged('Quote'))),
      '/api/events': get('CAMEO events by actor, code, quad class, date range, location', S.eventsQuery, ok('a page of events', paged('Event'))),
      '/api/graph': get('entity graph around an entity, or its strongest part', S.graphQuery, ok('nodes and edges', { graph: loose('{nodes: [{id,name,type,mentions}], edges: [{source,target,quad:[4],events,goldstein,comentions}]}') })),
      '/api/timeline': get('event counts per period and event type', S.timelineQuery, ok('buckets', { buckets: { type: 'array', items: loose('{period, type, count}') } })),
      '/api/map': get('event counts per country (ISO3 and ISO numeric)', S.mapQuery, ok('countries', { countries: { type: 'array', items: loose('{iso3, ccn3, entity, name, events}') } })),
      '/api/openapi.json': { get: { summary: 'this document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token the server prints at start with --allow-ingest' } },
      schemas: {
        Error: { type: 'object', required: ['ok', 'error', 'status'], properties: { ok: { const: false }, error: { type: 'string' }, status: { type: 'integer' } } },
        Document: loose('{id, title, source, published, words, ingestedAt, snippet?}'),
        Entity: loose('{id, name, type, kb, mentions, documents}'),
        Quote: loose('{id, document, title, published, start, end, text, direct, fragment, speaker, speakerText, cue}'),
        Event: loose('{id, document, title, type, cameo, cameoName, quadClass, goldstein, source, target, location, date, evidence, modality, negated}'),
      },
    },
  };
  return cached;
}
