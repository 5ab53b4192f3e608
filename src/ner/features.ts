/**
 * Feature extraction for the averaged-perceptron NER (see tagger.ts). For one sentence it hashes
 * every token once (word, lower case, collapsed shape, 1-4 character prefixes and suffixes,
 * capitalisation class, word-list bits) and then emits each token's static features as hash
 * bucket numbers (a bucket's weights start at bucket * labels in the weight table): words and
 * lower case in a ±2 window, bigrams, shapes, affixes, sentence position, headline (all-capitals
 * sentence), gazetteer membership of the token and its neighbours, capitalisation habits from
 * unlabelled text. Dynamic features (previous tags, document history) are added by the decoder.
 * No strings are built: see hash.ts. A model may skip trivially-O tokens (no capital letter in the
 * token or its neighbours: about half of running text), which then get no features.
 */
import { FNV_OFFSET, fnvStep, mix1, mix1m, mix2, mix2m } from './hash.js';
import { clusterPrefix } from './clusters.js';
import { CAP_SHIFT, CLUSTER_SHIFT, EXT_FLAG, GAZ_BITS, GAZ_EXT_BITS, lowerHash, PHRASE_MAX_LEN, PHRASE_SEED, phraseStep, type Lexicon } from './lexicon.js';

/** Tag set: index -> IOB2 tag. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NT = TAGS.length;
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/**
 * The model's internal labels. IOB2 models score the 9 TAGS directly. BILOU models (Ratinov & Roth
 * 2009) score 17 labels: O, then per type B- (begins a longer name), I- (inside), L- (last word),
 * U- (a one-word name); label 1 + 4k + r for type k, r = B, I, L, U. Their output maps back to IOB2.
 */
export type Scheme = 'iob2' | 'bilou';
export const BILOU_LABELS = ['O', ...TYPES.flatMap((t) => ['B-', 'I-', 'L-', 'U-'].map((p) => p + t))];
export const labelCount = (scheme: Scheme): number => (scheme === 'bilou' ? BILOU_LABELS.length : NT);

/** IOB2 tag index of a BILOU label. */
export function bilouToIob(l: number): number {
  if (l === 0) return 0;
  const k = (l - 1) >> 2, r = (l - 1) & 3;
  return 2 * k + (r === 0 || r === 3 ? 1 : 2);
}

/** BILOU labels of an IOB2 tag sequence (as conlleval reads chunks: an I- that continues nothing begins one). */
export function iobToBilou(tags: Uint8Array): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) continue;
    const k = (t - 1) >> 1;
    const begins = (t & 1) === 1 || i === 0 || tags[i - 1] === 0 || (tags[i - 1] - 1) >> 1 !== k;
    const n = i + 1 < tags.length ? tags[i + 1] : 0;
    const goesOn = n !== 0 && (n & 1) === 0 && (n - 1) >> 1 === k;
    out[i] = 1 + 4 * k + (begins ? (goesOn ? 0 : 3) : goesOn ? 1 : 2);
  }
  return out;
}

/** Capitalisation classes. */
export const CAP_LOWER = 0, CAP_INITIAL = 1, CAP_ALL = 2, CAP_DIGIT = 3, CAP_OTHER = 4, CAP_PAD = 5;

const PAD = 2;
const BOS_H = 0x2545f491, EOS_H = 0x7c159e3d;
/** lower-case hashes of the words a capitalised run may go on through */
const CONNECTORS: ReadonlySet<number> = new Set(['of', 'and', '&', 'de', 'for', 'du', 'la', 'von', 'van'].map((w) => {
  let h = FNV_OFFSET;
  for (let k = 0; k < w.length; k++) h = fnvStep(h, w.charCodeAt(k));
  return h;
}));
/** most contexts kept per word and document (DocContext) */
const MAX_CTX = 12;
const MAX_PER_TOKEN = 67 + 5 * (GAZ_BITS + GAZ_EXT_BITS) + MAX_CTX + 2 * PHRASE_MAX_LEN * (PHRASE_MAX_LEN + 1);
/**
 * Context aggregation (Ratinov & Roth 2009): for each capitalised word of a document, the words
 * seen just before and after its occurrences (the first MAX_CTX distinct ones), so that each
 * occurrence gets the contexts of all as features: 'v Kent' in a results table and 'Kent captain'
 * elsewhere tell each 'Kent' that it is a team. Used by models trained with docContext.
 */
export class DocContext {
  /** lower-case hash of a capitalised word -> distinct context features (side * 2^31 ^ hash) */
  readonly ctx = new Map<number, number[]>();

  /** the document's first sentence has a topic word of the lexicon (a sports name): a sports document */
  readonly sports: boolean = false;
  /** the number of the first topic word of the first sentence (Lexicon.topic), 0 for none */
  readonly sportKind: number = 0;

  constructor(sentences: readonly (readonly string[])[], lexicon?: Lexicon) {
    if (lexicon?.hasTopic && sentences.length) {
      for (const w of sentences[0]) {
        const k = lexicon.topic.get(lowerHash(w), 0);
        if (k) {
          this.sportKind = k;
          break;
        }
      }
      this.sports = this.sportKind !== 0;
    }
    for (const s of sentences) {
      for (let i = 0; i < s.length; i++) {
        const c = s[i].charCodeAt(0);
        const cap = (c >= 65 && c <= 90) || (c > 127 && s[i][0].toLowerCase() !== s[i][0]);
        if (!cap) continue;
        const h = lowerHash(s[i]);
        let list = this.ctx.get(h);
        if (!list) this.ctx.set(h, (list = []));
        if (list.length >= MAX_CTX) continue;
        const l = i > 0 ? mix1(81, lowerHash(s[i - 1])) : 1, r = i + 1 < s.length ? mix1(82, lowerHash(s[i + 1])) : 2;
        if (!list.includes(l)) list.push(l);
        if (list.length < MAX_CTX && !list.includes(r)) list.push(r);
      }
    }
  }
}

/** sides of a neighbour (neighbourFeatures) */
export const LEFT = 0, RIGHT = 1;

export class Featurizer {
  readonly mask: number;
  /** tokens in the current sentence */
  n = 0;
  headline = false;
  /** per-token values, indexed i + PAD (two pad slots each side) */
  hWord = new Int32Array(0);
  hLower = new Int32Array(0);
  hShape = new Int32Array(0);
  capCls = new Uint8Array(0);
  lex = new Int32Array(0);
  /** prefix / suffix hashes, 4 per token (0 when the word is shorter) */
  pre = new Int32Array(0);
  suf = new Int32Array(0);
  /** static features of token i: feats[fstart[i] .. fstart[i+1]), each a bucket (its weights start at bucket * nt) */
  feats = new Int32Array(0);
  fstart = new Int32Array(1);
  /** the document's context aggregation, when the model uses it */
  docCtx: DocContext | null = null;
  /** the tokens of the current sentence */
  tokens: readonly string[] = [];
  /**
   * Token i's static features come in runs: word-local ones [fstart[i], flocal[i]) (their sums can
   * be cached per word), core context ones [flocal[i], fcore[i]) (the first two: the neighbours'
   * lower case), other context ones up to fnb[i], and what the two neighbouring words alone give
   * up to fstart[i + 1] (their sums can be cached per word too, with the first two core ones).
   * A core-only second stage reads [fstart[i], fcore[i]).
   */
  flocal = new Int32Array(1);
  fcore = new Int32Array(1);
  fnb = new Int32Array(1);
  /**
   * Per position j (token i at j = i + PAD, the pads around), the offset of its word's cached sums
   * in the model's cache (model.ts), where a model keeps them: local ones, then as a left
   * neighbour, then as a right neighbour.
   */
  slotAt = new Int32Array(1);
  /** per token (index i, no padding): start and end (exclusive) of its capitalised run, or -1 */
  runStart = new Int32Array(0);
  runEnd = new Int32Array(0);
  /** per token: hash of the lower case of its whole capitalised run */
  runHash = new Int32Array(0);

  /**
   * Per token (index i): 1 when it is trivially O, i.e. skipTrivial is on and neither it nor its
   * neighbours hold a capital letter (lower-case words, numbers, punctuation in running text). Such
   * tokens get no features and are not scored: the decoder tags them O (the model is trained so).
   */
  trivial = new Uint8Array(0);
  /** per token (index i + PAD): whether it holds an upper-case letter */
  hasUpper = new Uint8Array(0);
  /**
   * Set by a model that scores from its per-word cache (model.ts, fillLocal) with all static features
   * in the first stage (not stage2Core): the scorer then reads only [flocal[i] + 2, fnb[i]), so emit()
   * leaves out the word-local features, the two core neighbour ones and the neighbours' own (about
   * half of the hashing), and sets flocal[i] two before the first feature it writes.
   */
  cachedSums = false;

  constructor(
    readonly lexicon: Lexicon,
    readonly bucketBits: number,
    /** labels per bucket (labelCount of the model's scheme) */
    readonly nt: number = NT,
    readonly skipTrivial = false,
  ) {
    this.mask = (1 << bucketBits) - 1;
  }

  private ensure(n: number): void {
    if (this.hWord.length >= n + 2 * PAD) return;
    const cap = Math.max(n + 2 * PAD, this.hWord.length * 2, 32);
    this.hWord = new Int32Array(cap);
    this.hLower = new Int32Array(cap);
    this.hShape = new Int32Array(cap);
    this.capCls = new Uint8Array(cap);
    this.lex = new Int32Array(cap);
    this.pre = new Int32Array(cap * 4);
    this.suf = new Int32Array(cap * 4);
    this.feats = new Int32Array(cap * MAX_PER_TOKEN);
    this.fstart = new Int32Array(cap + 1);
    this.flocal = new Int32Array(cap);
    this.fcore = new Int32Array(cap);
    this.fnb = new Int32Array(cap);
    this.slotAt = new Int32Array(cap);
    this.runStart = new Int32Array(cap);
    this.runEnd = new Int32Array(cap);
    this.runHash = new Int32Array(cap);
    this.trivial = new Uint8Array(cap);
    this.hasUpper = new Uint8Array(cap);
  }

  /** Finds the runs of capitalised tokens (initial or all capitals) of the sentence. */
  private runs(): void {
    const { n, capCls, hLower, runStart, runEnd, runHash } = this;
    let i = 0;
    while (i < n) {
      const c = capCls[i + PAD];
      if (c !== CAP_INITIAL && c !== CAP_ALL) {
        runStart[i] = runEnd[i] = -1;
        i++;
        continue;
      }
      let e = i + 1;
      for (;;) {
        while (e < n && (capCls[e + PAD] === CAP_INITIAL || capCls[e + PAD] === CAP_ALL)) e++;
        // a run goes on through one connector ('Bank of X', 'X and Y Ltd', 'X & Y') before a capitalised token
        if (e + 1 < n && CONNECTORS.has(hLower[e + PAD]) && (capCls[e + 1 + PAD] === CAP_INITIAL || capCls[e + 1 + PAD] === CAP_ALL)) e++;
        else break;
      }
      let h = 0x3a8f05c5;
      for (let k = i; k < e; k++) h = mix2(h, hLower[k + PAD], 77);
      for (let k = i; k < e; k++) {
        runStart[k] = i;
        runEnd[k] = e;
        runHash[k] = h;
      }
      i = e;
    }
  }

  /** Hashes the tokens and computes their static features. */
  prepare(tokens: readonly string[]): void {
    const n = tokens.length;
    this.n = n;
    this.tokens = tokens;
    this.ensure(n);
    const { hWord, hLower, hShape, capCls, lex, pre, suf } = this;
    for (let p = 0; p < PAD; p++) {
      hWord[p] = hLower[p] = hShape[p] = BOS_H;
      hWord[n + PAD + p] = hLower[n + PAD + p] = hShape[n + PAD + p] = EOS_H;
      capCls[p] = capCls[n + PAD + p] = CAP_PAD;
      lex[p] = lex[n + PAD + p] = 0;
      this.hasUpper[p] = this.hasUpper[n + PAD + p] = 0;
    }
    let capsWords = 0, letterWords = 0;
    for (let i = 0; i < n; i++) {
      const w = tokens[i];
      const len = w.length;
      let hw = FNV_OFFSET, hl = FNV_OFFSET, hs = FNV_OFFSET;
      let lastCls = -1, upper = 0, lower = 0, digit = 0, firstUpper = false;
      const j = i + PAD;
      for (let k = 0; k < len; k++) {
        const c = w.charCodeAt(k);
        let lc = c, cls: number;
        if (c >= 97 && c <= 122) {
          cls = 120; // x
          lower++;
        } else if (c >= 65 && c <= 90) {
          lc = c + 32;
          cls = 88; // X
          upper++;
        } else if (c >= 48 && c <= 57) {
          cls = 100; // d
          digit++;
        } else if (c > 127) {
          // (no operation only a non-ASCII capital reaches, "Ö": one that the first documents do not
          // exercise makes the optimised code of this function thrown away and compiled again)
          const ch = w[k];
          const l = ch.toLowerCase();
          lc = l.charCodeAt(0);
          const up = l !== ch ? 1 : 0;
          const lo = up === 0 && ch.toUpperCase() !== ch ? 1 : 0;
          upper += up;
          lower += lo;
          cls = up === 1 ? 88 : lo === 1 ? 120 : c;
        } else cls = c;
        hw = fnvStep(hw, c);
        hl = fnvStep(hl, lc);
        if (cls !== lastCls) hs = fnvStep(hs, cls);
        lastCls = cls;
        if (k === 0) firstUpper = cls === 88;
        if (k < 4) pre[j * 4 + k] = hl;
      }
      for (let k = len; k < 4; k++) pre[j * 4 + k] = 0;
      let hx = FNV_OFFSET ^ 0x55;
      for (let k = 0; k < 4; k++) {
        if (k < len) {
          let c = w.charCodeAt(len - 1 - k);
          if (c >= 65 && c <= 90) c += 32;
          hx = fnvStep(hx, c);
          suf[j * 4 + k] = hx;
        } else suf[j * 4 + k] = 0;
      }
      hWord[j] = hw;
      hLower[j] = hl;
      hShape[j] = hs;
      const cc = digit
        ? CAP_DIGIT
        : !upper
          ? lower
            ? CAP_LOWER
            : CAP_OTHER
          : !lower
            ? upper > 1
              ? CAP_ALL
              : CAP_INITIAL
            : firstUpper
              ? CAP_INITIAL
              : CAP_OTHER;
      capCls[j] = cc;
      this.hasUpper[j] = upper ? 1 : 0;
      if (!this.skipTrivial) lex[j] = this.lexicon.getInt(hl);
      if (upper || lower) {
        letterWords++;
        if (upper && !lower) capsWords++;
      }
    }
    this.headline = letterWords > 1 && capsWords * 2 > letterWords;
    if (this.skipTrivial) {
      // word lists are read by a token's features and its neighbours': only near a capital letter
      const up = this.hasUpper;
      for (let j = PAD; j < n + PAD; j++) lex[j] = up[j - 2] | up[j - 1] | up[j] | up[j + 1] | up[j + 2] ? this.lexicon.getInt(hLower[j]) : 0;
    }
    this.emit();
  }

  private emit(): void {
    const { n, hLower, hShape, feats, fstart, flocal, fcore, fnb, mask, trivial, hasUpper } = this;
    const skip = this.skipTrivial;
    const cached = this.cachedSums;
    const head = this.headline ? 1 : 0;
    this.runs();
    const { runStart, runEnd, runHash } = this;
    let o = 0;
    for (let i = 0; i < n; i++) {
      const j = i + PAD;
      fstart[i] = o;
      if (skip && !hasUpper[j - 1] && !hasUpper[j] && !hasUpper[j + 1]) {
        trivial[i] = 1;
        flocal[i] = fcore[i] = fnb[i] = o;
        continue;
      }
      trivial[i] = 0;
      if (cached) {
        // (not read: see cachedSums; flocal[i] + 2 is where the scorer starts)
        flocal[i] = o - 2;
      } else {
        // 1. word-local features (the token's own characters only): a model may cache their sums per word
        o = this.localFeatures(j, feats, o);
        flocal[i] = o;
        // 2. core context features: with the local ones, all that the second stage reads (fcore[i] ends them)
        feats[o++] = mix1m(3, hLower[j - 1], mask);
        feats[o++] = mix1m(5, hLower[j + 1], mask);
      }
      feats[o++] = mix2m(29, head, hShape[j], mask);
      fcore[i] = o;
      // 3. the other context features
      feats[o++] = mix1m(2, hLower[j - 2], mask);
      feats[o++] = mix1m(6, hLower[j + 2], mask);
      feats[o++] = mix2m(7, hLower[j - 1], hLower[j], mask);
      feats[o++] = mix2m(8, hLower[j], hLower[j + 1], mask);
      feats[o++] = mix2m(12, hShape[j - 1], hShape[j], mask);
      feats[o++] = mix2m(13, hShape[j], hShape[j + 1], mask);
      feats[o++] = mix2m(22, i === 0 ? 1 : 0, hShape[j], mask);
      feats[o++] = mix2m(30, head, hLower[j], mask);
      feats[o++] = mix2m(34, hLower[j - 1], hShape[j], mask);
      feats[o++] = mix2m(35, hShape[j], hLower[j + 1], mask);
      // the capitalised run holding the token (not in all-capitals headlines): the run as one string,
      // its length and the token's place in it, its first and last words, and what follows it
      // (a number after a team name in sports results)
      const rs = runStart[i];
      if (rs >= 0 && !head) {
        const re = runEnd[i];
        const len = re - rs;
        feats[o++] = mix1m(70, runHash[i], mask);
        feats[o++] = mix1m(71, (len > 4 ? 4 : len) * 8 + (i - rs > 3 ? 3 : i - rs) * 2 + (i === re - 1 ? 1 : 0), mask);
        feats[o++] = mix2m(72, hLower[re - 1 + PAD], i === re - 1 ? 1 : 0, mask);
        feats[o++] = mix2m(73, hLower[rs + PAD], i === rs ? 1 : 0, mask);
        feats[o++] = mix1m(74, hLower[re + PAD], mask);
        feats[o++] = mix1m(75, hLower[rs - 1 + PAD], mask);
        feats[o++] = mix2m(76, hShape[re + PAD], len > 3 ? 3 : len, mask);
      }
      // phrases of the word lists (lexicon.ts) whose span holds the token: category x place in it
      // (U single, B first, I inside, L last) x whether the span starts with a capital letter
      if (this.lexicon.hasPhrases) {
        const ph = this.lexicon.phrases;
        for (let s = i - PHRASE_MAX_LEN + 1 < 0 ? 0 : i - PHRASE_MAX_LEN + 1; s <= i; s++) {
          let h = PHRASE_SEED;
          for (let k = s; k < i; k++) h = phraseStep(h, hLower[k + PAD]);
          for (let e = i; e < n && e - s < PHRASE_MAX_LEN; e++) {
            h = phraseStep(h, hLower[e + PAD]);
            const cats = ph.get(h, 0);
            if (!cats) continue;
            const place = s === e ? 0 : i === s ? 1 : i === e ? 3 : 2;
            for (let c = 0; c < 4; c++) if (cats & (1 << c)) feats[o++] = mix1m(90, ((c * 4 + place) * 2 + hasUpper[s + PAD]) * 8 + (e - s), mask);
          }
        }
      }
      // the contexts of the other occurrences of a capitalised word in the document (DocContext)
      if (this.docCtx) {
        const cc = this.capCls[j];
        if (this.docCtx.sports) {
          // a sports document (DocContext.sports): a bias per capitalisation class, and for capitalised
          // words the word and its word-list bits, so that 'Kent' or a country can read as a team
          feats[o++] = mix1m(98, cc, mask);
          const kind = this.lexicon.topicKinds ? this.docCtx.sportKind : 0;
          if (kind) feats[o++] = mix2m(99, kind, cc, mask);
          if (cc === CAP_INITIAL || cc === CAP_ALL) {
            feats[o++] = mix1m(95, hLower[j], mask);
            const lx = this.lex[j];
            let g = lx & 0x7fff;
            for (let b = 0; g; b++, g >>>= 1) if (g & 1) {
              feats[o++] = mix1m(97, b, mask);
              if (kind) feats[o++] = mix2m(100, kind, b, mask);
            }
            if (lx & EXT_FLAG) {
              let e = this.lexicon.getExt(hLower[j]);
              for (let b = 16; e; b++, e >>>= 1) if (e & 1) {
                feats[o++] = mix1m(97, b, mask);
                if (kind) feats[o++] = mix2m(100, kind, b, mask);
              }
            }
          }
        }
        if (cc === CAP_INITIAL || cc === CAP_ALL) {
          const list = this.docCtx.ctx.get(hLower[j]);
          if (list) for (const x of list) feats[o++] = mix1m(80, x, mask);
        }
      }
      // 4. what the neighbouring words alone give (besides the core ones): a model may cache their sums per word
      fnb[i] = o;
      if (cached) continue;
      o = this.neighbourFeatures(j - 1, LEFT, false, feats, o);
      o = this.neighbourFeatures(j + 1, RIGHT, false, feats, o);
    }
    fstart[n] = o;
  }

  /** The word-local features of the word at position j (i + PAD) into out from o; returns the new end. */
  localFeatures(j: number, out: Int32Array, o: number): number {
    const { hWord, hLower, hShape, capCls, lex, pre, suf, mask } = this;
    const c0 = capCls[j];
    out[o++] = mix1m(0, 0, mask);
    out[o++] = mix1m(1, hWord[j], mask);
    out[o++] = mix1m(4, hLower[j], mask);
    out[o++] = mix1m(10, hShape[j], mask);
    for (let k = 0; k < 4; k++) {
      const p = pre[j * 4 + k];
      if (p) out[o++] = mix1m(14 + k, p, mask);
      const s = suf[j * 4 + k];
      if (s) out[o++] = mix1m(18 + k, s, mask);
    }
    out[o++] = mix1m(23, ((lex[j] >>> CAP_SHIFT) & 7) * 8 + c0, mask);
    let g = lex[j] & 0x7fff;
    for (let b = 0; g; b++, g >>>= 1) if (g & 1) out[o++] = mix1m(26, b * 8 + c0, mask);
    if (lex[j] & EXT_FLAG) {
      // extended gazetteer bits (lexicon.ts GAZ_EXT), numbered after the 16 low ones
      let e = this.lexicon.getExt(hLower[j]);
      for (let b = 16; e; b++, e >>>= 1) if (e & 1) out[o++] = mix1m(26, b * 8 + c0, mask);
    }
    out[o++] = mix2m(31, hLower[j], c0, mask);
    if (this.lexicon.hasClusters) {
      // word clusters: path prefixes of the token
      const cl = lex[j] >>> CLUSTER_SHIFT;
      if (cl) {
        for (let d = 1; d <= 4; d++) out[o++] = mix1m(60 + d, clusterPrefix(cl - 1, d), mask);
        out[o++] = mix2m(65, clusterPrefix(cl - 1, 2), c0, mask);
      } else out[o++] = mix1m(60, c0, mask);
    }
    return o;
  }

  /**
   * The features a token gets from the word at position j as its left (side LEFT) or right
   * neighbour alone: lower case, shape, capitalisation, word lists, word form, cluster. `core`
   * adds the core one (the neighbour's lower case), which emit() puts among the core features.
   */
  neighbourFeatures(j: number, side: number, core: boolean, out: Int32Array, o: number): number {
    const { hWord, hLower, hShape, capCls, lex, mask } = this;
    const r = side === RIGHT ? 1 : 0;
    if (core) out[o++] = mix1m(3 + 2 * r, hLower[j], mask);
    out[o++] = mix1m(9 + 2 * r, hShape[j], mask);
    out[o++] = mix1m(24 + r, ((lex[j] >>> CAP_SHIFT) & 7) * 8 + capCls[j], mask);
    let g = lex[j] & 0x7fff;
    for (let b = 0; g; b++, g >>>= 1) if (g & 1) out[o++] = mix1m(27 + r, b, mask);
    if (lex[j] & EXT_FLAG) {
      let e = this.lexicon.getExt(hLower[j]);
      for (let b = 16; e; b++, e >>>= 1) if (e & 1) out[o++] = mix1m(27 + r, b, mask);
    }
    out[o++] = mix1m(32 + r, hWord[j], mask);
    if (this.lexicon.hasClusters) {
      const c = lex[j] >>> CLUSTER_SHIFT;
      out[o++] = mix1m(66 + r, c ? clusterPrefix(c - 1, 3) : -1, mask);
    }
    return o;
  }
}
