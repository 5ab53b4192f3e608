// API latency benchmark, called by `npm run bench` (src/bench/bench.ts, phase "api"): loads the
// PolNeAR train+dev articles into a temporary SQLite store, serves it on loopback and drives entity
// pages and graph queries with autocannon for a bounded time, reporting p50/p95/p99 per group
// (target: p95 < 50 ms). Latencies are collected per response, since autocannon reports no p95.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../analyse.js';
import type { Doc } from '../model/types.js';
import { createContext } from '../pipeline/context.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { startServer } from './listen.js';

export interface BenchOptions {
  log?: (line: string) => void;
  /** folders of .txt articles (default: ../shared/data/polnear/{train,dev}/text) */
  dirs?: string[];
  /** seconds per request group (default 5) */
  seconds?: number;
  /** concurrent connections (default 1: pure latency, no queueing) */
  connections?: number;
}

export interface LatencyFigures {
  name: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** mean CPU per request of this process (server and load generator), in ms: unlike the latencies,
   * it does not grow when other programs share the machine */
  cpuPerRequest: number;
}

type Autocannon = (opts: object) => { on(ev: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void } & PromiseLike<{ errors: number; non2xx: number }>;

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function drive(url: string, name: string, paths: string[], seconds: number, connections: number): Promise<LatencyFigures> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const run = autocannon({ url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
  run.on('response', (_c, _s, _b, ms) => times.push(ms));
  const r = await run;
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const cpuPerRequest = times.length ? (cpu.user + cpu.system) / 1000 / times.length : NaN;
  return { name, requests: times.length, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), errors: r.errors + r.non2xx, cpuPerRequest };
}

export async function benchApi(opts: BenchOptions = {}): Promise<LatencyFigures[]> {
  const log = opts.log ?? (() => {});
  const root = fileURLToPath(new URL('../../../shared/data/polnear/', import.meta.url));
  const dirs = opts.dirs ?? [join(root, 'train/text'), join(root, 'dev/text')];
  if (!dirs.every(existsSync)) {
    log('api: skipped: the PolNeAR corpus (../shared/data/polnear) is not present');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    const pipeline = defaultPipeline(), ctx = createContext();
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
    const t0 = performance.now();
    let batch: Doc[] = [];
    const flush = async () => {
      if (store.ingestMany) await store.ingestMany(batch);
      else for (const d of batch) await store.ingest(d);
      batch = [];
    };
    for (const f of files) {
      batch.push(analyseArticle({ source: f, text: readFileSync(f, 'utf8'), title: null, published: null, url: null }, pipeline, ctx));
      if (batch.length >= 100) await flush();
    }
    await flush();
    const st = await store.stats();
    log(`api: loaded ${files.length} articles (${st.entities} entities, ${st.events} events, ${st.quotes} quotes) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    return await benchServe(store, opts);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drives the API over an already loaded store (also usable on a saved database, to compare changes). */
export async function benchServe(store: Store, opts: BenchOptions = {}): Promise<LatencyFigures[]> {
  const log = opts.log ?? (() => {});
  // the 25 most mentioned entities (the heaviest pages) and 25 from further down the list
  const top = (await store.listEntities({ limit: 25 })).items.map((e) => e.id);
  const mid = (await store.listEntities({ limit: 25, offset: 200 })).items.map((e) => e.id);
  const ids = [...top, ...mid];
  const server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: null });
  try {
    const seconds = opts.seconds ?? 5, conns = opts.connections ?? 1;
    const enc = encodeURIComponent;
    const groups: [string, string[]][] = [
      ['entity page', ids.map((id) => `/api/entities/${enc(id)}`)],
      ['graph around an entity', ids.map((id) => `/api/graph?entity=${enc(id)}`)],
      ['graph, whole store', ['/api/graph', '/api/graph?limit=100']],
      ['entity timeline', ids.map((id) => `/api/timeline?entity=${enc(id)}`)],
    ];
    const out: LatencyFigures[] = [];
    for (const [name, paths] of groups) {
      const r = await drive(server.url, name, paths, seconds, conns);
      out.push(r);
      log(`api: ${name.padEnd(24)} ${String(r.requests).padStart(6)} requests in ${seconds} s, ${conns} connection(s): p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, CPU ${r.cpuPerRequest.toFixed(1)} ms/request${r.errors ? `, ${r.errors} errors` : ''}${r.p95 < 50 ? '' : '  (above the 50 ms target)'}`);
    }
    return out;
  } finally {
    await server.close();
  }
}
