// The probe articles (tests/fixtures/probes): every span of the output slices the text exactly.
// Their scores are printed by `npm run eval:probes` (a benchmark of quality, not a pass/fail test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../src/analyse.js';
import { toExtractJson } from '../src/model/extract-json.js';
import { createContext } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { allSpans, root } from './helpers.js';

const dir = join(root, 'tests/fixtures/probes');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('probe articles', () => {
  const pipeline = defaultPipeline();
  it.each(files)('%s: every span slices the text, every event has a party', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const out = toExtractJson(analyseArticle({ source: f, text, title: null, published: null, url: null }, pipeline, createContext()));
    for (const s of allSpans(out)) expect(out.document.text.slice(s.start, s.end)).toBe(s.text);
    for (const v of out.events) expect(v.source !== null || v.target !== null).toBe(true);
    expect(out.entities.length).toBeGreaterThan(10);
  });
});
