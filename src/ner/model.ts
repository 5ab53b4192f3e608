/**
 * A trained NER model: hashed weight tables (buckets x labels, one per stage), the baked word lists
 * and metadata, with its file format. The file is gzip of: "NGNER001", a uint32 header length, a
 * JSON header (format, bucket bits, tags, weight scales, lexicon, training notes), then the weights
 * as Int16 (quantised: weight = int16 * scale). Format 3 stores them packed (sparse.ts): the bit set
 * of non-zero buckets (Int32 words), then the non-zero rows, all stages side by side; formats 1 and
 * 2 store the dense tables one after the other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NewsgraphError } from '../util/errors.js';
import { bilouToIob, DocContext, Featurizer, labelCount, LEFT, RIGHT, TAGS, type Scheme } from './features.js';
import { clustersFromTsv } from './clusters.js';
import { Lexicon, type LexiconJson } from './lexicon.js';
import { PackedTables } from './sparse.js';
import { IntMap } from './intmap.js';
import { Decoder, DocHistory } from './tagger.js';

const MAGIC = 'NGNER001';
/**
 * Version 2 adds the word clusters (clusters.ts); a version 1 file is a version 2 one without them.
 * Version 3 stores the weights packed.
 */
const FORMAT = 'newsgraph-ner/3';
/** Version 4 is version 3 whose lexicon has extended gazetteer bits (lexicon.ts GAZ_EXT): older code must refuse it. */
const FORMAT_EXT = 'newsgraph-ner/4';
const DENSE_FORMATS = ['newsgraph-ner/1', 'newsgraph-ner/2'];

export interface ModelHeader {
  format: string;
  bucketBits: number;
  tags: string[];
  /** one scale per weight table (1 = first stage only, 2 = with the second stage) */
  scales: number[];
  lexicon: LexiconJson;
  /** word clusters as "word<TAB>leaf" lines (clusters.ts), empty when trained without */
  clusters: string;
  /** the second stage reads only the core static features (absent in older files: all of them) */
  stage2Core?: boolean;
  /** internal label scheme (absent in older files: IOB2); the output is IOB2 either way */
  scheme?: Scheme;
  /** trivially-O tokens are tagged O without scoring (features.ts; absent in older files: no) */
  skipTrivial?: boolean;
  /** context aggregation features (features.ts, DocContext; absent in older files: no) */
  docContext?: boolean;
  /** beam sizes of the two stages (tagger.ts, decodeBeam; absent: greedy) */
  beam?: number[];
  /** free-form training notes: data, epochs, seed, dev F1 */
  notes: Record<string, unknown>;
}

/** Weight tables as stored: Int16 values, weight = value * scale (one scale per table). */
/** Positions before the first token of a sentence (features.ts pads it with two). */
const PAD = 2;
/** cache keys of the sentence edges (no token is these strings) */
const EDGE_BEFORE = '\u0000<', EDGE_AFTER = '\u0000>';
/** Words whose local sums are cached before the cache is emptied (at a document start). */
const LOCAL_CACHE_WORDS = 50_000;

/** How a model was trained (and so must be run): stored in the file header. */
export interface ModelOptions {
  stage2Core?: boolean;
  scheme?: Scheme;
  skipTrivial?: boolean;
  docContext?: boolean;
  /** beam sizes of the two stages (absent or 1: greedy) */
  beam?: number[];
}

export interface QuantisedWeights {
  tables: Int16Array[];
  scales: number[];
}

/** Quantises float tables to Int16 with one scale per table (the largest weight maps to 32767). */
export function quantise(stages: readonly Float32Array[]): QuantisedWeights {
  const tables: Int16Array[] = [], scales: number[] = [];
  for (const w of stages) {
    let maxAbs = 0;
    for (let i = 0; i < w.length; i++) {
      const a = w[i] < 0 ? -w[i] : w[i];
      if (a > maxAbs) maxAbs = a;
    }
    const scale = maxAbs / 32767 || 1;
    const q = new Int16Array(w.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(w[i] / scale);
    tables.push(q);
    scales.push(scale);
  }
  return { tables, scales };
}

export class NerModel {
  readonly decoder: Decoder;
  /**
   * The tagger runs on the quantised Int16 weights directly (scores are compared within one stage,
   * so the scale does not matter), packed (sparse.ts): a few MB, so most of it stays in cache.
   */
  readonly packed: PackedTables;
  /** one scale per stage: weight = int16 * scale */
  readonly scales: number[];
  /** per document: the second stage's static sums of each token, from the first stage's pass */
  private carry = new Int32Array(0);
  private t1: Uint8Array[] = [];
  private readonly pool: Featurizer[] = [];
  /**
   * Per-word cache of score sums (fillLocal): word -> slot; slab[slot * 3 * width ..] holds the sums
   * of the word's local features, then of its features as a left and as a right neighbour, each
   * for every stage (width = stages * nt). About half of a token's weight-table reads are replaced
   * by three lookups. Emptied between documents when it grows large.
   */
  private readonly localSlot = new IntMap(17);
  /** the word of each slot (the map is keyed by the word's hash: a collision is told apart) */
  private slotWord: string[] = [];
  private slab = new Int32Array(0);
  private readonly scratch = new Int32Array(256);
  private t2: Uint8Array[] = [];
  /** the two stages' document histories, emptied at each document */
  private readonly hist1 = new DocHistory();
  private readonly hist2 = new DocHistory();
  /** BILOU models: the second stage's labels before they map to IOB2 */
  private t3: Uint8Array[] = [];
  /** labels per bucket */
  readonly nt: number;
  readonly stage2Core: boolean;
  readonly scheme: Scheme;
  readonly skipTrivial: boolean;
  readonly docContext: boolean;
  readonly beam: number[] | undefined;

  constructor(
    /** first-stage weights, then (optionally) second-stage weights: floats (training), quantised or packed (a file) */
    stages: Float32Array[] | QuantisedWeights | { packed: PackedTables; scales: number[] },
    readonly bucketBits: number,
    readonly lexicon: Lexicon,
    readonly lexiconJson: LexiconJson,
    readonly notes: Record<string, unknown> = {},
    /** word clusters as "word<TAB>leaf" lines, baked into the file */
    readonly clustersTsv = '',
    opts: ModelOptions = {},
  ) {
    this.stage2Core = opts.stage2Core ?? false;
    this.scheme = opts.scheme ?? 'iob2';
    this.skipTrivial = opts.skipTrivial ?? false;
    this.docContext = opts.docContext ?? false;
    this.beam = opts.beam && opts.beam.some((b) => b > 1) ? opts.beam : undefined;
    this.nt = labelCount(this.scheme);
    if ('packed' in stages) {
      this.packed = stages.packed;
      this.scales = stages.scales;
      if (stages.packed.bits.length * 32 !== 1 << bucketBits || stages.packed.nt !== this.nt) throw new NewsgraphError('E_PIPELINE', 'NER weight table does not match its bucket count');
    } else {
      const q = Array.isArray(stages) ? quantise(stages) : stages;
      for (const w of q.tables) if (w.length !== (1 << bucketBits) * this.nt) throw new NewsgraphError('E_PIPELINE', 'NER weight table does not match its bucket count');
      this.packed = PackedTables.fromDense(q.tables, this.nt);
      this.scales = q.scales;
    }
    this.decoder = new Decoder(this.featurizer());
    this.decoder.stage2Core = this.stage2Core;
  }

  private featurizer(): Featurizer {
    return new Featurizer(this.lexicon, this.bucketBits, this.nt, this.skipTrivial);
  }

  private buffers(sentences: readonly (readonly string[])[], pool: Uint8Array[]): Uint8Array[] {
    while (pool.length < sentences.length) pool.push(new Uint8Array(64));
    for (let s = 0; s < sentences.length; s++) if (pool[s].length < sentences[s].length) pool[s] = new Uint8Array(sentences[s].length * 2);
    return pool;
  }

  /**
   * Tags a document into tag indexes out[s][i] (no string arrays; used by the entity stage,
   * benchmarks and training). `cacheLocal` false reads every weight from the tables (same tags, slower).
   */
  tagDocumentIndexes(sentences: readonly (readonly string[])[], out: Uint8Array[], cacheLocal = true): void {
    const { decoder, pool, nt } = this;
    const packed = this.packed;
    const twoStages = packed.stages > 1;
    const hist = this.hist1;
    hist.clear();
    const bilou = this.scheme === 'bilou';
    const last = bilou ? this.buffers(sentences, this.t3) : out;
    const first = twoStages ? this.buffers(sentences, this.t1) : last;
    let tokens = 0;
    for (const s of sentences) tokens += s.length;
    if (twoStages && this.carry.length < tokens * nt) this.carry = new Int32Array(Math.max(tokens * nt * 2, 4096));
    const carry = twoStages ? this.carry : null;
    // each sentence keeps its prepared features for the second stage (one featurizer per slot)
    while (pool.length < sentences.length) pool.push(this.featurizer());
    if (this.slotWord.length > LOCAL_CACHE_WORDS) {
      this.localSlot.clear();
      this.slotWord = [];
    }
    const docCtx = this.docContext ? new DocContext(sentences, this.lexicon) : null;
    for (let s = 0, at = 0; s < sentences.length; s++) {
      decoder.fz = pool[s];
      decoder.fz.docCtx = docCtx;
      decoder.fz.cachedSums = cacheLocal && !this.stage2Core;
      decoder.fz.prepare(sentences[s]);
      if (cacheLocal) this.fillLocal(decoder.fz);
      if (this.beam && this.beam[0] > 1) decoder.decodeBeam(packed, hist, first[s], this.beam[0], null, null, cacheLocal ? this.slab : null, 0, carry, at);
      else decoder.decode(packed, hist, first[s], null, null, null, cacheLocal ? this.slab : null, 0, carry, at);
      at += sentences[s].length * nt;
    }
    if (twoStages) {
      const hist2 = this.hist2;
      hist2.clear();
      for (let s = 0, at = 0; s < sentences.length; s++) {
        decoder.fz = pool[s];
        if (this.beam && this.beam[1] > 1) decoder.decodeBeam(packed, hist2, last[s], this.beam[1], first[s], hist, cacheLocal ? this.slab : null, 1, carry, at);
        else decoder.decode(packed, hist2, last[s], null, first[s], hist, cacheLocal ? this.slab : null, 1, carry, at);
        at += sentences[s].length * nt;
      }
    }
    if (bilou) for (let s = 0; s < sentences.length; s++) for (let i = 0, n = sentences[s].length; i < n; i++) out[s][i] = bilouToIob(last[s][i]);
  }

  /**
   * Points each position of a prepared sentence that scoring will read (the tokens to score and
   * their neighbours, the sentence's edges included) at its word's cached sums (fz.slotAt),
   * computing those of new words: the word's local features, then its features as a left
   * neighbour, then as a right one (features.ts), each for every stage.
   */
  private fillLocal(fz: Featurizer): void {
    const { tokens, n, trivial, slotAt } = fz;
    const P = this.packed;
    const { rows, width } = P;
    const scratch = this.scratch;
    for (let j = PAD - 1; j <= n + PAD; j++) {
      const i = j - PAD;
      // needed when the token or a neighbour is scored
      if (!((i >= 0 && i < n && !trivial[i]) || (i > 0 && i <= n && !trivial[i - 1]) || (i + 1 >= 0 && i + 1 < n && !trivial[i + 1]))) continue;
      const word = i < 0 ? EDGE_BEFORE : i >= n ? EDGE_AFTER : tokens[i];
      // the pads' hashes are fixed values, not any word's hash
      const key = fz.hWord[j];
      let slot = this.localSlot.get(key, -1);
      if (slot < 0 || this.slotWord[slot] !== word) {
        slot = this.slotWord.length;
        this.slotWord.push(word);
        this.localSlot.set(key, slot);
        const at = slot * 3 * width;
        if (this.slab.length < at + 3 * width) {
          const grown = new Int32Array(Math.max(1024 * 3 * width, this.slab.length * 2));
          grown.set(this.slab);
          this.slab = grown;
        }
        const slab = this.slab;
        slab.fill(0, at, at + 3 * width);
        for (let g = 0; g < 3; g++) {
          // the sentence edges have no local features
          if (g === 0 && (i < 0 || i >= n)) continue;
          const e = g === 0 ? fz.localFeatures(j, scratch, 0) : fz.neighbourFeatures(j, g === 1 ? LEFT : RIGHT, true, scratch, 0);
          const base = at + g * width;
          for (let k = 0; k < e; k++) {
            const r = P.at(scratch[k]);
            if (r >= 0) for (let c = 0; c < width; c++) slab[base + c] += rows[r + c];
          }
        }
      }
      slotAt[j] = slot * 3 * width;
    }
  }

  /** IOB2 tags of the sentences of one document, each informed by how the rest of the document was tagged. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const out = this.buffers(sentences, this.t2);
    this.tagDocumentIndexes(sentences, out);
    return sentences.map((tokens, s) => {
      const tags = new Array<string>(tokens.length);
      for (let i = 0; i < tokens.length; i++) tags[i] = TAGS[out[s][i]];
      return tags;
    });
  }

  /** IOB2 tags of one sentence, without document context. */
  tag(tokens: readonly string[]): string[] {
    return this.tagDocument([tokens])[0];
  }

  save(path: string): number {
    const { bits, rows } = this.packed;
    const parts = [bits, rows].map((q) => Buffer.from(q.buffer, q.byteOffset, q.byteLength));
    const header: ModelHeader = { format: this.lexicon.hasExt || this.lexicon.hasPhrases || this.lexicon.hasTopic ? FORMAT_EXT : FORMAT, bucketBits: this.bucketBits, tags: [...TAGS], scales: this.scales, lexicon: this.lexiconJson, clusters: this.clustersTsv, stage2Core: this.stage2Core, scheme: this.scheme, skipTrivial: this.skipTrivial, docContext: this.docContext, ...(this.beam ? { beam: this.beam } : {}), notes: this.notes };
    const h = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(h.length);
    const gz = gzipSync(Buffer.concat([Buffer.from(MAGIC), len, h, ...parts]), { level: 9 });
    writeFileSync(path, gz);
    return gz.length;
  }

  static load(path: string): NerModel {
    let body: Buffer;
    try {
      body = gunzipSync(readFileSync(path));
    } catch (e) {
      throw new NewsgraphError('E_PARSE', `cannot read the NER model: ${(e as Error).message}`, path);
    }
    if (body.subarray(0, 8).toString() !== MAGIC) throw new NewsgraphError('E_PARSE', 'not a newsgraph NER model file', path);
    const hlen = body.readUInt32LE(8);
    const header = JSON.parse(body.subarray(12, 12 + hlen).toString('utf8')) as ModelHeader;
    const dense = DENSE_FORMATS.includes(header.format);
    if ((header.format !== FORMAT && header.format !== FORMAT_EXT && !dense) || header.tags.join() !== TAGS.join()) throw new NewsgraphError('E_PARSE', 'unsupported NER model format', path);
    const nt = labelCount(header.scheme ?? 'iob2');
    const size = (1 << header.bucketBits) * nt;
    const raw = body.subarray(12 + hlen);
    // copies into fresh (aligned) typed arrays
    const copy = <T extends Int16Array | Int32Array>(q: T, from: number): T => {
      if (raw.length < from + q.byteLength) throw new NewsgraphError('E_PARSE', 'truncated NER model file', path);
      new Uint8Array(q.buffer).set(raw.subarray(from, from + q.byteLength));
      return q;
    };
    let weights: QuantisedWeights | { packed: PackedTables; scales: number[] };
    if (dense) {
      if (raw.length !== size * 2 * header.scales.length) throw new NewsgraphError('E_PARSE', 'truncated NER model file', path);
      weights = { tables: header.scales.map((_, k) => copy(new Int16Array(size), k * size * 2)), scales: header.scales };
    } else {
      const bits = copy(new Int32Array((1 << header.bucketBits) / 32), 0);
      const rowBytes = raw.length - bits.byteLength;
      const width = header.scales.length * nt;
      if (rowBytes % (2 * width) !== 0) throw new NewsgraphError('E_PARSE', 'truncated NER model file', path);
      const rows = copy(new Int16Array(rowBytes / 2), bits.byteLength);
      let packed: PackedTables;
      try {
        packed = new PackedTables(bits, rows, width, nt);
      } catch {
        throw new NewsgraphError('E_PARSE', 'truncated NER model file', path);
      }
      weights = { packed, scales: header.scales };
    }
    const clusters = header.clusters ? clustersFromTsv(header.clusters) : undefined;
    return new NerModel(weights, header.bucketBits, Lexicon.fromJson(header.lexicon, clusters), header.lexicon, header.notes, header.clusters, { stage2Core: header.stage2Core ?? false, scheme: header.scheme ?? 'iob2', skipTrivial: header.skipTrivial ?? false, docContext: header.docContext ?? false, beam: header.beam });
  }
}
