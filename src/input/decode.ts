import { NewsgraphError } from '../util/errors.js';

/** Largest single document accepted, in bytes (a long feature article is well under 1 MB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text, refusing what is not a text document: empty input, binary data (NUL bytes or a
 * high share of control characters), invalid UTF-8, oversized input. `name` goes into every error.
 */
export function decodeText(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes)
    throw new NewsgraphError(
      'E_TOO_LARGE',
      `${(bytes.length / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one document; split it or raise --max-bytes`,
      name,
    );
  if (bytes.length === 0) throw new NewsgraphError('E_EMPTY', 'the input is empty; nothing to analyse', name);
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) throw new NewsgraphError('E_BINARY', 'the input is binary (it holds NUL bytes), not text', name);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.05) throw new NewsgraphError('E_BINARY', 'the input is binary (too many control characters), not text', name);
  try {
    return utf8.decode(bytes);
  } catch {
    let i = 0;
    // find the first invalid byte to name it
    for (; i < bytes.length; i++) {
      try {
        utf8.decode(bytes.subarray(0, i + 1), { stream: true });
      } catch {
        break;
      }
    }
    throw new NewsgraphError('E_ENCODING', `the input is not valid UTF-8 (first bad byte near offset ${i}); convert it to UTF-8 first`, name);
  }
}

/** YYYY-MM-DD from an ISO-like date string, or null. */
export function isoDay(s: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s ?? '').trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
