/**
 * Word clusters for the NER (a cheap stand-in for Brown clusters, the classic +1.5-2.5 F1 feature
 * on CoNLL): every frequent word gets a hierarchical cluster path, so that rare names share
 * weights with frequent ones seen in the same contexts. Built at training time by
 * scripts/build-clusters.ts from unlabelled news text:
 * 1. count, for each of the V most frequent lower-cased words, its left and right neighbours among
 *    the C most frequent words (plus sentence boundaries);
 * 2. weight the counts by positive PMI and L2-normalise each word's sparse vector;
 * 3. split the words by spherical k-means, then split each cluster again (radices LEVELS), which
 *    yields a path like Brown's bit strings: its prefixes are the coarse-to-fine features.
 * The result is a small text file "word<TAB>leaf" (models/ner-clusters.tsv), baked into the model.
 * Hand-written: no maintained JS package does distributional clustering; the data is small.
 */
import { prng } from './prng.js';

/** Branching factor of each level; the leaf number is the mixed-radix path. */
export const LEVELS = [16, 8, 8, 4] as const;
/** Bits of each level (LEVELS are powers of two), so prefixes are shifts of the leaf number. */
export const LEVEL_BITS = LEVELS.map((k) => Math.log2(k));
export const LEAF_BITS = LEVEL_BITS.reduce((a, b) => a + b, 0);

/** Prefix of a leaf at depth d (1..LEVELS.length): the first d levels of its path. */
export function clusterPrefix(leaf: number, depth: number): number {
  let shift = 0;
  for (let l = depth; l < LEVELS.length; l++) shift += LEVEL_BITS[l];
  return leaf >>> shift;
}

export interface ClusterOptions {
  /** words clustered (most frequent first) */
  vocab?: number;
  /** context words counted (most frequent first) */
  contexts?: number;
  /** words seen fewer times are not clustered */
  minCount?: number;
  /** k-means iterations per split */
  iterations?: number;
  seed?: number;
}

/** Splits text into rough CoNLL-like tokens (words, numbers, single punctuation marks). */
export function roughTokens(text: string): string[][] {
  const sentences: string[][] = [];
  for (const line of text.split(/\n+/)) {
    const toks = line.match(/\p{L}[\p{L}\p{M}\d'’.&-]*\p{L}\.?|\p{L}\.?|\d[\d.,:/-]*|[^\s\p{L}\d]/gu);
    if (!toks) continue;
    let cur: string[] = [];
    for (let t of toks) {
      // "U.S." keeps its dot; a trailing dot after a longer lower-case word ends a sentence
      if (t.length > 2 && t.endsWith('.') && !/^(\p{L}\.)+$/u.test(t) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(t)) {
        cur.push(t.slice(0, -1), '.');
        sentences.push(cur);
        cur = [];
        continue;
      }
      t = t.replace(/’/g, "'");
      cur.push(t);
      if (t === '.' || t === '?' || t === '!') {
        sentences.push(cur);
        cur = [];
      }
    }
    if (cur.length) sentences.push(cur);
  }
  return sentences;
}

/**
 * Clusters the words of tokenised sentences; returns lower-cased word -> leaf number
 * (0 .. 2^LEAF_BITS - 1). Deterministic for a seed.
 */
export function buildClusters(sentences: readonly (readonly string[])[], o: ClusterOptions = {}): Map<string, number> {
  const V = o.vocab ?? 40000, C = o.contexts ?? 2000, minCount = o.minCount ?? 3, iters = o.iterations ?? 12;
  const rand = prng(o.seed ?? 1);
  // word frequencies (lower case)
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w.toLowerCase(), (freq.get(w.toLowerCase()) ?? 0) + 1);
  const byFreq = [...freq].filter(([w, n]) => n >= minCount && /\p{L}/u.test(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byFreq.slice(0, V).map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const ctxWords = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, C).map(([w]) => w);
  const ctxId = new Map(ctxWords.map((w, i) => [w, i]));
  // feature space: left context 0..C (C = boundary), right context C+1..2C+1
  const D = 2 * (C + 1);
  const rows: Map<number, number>[] = words.map(() => new Map());
  const colTotal = new Float64Array(D);
  let total = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const id = wordId.get(s[i].toLowerCase());
      if (id === undefined) continue;
      const l = i > 0 ? (ctxId.get(s[i - 1].toLowerCase()) ?? -1) : C;
      const r = i + 1 < s.length ? (ctxId.get(s[i + 1].toLowerCase()) ?? -1) : C;
      const row = rows[id];
      if (l >= 0) {
        row.set(l, (row.get(l) ?? 0) + 1);
        colTotal[l]++;
        total++;
      }
      if (r >= 0) {
        const f = C + 1 + r;
        row.set(f, (row.get(f) ?? 0) + 1);
        colTotal[f]++;
        total++;
      }
    }
  }
  // PPMI, as sparse normalised rows
  const idx: Int32Array[] = [], val: Float32Array[] = [];
  for (const row of rows) {
    let rowTotal = 0;
    for (const n of row.values()) rowTotal += n;
    const is: number[] = [], vs: number[] = [];
    for (const [f, n] of row) {
      const pmi = Math.log((n * total) / (rowTotal * Math.pow(colTotal[f], 0.75) * Math.pow(total, 0.25)));
      if (pmi > 0) {
        is.push(f);
        vs.push(pmi);
      }
    }
    const norm = Math.hypot(...vs) || 1;
    idx.push(Int32Array.from(is));
    val.push(Float32Array.from(vs, (v) => v / norm));
  }
  const leaf = new Int32Array(words.length);
  const split = (members: number[], level: number, prefix: number) => {
    if (level === LEVELS.length) {
      for (const m of members) leaf[m] = prefix;
      return;
    }
    const k = LEVELS[level];
    const assign = kmeans(members, k, D, idx, val, iters, rand);
    for (let c = 0; c < k; c++) split(members.filter((_, i) => assign[i] === c), level + 1, (prefix << LEVEL_BITS[level]) | c);
  };
  split(words.map((_, i) => i), 0, 0);
  return new Map(words.map((w, i) => [w, leaf[i]]));
}

/** Spherical k-means on sparse unit rows; returns the cluster of each member. */
function kmeans(members: number[], k: number, D: number, idx: Int32Array[], val: Float32Array[], iters: number, rand: () => number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const cent = new Float32Array(k * D);
  // seeds: members are in frequency order; take k spread over the first part at random
  const chosen = new Set<number>();
  const pool = Math.min(n, k * 8);
  while (chosen.size < k) chosen.add(Math.floor(rand() * pool));
  [...chosen].forEach((m, c) => {
    const w = members[m];
    for (let j = 0; j < idx[w].length; j++) cent[c * D + idx[w][j]] = val[w][j];
  });
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const w = members[i], is = idx[w], vs = val[w];
      let best = 0, bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * D;
        let s = 0;
        for (let j = 0; j < is.length; j++) s += cent[base + is[j]] * vs[j];
        if (s > bestS) {
          bestS = s;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) changed++;
      assign[i] = best;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const w = members[i], c = assign[i], base = c * D;
      size[c]++;
      for (let j = 0; j < idx[w].length; j++) cent[base + idx[w][j]] += val[w][j];
    }
    for (let c = 0; c < k; c++) {
      const base = c * D;
      if (!size[c]) {
        // empty cluster: reseed with a random member
        const w = members[Math.floor(rand() * n)];
        for (let j = 0; j < idx[w].length; j++) cent[base + idx[w][j]] = val[w][j];
        continue;
      }
      let norm = 0;
      for (let d = 0; d < D; d++) norm += cent[base + d] * cent[base + d];
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) cent[base + d] /= norm;
    }
    if (!changed) break;
  }
  return assign;
}

/** The committed file format: one "word<TAB>leaf" line per word, most frequent first. */
export function clustersToTsv(clusters: Map<string, number>): string {
  return [...clusters].map(([w, l]) => `${w}\t${l}`).join('\n') + '\n';
}

export function clustersFromTsv(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return out;
}
