// Runs the Store contract against SQLite, plus what is specific to the SQLite file: WAL, migrations,
// persistence across reopen, refusing to create a database for read commands.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { analyse } from '../helpers.js';
import { docA, docB, DocBuilder } from './fixtures.js';
import { storeContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite (memory)', async () => openSqliteStore(':memory:'));
storeContract('sqlite (file)', async () => openSqliteStore(join(dir, `c${n++}.db`)));

describe('SQLite store', () => {
  it('creates a WAL database at the latest schema version, and keeps data across reopen', async () => {
    const path = join(dir, 'reopen.db');
    const s = openSqliteStore(path);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(s.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    await s.ingest(docA());
    await s.close();
    const again = openSqliteStore(path, { mustExist: true });
    expect(await again.ingest(docA())).toMatchObject({ status: 'existing' });
    expect((await again.ingest(docB())).status).toBe('new');
    expect((await again.stats()).documents).toBe(2);
    await again.close();
  });

  it('refuses to create a database when it must exist, naming the path and what to do', () => {
    const path = join(dir, 'missing.db');
    expect(() => openSqliteStore(path, { mustExist: true })).toThrow(/no database at .*missing\.db; run `newsgraph ingest/);
  });

  it('refuses a file that is not a database, and one from a newer newsgraph', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not sqlite at all, just some text that is long enough to be a header '.repeat(20));
    expect(() => openSqliteStore(junk)).toThrow(/E_STORE|not a usable newsgraph database|cannot open/);
    const future = join(dir, 'future.db');
    const s = openSqliteStore(future);
    s.db.pragma('user_version = 999');
    await s.close();
    expect(() => openSqliteStore(future)).toThrow(/newer than this newsgraph/);
  });

  it('stores a real pipeline run and finds it again by its words', async () => {
    const s = openSqliteStore(':memory:');
    const doc = analyse('Ministers met in Geneva on Tuesday.\n\nThe talks on grain exports lasted six hours, officials said.', '2023-06-01');
    expect((await s.ingest(doc)).status).toBe('new');
    const got = (await s.getDocument(doc.id))!;
    expect(got.extract.document.text).toBe(doc.text);
    expect(got.extract.entities.length).toBe(doc.entities.length);
    expect((await s.searchDocuments('grain exports')).items[0].id).toBe(doc.id);
    await s.close();
  });

  it('keeps every event edge but only the strongest co-mention edges in a busy graph', async () => {
    const s = openSqliteStore(':memory:');
    const names = Array.from({ length: 40 }, (_, i) => `Delegate${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    // two documents: all 40 people in one, the first 10 again in the other (so their pairs count 2)
    for (const group of [names, names.slice(0, 10)]) {
      const b = new DocBuilder(group.join(' met ') + '.');
      group.forEach((n, i) => b.entity(`e${i + 1}`, n, 'PERSON', null, [[n]]));
      b.event('meet', '040', 1, 1, 'e1', 'e2', group[0] + ' met ' + group[1], 'met');
      await s.ingest(b.doc);
    }
    const g = await s.graph({ limit: 40 });
    expect(g.nodes).toHaveLength(40);
    expect(g.edges.length).toBe(1 + 4 * 40); // the event edge, plus 4 co-mention-only edges per node
    expect(g.edges.filter((e) => e.events > 0)).toHaveLength(1);
    // the 45 pairs seen twice come first
    expect(g.edges.filter((e) => e.comentions === 2)).toHaveLength(45);
    await s.close();
  });
});
