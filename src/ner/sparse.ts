/**
 * The weight tables packed for tagging. Of the 2^20 hash buckets a trained model uses about one in
 * ten (the others never got an update and are all zero). The packed form keeps a bit per bucket
 * (is it non-zero in any stage), the number of non-zero buckets before each 32-bucket word (rank),
 * and the non-zero rows only, each holding every stage's weights side by side ([stage 1 | stage 2],
 * nt each). A bucket's row is found with one popcount; a zero bucket is skipped without touching
 * the rows. The bit set and ranks (256 KB) stay in the CPU cache, the rows (a few MB) mostly too,
 * where the dense tables (19 MB per stage) do not: tagging is bound by memory reads. And as a row
 * holds both stages, the first stage's pass sums the second stage's static weights at no extra
 * read (tagger.ts, carry). Scores are exactly those of the dense tables.
 */
export class PackedTables {
  /** bit b of bits[b >>> 5]: bucket b has a non-zero weight */
  readonly bits: Int32Array;
  /** non-zero buckets before the 32-bucket word w */
  readonly rank: Int32Array;
  /** the non-zero rows, width weights each, in bucket order */
  readonly rows: Int16Array;

  constructor(
    bits: Int32Array,
    rows: Int16Array,
    /** weights per row: stages * nt */
    readonly width: number,
    readonly nt: number,
  ) {
    this.bits = bits;
    this.rows = rows;
    this.rank = new Int32Array(bits.length);
    let r = 0;
    for (let w = 0; w < bits.length; w++) {
      this.rank[w] = r;
      r += popcount(bits[w]);
    }
    if (r * width !== rows.length) throw new RangeError('packed NER rows do not match their bit set');
  }

  /** number of stages whose weights a row holds */
  get stages(): number {
    return this.width / this.nt;
  }

  /** Packs dense tables (one per stage, buckets x nt each). */
  static fromDense(dense: readonly Int16Array[], nt: number): PackedTables {
    const stages = dense.length, width = stages * nt;
    const buckets = dense[0].length / nt;
    const bits = new Int32Array(Math.ceil(buckets / 32));
    // most of a table is zero: scan it as 32-bit words (2 weights each) when aligned
    for (const d of dense) {
      const even = d.byteOffset % 4 === 0 && d.length % 2 === 0;
      if (even) {
        const w32 = new Int32Array(d.buffer, d.byteOffset, d.length / 2);
        for (let k = 0; k < w32.length; k++) {
          if (w32[k] === 0) continue;
          for (const o of [2 * k, 2 * k + 1]) {
            if (d[o] === 0) continue;
            const b = (o / nt) | 0;
            bits[b >>> 5] |= 1 << (b & 31);
          }
        }
      } else {
        for (let o = 0; o < d.length; o++) {
          if (d[o] === 0) continue;
          const b = (o / nt) | 0;
          bits[b >>> 5] |= 1 << (b & 31);
        }
      }
    }
    let nz = 0;
    for (let w = 0; w < bits.length; w++) nz += popcount(bits[w]);
    const rows = new Int16Array(nz * width);
    for (let b = 0, r = 0; b < buckets; b++) {
      if ((bits[b >>> 5] & (1 << (b & 31))) === 0) continue;
      for (let t = 0; t < stages; t++) rows.set(dense[t].subarray(b * nt, (b + 1) * nt), r * width + t * nt);
      r++;
    }
    return new PackedTables(bits, rows, width, nt);
  }

  /** Offset of bucket b's row in rows, or -1 when the bucket is all zero. */
  at(b: number): number {
    const w = this.bits[b >>> 5], m = 1 << (b & 31);
    return w & m ? (this.rank[b >>> 5] + popcount(w & (m - 1))) * this.width : -1;
  }
}

/** Set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
