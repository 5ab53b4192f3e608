// `newsgraph export`: the whole store as JSONL (extract contract per document), CSV (three tables in
// a folder) or GraphML (entity graph for Gephi). Output goes to --out or, for jsonl and graphml, stdout.
import type { Command } from 'commander';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv } from '../../store/export/csv.js';
import { exportGraphml } from '../../store/export/graphml.js';
import { exportJsonl } from '../../store/export/jsonl.js';
import type { Write } from '../../store/export/write.js';
import { NewsgraphError } from '../../util/errors.js';
import { dbOption, dbPath, openStoreForRead } from './open.js';

/** A buffered file writer (or stdout, honouring back-pressure). */
function sink(path: string | null): { write: Write; close: () => void } {
  if (!path) {
    return {
      write: (s) =>
        process.stdout.write(s) ? undefined : new Promise<void>((ok) => process.stdout.once('drain', () => ok())),
      close: () => {},
    };
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new NewsgraphError('E_USAGE', `cannot write (${(e as Error).message})`, path);
  }
  let buf: string[] = [];
  let size = 0;
  const flush = () => {
    if (buf.length) writeSync(fd, buf.join(''));
    buf = [];
    size = 0;
  };
  return {
    write: (s) => {
      buf.push(s);
      size += s.length;
      if (size > 1 << 16) flush();
    },
    close: () => {
      flush();
      closeSync(fd);
    },
  };
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole store as jsonl, csv or graphml')
    .requiredOption('--format <format>', 'jsonl | csv | graphml')
    .option('--out <path>', 'output file (jsonl, graphml; default stdout) or folder (csv; required)')
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
Formats:
  jsonl    one newsgraph.extract/1 object per document (docs/extract-json.md); each entity also has
           its store-wide id as "storeId"
  csv      a folder (--out DIR, created if missing) with three tables joined by entity id:
             entities.csv  id, name, type, kb, mentions, documents
             quotes.csv    document, title, published, speaker_id, speaker, speaker_text, cue, direct, ..., text
             events.csv    document, title, date, type, cameo, cameo_name, quad_class, goldstein,
                           source_id, source, target_id, target, location_id, location, ..., evidence
  graphml  entities as nodes (label, type, kb, mentions, documents); edges between entities that
           acted on each other (directed; events per quad class, Goldstein sum) or share documents
           (comentions). Opens in Gephi, yEd, networkx.

Examples:
  newsgraph export --format jsonl > all.jsonl
  newsgraph export --format csv --out tables/
  newsgraph export --format graphml --out graph.graphml`,
    )
    .action(async (opts) => {
      const format = String(opts.format).toLowerCase();
      if (!['jsonl', 'csv', 'graphml'].includes(format)) throw new NewsgraphError('E_USAGE', `--format must be jsonl, csv or graphml, got "${opts.format}"`);
      if (format === 'csv' && !opts.out) throw new NewsgraphError('E_USAGE', 'csv writes three files; give a folder with --out DIR');
      const store = openStoreForRead(dbPath(opts));
      try {
        if (format === 'csv') {
          mkdirSync(opts.out, { recursive: true });
          const open: { close: () => void }[] = [];
          const counts = await exportCsv(store, (file) => {
            const s = sink(join(opts.out, file));
            open.push(s);
            return s.write;
          });
          for (const s of open) s.close();
          process.stderr.write(`wrote ${Object.entries(counts).map(([f, n]) => `${f} (${n} rows)`).join(', ')} to ${opts.out}\n`);
          return;
        }
        const s = sink(opts.out ?? null);
        try {
          if (format === 'jsonl') {
            const n = await exportJsonl(store, s.write);
            if (opts.out) process.stderr.write(`wrote ${n} documents to ${opts.out}\n`);
          } else {
            const r = await exportGraphml(store, s.write);
            if (opts.out) process.stderr.write(`wrote ${r.nodes} nodes and ${r.edges} edges to ${opts.out}\n`);
          }
        } finally {
          s.close();
        }
      } finally {
        await store.close();
      }
    });
}
