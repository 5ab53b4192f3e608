// Tests of the packed weight tables (sparse.ts): a bucket's row holds the same weights as the dense
// tables for every stage, zero buckets have no row, popcount counts bits.
import { describe, expect, it } from 'vitest';
import { PackedTables, popcount } from './sparse.js';
import { prng } from './prng.js';

describe('packed tables', () => {
  it('counts bits', () => {
    expect([0, 1, 0xff, -1, 0x80000000 | 0, 0x55555555].map(popcount)).toEqual([0, 1, 8, 32, 1, 16]);
  });

  it.each([1, 2])('finds each bucket of %i stage(s) as the dense tables hold it', (stages) => {
    const nt = 9, buckets = 1 << 10;
    const rand = prng(3);
    const dense = Array.from({ length: stages }, () => new Int16Array(buckets * nt));
    // about one bucket in eight is non-zero, in one stage or both, some with a single non-zero weight
    for (let b = 0; b < buckets; b++) {
      if (rand() > 0.125) continue;
      const t = Math.floor(rand() * stages);
      dense[t][b * nt + Math.floor(rand() * nt)] = Math.floor(rand() * 2000) - 1000 || 1;
      if (rand() < 0.5) for (let c = 0; c < nt; c++) dense[t][b * nt + c] = Math.floor(rand() * 200) - 100;
    }
    const p = PackedTables.fromDense(dense, nt);
    let nonZero = 0;
    for (let b = 0; b < buckets; b++) {
      const zero = dense.every((d) => d.subarray(b * nt, (b + 1) * nt).every((v) => v === 0));
      const r = p.at(b);
      if (zero) {
        expect(r).toBe(-1);
        continue;
      }
      nonZero++;
      for (let t = 0; t < stages; t++) expect([...p.rows.subarray(r + t * nt, r + (t + 1) * nt)]).toEqual([...dense[t].subarray(b * nt, (b + 1) * nt)]);
    }
    expect(p.rows.length).toBe(nonZero * nt * stages);
    // rebuilt from its bit set and rows (as a model file stores it), it is the same
    const q = new PackedTables(p.bits, p.rows, p.width, nt);
    for (let b = 0; b < buckets; b++) expect(q.at(b)).toBe(p.at(b));
  });
});
