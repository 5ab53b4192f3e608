/**
 * Timing helper for `npm run bench`: tags every sentence of a CoNLL file (e.g. CoNLL-2003
 * valid.txt) with the shipped model, document by document, and reports tokens per second (wall
 * and CPU: the machine may be shared).
 */
import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../util/errors.js';
import { parseConll } from './conll.js';
import { loadDefaultNer, loadNer } from './index.js';
import type { NerModel } from './model.js';

export interface NerBench {
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
  /** process CPU seconds of the best round, and tokens per CPU second (other processes share the machine) */
  cpuSeconds: number;
  tokensPerCpuSecond: number;
}

/** Tags all tokens of `conllPath` `rounds` times (after one warm-up round); returns the best round. */
export function benchNer(conllPath: string, rounds = 3, modelPath?: string): NerBench {
  const model = (modelPath ? loadNer(modelPath) : loadDefaultNer()) as NerModel | null;
  if (!model) throw new NewsgraphError('E_NOT_FOUND', 'no NER model: run scripts/train-ner.ts');
  const docs = parseConll(readFileSync(conllPath, 'utf8'), conllPath, false).docs.map((d) => d.map((s) => s.tokens));
  const outs = docs.map((d) => d.map((s) => new Uint8Array(s.length)));
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  let best = Infinity, bestCpu = Infinity;
  for (let r = 0; r <= rounds; r++) {
    const t0 = performance.now(), c0 = process.cpuUsage();
    for (let d = 0; d < docs.length; d++) model.tagDocumentIndexes(docs[d], outs[d]);
    const dt = (performance.now() - t0) / 1000, cpu = process.cpuUsage(c0).user / 1e6;
    if (r > 0) best = Math.min(best, dt);
    if (r > 0) bestCpu = Math.min(bestCpu, cpu);
  }
  return { tokens, seconds: best, tokensPerSecond: Math.round(tokens / best), cpuSeconds: bestCpu, tokensPerCpuSecond: Math.round(tokens / bestCpu) };
}
