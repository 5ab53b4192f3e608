// The read, export and demo commands, run as subprocesses over a store filled in-process with the
// hand-built fixtures (so the expected rows are known exactly).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { docA, docB } from '../store/fixtures.js';
import { cli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const db = join(dir, 'store.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const s = openSqliteStore(db);
  await s.ingest(docA());
  await s.ingest(docB());
  await s.close();
});

/** Minimal XML well-formedness: balanced tags, quoted attributes, no stray & or <. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(body))) {
    at = re.lastIndex;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[5])) return false;
      continue;
    }
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return at === body.length && stack.length === 0;
}

describe('store commands', { timeout: 240_000 }, () => {
  it('read commands refuse a missing database, say to ingest first, and do not create it', () => {
    const missing = join(dir, 'missing.db');
    for (const args of [['entities'], ['export', '--format', 'jsonl']]) {
      const r = cli([...args, '--db', missing]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/no database at .*missing\.db; run `newsgraph ingest FILES --db .*missing\.db` first/);
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('entities: an aligned table by default, JSON with --json, filtered by type', () => {
    const t = cli(['entities', '--db', db]);
    expect(t.status).toBe(0);
    const lines = t.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+TYPE\s+MENTIONS\s+DOCS\s+ID$/);
    expect(lines[1]).toMatch(/^(Aldoria|Mara Keln)\s+(GPE|PERSON)\s+5\s+2\s+/);
    expect(lines.at(-1)).toBe('6 in all');
    const j = JSON.parse(cli(['entities', '--type', 'person', '--json', '--db', db]).stdout);
    expect(j.items.map((e: { id: string }) => e.id)).toEqual(['PERSON:mara-keln', 'PERSON:tomas-ruud']);
    const badType = cli(['entities', '--type', 'planet', '--db', db]);
    expect(badType.status).not.toBe(0);
    expect(badType.stderr).toMatch(/--type must be one of PERSON, ORG/);
  });

  it('entity: roles, mentions with their sentence, quotes by and about, events; a clear error when unknown', () => {
    const r = cli(['entity', 'keln', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Mara Keln {2}\(PERSON\)\n {2}id: PERSON:mara-keln {3}country: Aldoria\n {2}5 mentions in 2 documents/);
    for (const section of ['Roles', 'Mentions (5 shown)', 'Quotes by', 'Events', 'Often mentioned with']) expect(r.stdout).toContain(`\n${section}\n`);
    expect(r.stdout).toMatch(/President\s+Aldoria\s+2023-05-08/);
    expect(r.stdout).toContain('We came to listen');
    const j = JSON.parse(cli(['entity', 'Venmark', '--json', '--db', db]).stdout);
    expect(j.quotesAbout).toHaveLength(1);
    const none = cli(['entity', 'Nobody Atall', '--db', db]);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/no entity is named "Nobody Atall"/);
  });

  it('quotes, events and search filter as asked', () => {
    const q = cli(['quotes', '--speaker', 'Mara Keln', '--text', 'rivers', '--db', db]);
    expect(q.stdout.trim().split('\n')).toHaveLength(3);
    expect(q.stdout).toMatch(/Mara Keln\s+"Our rivers do not stop at borders/);
    const e = JSON.parse(cli(['events', '--actor', 'Aldoria', '--since', '2023-04', '--json', '--db', db]).stdout);
    expect(e.items.map((v: { cameo: string }) => v.cameo)).toEqual(['051']);
    const t = cli(['events', '--cameo', '11', '--db', db]);
    expect(t.stdout).toMatch(/Tomas Ruud\s+111 Disapprove\s+Aldoria\s+Ruud criticised/);
    expect(cli(['events', '--since', 'May', '--db', db]).stderr).toMatch(/--since expects YYYY, YYYY-MM or YYYY-MM-DD/);
    const s = cli(['search', 'dam', 'project', '--db', db]);
    expect(s.stdout).toMatch(/^TITLE\s+DATE\s+MATCH\s+ID\nAldoria and Venmark sign water accord\s+2023-03-04\s+.*dam project/);
    expect(cli(['search', 'zebra', '--db', db]).stdout).toBe('no documents match\n');
  });

  it('export: jsonl (one contract object per document), csv (three tables), graphml (well-formed, escaped)', () => {
    const jsonl = cli(['export', '--format', 'jsonl', '--db', db]);
    expect(jsonl.status).toBe(0);
    const docs = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      expect(d.schema).toBe('newsgraph.extract/1');
      for (const e of d.entities) {
        expect(e.storeId).toBeTruthy();
        for (const m of e.mentions) expect(d.document.text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    const csvDir = join(dir, 'csv');
    const csv = cli(['export', '--format', 'csv', '--out', csvDir, '--db', db]);
    expect(csv.status).toBe(0);
    const ev = readFileSync(join(csvDir, 'events.csv'), 'utf8').trim().split('\r\n');
    expect(ev[0]).toMatch(/^document,title,date,type,cameo,cameo_name,quad_class,goldstein,source_id,source,target_id,target/);
    expect(ev).toHaveLength(5);
    expect(readFileSync(join(csvDir, 'quotes.csv'), 'utf8')).toContain('"""Our rivers do not stop at borders, and Venmark knows it,"""');
    expect(readFileSync(join(csvDir, 'entities.csv'), 'utf8').trim().split('\r\n')).toHaveLength(7);
    expect(cli(['export', '--format', 'csv', '--db', db]).stderr).toMatch(/give a folder with --out DIR/);

    const out = join(dir, 'g.graphml');
    const g = cli(['export', '--format', 'graphml', '--out', out, '--db', db]);
    expect(g.status).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<node id="PERSON:mara-keln"><data key="label">Mara Keln</data><data key="type">PERSON</data>');
    expect(xml).toMatch(/<edge id="x\d+" source="PERSON:mara-keln" target="iso3:BRH"><data key="events">1<\/data><data key="q1">1<\/data>/);
    expect(xml).toMatch(/directed="false"/);
    const py = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print(len(d.getElementsByTagName("node")))', out], { encoding: 'utf8' });
    if (py.status !== null && !py.error) expect(py.stdout.trim()).toBe('6');
  });

  it('demo: stores the bundled examples once and prints a summary', () => {
    const demoDb = join(dir, 'demo.db');
    const first = cli(['demo', '--db', demoDb]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^examples\/ -> .*demo\.db: 3 new, 0 already stored, 0 failed;/);
    for (const h of ['Entities by type (mentions)', 'Quotes (', 'Events (']) expect(first.stdout).toContain(h);
    expect(first.stdout).toMatch(/GPE\s+\d+\s+\S/);
    const second = cli(['demo', '--db', demoDb]);
    expect(second.stdout).toMatch(/: 0 new, 3 already stored, 0 failed;/);
  });
});

describe('GraphML escaping', () => {
  it('escapes markup and drops characters XML cannot hold', async () => {
    const { xmlEscape } = await import('../../src/store/export/graphml.js');
    expect(xmlEscape(`AT&T <"O'Neil"> \u0001ok`)).toBe('AT&amp;T &lt;&quot;O&apos;Neil&quot;&gt; ok');
    expect(wellFormed(`<a x="${xmlEscape('<&>"')}">${xmlEscape('1 < 2 & 3')}</a>`)).toBe(true);
    expect(wellFormed('<a>1 & 2</a>')).toBe(false);
  });
});
