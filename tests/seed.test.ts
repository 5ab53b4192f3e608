// The golden end-to-end test: the seed article must PASS the project's seed scorer, and every span of
// the output must slice the text exactly. The article and its gold file are in tests/fixtures/seed;
// the scorer lives in ../shared/tools (skipped, with a message, where ../shared is absent).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../src/analyse.js';
import { toExtractJson } from '../src/model/extract-json.js';
import { createContext } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { allSpans, hasShared, root, shared, sharedMissing } from './helpers.js';

const seedPath = join(root, 'tests/fixtures/seed/000_422f92b84735c9fd.txt');
const goldPath = join(root, 'tests/fixtures/seed/000_422f92b84735c9fd.gold.json');

function extractSeed() {
  const text = readFileSync(seedPath, 'utf8');
  const doc = analyseArticle({ source: seedPath, text, title: null, published: null, url: null }, defaultPipeline(), createContext());
  return toExtractJson(doc);
}

describe('seed article', () => {
  it('every span slices the document text exactly', () => {
    const out = extractSeed();
    const spans = allSpans(out);
    expect(spans.length).toBeGreaterThan(50);
    for (const s of spans) expect(out.document.text.slice(s.start, s.end)).toBe(s.text);
  });

  it.skipIf(!hasShared)(`PASSes ../shared/tools/score-seed.mjs (${hasShared ? 'scorer present' : sharedMissing})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-seed-'));
    const outPath = join(dir, 'seed.json');
    writeFileSync(outPath, JSON.stringify(extractSeed()));
    let report = '';
    try {
      report = execFileSync(process.execPath, [join(shared, 'tools/score-seed.mjs'), outPath, goldPath], { encoding: 'utf8' });
    } catch (e) {
      report = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(report.trim().split('\n').at(-1)).toMatch(/-> PASS$/);
  });
});
