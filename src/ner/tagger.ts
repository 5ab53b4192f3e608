/**
 * Greedy left-to-right decoding of the averaged-perceptron NER, shared by training and tagging.
 * Each token's score per tag is the sum of the weights of its static features (features.ts) and of
 * dynamic ones: the previous one and two predicted tags (alone and with the word and shape) and
 * the document history, i.e. how capitalised tokens with the same lower case were tagged earlier in
 * the document (Ratinov & Roth 2009, "extended prediction history"). IOB2 is enforced: I-X only
 * after B-X or I-X. A second stage (Ratinov & Roth's two-stage prediction aggregation) re-tags each
 * sentence with the first stage's tags of the neighbouring tokens and its tag counts for the same
 * word over the whole document as extra features. Hand-written because no maintained JS package trains or runs such a model.
 */
import { mix1, mix2 } from './hash.js';
import { CAP_ALL, CAP_INITIAL, Featurizer, NT } from './features.js';

const PAD = 2;
/** "tag" of the positions before the sentence */
const BOS_TAG: number = NT;

/** Entity type of a tag index: 0..3 for PER, ORG, LOC, MISC, 4 for O. */
export const typeOf = (t: number): number => (t === 0 ? 4 : (t - 1) >> 1);

/** Per-document counts of the types given to capitalised tokens, by lower-case hash (5 x 6 bits). */
export class DocHistory {
  readonly counts = new Map<number, number>();

  record(hash: number, tag: number): void {
    const shift = typeOf(tag) * 6;
    const v = this.counts.get(hash) ?? 0;
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
  private readonly scores = new Float64Array(NT);

  constructor(fz: Featurizer) {
    this.fz = fz;
  }

  /** Fills dyn with the dynamic features of token i. */
  private dynamic(i: number, prev: number, prev2: number, hist: DocHistory | null, stage1: Uint8Array | null, agg: DocHistory | null): void {
    const { fz, dyn } = this;
    const mask = fz.mask;
    const j = i + PAD;
    const hl = fz.hLower[j];
    let k = 0;
    dyn[k++] = (mix1(40, prev) & mask) * NT;
    dyn[k++] = (mix1(41, prev2 * 16 + prev) & mask) * NT;
    dyn[k++] = (mix2(42, prev, hl) & mask) * NT;
    dyn[k++] = (mix2(43, prev, fz.hShape[j]) & mask) * NT;
    const cc = fz.capCls[j];
    if (hist && (cc === CAP_INITIAL || cc === CAP_ALL)) {
      const v = hist.counts.get(hl);
      if (v !== undefined) {
        let best = 0, bestN = -1;
        for (let t = 0; t < 5; t++) {
          const c = (v >>> (t * 6)) & 63;
          if (c > 0) dyn[k++] = (mix1(45, t) & mask) * NT;
          if (c > bestN) {
            bestN = c;
            best = t;
          }
        }
        dyn[k++] = (mix1(44, best) & mask) * NT;
        dyn[k++] = (mix2(46, best, prev) & mask) * NT;
      }
    }
    if (stage1) {
      // second stage: first-stage tags around the token, and how the whole document was tagged
      const n = fz.n;
      for (let d = -2; d <= 2; d++) dyn[k++] = (mix2(50, d, i + d < 0 ? BOS_TAG : i + d >= n ? BOS_TAG + 1 : stage1[i + d]) & mask) * NT;
      dyn[k++] = (mix2(51, stage1[i], i + 1 < n ? stage1[i + 1] : BOS_TAG + 1) & mask) * NT;
      dyn[k++] = (mix2(52, i > 0 ? stage1[i - 1] : BOS_TAG, stage1[i]) & mask) * NT;
      const v = agg && (cc === CAP_INITIAL || cc === CAP_ALL) ? agg.counts.get(hl) : undefined;
      if (v !== undefined) {
        let best = 0, bestN = -1, total = 0;
        for (let t = 0; t < 5; t++) {
          const c = (v >>> (t * 6)) & 63;
          total += c;
          if (c > 0) dyn[k++] = (mix1(53, t) & mask) * NT;
          if (c > bestN) {
            bestN = c;
            best = t;
          }
        }
        dyn[k++] = (mix2(54, best, bestN * 2 > total ? 1 : 0) & mask) * NT;
        dyn[k++] = (mix2(55, best, stage1[i]) & mask) * NT;
      }
    }
    this.ndyn = k;
  }

  /**
   * Tags the sentence already prepared in the featurizer into out[0..n). With a training hook,
   * hook(i, predicted) is called for each token and returns the tag the decoder continues with.
   * The second stage also gets the first stage's tags of this sentence and the first stage's
   * history over the whole document (agg). With `local`, the sums of each token's word-local
   * features are read from that cache (at fz.localAt[i] + localHalf) instead of the weight table.
   */
  decode(
    W: Float32Array | Int16Array,
    hist: DocHistory | null,
    out: Uint8Array,
    hook?: ((i: number, pred: number) => number) | null,
    stage1: Uint8Array | null = null,
    agg: DocHistory | null = null,
    local: Int32Array | null = null,
    localHalf = 0,
  ): void {
    const { fz, dyn, scores } = this;
    const { feats, fstart, flocal, fcore, localAt, n } = fz;
    let prev = BOS_TAG, prev2 = BOS_TAG;
    for (let i = 0; i < n; i++) {
      this.dynamic(i, prev, prev2, hist, stage1, agg);
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      // the second stage reads only the core static features: it mostly weighs the first stage's tags
      const end = stage1 && this.stage2Core ? fcore[i] : fstart[i + 1];
      this.staticEnd = end;
      let k = fstart[i];
      if (local) {
        // the word-local features' sums, cached per word by the model (local[at + half + tag])
        const at = localAt[i] + localHalf;
        s0 = local[at];
        s1 = local[at + 1];
        s2 = local[at + 2];
        s3 = local[at + 3];
        s4 = local[at + 4];
        s5 = local[at + 5];
        s6 = local[at + 6];
        s7 = local[at + 7];
        s8 = local[at + 8];
        k = flocal[i];
      }
      for (; k < end; k++) {
        const b = feats[k];
        s0 += W[b];
        s1 += W[b + 1];
        s2 += W[b + 2];
        s3 += W[b + 3];
        s4 += W[b + 4];
        s5 += W[b + 5];
        s6 += W[b + 6];
        s7 += W[b + 7];
        s8 += W[b + 8];
      }
      for (let k = 0, e = this.ndyn; k < e; k++) {
        const b = dyn[k];
        s0 += W[b];
        s1 += W[b + 1];
        s2 += W[b + 2];
        s3 += W[b + 3];
        s4 += W[b + 4];
        s5 += W[b + 5];
        s6 += W[b + 6];
        s7 += W[b + 7];
        s8 += W[b + 8];
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
      let best = 0, bestS = s0;
      for (let t = 1; t < NT; t++) {
        // I-X (even index) continues only B-X or I-X
        if ((t & 1) === 0 && prev !== t && prev !== t - 1) continue;
        if (scores[t] > bestS) {
          bestS = scores[t];
          best = t;
        }
      }
      const tag = hook ? hook(i, best) : best;
      out[i] = tag;
      if (hist) {
        const cc = fz.capCls[i + PAD];
        if (cc === CAP_INITIAL || cc === CAP_ALL) hist.record(fz.hLower[i + PAD], tag);
      }
      prev2 = prev;
      prev = tag;
    }
  }
}
