// `newsgraph demo` (what `npm start` runs): ingest the bundled examples/ folder into the database
// (idempotent), then print a readable summary. `summaryText` is exported for other front ends.
import type { Command } from 'commander';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../store/store.js';
import { NewsgraphError } from '../../util/errors.js';
import { num, truncate, outputWidth } from './format.js';
import { ingestInputs, summaryLine } from './ingest.js';
import { dbOption, dbPath, openStoreForWrite } from './open.js';
import { parsePort, serveStore } from './serve.js';

/** The bundled example articles (src/cli/commands -> repo root, and the same from dist/). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** A readable overview of a store: entities by type, quotes with speakers, events. */
export async function summaryText(store: Store, opts: { perType?: number; quotes?: number; events?: number } = {}): Promise<string> {
  const w = outputWidth();
  const st = await store.stats();
  const lines: string[] = [];
  lines.push(`${num(st.documents)} documents, ${num(st.words)} words: ${num(st.entities)} entities, ${num(st.mentions)} mentions, ${num(st.quotes)} quotes, ${num(st.events)} events`);
  lines.push('', 'Entities by type (mentions)');
  for (const type of Object.keys(st.byType)) {
    const r = await store.listEntities({ type: type as any, limit: opts.perType ?? 8 });
    const names = r.items.map((e) => `${e.name} (${e.mentions})`).join(', ');
    lines.push(truncate(`  ${type.padEnd(7)} ${num(r.total).padStart(4)}  ${names}${r.total > r.items.length ? ', …' : ''}`, w));
  }
  if (!Object.keys(st.byType).length) lines.push('  (none yet)');
  const quotes = await store.listQuotes({ limit: opts.quotes ?? 10 });
  lines.push('', `Quotes (${num(quotes.total)})`);
  for (const q of quotes.items) lines.push(truncate(`  ${q.speaker?.name ?? q.speakerText ?? 'unknown speaker'}: ${q.text.replace(/\s+/g, ' ')}`, w));
  if (!quotes.items.length) lines.push('  (none yet)');
  const events = await store.listEvents({ limit: opts.events ?? 15 });
  lines.push('', `Events (${num(events.total)})`);
  // events the text reports without naming who did it or to whom ("the coups of August 2020") stay in
  // the store (newsgraph events) but say little in a summary
  for (const v of events.items.filter((e) => e.source || e.target)) {
    const date = v.date ?? v.published ?? '';
    const when = `${v.location ? ` in ${v.location.name}` : ''}${date ? ` (${date})` : ''}`;
    lines.push(truncate(`  ${v.source?.name ?? '?'} —[${v.type}: ${v.cameoName || 'CAMEO'} ${v.cameo}]→ ${v.target?.name ?? '?'}${when}`, w));
  }
  if (!events.items.length) lines.push('  (none yet)');
  return lines.join('\n') + '\n';
}

/** Prints the summary to stdout. */
export async function printSummary(store: Store): Promise<void> {
  process.stdout.write(await summaryText(store));
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('store the bundled example articles, print what newsgraph found in them, and with --serve open the web app')
    .addOption(dbOption())
    .option('--serve', 'then serve the web app and JSON API over the database (what `npm start` does)')
    .option('--port <n>', 'TCP port for --serve', parsePort, 8080)
    .option('--host <address>', 'address for --serve; the default keeps it to this machine', '127.0.0.1')
    .action(async (opts) => {
      if (!existsSync(EXAMPLES_DIR)) throw new NewsgraphError('E_NOT_FOUND', 'the examples folder is missing from this installation', EXAMPLES_DIR);
      const path = dbPath(opts);
      const store = openStoreForWrite(path);
      try {
        // the articles, not the folder: its README.md would otherwise be read as an article
        const files = readdirSync(EXAMPLES_DIR).filter((f) => /\.(txt|html|jsonl)$/.test(f)).sort().map((f) => join(EXAMPLES_DIR, f));
        // with --serve (npm start) the examples go only into an empty database, never into a user's own
        const empty = (await store.stats()).documents === 0;
        const s = !opts.serve || empty ? await ingestInputs(store, files) : null;
        process.stdout.write(s ? `examples/ -> ${path}: ${summaryLine(s)}\n\n` : `${path} already holds documents; examples/ not added\n\n`);
        await printSummary(store);
        process.stdout.write(`
Explore further:
  newsgraph entities --db ${path}
  newsgraph entity NAME --db ${path}
  newsgraph events --db ${path}
  newsgraph search WORDS --db ${path}
`);
        if (s?.failed) process.exitCode = 1;
        if (opts.serve) {
          process.stdout.write('\n');
          await serveStore(store, path, { port: opts.port, host: opts.host });
          return; // the server owns the store now and closes it on Ctrl+C
        }
      } catch (e) {
        await store.close();
        throw e;
      }
      await store.close();
    });
}
