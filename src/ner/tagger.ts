/**
 * Greedy left-to-right decoding of the averaged-perceptron NER, shared by training and tagging.
 * Each token's score per tag is the sum of the weights of its static features (features.ts) and of
 * dynamic ones: the previous one and two predicted tags (alone and with the word and shape) and
 * the document history, i.e. how capitalised tokens with the same lower case were tagged earlier in
 * the document (Ratinov & Roth 2009, "extended prediction history"). The label scheme is enforced
 * (IOB2: I-X only after B-X or I-X; BILOU: I-X or L-X exactly after B-X or I-X). Trivially-O
 * tokens (features.ts, skipTrivial) are tagged O without scoring. A second stage (Ratinov & Roth's two-stage prediction aggregation) re-tags each
 * sentence with the first stage's tags of the neighbouring tokens and its tag counts for the same
 * word over the whole document as extra features. Hand-written because no maintained JS package trains or runs such a model.
 */
import { mix1m, mix2m } from './hash.js';
import { CAP_ALL, CAP_INITIAL, Featurizer, NT } from './features.js';
import { PackedTables } from './sparse.js';
import { IntMap } from './intmap.js';

const PAD = 2;

/** Entity type of an IOB2 tag index: 0..3 for PER, ORG, LOC, MISC, 4 for O. */
export const typeOf = (t: number): number => (t === 0 ? 4 : (t - 1) >> 1);
/** Entity type of a label of a model with nt labels (IOB2 or BILOU, see features.ts). */
export const labelType = (t: number, nt: number): number => (t === 0 ? 4 : nt === NT ? (t - 1) >> 1 : (t - 1) >> 2);

/** allowed[prev * nt + t]: whether label t may follow label prev (prev = nt before the sentence). */
function transitions(nt: number): Uint8Array {
  const ok = new Uint8Array((nt + 1) * nt);
  for (let p = 0; p <= nt; p++) {
    for (let t = 0; t < nt; t++) {
      let v: boolean;
      if (nt === NT) v = t === 0 || (t & 1) === 1 || (p < nt && (p === t || p === t - 1));
      else {
        // BILOU: after B-X or I-X only I-X or L-X; elsewhere only O, B- or U-
        const open = p > 0 && p < nt && ((p - 1) & 3) < 2;
        const inner = t > 0 && ((t - 1) & 3) >= 1 && ((t - 1) & 3) <= 2;
        v = open ? inner && (t - 1) >> 2 === (p - 1) >> 2 : !inner;
      }
      ok[p * nt + t] = v ? 1 : 0;
    }
  }
  return ok;
}

/** Adds two packed 5 x 6-bit count sets (DocHistory values), each count saturating at 63. */
function addCounts(a: number, b: number): number {
  let v = 0;
  for (let t = 0; t < 5; t++) {
    const c = ((a >>> (t * 6)) & 63) + ((b >>> (t * 6)) & 63);
    v += (c > 63 ? 63 : c) * (1 << (t * 6));
  }
  return v;
}

/** Per-document counts of the types given to capitalised tokens, by lower-case hash (5 x 6 bits). */
export class DocHistory {
  /** hash -> counts; a stored value is never 0 (absent reads as 0) */
  readonly counts = new IntMap(10);

  /** Forgets every count (a model reuses its histories from one document to the next). */
  clear(): void {
    this.counts.clear();
  }

  /** Counts one more token of a type (labelType) for the word. */
  record(hash: number, type: number): void {
    const shift = type * 6;
    const v = this.counts.get(hash, 0);
    if (((v >>> shift) & 63) < 63) this.counts.set(hash, v + (1 << shift));
  }
}

export class Decoder {
  /** the prepared sentence being decoded (a model may switch between several, see model.ts) */
  fz: Featurizer;
  /** end of the static features used for the token just scored (all of them, or the core ones in stage 2) */
  staticEnd = 0;
  /** whether the second stage reads only the core static features (models trained so; older ones read all) */
  stage2Core = false;
  /** dynamic features of the token being decoded: dyn[0 .. ndyn) */
  readonly dyn = new Int32Array(48);
  ndyn = 0;
  /** labels of the model (9 for IOB2, 17 for BILOU) */
  readonly nt: number;
  /** "label" of the positions before the sentence (nt), and after it (nt + 1) */
  private readonly bos: number;
  /** the label scores of the token just scored (read by the trainer's passive-aggressive updates) */
  readonly scores: Float64Array;
  private readonly allowed: Uint8Array;
  /**
   * Beam search (decodeBeam): counts added to the document history of the token being scored, i.e.
   * the types a hypothesis gave to the same word earlier in the sentence (0 in greedy decoding,
   * where the history is recorded token by token).
   */
  private overlay = 0;
  /** beam state per step i and hypothesis k (at i * B + k): tag, parent at step i - 1, score, Hamming distance to gold */
  private bTag = new Uint8Array(0);
  private bPar = new Int32Array(0);
  private bScore = new Float64Array(0);
  private bHam = new Int32Array(0);
  private bCount = new Int32Array(0);
  /** per token: the previous capitalised token of the sentence with the same lower case, or -1 */
  private same = new Int32Array(0);
  private readonly stat: Float64Array;
  private readonly dsc: Float64Array;
  /** candidates of a beam step, best first */
  private cScore = new Float64Array(0);
  private cPar = new Int32Array(0);
  private cTag = new Int32Array(0);
  /** per hypothesis of the step being extended: its key (last two tags, in-sentence history) and dynamic sums */
  private memoKey = new Float64Array(0);
  private memoDsc = new Float64Array(0);
  /**
   * Set by decodeBeam with gold tags (training): the step and hypothesis to update against (step -1:
   * no update) and the violation: Hamming distance + s(hypothesis prefix) - s(gold prefix).
   */
  viol = { step: -1, k: 0, loss: 0 };

  constructor(fz: Featurizer) {
    this.fz = fz;
    this.nt = fz.nt;
    this.bos = fz.nt;
    this.scores = new Float64Array(fz.nt);
    this.allowed = transitions(fz.nt);
    this.stat = new Float64Array(fz.nt);
    this.dsc = new Float64Array(fz.nt);
  }

  /** Records the tags of the prepared sentence in a document history (as greedy decoding does token by token). */
  record(hist: DocHistory, tags: Uint8Array): void {
    const fz = this.fz;
    for (let i = 0; i < fz.n; i++) {
      const cc = fz.capCls[i + PAD];
      if (cc === CAP_INITIAL || cc === CAP_ALL) hist.record(fz.hLower[i + PAD], labelType(tags[i], this.nt));
    }
  }

  /** The in-sentence history counts of token i's word from the tags at positions same[i], same[same[i]], ... */
  private overlayFrom(i: number, tagAt: (j: number) => number): number {
    let v = 0;
    for (let j = this.same[i]; j >= 0; j = this.same[j]) v = addCounts(v, 1 << (labelType(tagAt(j), this.nt) * 6));
    return v;
  }

  /** Sums the weights of dyn[0 .. ndyn) per label into dsc. */
  private dynScores(table: Float32Array | Int16Array | PackedTables, stage: number): void {
    const { dyn, dsc, nt } = this;
    dsc.fill(0);
    if (table instanceof PackedTables) {
      const rows = table.rows, off = stage * nt;
      for (let k = 0; k < this.ndyn; k++) {
        const r = table.at(dyn[k]);
        if (r >= 0) for (let t = 0; t < nt; t++) dsc[t] += rows[r + off + t];
      }
    } else {
      for (let k = 0; k < this.ndyn; k++) {
        const b = dyn[k] * nt;
        for (let t = 0; t < nt; t++) dsc[t] += table[b + t];
      }
    }
  }

  /** The tags of hypothesis k at step i (its path from the sentence start) into out[0 .. i]. */
  pathTags(i: number, k: number, out: Uint8Array): void {
    const B = this.beamSize;
    for (let j = i; j >= 0; j--) {
      out[j] = this.bTag[j * B + k];
      k = this.bPar[j * B + k];
    }
  }

  private beamSize = 1;

  /**
   * Beam search over the prepared sentence (B hypotheses; the scores of a path are the sums of its
   * tokens' scores, dynamic features per hypothesis: previous tags and the document history plus the
   * hypothesis's own earlier tags in the sentence). Writes the best path into out. Arguments as in
   * decode. With gold tags (training), sets viol: 'early' = the first step where no hypothesis is
   * the gold prefix, else the last step; 'max' = the step of largest violation; the violation at a
   * step is against the best hypothesis that is not the gold prefix, with the Hamming distance as
   * margin. With record, the best path's tags go into hist (training records after its update).
   */
  decodeBeam(
    table: Float32Array | Int16Array | PackedTables,
    hist: DocHistory | null,
    out: Uint8Array,
    B: number,
    stage1: Uint8Array | null = null,
    agg: DocHistory | null = null,
    local: Int32Array | null = null,
    stage = 0,
    carry: Int32Array | null = null,
    carryAt = 0,
    gold: Uint8Array | null = null,
    mode: 'early' | 'max' = 'max',
    record = true,
  ): void {
    const { fz, scores, stat, dsc, nt, allowed } = this;
    const packed = table instanceof PackedTables ? table : null;
    const W = packed ? null : (table as Float32Array | Int16Array);
    const { feats, fstart, fcore, n, trivial, skipTrivial } = fz;
    this.beamSize = B;
    if (this.bTag.length < n * B) {
      const cap = Math.max(n * B * 2, 1024);
      this.bTag = new Uint8Array(cap);
      this.bPar = new Int32Array(cap);
      this.bScore = new Float64Array(cap);
      this.bHam = new Int32Array(cap);
    }
    if (this.bCount.length < n) this.bCount = new Int32Array(Math.max(2 * n, 64));
    if (this.same.length < n) this.same = new Int32Array(Math.max(2 * n, 64));
    if (this.cScore.length < B + 1) {
      this.cScore = new Float64Array(B + 1);
      this.cPar = new Int32Array(B + 1);
      this.cTag = new Int32Array(B + 1);
    }
    if (this.memoKey.length < B) {
      this.memoKey = new Float64Array(B);
      this.memoDsc = new Float64Array(B * nt);
    }
    const { bTag, bPar, bScore, bHam, bCount, same, cScore, cPar, cTag, memoKey, memoDsc } = this;
    this.markSameWords(hist !== null);
    const bos = this.bos;
    let goldScore = 0;
    const viol = this.viol;
    viol.step = -1;
    viol.loss = 0;
    let early = false;
    const goldAt = (j: number) => gold![j];
    for (let i = 0; i < n; i++) {
      const m = i > 0 ? bCount[i - 1] : 1;
      const at = i * B, pat = (i - 1) * B;
      if (skipTrivial && trivial[i]) {
        for (let k = 0; k < m; k++) {
          bTag[at + k] = 0;
          bPar[at + k] = k;
          bScore[at + k] = i > 0 ? bScore[pat + k] : 0;
          bHam[at + k] = (i > 0 ? bHam[pat + k] : 0) + (gold && gold[i] !== 0 ? 1 : 0);
        }
        bCount[i] = m;
        continue;
      }
      // static sums, once per token
      const end = stage1 && this.stage2Core ? fcore[i] : fstart[i + 1];
      this.staticEnd = end;
      this.ndyn = 0;
      if (packed) this.scorePacked(packed, i, end, local, stage, carry, carry ? carryAt + i * nt : 0);
      else {
        scores.fill(0);
        for (let f = fstart[i]; f < end; f++) {
          const b = feats[f] * nt;
          for (let t = 0; t < nt; t++) scores[t] += W![b + t];
        }
      }
      stat.set(scores);
      let nc = 0;
      for (let k = 0; k < m; k++) {
        const prev = i > 0 ? bTag[pat + k] : bos;
        const prev2 = i > 1 ? bTag[pat - B + bPar[pat + k]] : bos;
        // hypotheses with the same last two tags and in-sentence history have the same dynamic sums
        let ov = 0;
        if (same[i] >= 0) {
          this.overlay = this.overlayFrom(i, (j) => {
            // the hypothesis's tag at j < i: walk its path back from step i - 1
            let p = i - 1, q = k;
            while (p > j) {
              q = bPar[p * B + q];
              p--;
            }
            return bTag[p * B + q];
          });
          ov = this.overlay;
        }
        const key = (prev * 32 + prev2) * 1073741824 + ov;
        let hit = -1;
        for (let q = 0; q < k; q++) if (memoKey[q] === key) {
          hit = q;
          break;
        }
        memoKey[k] = key;
        if (hit >= 0) {
          this.overlay = 0;
          for (let t = 0; t < nt; t++) dsc[t] = memoDsc[hit * nt + t];
        } else {
          this.dynamic(i, prev, prev2, hist, stage1, agg);
          this.overlay = 0;
          this.dynScores(table, stage);
        }
        for (let t = 0; t < nt; t++) memoDsc[k * nt + t] = dsc[t];
        const base = i > 0 ? bScore[pat + k] : 0;
        const row = prev * nt;
        for (let t = 0; t < nt; t++) {
          if (!allowed[row + t]) continue;
          const sc = base + stat[t] + dsc[t];
          if (nc === B && sc <= cScore[B - 1]) continue;
          // insertion into the sorted candidates (ties keep the earlier one)
          let p = nc < B ? nc++ : B - 1;
          while (p > 0 && cScore[p - 1] < sc) {
            cScore[p] = cScore[p - 1];
            cPar[p] = cPar[p - 1];
            cTag[p] = cTag[p - 1];
            p--;
          }
          cScore[p] = sc;
          cPar[p] = k;
          cTag[p] = t;
        }
      }
      bCount[i] = nc;
      for (let k = 0; k < nc; k++) {
        bTag[at + k] = cTag[k];
        bPar[at + k] = cPar[k];
        bScore[at + k] = cScore[k];
        if (gold) bHam[at + k] = (i > 0 ? bHam[pat + cPar[k]] : 0) + (cTag[k] !== gold[i] ? 1 : 0);
      }
      if (gold && !early) {
        // the gold prefix's score
        const gp = i > 0 ? gold[i - 1] : bos, gp2 = i > 1 ? gold[i - 2] : bos;
        if (same[i] >= 0) this.overlay = this.overlayFrom(i, goldAt);
        this.dynamic(i, gp, gp2, hist, stage1, agg);
        this.overlay = 0;
        this.dynScores(table, stage);
        goldScore += stat[gold[i]] + dsc[gold[i]];
        let kb = -1, inBeam = false;
        for (let k = 0; k < nc; k++) {
          if (bHam[at + k] === 0) inBeam = true;
          else if (kb < 0) kb = k;
        }
        if (kb >= 0) {
          const v = bHam[at + kb] + bScore[at + kb] - goldScore;
          if (mode === 'max' ? v > viol.loss : !inBeam || i === n - 1) {
            viol.step = i;
            viol.k = kb;
            viol.loss = v;
          }
        }
        if (mode === 'early' && !inBeam) early = true;
      }
    }
    if (gold && viol.loss <= 0) viol.step = -1;
    if (n > 0) this.pathTags(n - 1, 0, out);
    if (record && hist) this.record(hist, out);
  }

  /**
   * same[i]: the earlier token of this sentence with the same capitalised word as token i (its in-sentence document
   * history), else -1; all -1 without a document history.
   */
  private markSameWords(hist: boolean): void {
    const { n, capCls, hLower } = this.fz;
    const same = this.same;
    for (let i = 0; i < n; i++) {
      same[i] = -1;
      const cc = capCls[i + PAD];
      if (!hist || (cc !== CAP_INITIAL && cc !== CAP_ALL)) continue;
      for (let j = i - 1; j >= 0; j--) {
        const cj = capCls[j + PAD];
        if ((cj === CAP_INITIAL || cj === CAP_ALL) && hLower[j + PAD] === hLower[i + PAD]) {
          same[i] = j;
          break;
        }
      }
    }
  }

  /**
   * Calls f(bucket, label, sign) for every feature of tags[0 .. upto] (static and dynamic, with the
   * previous tags and in-sentence history of that path), leaving out the static features of the
   * tokens where skipIfSame has the same tag (they cancel in an update).
   */
  pathFeatures(tags: Uint8Array, upto: number, hist: DocHistory | null, stage1: Uint8Array | null, agg: DocHistory | null, sign: number, skipIfSame: Uint8Array, f: (bucket: number, label: number, sign: number) => void): void {
    const fz = this.fz;
    const { feats, fstart, fcore, n } = fz;
    const same = this.same;
    // same[] as decodeBeam computes it (this sentence)
    this.markSameWords(hist !== null);
    const tagAt = (j: number) => tags[j];
    for (let i = 0; i <= upto; i++) {
      const y = tags[i];
      if (y !== skipIfSame[i]) {
        const end = stage1 && this.stage2Core ? fcore[i] : fstart[i + 1];
        for (let k = fstart[i]; k < end; k++) f(feats[k], y, sign);
      }
      if (same[i] >= 0) this.overlay = this.overlayFrom(i, tagAt);
      this.dynamic(i, i > 0 ? tags[i - 1] : this.bos, i > 1 ? tags[i - 2] : this.bos, hist, stage1, agg);
      this.overlay = 0;
      for (let k = 0; k < this.ndyn; k++) f(this.dyn[k], y, sign);
    }
  }

  /** Fills dyn with the dynamic features of token i. */
  private dynamic(i: number, prev: number, prev2: number, hist: DocHistory | null, stage1: Uint8Array | null, agg: DocHistory | null): void {
    const { fz, dyn, nt } = this;
    const BOS_TAG = this.bos;
    const mask = fz.mask;
    const j = i + PAD;
    const hl = fz.hLower[j];
    let k = 0;
    dyn[k++] = mix1m(40, prev, mask);
    dyn[k++] = mix1m(41, prev2 * (nt > 16 ? 32 : 16) + prev, mask);
    dyn[k++] = mix2m(42, prev, hl, mask);
    dyn[k++] = mix2m(43, prev, fz.hShape[j], mask);
    const cc = fz.capCls[j];
    if (hist && (cc === CAP_INITIAL || cc === CAP_ALL)) {
      let v = hist.counts.get(hl, 0);
      if (this.overlay !== 0) v = addCounts(v, this.overlay);
      if (v !== 0) {
        let best = 0, bestN = -1;
        for (let t = 0; t < 5; t++) {
          const c = (v >>> (t * 6)) & 63;
          if (c > 0) dyn[k++] = mix1m(45, t, mask);
          if (c > bestN) {
            bestN = c;
            best = t;
          }
        }
        dyn[k++] = mix1m(44, best, mask);
        dyn[k++] = mix2m(46, best, prev, mask);
      }
    }
    if (stage1) {
      // second stage: first-stage tags around the token, and how the whole document was tagged
      const n = fz.n;
      for (let d = -2; d <= 2; d++) dyn[k++] = mix2m(50, d, i + d < 0 ? BOS_TAG : i + d >= n ? BOS_TAG + 1 : stage1[i + d], mask);
      dyn[k++] = mix2m(51, stage1[i], i + 1 < n ? stage1[i + 1] : BOS_TAG + 1, mask);
      dyn[k++] = mix2m(52, i > 0 ? stage1[i - 1] : BOS_TAG, stage1[i], mask);
      const v = agg && (cc === CAP_INITIAL || cc === CAP_ALL) ? agg.counts.get(hl, 0) : 0;
      if (v !== 0) {
        let best = 0, bestN = -1, total = 0;
        for (let t = 0; t < 5; t++) {
          const c = (v >>> (t * 6)) & 63;
          total += c;
          if (c > 0) dyn[k++] = mix1m(53, t, mask);
          if (c > bestN) {
            bestN = c;
            best = t;
          }
        }
        dyn[k++] = mix2m(54, best, bestN * 2 > total ? 1 : 0, mask);
        dyn[k++] = mix2m(55, best, stage1[i], mask);
      }
    }
    this.ndyn = k;
  }

  /**
   * Scores token i with packed tables (see decode) into this.scores. The first stage of a
   * two-stage model with carry sums both stages' static weights (a row holds them side by side).
   * With the word cache (local), a token starts from the cached sums of its word's local features
   * and of its neighbours' words (features.ts, fnb), and reads only its other features.
   */
  private scorePacked(P: PackedTables, i: number, end: number, local: Int32Array | null, stage: number, carry: Int32Array | null, ca: number): void {
    const { fz, dyn, scores, nt } = this;
    const { bits, rank, rows, width } = P;
    const { feats } = fz;
    const off = stage * nt;
    const both = stage === 0 && carry !== null;
    // the static features to read: [f, fe)
    let f: number, fe: number;
    if (stage === 1 && carry) {
      // the second stage: static sums carried from the first stage's pass, then the dynamic features
      for (let c = 0; c < nt; c++) scores[c] = carry[ca + c];
      f = fe = 0;
    } else if (local && !this.stage2Core) {
      const j = i + PAD, a = fz.slotAt[j], l = fz.slotAt[j - 1] + width, r = fz.slotAt[j + 1] + 2 * width;
      for (let c = 0; c < nt; c++) scores[c] = local[a + off + c] + local[l + off + c] + local[r + off + c];
      if (both) for (let c = 0; c < nt; c++) carry[ca + c] = local[a + nt + c] + local[l + nt + c] + local[r + nt + c];
      // past the local features and the two core ones of the neighbours, up to the neighbours' others
      f = fz.flocal[i] + 2;
      fe = fz.fnb[i];
    } else if (local) {
      const a = fz.slotAt[i + PAD];
      for (let c = 0; c < nt; c++) scores[c] = local[a + off + c];
      if (both) for (let c = 0; c < nt; c++) carry[ca + c] = local[a + nt + c];
      f = fz.flocal[i];
      fe = end;
    } else {
      scores.fill(0);
      if (both) carry.fill(0, ca, ca + nt);
      f = fz.fstart[i];
      fe = end;
    }
    if (both) {
      // the second stage's static features: the same run, or its core part (stage2Core)
      const end2 = this.stage2Core ? fz.fcore[i] : fe;
      if (nt === 9) {
        let s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3], s4 = scores[4], s5 = scores[5], s6 = scores[6], s7 = scores[7], s8 = scores[8];
        let t0 = carry[ca], t1 = carry[ca + 1], t2 = carry[ca + 2], t3 = carry[ca + 3], t4 = carry[ca + 4], t5 = carry[ca + 5], t6 = carry[ca + 6], t7 = carry[ca + 7], t8 = carry[ca + 8];
        for (; f < fe; f++) {
          const b = feats[f];
          const w = bits[b >>> 5], m = 1 << (b & 31);
          if ((w & m) === 0) continue;
          let x = w & (m - 1);
          x -= (x >>> 1) & 0x55555555;
          x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
          const r = (rank[b >>> 5] + (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)) * width;
          s0 += rows[r];
          s1 += rows[r + 1];
          s2 += rows[r + 2];
          s3 += rows[r + 3];
          s4 += rows[r + 4];
          s5 += rows[r + 5];
          s6 += rows[r + 6];
          s7 += rows[r + 7];
          s8 += rows[r + 8];
          if (f < end2) {
            t0 += rows[r + 9];
            t1 += rows[r + 10];
            t2 += rows[r + 11];
            t3 += rows[r + 12];
            t4 += rows[r + 13];
            t5 += rows[r + 14];
            t6 += rows[r + 15];
            t7 += rows[r + 16];
            t8 += rows[r + 17];
          }
        }
        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
        scores[3] = s3;
        scores[4] = s4;
        scores[5] = s5;
        scores[6] = s6;
        scores[7] = s7;
        scores[8] = s8;
        carry[ca] = t0;
        carry[ca + 1] = t1;
        carry[ca + 2] = t2;
        carry[ca + 3] = t3;
        carry[ca + 4] = t4;
        carry[ca + 5] = t5;
        carry[ca + 6] = t6;
        carry[ca + 7] = t7;
        carry[ca + 8] = t8;
      } else {
        for (; f < fe; f++) {
          const r = P.at(feats[f]);
          if (r < 0) continue;
          for (let c = 0; c < nt; c++) scores[c] += rows[r + c];
          if (f < end2) for (let c = 0; c < nt; c++) carry[ca + c] += rows[r + nt + c];
        }
      }
      f = fe;
    }
    // the rest: static features (without carry) and the dynamic ones, of this stage
    if (nt === 9) {
      let s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3], s4 = scores[4], s5 = scores[5], s6 = scores[6], s7 = scores[7], s8 = scores[8];
      for (let e = fe + this.ndyn; f < e; f++) {
        const b = f < fe ? feats[f] : dyn[f - fe];
        const w = bits[b >>> 5], m = 1 << (b & 31);
        if ((w & m) === 0) continue;
        let x = w & (m - 1);
        x -= (x >>> 1) & 0x55555555;
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        const r = (rank[b >>> 5] + (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)) * width + off;
        s0 += rows[r];
        s1 += rows[r + 1];
        s2 += rows[r + 2];
        s3 += rows[r + 3];
        s4 += rows[r + 4];
        s5 += rows[r + 5];
        s6 += rows[r + 6];
        s7 += rows[r + 7];
        s8 += rows[r + 8];
      }
      scores[0] = s0;
      scores[1] = s1;
      scores[2] = s2;
      scores[3] = s3;
      scores[4] = s4;
      scores[5] = s5;
      scores[6] = s6;
      scores[7] = s7;
      scores[8] = s8;
    } else {
      for (let e = fe + this.ndyn; f < e; f++) {
        const r = P.at(f < fe ? feats[f] : dyn[f - fe]);
        if (r >= 0) for (let c = 0; c < nt; c++) scores[c] += rows[r + off + c];
      }
    }
  }

  /**
   * Tags the sentence already prepared in the featurizer into out[0..n). With a training hook,
   * hook(i, predicted) is called for each token and returns the tag the decoder continues with.
   * The second stage also gets the first stage's tags of this sentence and the first stage's
   * history over the whole document (agg).
   * Dense tables (training) hold one stage. Packed tables (tagging, sparse.ts) hold all stages;
   * `stage` picks one. There, `local` holds the word-local features' sums cached per word (all
   * stages, see scorePacked), and with `carry` the first stage's pass also sums the second stage's
   * static features of token i into carry[carryAt + i * nt ..], which the second stage's pass
   * starts from, reading only its dynamic features.
   */
  decode(
    table: Float32Array | Int16Array | PackedTables,
    hist: DocHistory | null,
    out: Uint8Array,
    hook?: ((i: number, pred: number) => number) | null,
    stage1: Uint8Array | null = null,
    agg: DocHistory | null = null,
    local: Int32Array | null = null,
    stage = 0,
    carry: Int32Array | null = null,
    carryAt = 0,
  ): void {
    const { fz, dyn, scores, nt, allowed } = this;
    const packed = table instanceof PackedTables ? table : null;
    const W = packed ? null : (table as Float32Array | Int16Array);
    const { feats, fstart, fcore, n, trivial, skipTrivial } = fz;
    let prev = this.bos, prev2 = this.bos;
    for (let i = 0; i < n; i++) {
      if (skipTrivial && trivial[i]) {
        out[i] = 0;
        prev2 = prev;
        prev = 0;
        continue;
      }
      this.dynamic(i, prev, prev2, hist, stage1, agg);
      // the second stage may read only the core static features: it mostly weighs the first stage's tags
      const end = stage1 && this.stage2Core ? fcore[i] : fstart[i + 1];
      this.staticEnd = end;
      if (packed) this.scorePacked(packed, i, end, local, stage, carry, carry ? carryAt + i * nt : 0);
      else if (nt === 9) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        for (let f = fstart[i], e = end + this.ndyn; f < e; f++) {
          const b = (f < end ? feats[f] : dyn[f - end]) * 9;
          s0 += W![b];
          s1 += W![b + 1];
          s2 += W![b + 2];
          s3 += W![b + 3];
          s4 += W![b + 4];
          s5 += W![b + 5];
          s6 += W![b + 6];
          s7 += W![b + 7];
          s8 += W![b + 8];
        }
        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
        scores[3] = s3;
        scores[4] = s4;
        scores[5] = s5;
        scores[6] = s6;
        scores[7] = s7;
        scores[8] = s8;
      } else {
        scores.fill(0);
        for (let f = fstart[i], e = end + this.ndyn; f < e; f++) {
          const b = (f < end ? feats[f] : dyn[f - end]) * nt;
          for (let c = 0; c < nt; c++) scores[c] += W![b + c];
        }
      }
      let best = 0, bestS = scores[0];
      const row = prev * nt;
      for (let t = 1; t < nt; t++) {
        if (allowed[row + t] && scores[t] > bestS) {
          bestS = scores[t];
          best = t;
        }
      }
      const tag = hook ? hook(i, best) : best;
      out[i] = tag;
      if (hist) {
        const cc = fz.capCls[i + PAD];
        if (cc === CAP_INITIAL || cc === CAP_ALL) hist.record(fz.hLower[i + PAD], labelType(tag, nt));
      }
      prev2 = prev;
      prev = tag;
    }
  }
}
