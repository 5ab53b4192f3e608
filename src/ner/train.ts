/**
 * Trains the NER model: a greedy averaged perceptron (Collins 2002; the averaging trick of
 * Daumé 2006: average = W - U / c) over hashed features, documents shuffled each epoch by a seeded
 * PRNG, sentences kept in document order so the document history feature sees what the model
 * predicted earlier in the same document. After each epoch the averaged weights are scored on the
 * dev set; the best epoch is kept. Hand-written: there is no maintained JS perceptron NER trainer.
 */
import { NewsgraphError } from '../util/errors.js';
import type { ConllSentence } from './conll.js';
import { scoreNer, type NerScore } from './eval.js';
import { DocContext, Featurizer, iobToBilou, labelCount, TAG_INDEX, type Scheme } from './features.js';
import { clustersFromTsv } from './clusters.js';
import { Lexicon, lexiconToJson } from './lexicon.js';
import { NerModel } from './model.js';
import type { NerDocumentTagger } from './index.js';
import { prng } from './prng.js';
import { Decoder, DocHistory } from './tagger.js';

export interface TrainOptions {
  train: ConllSentence[][];
  dev: ConllSentence[][];
  /** word lists (lists.ts) baked into the model */
  lists: Map<string, number>;
  /** word clusters (clusters.ts) as "word<TAB>leaf" lines, baked into the model */
  clustersTsv?: string;
  epochs?: number;
  seed?: number;
  /** log2 of the number of hash buckets */
  bucketBits?: number;
  /** called after each epoch (the library never prints) */
  onEpoch?: (stage: string, epoch: number, dev: NerScore | null, seconds: number, best: boolean) => void;
  /** train the second stage (document-level aggregation), default true */
  twoStage?: boolean;
  /** the second stage reads only the core static features (faster tagging), default false */
  stage2Core?: boolean;
  /** internal label scheme (the output is IOB2 either way), default IOB2 */
  scheme?: Scheme;
  /** the model tags trivially-O tokens O without scoring them (features.ts); training scores them all */
  skipTrivial?: boolean;
  /** context aggregation features (features.ts, DocContext), default false */
  docContext?: boolean;
  /** folds for the second stage's jackknifed first-stage tags */
  folds?: number;
  /**
   * Passive-aggressive (PA-I, Crammer et al. 2006) updates with this clip C instead of perceptron
   * updates: step tau = min(C, loss / ||dPhi||^2), loss = 1 + s(pred) - s(gold); 0 = perceptron.
   * Default 0.1 (docs/ner-experiments.md: dev F1 +0.8 over perceptron updates, mean of three seeds).
   */
  paC?: number;
  /** PA: also update on margin violations when the prediction is right (against the best other label); default true (+0.3 more) */
  paMargin?: boolean;
  /**
   * Beam sizes of the two stages (default 1, 1: greedy). A stage with a beam of B > 1 is trained
   * with the beam search (structured PA updates on a sentence prefix, see beamMode) and tags with it.
   */
  beam?: [number, number];
  /** which prefix a beam-trained stage updates on: 'max' violation (Huang et al. 2012, default) or 'early' (Collins & Roark 2004) */
  beamMode?: 'early' | 'max';
  /** per stage: train it, when its beam is 1, with the same sentence-level updates (greedy search); default false, false (token-level updates) */
  structured?: [boolean, boolean];
  notes?: Record<string, unknown>;
}

export { prng };

/** Tags every document with a model; returns predicted tag strings per sentence, in order. */
export function tagCorpus(model: NerDocumentTagger, docs: readonly ConllSentence[][]): string[][] {
  const out: string[][] = [];
  for (const doc of docs) out.push(...model.tagDocument(doc.map((s) => s.tokens)));
  return out;
}

export function evaluate(model: NerDocumentTagger, docs: readonly ConllSentence[][]): NerScore {
  return scoreNer(
    docs.flatMap((d) => d.map((s) => s.tags)),
    tagCorpus(model, docs),
  );
}

interface StageData {
  docs: readonly ConllSentence[][];
  gold: Uint8Array[][];
  /** whether the features include the documents' context aggregation (features.ts, DocContext) */
  docContext: boolean;
  /** first-stage tags and document history per document, when training the second stage */
  stage1?: { tags: Uint8Array[]; hist: DocHistory }[];
}

/** First-stage tags (and the document history they leave) of some documents. */
function firstStage(decoder: Decoder, W: Float32Array, docs: readonly ConllSentence[][], docContext: boolean, beam = 1): { tags: Uint8Array[]; hist: DocHistory }[] {
  return docs.map((doc) => {
    const hist = new DocHistory();
    decoder.fz.docCtx = docContext ? new DocContext(doc.map((s) => s.tokens), decoder.fz.lexicon) : null;
    const tags = doc.map((s) => {
      const out = new Uint8Array(s.tokens.length);
      decoder.fz.prepare(s.tokens);
      if (beam > 1) decoder.decodeBeam(W, hist, out, beam);
      else decoder.decode(W, hist, out);
      return out;
    });
    return { tags, hist };
  });
}

/** Trains one weight table; with `score`, keeps the epoch whose averaged weights score best. */
function trainStage(
  decoder: Decoder,
  size: number,
  data: StageData,
  epochs: number,
  rand: () => number,
  score: ((A: Float32Array) => NerScore) | null,
  onEpoch?: (epoch: number, dev: NerScore | null, seconds: number, best: boolean) => void,
  paC = 0,
  paMargin = false,
  beam = 1,
  beamMode: 'early' | 'max' = 'max',
  structured = false,
): { W: Float32Array; best: NerScore | null; bestEpoch: number } {
  const fz = decoder.fz;
  const W = new Float32Array(size), U = new Float64Array(size), A = new Float32Array(size);
  let bestW: Float32Array | null = null, best: NerScore | null = null, bestEpoch = epochs;
  let out = new Uint8Array(256);
  let c = 1;
  let g: Uint8Array = out;
  const hook = (i: number, pred: number): number => {
    const y = g[i];
    let other = pred;
    let step = 1;
    if (paC > 0) {
      const sc = decoder.scores;
      if (pred === y && paMargin) {
        // the best other label (transition constraints ignored)
        let bs = -Infinity;
        for (let t = 0; t < decoder.nt; t++) if (t !== y && sc[t] > bs) {
          bs = sc[t];
          other = t;
        }
      }
      if (other !== y) {
        const loss = 1 + sc[other] - sc[y];
        const nf = decoder.staticEnd - fz.fstart[i] + decoder.ndyn;
        step = loss > 0 ? Math.min(paC, loss / (2 * nf)) : 0;
      }
    }
    if (other !== y && step > 0) {
      const { feats, fstart } = fz;
      const nt = decoder.nt;
      const cs = c * step;
      for (let k = fstart[i], e = decoder.staticEnd; k < e; k++) {
        const b = feats[k] * nt;
        W[b + y] += step;
        W[b + other] -= step;
        U[b + y] += cs;
        U[b + other] -= cs;
      }
      for (let k = 0; k < decoder.ndyn; k++) {
        const b = decoder.dyn[k] * nt;
        W[b + y] += step;
        W[b + other] -= step;
        U[b + y] += cs;
        U[b + other] -= cs;
      }
    }
    c++;
    return pred;
  };
  // beam training: a structured PA update on the violating prefix (gold path against the beam's hypothesis)
  let pred = new Uint8Array(256);
  const delta = new Map<number, number>();
  const addDelta = (bucket: number, label: number, sign: number) => {
    const key = bucket * decoder.nt + label;
    const v = (delta.get(key) ?? 0) + sign;
    delta.set(key, v);
  };
  const beamSentence = (g: Uint8Array, hist: DocHistory, s1tags: Uint8Array | null, s1hist: DocHistory | null) => {
    decoder.decodeBeam(W, hist, out, beam, s1tags, s1hist, null, 0, null, 0, g, beamMode, false);
    const v = decoder.viol;
    if (v.step >= 0) {
      if (pred.length < out.length) pred = new Uint8Array(out.length);
      decoder.pathTags(v.step, v.k, pred);
      delta.clear();
      decoder.pathFeatures(g, v.step, hist, s1tags, s1hist, 1, pred, addDelta);
      decoder.pathFeatures(pred, v.step, hist, s1tags, s1hist, -1, g, addDelta);
      let norm = 0;
      for (const x of delta.values()) norm += x * x;
      const step = norm > 0 ? Math.min(paC > 0 ? paC : 1, v.loss / norm) : 0;
      if (step > 0) {
        const cs = c * step;
        for (const [key, x] of delta) {
          if (x === 0) continue;
          W[key] += step * x;
          U[key] += cs * x;
        }
      }
    }
    decoder.record(hist, out);
    c += decoder.fz.n;
  };
  const order = data.docs.map((_, i) => i);
  const ctxs: DocContext[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const d of order) {
      const hist = new DocHistory();
      const doc = data.docs[d];
      fz.docCtx = data.docContext ? (ctxs[d] ??= new DocContext(doc.map((s) => s.tokens), fz.lexicon)) : null;
      const s1 = data.stage1?.[d];
      for (let s = 0; s < doc.length; s++) {
        const tokens = doc[s].tokens;
        if (out.length < tokens.length) out = new Uint8Array(tokens.length * 2);
        g = data.gold[d][s];
        fz.prepare(tokens);
        if (beam > 1 || structured) beamSentence(g, hist, s1 ? s1.tags[s] : null, s1 ? s1.hist : null);
        else decoder.decode(W, hist, out, hook, s1 ? s1.tags[s] : null, s1 ? s1.hist : null);
      }
    }
    if (!score && epoch < epochs) {
      onEpoch?.(epoch, null, (performance.now() - t0) / 1000, false);
      continue;
    }
    for (let i = 0; i < size; i++) A[i] = W[i] - U[i] / c;
    const sc = score ? score(A) : null;
    const isBest = !sc || !best || sc.overall.f1 > best.overall.f1;
    if (isBest) {
      best = sc;
      bestEpoch = epoch;
      bestW = bestW ?? new Float32Array(size);
      bestW.set(A);
    }
    onEpoch?.(epoch, sc, (performance.now() - t0) / 1000, isBest);
  }
  return { W: bestW!, best, bestEpoch };
}

/**
 * Two-stage training. The second stage learns from first-stage tags of the training documents
 * that look like test-time ones: each fold's tags come from a first stage trained on the other
 * folds (jackknife). The shipped first stage is trained on all documents.
 */
export function trainNer(opts: TrainOptions): { model: NerModel; best: NerScore; bestEpoch: number } {
  const epochs = opts.epochs ?? 15, seed = opts.seed ?? 1, bits = opts.bucketBits ?? 20;
  const folds = opts.folds ?? 4;
  const paC = opts.paC ?? 0.1, paMargin = opts.paMargin ?? true;
  const beam = opts.beam ?? [1, 1], beamMode = opts.beamMode ?? 'max';
  const beamed = beam[0] > 1 || beam[1] > 1;
  const structured = opts.structured ?? [false, false];
  if (!opts.train.length) throw new NewsgraphError('E_USAGE', 'no training sentences');
  const lexJson = lexiconToJson(opts.lists);
  const ctsv = opts.clustersTsv ?? '';
  const lexicon = Lexicon.fromJson(lexJson, ctsv ? clustersFromTsv(ctsv) : undefined);
  const scheme = opts.scheme ?? 'iob2', skipTrivial = opts.skipTrivial ?? false;
  const nt = labelCount(scheme);
  const size = (1 << bits) * nt;
  const core = opts.stage2Core ?? false;
  const docContext = opts.docContext ?? false;
  const mopts = { stage2Core: core, scheme, skipTrivial, docContext, ...(beamed ? { beam } : {}) };
  // training scores every token (skipTrivial only changes tagging: trained under the same regime,
  // the model lost about 0.4 dev F1, while skipping at tagging time changes almost no tag)
  const decoder = new Decoder(new Featurizer(lexicon, bits, nt, false));
  decoder.stage2Core = core;
  const dev = opts.dev.length ? opts.dev : opts.train;
  const rand = prng(seed);
  const iob = (s: ConllSentence) => Uint8Array.from(s.tags, (t) => TAG_INDEX.get(t) ?? 0);
  const gold = opts.train.map((d) => d.map((s) => (scheme === 'bilou' ? iobToBilou(iob(s)) : iob(s))));
  const log = (stage: string) => (e: number, sc: NerScore | null, sec: number, best: boolean) => opts.onEpoch?.(stage, e, sc, sec, best);

  const s1 = trainStage(decoder, size, { docs: opts.train, gold, docContext }, epochs, rand, (A) => evaluate(new NerModel([A], bits, lexicon, lexJson, {}, ctsv, mopts), dev), log('stage 1'), paC, paMargin, beam[0], beamMode, structured[0]);
  if (opts.twoStage === false || opts.train.length < folds * 2) {
    const notes = { ...opts.notes, epochs, seed, bucketBits: bits, scheme, skipTrivial, docContext, bestEpoch: s1.bestEpoch, devF1: Number((100 * s1.best!.overall.f1).toFixed(2)) };
    return { model: new NerModel([s1.W], bits, lexicon, lexJson, notes, ctsv, mopts), best: s1.best!, bestEpoch: s1.bestEpoch };
  }
  const stage1: { tags: Uint8Array[]; hist: DocHistory }[] = new Array(opts.train.length);
  const foldEpochs = Math.max(1, Math.min(s1.bestEpoch, epochs));
  for (let f = 0; f < folds; f++) {
    const inFold = (d: number) => d % folds === f;
    const idx = opts.train.map((_, d) => d);
    const rest = idx.filter((d) => !inFold(d));
    const held = idx.filter(inFold);
    const part = trainStage(decoder, size, { docs: rest.map((d) => opts.train[d]), gold: rest.map((d) => gold[d]), docContext }, foldEpochs, rand, null, log(`fold ${f + 1}/${folds}`), paC, paMargin, beam[0], beamMode, structured[0]);
    const tagged = firstStage(decoder, part.W, held.map((d) => opts.train[d]), docContext, beam[0]);
    held.forEach((d, k) => (stage1[d] = tagged[k]));
  }
  const s2 = trainStage(decoder, size, { docs: opts.train, gold, stage1, docContext }, epochs, rand, (A) => evaluate(new NerModel([s1.W, A], bits, lexicon, lexJson, {}, ctsv, mopts), dev), log('stage 2'), paC, paMargin, beam[1], beamMode, structured[1]);
  const notes = {
    ...opts.notes,
    epochs,
    seed,
    folds,
    bucketBits: bits,
    scheme,
    skipTrivial,
    docContext,
    ...(paC > 0 ? { paC, paMargin } : {}),
    ...(beamed || structured[0] || structured[1] ? { beam, beamMode } : {}),
    ...(structured[0] || structured[1] ? { structured } : {}),
    bestEpochs: [s1.bestEpoch, s2.bestEpoch],
    devF1: Number((100 * s2.best!.overall.f1).toFixed(2)),
  };
  return { model: new NerModel([s1.W, s2.W], bits, lexicon, lexJson, notes, ctsv, mopts), best: s2.best!, bestEpoch: s2.bestEpoch };
}
