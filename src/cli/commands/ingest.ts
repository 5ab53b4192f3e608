// `newsgraph ingest`: read inputs, analyse each article, store them in batches (one transaction per
// batch, one savepoint per document). A bad input is reported by name and skipped; what was stored
// before it stays. Documents already in the store are recognised by their text's hash before any
// analysis, so a second run over the same folder is quick and stores nothing twice.
import type { Command } from 'commander';
import { analyseArticle } from '../../analyse.js';
import { listInputs, readInput } from '../../input/read.js';
import { documentId, normaliseText } from '../../model/document.js';
import type { Doc } from '../../model/types.js';
import { createContext } from '../../pipeline/context.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { countWords } from '../../store/entity-key.js';
import type { BatchResult, Store } from '../../store/store.js';
import { NewsgraphError } from '../../util/errors.js';
import { parseDay, reportError } from '../util.js';
import { Progress } from './progress.js';
import { openStoreForWrite, dbOption, dbPath } from './open.js';

export interface IngestOptions {
  published?: string | null;
  maxBytes?: number;
  /** draw the progress bar (when stderr is a terminal) */
  progress?: boolean;
}

export interface IngestSummary {
  added: number;
  existing: number;
  failed: number;
  words: number;
  seconds: number;
}

const BATCH_DOCS = 200;
const BATCH_WORDS = 100_000;

export async function ingestInputs(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const ctx = createContext(opts.published ?? null);
  const pipeline = defaultPipeline();
  const { files, errors } = listInputs(inputs);
  const progress = new Progress(opts.progress === false ? 0 : files.length, started);
  const sum: IngestSummary = { added: 0, existing: 0, failed: 0, words: 0, seconds: 0 };
  const fail = (e: unknown, source?: string) => {
    progress.clear();
    reportError(e, source);
    sum.failed++;
  };
  for (const e of errors) fail(e);

  let batch: Doc[] = [];
  let batchWords = 0;
  const seen = new Set<string>();
  const flush = async () => {
    if (!batch.length) return;
    const docs = batch;
    batch = [];
    batchWords = 0;
    let results: BatchResult[];
    try {
      results = store.ingestMany ? await store.ingestMany(docs) : await Promise.all(docs.map((d) => store.ingest(d)));
    } catch (e) {
      for (const d of docs) fail(e, d.source);
      return;
    }
    results.forEach((r, i) => {
      if (r.status === 'new') {
        sum.added++;
        sum.words += countWords(docs[i].text);
      } else if (r.status === 'existing') sum.existing++;
      else if ('error' in r) fail(r.error, docs[i].source);
    });
  };

  let done = 0;
  for (const file of files) {
    for await (const r of readInput(file, { maxBytes: opts.maxBytes })) {
      if (!r.ok) {
        fail(r.error);
        continue;
      }
      try {
        // recognise stored (or already queued) documents before paying for their analysis
        const id = documentId(normaliseText(r.article.text));
        if (seen.has(id) || (await store.hasDocument(id))) {
          sum.existing++;
          continue;
        }
        const doc = analyseArticle(r.article, pipeline, ctx);
        seen.add(doc.id);
        batch.push(doc);
        batchWords += doc.tokens.count;
        if (batch.length >= BATCH_DOCS || batchWords >= BATCH_WORDS) await flush();
      } catch (e) {
        fail(e, r.article.source);
      }
    }
    done++;
    progress.update(done, sum.words + batchWords);
  }
  await flush();
  progress.update(done, sum.words, true);
  progress.clear();
  sum.seconds = (performance.now() - started) / 1000;
  return sum;
}

export function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? Math.round(s.words / s.seconds) : 0;
  const n = (x: number) => x.toLocaleString('en-US');
  return `${n(s.added)} new, ${n(s.existing)} already stored, ${n(s.failed)} failed; ${n(s.words)} words in ${s.seconds.toFixed(1)} s (${n(rate)} words/s)`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them (with every entity, quote, event, date and quantity) in the database')
    .argument('<inputs...>', 'files (.txt, .html, .jsonl) or folders, or - for standard input')
    .addOption(dbOption())
    .option('--published <YYYY-MM-DD>', 'publication date for articles that do not carry one')
    .option('--max-bytes <n>', 'largest accepted document in bytes (default 10 MB)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new NewsgraphError('E_USAGE', `--max-bytes expects a positive whole number of bytes, got "${v}"`);
      return n;
    })
    .addHelpText(
      'after',
      `
A document is identified by the hash of its text: ingesting the same article again stores nothing.
Bad inputs (empty, binary, not UTF-8, unparsable, too large) are reported by name and skipped; the
exit status is then 1, and everything else is stored.

Examples:
  newsgraph ingest articles/
  newsgraph ingest feed.jsonl --db news.db
  cat article.txt | newsgraph ingest - --published 2023-05-08`,
    )
    .action(async (inputs: string[], opts) => {
      const published = opts.published ? parseDay(opts.published, '--published') : null;
      const store = openStoreForWrite(dbPath(opts));
      try {
        const s = await ingestInputs(store, inputs, { published, maxBytes: opts.maxBytes });
        process.stdout.write(summaryLine(s) + '\n');
        if (s.failed) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
