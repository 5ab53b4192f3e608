/**
 * 32-bit hashing for the NER feature table. Features are never built as strings: each token's
 * parts (word, lower case, shape, affixes) are hashed once from its characters, and a feature is
 * a mix of a template number with one or two of those hashes, folded into a fixed bucket count.
 * This keeps the tagging hot loop free of string allocation (hand-written: a few lines of
 * FNV-1a and a murmur3 finaliser; no package is needed for that).
 */

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** FNV-1a of a whole string. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** murmur3 finaliser: spreads the bits of a 32-bit value. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A feature from a template number and one value hash. */
export function mix1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** A feature from a template number and two value hashes. */
export function mix2(template: number, a: number, b: number): number {
  return fmix(Math.imul(mix1(template, a) ^ 0x5bd1e995, 0x27d4eb2d) ^ b);
}

/**
 * mix1(template, a) & mask and mix2(template, a, b) & mask, for the hot loops (features.ts, tagger.ts),
 * written out in one body each: the same bits, but the result is a small integer. mix1 and mix2
 * return an unsigned 32-bit value, which V8 boxes as a heap number whenever the call is not inlined
 * (about half of all values): some 40 MB of garbage over the benchmark corpus.
 */
export function mix1m(template: number, a: number, mask: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

export function mix2m(template: number, a: number, b: number, mask: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ 0x5bd1e995, 0x27d4eb2d) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}
