// `newsgraph serve`: the JSON API and the web app over a database, on loopback unless --host says
// otherwise. Ingest over HTTP is off unless --allow-ingest, and then needs the token printed here.
import type { Command } from 'commander';
import { startServer, type RunningServer } from '../../server/listen.js';
import type { Store } from '../../store/store.js';
import { NewsgraphError } from '../../util/errors.js';
import { dbOption, dbPath, openStoreForRead, openStoreForWrite } from './open.js';

export interface ServeCliOptions {
  port: number;
  host: string;
  allowIngest?: boolean;
}

export const parsePort = (v: string): number => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 0 || n > 65535) throw new NewsgraphError('E_USAGE', `--port expects a number from 0 to 65535, got "${v}"`);
  return n;
};

/** Serves an open store until SIGINT/SIGTERM, printing where; shared by `serve` and `demo --serve`. */
export async function serveStore(store: Store, label: string, opts: ServeCliOptions): Promise<RunningServer> {
  const stats = await store.stats();
  const running = await startServer({ store, port: opts.port, host: opts.host, allowIngest: opts.allowIngest });
  console.log(`newsgraph: serving ${label} (${stats.documents} documents, ${stats.entities} entities) at ${running.url}`);
  if (running.token) console.log(`newsgraph: ingest enabled: POST ${running.url}api/documents with the header "Authorization: Bearer ${running.token}"`);
  if (opts.host !== '127.0.0.1' && opts.host !== 'localhost' && opts.host !== '::1') console.log(`newsgraph: warning: listening on ${opts.host}, reachable from other machines`);
  console.log('newsgraph: press Ctrl+C to stop');
  const stop = async () => {
    await running.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/…, OpenAPI at /api/openapi.json) and the web app over a database')
    .addOption(dbOption())
    .option('--port <n>', 'TCP port (0 picks a free one)', parsePort, 8080)
    .option('--host <address>', 'address to listen on; the default keeps it to this machine', '127.0.0.1')
    .option('--allow-ingest', 'accept POST /api/documents with the bearer token printed at start')
    .addHelpText(
      'after',
      `
Examples:
  newsgraph serve --db news.db
  newsgraph serve --db news.db --port 9000 --allow-ingest`,
    )
    .action(async (opts) => {
      const path = dbPath(opts);
      const store = opts.allowIngest ? openStoreForWrite(path) : openStoreForRead(path);
      await serveStore(store, path, { port: opts.port, host: opts.host, allowIngest: !!opts.allowIngest });
    });
}
