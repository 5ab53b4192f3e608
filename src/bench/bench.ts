// `npm run bench`: throughput and memory of the pipeline, the store, the NER tagger and the API.
// Each phase runs in its own child process so that its peak memory (maxRSS) is its own.
// Needs the development corpora in ../shared (PolNeAR); says so and exits when they are absent.
// (first: the JIT settings the CLI runs with, see v8-tuning.ts)
import '../util/v8-tuning.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../analyse.js';
import { createContext } from '../pipeline/context.js';
import { defaultPipeline } from '../pipeline/default.js';
import { countWords } from '../store/entity-key.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '../shared/data');
const trainDir = join(shared, 'polnear/train/text');

function loadCorpus(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ source: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), title: null, published: null, url: null }));
}

/** user + system CPU seconds since `from`: on a shared machine this is the one-core figure */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');

const mb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

/**
 * The machine's speed now: wink-nlp (tokens, sentences, POS, as the text stage reads them) and
 * chrono-node (a parse of each whole article) alone over the same articles. The same code runs
 * at very different speeds on this shared machine from one hour to the next, so the pipeline's
 * figures below are best read against these two.
 */
async function phaseReference() {
  const { wink } = await import('../stages/text/wink.js');
  const chrono = await import('chrono-node');
  const corpus = loadCorpus(trainDir);
  const words = corpus.reduce((n, a) => n + countWords(a.text), 0);
  const nlp = wink();
  const its = nlp.its;
  const readAll = () => {
    for (const a of corpus) {
      const d = nlp.readDoc(a.text);
      d.tokens().out();
      d.tokens().out(its.pos);
      d.sentences().out(its.span);
    }
  };
  const timed = (f: () => void) => {
    const cpu0 = process.cpuUsage();
    f();
    return cpuSeconds(cpu0);
  };
  readAll(); // warm-up
  const w = timed(readAll);
  const c = timed(() => {
    for (const a of corpus) chrono.parse(a.text);
  });
  console.log(`reference (this machine now, CPU): wink-nlp tokens+sentences+POS alone ${rate(words, w)} words/s, chrono-node alone ${rate(words, c)} words/s`);
}

/** Extract-only: every stage, no storage. Prints words/s and the share of each stage. */
async function phaseExtract() {
  const corpus = loadCorpus(trainDir);
  const words = corpus.reduce((n, a) => n + countWords(a.text), 0);
  const pipeline = defaultPipeline();
  const ctx = createContext();
  // warm-up: load resources (KB, model, lexicons) outside the timed run
  analyseArticle(corpus[0], pipeline, ctx);
  pipeline.profile = true;
  pipeline.timings.clear();
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  for (const a of corpus) analyseArticle(a, pipeline, ctx);
  const s = (performance.now() - t) / 1000;
  const cpu = cpuSeconds(cpu0);
  const total = [...pipeline.timings.values()].reduce((a, b) => a + b, 0);
  const shares = [...pipeline.timings].map(([k, v]) => `${k} ${((100 * v) / total).toFixed(1)}%`).join(', ');
  console.log(`extract-only: ${corpus.length} articles, ${words} words in ${s.toFixed(2)} s = ${rate(words, s)} words/s (CPU ${cpu.toFixed(2)} s = ${rate(words, cpu)} words/s); peak memory ${mb()} MB`);
  console.log(`  stage shares: ${shares}`);
  const q = pipeline.timings.get('quotes') ?? 0;
  console.log(`  quote stage adds ${((100 * q) / (total - q)).toFixed(1)}% to the rest of extract`);
}

/** Extract + store into a fresh SQLite database, through the same code path as `newsgraph ingest`. */
async function phaseStore() {
  const { openSqliteStore } = await import('../store/sqlite/sqlite-store.js');
  const { ingestInputs } = await import('../cli/commands/ingest.js');
  const corpus = loadCorpus(trainDir);
  const words = corpus.reduce((n, a) => n + countWords(a.text), 0);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  // warm-up outside the timed run, as in the extract phase: wink-nlp, the NER model and the KB are
  // loaded once per process (a user's ingest pays that once, about half a second, before its first
  // document); the event lexicons load again inside the run, with the ingest command's own context
  analyseArticle(corpus[0], defaultPipeline(), createContext());
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const sum = await ingestInputs(store, [trainDir], { progress: false });
  const s = (performance.now() - t) / 1000;
  const cpu = cpuSeconds(cpu0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`extract+store: ${sum.added} new + ${sum.existing} duplicate articles, ${words} words in ${s.toFixed(2)} s = ${rate(words, s)} words/s (CPU ${cpu.toFixed(2)} s = ${rate(words, cpu)} words/s); peak memory ${mb()} MB`);
}

async function phaseNer() {
  const { benchNer } = await import('../ner/bench.js');
  const valid = join(shared, 'conll2003/valid.txt');
  if (!existsSync(valid)) return console.log('ner: skipped: ../shared/data/conll2003 is not present');
  const r = benchNer(valid);
  console.log(
    `ner tagging (CoNLL-2003 valid): ${r.tokens} tokens in ${r.seconds.toFixed(2)} s = ${rate(r.tokens, r.seconds)} tokens/s ` +
      `(CPU ${r.cpuSeconds.toFixed(2)} s = ${rate(r.tokens, r.cpuSeconds)} tokens/s); peak memory ${mb()} MB`,
  );
}

async function phaseApi() {
  const { benchApi } = await import('../server/bench.js');
  await benchApi({ log: (line: string) => console.log(line) });
}

const phases: Record<string, () => Promise<void>> = {
  reference: phaseReference,
  extract: phaseExtract, store: phaseStore, ner: phaseNer, api: phaseApi };

const phase = process.argv[2];
if (phase) {
  await phases[phase]();
} else {
  if (!existsSync(trainDir)) {
    console.log('bench: skipped: ../shared/data/polnear (the benchmark corpus) is not present in this checkout');
    process.exit(0);
  }
  console.log(`newsgraph bench — node ${process.version}, one core per phase\n`);
  for (const name of Object.keys(phases)) {
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: 'inherit' });
  }
}
