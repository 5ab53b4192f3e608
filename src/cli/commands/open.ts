// Where the store commands find their database: --db, else $NEWSGRAPH_DB, else ./newsgraph.db.
// Read commands never create a database: a missing file is an error that says to ingest first.
import { Option } from 'commander';
import { openSqliteStore, type SqliteStore } from '../../store/sqlite/sqlite-store.js';

export const DEFAULT_DB = './newsgraph.db';

export const dbOption = () => new Option('--db <path>', 'the database file (default: $NEWSGRAPH_DB or ./newsgraph.db)');

export function dbPath(opts: { db?: string }): string {
  return opts.db || process.env.NEWSGRAPH_DB || DEFAULT_DB;
}

export const openStoreForWrite = (path: string): SqliteStore => openSqliteStore(path);

export const openStoreForRead = (path: string): SqliteStore => openSqliteStore(path, { mustExist: true });
