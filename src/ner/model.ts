/**
 * A trained NER model: hashed weight table (buckets x 9 tags), the baked word lists and metadata,
 * with its file format. The file is gzip of: "NGNER001", a uint32 header length, a JSON header
 * (format, bucket bits, tags, weight scale, lexicon, training notes), then the weights as Int16
 * (quantised: weight = int16 * scale), one table per stage. Loading expands them to Float32Arrays.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NewsgraphError } from '../util/errors.js';
import { Featurizer, NT, TAGS } from './features.js';
import { clustersFromTsv } from './clusters.js';
import { Lexicon, type LexiconJson } from './lexicon.js';
import { Decoder, DocHistory } from './tagger.js';

const MAGIC = 'NGNER001';
/** Version 2 adds the word clusters (clusters.ts); a version 1 file is a version 2 one without them. */
const FORMAT = 'newsgraph-ner/2';

export interface ModelHeader {
  format: typeof FORMAT;
  bucketBits: number;
  tags: string[];
  /** one scale per weight table (1 = first stage only, 2 = with the second stage) */
  scales: number[];
  lexicon: LexiconJson;
  /** word clusters as "word<TAB>leaf" lines (clusters.ts), empty when trained without */
  clusters: string;
  /** the second stage reads only the core static features (absent in older files: all of them) */
  stage2Core?: boolean;
  /** free-form training notes: data, epochs, seed, dev F1 */
  notes: Record<string, unknown>;
}

/** Weight tables as stored: Int16 values, weight = value * scale (one scale per table). */
/** Words whose local sums are cached before the cache is emptied (at a document start). */
const LOCAL_CACHE_WORDS = 50_000;

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
   * The tagger runs on the Int16 tables directly (scores are compared within one table, so the
   * scale does not matter): half the memory of floats, so more of the table stays in cache.
   */
  readonly weights: QuantisedWeights;
  private t1: Uint8Array[] = [];
  private readonly pool: Featurizer[] = [];
  /**
   * Per-word cache of the word-local features' score sums (features.ts): word -> slot, slab[slot *
   * 2NT ..] holds the first stage's NT sums, then the second stage's. About a quarter of a token's
   * weight-table reads are replaced by one lookup. Emptied between documents when it grows large.
   */
  private readonly localSlot = new Map<string, number>();
  private slab = new Int32Array(0);
  private t2: Uint8Array[] = [];

  constructor(
    /** first-stage weights, then (optionally) second-stage weights: floats (training) or quantised (a file) */
    stages: Float32Array[] | QuantisedWeights,
    readonly bucketBits: number,
    readonly lexicon: Lexicon,
    readonly lexiconJson: LexiconJson,
    readonly notes: Record<string, unknown> = {},
    /** word clusters as "word<TAB>leaf" lines, baked into the file */
    readonly clustersTsv = '',
    /** the second stage reads only the core static features (see features.ts) */
    readonly stage2Core = false,
  ) {
    this.weights = Array.isArray(stages) ? quantise(stages) : stages;
    for (const w of this.weights.tables) if (w.length !== (1 << bucketBits) * NT) throw new NewsgraphError('E_PIPELINE', 'NER weight table does not match its bucket count');
    this.decoder = new Decoder(new Featurizer(lexicon, bucketBits));
    this.decoder.stage2Core = stage2Core;
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
    const { decoder, pool } = this;
    const stages = this.weights.tables;
    const hist = new DocHistory();
    const first = stages.length > 1 ? this.buffers(sentences, this.t1) : out;
    // each sentence keeps its prepared features for the second stage (one featurizer per slot)
    while (pool.length < sentences.length) pool.push(new Featurizer(this.lexicon, this.bucketBits));
    if (this.localSlot.size > LOCAL_CACHE_WORDS) this.localSlot.clear();
    for (let s = 0; s < sentences.length; s++) {
      decoder.fz = pool[s];
      decoder.fz.prepare(sentences[s]);
      if (cacheLocal) this.fillLocal(decoder.fz);
      decoder.decode(stages[0], hist, first[s], null, null, null, cacheLocal ? this.slab : null, 0);
    }
    if (stages.length < 2) return;
    const hist2 = new DocHistory();
    for (let s = 0; s < sentences.length; s++) {
      decoder.fz = pool[s];
      decoder.decode(stages[1], hist2, out[s], null, first[s], hist, cacheLocal ? this.slab : null, NT);
    }
  }

  /** Points each token of a prepared sentence at its word's cached local sums, computing new ones. */
  private fillLocal(fz: Featurizer): void {
    const { feats, fstart, flocal, localAt, tokens, n } = fz;
    const tables = this.weights.tables;
    for (let i = 0; i < n; i++) {
      let slot = this.localSlot.get(tokens[i]);
      if (slot === undefined) {
        slot = this.localSlot.size;
        this.localSlot.set(tokens[i], slot);
        const at = slot * 2 * NT;
        if (this.slab.length < at + 2 * NT) {
          const grown = new Int32Array(Math.max(1024 * 2 * NT, this.slab.length * 2));
          grown.set(this.slab);
          this.slab = grown;
        }
        const slab = this.slab;
        for (let t = 0; t < tables.length; t++) {
          const W = tables[t], base = at + t * NT;
          for (let c = 0; c < NT; c++) slab[base + c] = 0;
          for (let k = fstart[i]; k < flocal[i]; k++) for (let c = 0; c < NT; c++) slab[base + c] += W[feats[k] + c];
        }
      }
      localAt[i] = slot * 2 * NT;
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
    const { tables, scales } = this.weights;
    const parts = tables.map((q) => Buffer.from(q.buffer, q.byteOffset, q.byteLength));
    const header: ModelHeader = { format: FORMAT, bucketBits: this.bucketBits, tags: [...TAGS], scales, lexicon: this.lexiconJson, clusters: this.clustersTsv, stage2Core: this.stage2Core, notes: this.notes };
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
    if ((header.format as string) !== FORMAT && (header.format as string) !== 'newsgraph-ner/1' || header.tags.join() !== TAGS.join()) throw new NewsgraphError('E_PARSE', 'unsupported NER model format', path);
    const size = (1 << header.bucketBits) * NT;
    const raw = body.subarray(12 + hlen);
    if (raw.length !== size * 2 * header.scales.length) throw new NewsgraphError('E_PARSE', 'truncated NER model file', path);
    const tables = header.scales.map((_, k) => {
      const q = new Int16Array(size);
      Buffer.from(q.buffer).set(raw.subarray(k * size * 2, (k + 1) * size * 2));
      return q;
    });
    const clusters = header.clusters ? clustersFromTsv(header.clusters) : undefined;
    return new NerModel({ tables, scales: header.scales }, header.bucketBits, Lexicon.fromJson(header.lexicon, clusters), header.lexicon, header.notes, header.clusters, header.stage2Core ?? false);
  }
}
