// `npm run bench`: throughput and memory of the pipeline, the store, the NER tagger and the API.
// Each phase runs in its own child process so that its peak memory (maxRSS) is its own.
// Needs the development corpora in ../shared (PolNeAR); says so and exits when they are absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../analyse.js';
import { createContext } from '../pipeline/context.js';
import { defaultPipeline } from '../pipeline/default.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = join(root, '../shared/data');
const trainDir = join(shared, 'polnear/train/text');

const countWords = (s: string): number => {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

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

/** Extract + store into a fresh SQLite database. */
async function phaseStore() {
  const { openSqliteStore } = await import('../store/sqlite/index.js' as string);
  const corpus = loadCorpus(trainDir);
  const words = corpus.reduce((n, a) => n + countWords(a.text), 0);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = await openSqliteStore(join(dir, 'bench.db'));
  const pipeline = defaultPipeline();
  const ctx = createContext();
  analyseArticle(corpus[0], pipeline, ctx);
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  for (const a of corpus) await store.ingest(analyseArticle(a, pipeline, ctx));
  const s = (performance.now() - t) / 1000;
  const cpu = cpuSeconds(cpu0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`extract+store: ${corpus.length} articles, ${words} words in ${s.toFixed(2)} s = ${rate(words, s)} words/s (CPU ${cpu.toFixed(2)} s = ${rate(words, cpu)} words/s); peak memory ${mb()} MB`);
}

async function phaseNer() {
  const ner = await import('../ner/index.js');
  const bench = (ner as any).benchTagging as undefined | ((path: string) => { tokens: number; seconds: number });
  const valid = join(shared, 'conll2003/valid.txt');
  if (!bench || !existsSync(valid)) return console.log('ner: no benchmark available');
  const r = bench(valid);
  console.log(`ner tagging: ${r.tokens} tokens in ${r.seconds.toFixed(2)} s = ${Math.round(r.tokens / r.seconds).toLocaleString('en')} tokens/s; peak memory ${mb()} MB`);
}

async function phaseApi() {
  const mod = await import('../server/bench.js' as string).catch(() => null);
  if (!mod?.benchApi) return console.log('api: no benchmark available');
  await mod.benchApi({ log: console.log });
}

const phases: Record<string, () => Promise<void>> = { extract: phaseExtract, store: phaseStore, ner: phaseNer, api: phaseApi };

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
