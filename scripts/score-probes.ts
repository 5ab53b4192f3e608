/**
 * Scores newsgraph on the probe articles of tests/fixtures/probes: wire-style articles on world
 * affairs (the Sahel, Russia–Africa, sanctions, Sudan, Gaza, DR Congo, Ukraine, Iran, Tigray, Libya,
 * Venezuela, Lebanon) written for this project and annotated by hand in the seed's gold format, by
 * writers who did not see the engine's output. Each is scored with ../shared/tools/score-seed.mjs;
 * the totals follow.
 * Usage: npm run eval:probes [-- --verbose] [-- --dir FOLDER]   (needs ../shared/tools; --verbose prints
 * every miss; --dir scores the NAME.txt + NAME.gold.json pairs of another folder)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../src/analyse.js';
import { toExtractJson } from '../src/model/extract-json.js';
import { createContext } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scorer = join(root, '../shared/tools/score-seed.mjs');
if (!existsSync(scorer)) {
  console.log('eval:probes: skipped: ../shared/tools/score-seed.mjs is not present in this checkout');
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const dirAt = process.argv.indexOf('--dir');
const dir = dirAt > 0 ? process.argv[dirAt + 1] : join(root, 'tests/fixtures/probes');
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-probes-'));
const pipeline = defaultPipeline();
const totals = new Map<string, [number, number]>();
let spurious = 0, precision = 0, n = 0, passed = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  const doc = analyseArticle({ source: join(dir, f), text, title: null, published: null, url: null }, pipeline, createContext());
  const out = join(tmp, f.replace(/\.txt$/, '.json'));
  writeFileSync(out, JSON.stringify(toExtractJson(doc, { reported: false })));
  let report: string;
  try {
    report = execFileSync(process.execPath, [scorer, out, join(dir, f.replace(/\.txt$/, '.gold.json'))], { encoding: 'utf8' });
  } catch (e) {
    report = String((e as { stdout?: string }).stdout ?? e);
  }
  const last = report.trim().split('\n').at(-1) ?? '';
  if (verbose) console.log(report.trim().split('\n').slice(0, -1).map((l) => '  ' + l).join('\n'));
  console.log(last.replace(/^seed:/, f.replace(/\.txt$/, ':')));
  for (const m of last.matchAll(/(\w+) (\d+)\/(\d+)/g)) {
    const t = totals.get(m[1]) ?? [0, 0];
    totals.set(m[1], [t[0] + Number(m[2]), t[1] + Number(m[3])]);
  }
  spurious += Number(/spurious entities (\d+)%/.exec(last)?.[1] ?? 0);
  precision += Number(/event precision (\d+)%/.exec(last)?.[1] ?? 0);
  if (last.endsWith('PASS')) passed++;
  n++;
}
const parts = [...totals].map(([k, [a, b]]) => `${k} ${a}/${b} (${((100 * a) / b).toFixed(0)}%)`);
console.log(`\n${n} probe articles, ${passed} PASS; must items found: ${parts.join(', ')}; mean spurious entities ${(spurious / n).toFixed(0)}%, mean event precision ${(precision / n).toFixed(0)}%`);
