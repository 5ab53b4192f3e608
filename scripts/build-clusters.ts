/**
 * Builds models/ner-clusters.tsv, the word clusters the NER model bakes in (see src/ner/clusters.ts),
 * from unlabelled text: the PolNeAR train and dev articles and the token column of CoNLL-2003
 * train.txt (labels unused). Only derived statistics ship (word -> cluster number), never the text.
 * Deterministic. Usage: npx tsx scripts/build-clusters.ts   (needs ../shared/data)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClusters, clustersToTsv, roughTokens } from '../src/ner/clusters.js';
import { parseConll } from '../src/ner/conll.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = root + '../shared/data/';
const t0 = performance.now();
const sentences: string[][] = [];
for (const split of ['train', 'dev']) {
  const dir = data + `polnear/${split}/text/`;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) sentences.push(...roughTokens(readFileSync(dir + f, 'utf8')));
}
const conll = data + 'conll2003/train.txt';
for (const doc of parseConll(readFileSync(conll, 'utf8'), conll, false).docs) for (const s of doc) sentences.push(s.tokens);
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const clusters = buildClusters(sentences, { seed: 1 });
const out = root + 'models/ner-clusters.tsv';
writeFileSync(out, clustersToTsv(clusters));
console.log(`${tokens} tokens, ${clusters.size} words clustered; wrote ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
