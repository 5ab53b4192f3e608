import { NewsgraphError } from '../util/errors.js';

/** Prints an error to stderr, naming its input; never throws. */
export function reportError(e: unknown, input?: string): void {
  if (e instanceof NewsgraphError) console.error(`newsgraph: error ${e.code}: ${e.message}`);
  else console.error(`newsgraph: error: ${input ? input + ': ' : ''}${(e as Error)?.message ?? String(e)}`);
}

/** Validates a YYYY-MM-DD option value. */
export function parseDay(v: string, option: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1) throw new NewsgraphError('E_USAGE', `${option} expects a date as YYYY-MM-DD, got "${v}"`);
  return v;
}
