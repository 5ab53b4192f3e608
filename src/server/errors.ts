// The API's one error shape, {"ok": false, "error": "…", "status": N}, used for every failure
// (validation, unknown paths, store errors) so that clients need one code path.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { isNewsgraphError } from '../util/errors.js';

export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBody = (status: number, error: string) => ({ ok: false as const, error, status });

/** Zod issues as one readable line: `limit: Too big: expected number to be <=200; type: …`. */
export function zodMessage(e: ZodError): string {
  return e.issues
    .map((i) => {
      const path = i.path.join('.');
      if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}`;
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}

/** Maps any thrown value to a JSON error response; internal details never leak for unexpected errors. */
export function errorResponse(c: Context, e: unknown): Response {
  if (e instanceof ApiError) return c.json(errorBody(e.status, e.message), e.status);
  if (e instanceof ZodError) return c.json(errorBody(400, zodMessage(e)), 400);
  if (isNewsgraphError(e)) {
    const status = e.code === 'E_NOT_FOUND' ? 404 : e.code === 'E_STORE' ? 500 : 400;
    return c.json(errorBody(status, e.message), status);
  }
  const status = (e as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return c.json(errorBody(status, (e as Error).message || 'bad request'), status as ContentfulStatusCode);
  }
  return c.json(errorBody(500, 'internal error'), 500);
}
