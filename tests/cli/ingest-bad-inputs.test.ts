// `newsgraph ingest` on bad inputs: each one is named in a clear error, the good ones are stored,
// the exit status is 1, and a second run stores nothing twice.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { cli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
const inputs = join(dir, 'inputs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'trackVisitorZq91';
const GOOD_TXT = 'Ministers meet in Oslo\n\nForeign ministers from Norway and Chile met in Oslo on Friday to discuss fisheries. "We share the same ocean," the Chilean minister said.';
const GOOD_HTML = `<!doctype html><html><head><title>Port reopens after strike</title>
<meta property="article:published_time" content="2023-02-10T08:00:00Z">
<script>var ${SECRET} = "do not store me"; console.log("${SECRET}");</script></head>
<body><article><h1>Port reopens after strike</h1>
<p>The port of Valparaiso reopened on Thursday after a nine-day strike by dock workers ended with a wage agreement, the port authority said.</p>
<p>Shipping companies said it would take a week to clear the backlog of containers waiting in the bay.</p>
<script>document.write("${SECRET}")</script></article></body></html>`;
const JSONL = [
  JSON.stringify({ title: 'Grain deal extended', text: 'The grain export deal was extended for 120 days on Saturday, officials in Ankara said.', published: '2023-03-18' }),
  '{"title": "broken", "text": ',
  JSON.stringify({ title: 'Envoy recalled', text: 'Peru recalled its ambassador to Mexico on Wednesday after a dispute over remarks by the Mexican president.' }),
].join('\n');

const bad: Record<string, { write: (p: string) => void; error: RegExp }> = {
  'empty.txt': { write: (p) => writeFileSync(p, ''), error: /E_EMPTY: .*empty\.txt: the input is empty/ },
  'binary.txt': { write: (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])), error: /E_BINARY: .*binary\.txt: the input is binary/ },
  'latin1.txt': { write: (p) => writeFileSync(p, Buffer.from('Le ministre a d\xe9clar\xe9 que la r\xe9union \xe9tait utile.', 'latin1')), error: /E_ENCODING: .*latin1\.txt: the input is not valid UTF-8/ },
  'huge.txt': {
    // 50 MB of text, written in chunks at test time (never committed)
    write: (p) => {
      const fd = openSync(p, 'w');
      const chunk = Buffer.from('The delegations met again on Tuesday and agreed to continue the talks. '.repeat(14_000));
      for (let n = 0; n < 50 * 1024 * 1024; n += chunk.length) writeSync(fd, chunk);
      closeSync(fd);
    },
    error: /E_TOO_LARGE: .*huge\.txt: 5\d\.\d MB is over the 10 MB limit/,
  },
};

const docCount = (db: string) => {
  const s = openSqliteStore(db, { mustExist: true });
  try {
    return s.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    s.db.close();
  }
};

beforeAll(() => {
  mkdirSync(inputs, { recursive: true });
  writeFileSync(join(inputs, 'good.txt'), GOOD_TXT);
  writeFileSync(join(inputs, 'page.html'), GOOD_HTML);
  writeFileSync(join(inputs, 'feed.jsonl'), JSONL);
  for (const [name, b] of Object.entries(bad)) b.write(join(inputs, name));
});

describe('newsgraph ingest with bad inputs', { timeout: 240_000 }, () => {
  it('names every bad input, stores the good ones, exits 1, and stores nothing twice on a second run', () => {
    const db = join(dir, 'mixed.db');
    const first = cli(['ingest', inputs, '--db', db]);
    expect(first.status).toBe(1);
    for (const b of Object.values(bad)) expect(first.stderr).toMatch(b.error);
    expect(first.stderr).toMatch(/E_PARSE: .*feed\.jsonl:2: the line is not JSON/);
    expect(first.stderr.trim().split('\n')).toHaveLength(5);
    expect(first.stdout).toMatch(/^4 new, 0 already stored, 5 failed; [\d,]+ words in [\d.]+ s \([\d,]+ words\/s\)\n$/);
    expect(docCount(db)).toBe(4);

    const s = openSqliteStore(db, { mustExist: true });
    const texts = s.db.prepare('SELECT text FROM documents').pluck().all() as string[];
    expect(texts.some((t) => t.includes('Valparaiso'))).toBe(true);
    for (const t of texts) expect(t).not.toContain(SECRET);
    expect(s.db.prepare('SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?').pluck().get(SECRET)).toBe(0);
    expect(s.db.prepare("SELECT published FROM documents WHERE title = 'Grain deal extended'").pluck().get()).toBe('2023-03-18');
    s.db.close();

    const second = cli(['ingest', inputs, '--db', db]);
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/^0 new, 4 already stored, 5 failed;/);
    expect(docCount(db)).toBe(4);
  });

  it.each(Object.keys(bad))('%s alone: a clear error naming it, exit status 1, nothing stored', (name) => {
    const db = join(dir, `${name}.db`);
    const r = cli(['ingest', join(inputs, name), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(bad[name].error);
    expect(r.stdout).toMatch(/^0 new, 0 already stored, 1 failed;/);
    expect(docCount(db)).toBe(0);
  });

  it('reads standard input, and a missing path is an error that names it', () => {
    const db = join(dir, 'stdin.db');
    const r = cli(['ingest', '-', join(dir, 'no-such-file.txt'), '--db', db], { input: GOOD_TXT });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/E_NOT_FOUND: .*no-such-file\.txt: no such file or folder/);
    expect(r.stdout).toMatch(/^1 new, 0 already stored, 1 failed;/);
    // the same article from a file is the same document
    const again = cli(['ingest', join(inputs, 'good.txt')], { env: { NEWSGRAPH_DB: db } });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^0 new, 1 already stored, 0 failed;/);
  });
});
