/**
 * An open-addressing hash table from 32-bit integer keys (the featurizer's word hashes) to 32-bit
 * integer values, for the tagger's per-token lookups. A Map<number, number> boxes every key or
 * value outside the small-integer range (half of all hashes) as a heap number on each call and
 * hashes it as a double; this reads and writes typed arrays only. Hand-written: a few lines.
 */
export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private used: Uint8Array;
  private bits: number;
  size = 0;

  constructor(capacityBits = 8) {
    this.bits = capacityBits;
    this.keys = new Int32Array(1 << capacityBits);
    this.vals = new Int32Array(1 << capacityBits);
    this.used = new Uint8Array(1 << capacityBits);
  }

  /** The value of key k (as a signed 32-bit integer), or `absent`. */
  get(k: number, absent: number): number {
    const { keys, used } = this;
    const mask = keys.length - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> (32 - this.bits);
    while (used[h]) {
      if (keys[h] === k) return this.vals[h];
      h = (h + 1) & mask;
    }
    return absent;
  }

  set(k: number, v: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, used } = this;
    const mask = keys.length - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> (32 - this.bits);
    while (used[h] && keys[h] !== k) h = (h + 1) & mask;
    if (!used[h]) {
      used[h] = 1;
      keys[h] = k;
      this.size++;
    }
    this.vals[h] = v;
  }

  clear(): void {
    this.used.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const { keys, vals, used } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.vals = new Int32Array(1 << this.bits);
    this.used = new Uint8Array(1 << this.bits);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (used[i]) this.set(keys[i], vals[i]);
  }
}
