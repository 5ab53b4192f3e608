// Request validation: one zod schema per endpoint's query string (or body). Strict objects, so an
// unknown or misspelt parameter is a clear 400 rather than a silently ignored filter. The OpenAPI
// document is generated from the same schemas (openapi.ts), so the two cannot drift apart.
import { z } from 'zod';
import { ENTITY_TYPES } from '../model/types.js';

export const MAX_LIMIT = 200;
const text = (max = 200) => z.string().trim().min(1).max(max);
const day = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const pageSchema = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).describe('items per page (1–200)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('items to skip'),
};

export const documentsQuery = z.strictObject({
  ...pageSchema,
  q: text().optional().describe('full-text search over titles and texts'),
});

export const entitiesQuery = z.strictObject({
  ...pageSchema,
  type: z.enum(ENTITY_TYPES as [string, ...string[]]).optional().describe('entity type'),
  prefix: text(100).optional().describe('case-insensitive name prefix'),
});

export const quotesQuery = z.strictObject({
  ...pageSchema,
  speaker: text().optional().describe('speaker: store id, name or alias'),
  text: text().optional().describe('text search inside quotes'),
  document: text(100).optional().describe('document id'),
});

export const eventsQuery = z.strictObject({
  ...pageSchema,
  actor: text().optional().describe('source or target: store id, name or alias'),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix such as 04 or 042').optional(),
  quadClass: z.coerce.number().int().min(1).max(4).optional().describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  since: day.optional(),
  until: day.optional(),
  location: text().optional().describe('location: store id, name or alias'),
  document: text(100).optional(),
});

export const graphQuery = z.strictObject({
  entity: text().optional().describe('centre entity; without it, the strongest part of the whole graph'),
  depth: z.coerce.number().int().min(1).max(2).default(1),
  since: day.optional(),
  until: day.optional(),
  cameoRoot: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 04').optional(),
  limit: z.coerce.number().int().min(2).max(300).default(60),
});

export const timelineQuery = z.strictObject({
  entity: text().optional(),
  granularity: z.enum(['day', 'week', 'month']).default('month'),
  since: day.optional(),
  until: day.optional(),
});

export const mapQuery = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  cameoRoot: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 04').optional(),
});

export const searchQuery = z.strictObject({
  q: text(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const ingestBody = z.strictObject({
  text: z.string().min(1).max(1_000_000),
  title: z.string().max(1000).nullish(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').nullish(),
  source: z.string().max(2000).nullish(),
  url: z.string().max(2000).nullish(),
});

/** Parses a query string object with a schema; throws ZodError (mapped to a 400). */
export const parseQuery = <T extends z.ZodType>(schema: T, query: Record<string, string>): z.output<T> => schema.parse(query);
