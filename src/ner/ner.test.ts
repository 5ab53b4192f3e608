// Tests of the statistical NER: training floor on a slice of CoNLL, the shipped model on invented
// sentences, CoNLL reading errors, `tag --conll` keeping every line, `eval ner` agreeing with conlleval.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, root, shared, sharedMissing } from '../../tests/helpers.js';
import { parseConll } from './conll.js';
import { formatScore, scoreNer } from './eval.js';
import { TAGS } from './features.js';
import { DEFAULT_NER_MODEL, loadDefaultNer, NerModel } from './index.js';
import { buildLists } from './lists.js';
import { DocHistory } from './tagger.js';
import { evaluate, trainNer } from './train.js';

const fixture = root + 'tests/fixtures/ner/small.conll';
const cli = (args: string[], input?: string) =>
  execFileSync('npx', ['tsx', root + 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

describe('CoNLL reading', () => {
  it('groups documents and sentences', () => {
    const f = parseConll(readFileSync(fixture, 'utf8'), 'small', true);
    expect(f.docs).toHaveLength(1);
    expect(f.docs[0].map((s) => s.tokens.length)).toEqual([14, 7]);
    expect(f.docs[0][0].tags[0]).toBe('B-PER');
  });
  it.each([
    ['Word\n', 'small:1', 'one column'],
    ['Word O\nOther B-FOO\n', 'small:2', 'unknown tag'],
    ['  Word O\n', 'small:1', 'white space'],
  ])('names the line of a malformed file: %j', (text, where, what) => {
    expect(() => parseConll(text, 'small', true)).toThrow(where);
    expect(() => parseConll(text, 'small', true)).toThrow(what);
  });
});

describe('scoring', () => {
  it('counts chunks as conlleval does (I- after O starts a chunk)', () => {
    const s = scoreNer([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'I-PER', 'O', 'I-LOC']]);
    expect(s.overall.f1).toBe(1);
    const t = scoreNer([['B-PER', 'I-PER', 'O']], [['B-PER', 'O', 'O']]);
    expect(t.overall.precision).toBe(0);
    expect(formatScore(t)).toContain('conll: P=0.00 R=0.00 F1=0.00');
  });
});

describe('the shipped model', () => {
  const ner = loadDefaultNer();
  it('exists and loads once, in under a second', () => {
    expect(existsSync(DEFAULT_NER_MODEL)).toBe(true);
    // CPU time, as other processes may share the machine
    const c0 = process.cpuUsage();
    NerModel.load(DEFAULT_NER_MODEL);
    expect(process.cpuUsage(c0).user / 1000).toBeLessThan(1000);
    expect(ner).not.toBeNull();
    expect(loadDefaultNer()).toBe(ner);
  });
  it.each([
    ['Zorana Velikovic , chief of the Halvorsen Institute , met officials in Kravnik .', 'B-PER I-PER O O O O B-ORG I-ORG O O O O B-LOC O'],
    ['The Brastova Workers Union said on Tuesday that Teodor Lunqvist had resigned .', 'O B-ORG I-ORG I-ORG O O O O B-PER I-PER O O O'],
    ['Officials in Germany and France rejected the plan .', 'O O B-LOC O B-LOC O O O O'],
  ])('tags %j', (sentence, tags) => {
    expect(ner!.tag(sentence.split(' ')).join(' ')).toBe(tags);
  });
  it('uses the document: a surname alone later is still a person', () => {
    const doc = [
      'Zorana Velikovic , chief of the Halvorsen Institute , met officials .'.split(' '),
      'Velikovic said the talks would go on .'.split(' '),
    ];
    expect(ner!.tagDocument(doc)[1][0]).toBe('B-PER');
  });
  it('tags the same with and without its per-word cache of sums', () => {
    const doc = [
      'Zorana Velikovic , chief of the Halvorsen Institute , met officials in Kravnik on Tuesday .'.split(' '),
      'Velikovic said the Brastova Workers Union and the Kravnik city council would meet again in May .'.split(' '),
      'SOCCER - KRAVNIK ROVERS BEAT HALVORSEN 2-1 .'.split(' '),
    ];
    const model = ner as NerModel;
    const a = doc.map((s) => new Uint8Array(s.length)), b = doc.map((s) => new Uint8Array(s.length));
    model.tagDocumentIndexes(doc, a, true);
    model.tagDocumentIndexes(doc, b, false);
    expect(a).toEqual(b);
  });
  it('a beam of 1 (tagger.ts, decodeBeam) tags as the greedy decoder', () => {
    const model = ner as NerModel;
    const d = model.decoder;
    const sents = [
      'Zorana Velikovic , chief of the Halvorsen Institute , met Velikovic in Kravnik on Tuesday .'.split(' '),
      'SOCCER - KRAVNIK ROVERS BEAT HALVORSEN 2-1 .'.split(' '),
    ];
    const h1 = new DocHistory(), h2 = new DocHistory();
    for (const s of sents) {
      d.fz.docCtx = null;
      d.fz.prepare(s);
      const a = new Uint8Array(s.length), b = new Uint8Array(s.length);
      d.decode(model.packed, h1, a);
      d.decodeBeam(model.packed, h2, b, 1);
      expect(b).toEqual(a);
      for (let i = 0; i < s.length; i++) expect(h2.counts.get(d.fz.hLower[i + 2], 0)).toBe(h1.counts.get(d.fz.hLower[i + 2], 0));
    }
  });
  it('returns one tag per token, and nothing for no tokens', () => {
    expect(ner!.tag([])).toEqual([]);
    expect(ner!.tag(['x', '.', '"'])).toHaveLength(3);
  });
});

describe('commands', () => {
  it('tag --conll keeps every input line and adds one column', () => {
    const input = readFileSync(fixture, 'utf8');
    const out = cli(['tag', '--conll', '-'], input).split('\n');
    const lines = input.split('\n');
    expect(out).toHaveLength(lines.length);
    lines.forEach((l, i) => {
      if (!l.trim() || l.startsWith('-DOCSTART-')) expect(out[i]).toBe(l);
      else expect(out[i]).toMatch(new RegExp(`^${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (O|[BI]-(PER|ORG|LOC|MISC))$`));
    });
  });
  it('tag --conll names a missing file', () => {
    expect(() => cli(['tag', '--conll', 'no-such-file.conll'])).toThrow(/no-such-file.conll: no such file/);
  });
  it.skipIf(!hasShared)('eval ner prints what conlleval prints on tag --conll output', () => {
    const ours = cli(['eval', 'ner', fixture]);
    const tagged = cli(['tag', '--conll', fixture]);
    const theirs = execFileSync('node', [shared + 'tools/conlleval.mjs', '-'], { input: tagged, encoding: 'utf8' });
    expect(ours).toBe(theirs);
  });
});

if (!hasShared) console.warn(sharedMissing);

describe('training', () => {
  it.skipIf(!hasShared)('reaches a floor F1 on a held-back slice', () => {
    const docs = parseConll(readFileSync(shared + 'data/conll2003/train.txt', 'utf8'), 'train', true).docs;
    const train = docs.slice(0, 150), held = docs.slice(150, 200);
    const lists = buildLists({ sentences: train.flat().map((s) => s.tokens) });
    const run = () => trainNer({ train, dev: held, lists, epochs: 4, seed: 7, bucketBits: 18, folds: 3, stage2Core: true });
    const a = run();
    expect(a.best.overall.f1).toBeGreaterThan(0.6);
    expect(evaluate(a.model, held).overall.f1).toBeCloseTo(a.best.overall.f1, 6);
    // deterministic for a seed
    expect(run().best.overall.f1).toBe(a.best.overall.f1);
    // the file keeps the quantised weights exactly: the loaded model tags as the trained one
    const file = join(mkdtempSync(join(tmpdir(), 'ner-')), 'm.bin');
    a.model.save(file);
    const loaded = NerModel.load(file);
    const sents = held.slice(0, 10).map((d) => d.map((s) => s.tokens));
    for (const doc of sents) expect(loaded.tagDocument(doc)).toEqual(a.model.tagDocument(doc));
    // tag indexes agree with the tag strings
    const out = sents[0].map((s) => new Uint8Array(s.length));
    loaded.tagDocumentIndexes(sents[0], out);
    expect(out.map((o) => [...o].map((t) => TAGS[t]))).toEqual(loaded.tagDocument(sents[0]));
    // the per-word cache of local feature sums changes nothing
    for (const doc of sents) {
      const a1 = doc.map((s) => new Uint8Array(s.length)), a2 = doc.map((s) => new Uint8Array(s.length));
      loaded.tagDocumentIndexes(doc, a1, true);
      loaded.tagDocumentIndexes(doc, a2, false);
      expect(a1).toEqual(a2);
    }
  }, 120_000);

  it.skipIf(!hasShared)('trains and tags with a beam (--beam), deterministically; the file keeps the beam', () => {
    const docs = parseConll(readFileSync(shared + 'data/conll2003/train.txt', 'utf8'), 'train', true).docs;
    const train = docs.slice(0, 150), held = docs.slice(150, 200);
    const lists = buildLists({ sentences: train.flat().map((s) => s.tokens) });
    const run = (beam: [number, number], beamMode: 'max' | 'early') => trainNer({ train, dev: held, lists, epochs: 3, seed: 7, bucketBits: 18, folds: 3, beam, beamMode });
    const a = run([4, 2], 'max');
    expect(a.best.overall.f1).toBeGreaterThan(0.6);
    expect(run([4, 2], 'max').best.overall.f1).toBe(a.best.overall.f1);
    expect(run([3, 1], 'early').best.overall.f1).toBeGreaterThan(0.6);
    expect(evaluate(a.model, held).overall.f1).toBeCloseTo(a.best.overall.f1, 6);
    const file = join(mkdtempSync(join(tmpdir(), 'ner-')), 'm.bin');
    a.model.save(file);
    const loaded = NerModel.load(file);
    expect(loaded.beam).toEqual([4, 2]);
    const sents = held.slice(0, 10).map((d) => d.map((s) => s.tokens));
    for (const doc of sents) {
      expect(loaded.tagDocument(doc)).toEqual(a.model.tagDocument(doc));
      const a1 = doc.map((s) => new Uint8Array(s.length)), a2 = doc.map((s) => new Uint8Array(s.length));
      loaded.tagDocumentIndexes(doc, a1, true);
      loaded.tagDocumentIndexes(doc, a2, false);
      expect(a1).toEqual(a2);
    }
  }, 180_000);

  it.skipIf(!hasShared)('also trains with plain perceptron updates (--pa 0), deterministically', () => {
    const docs = parseConll(readFileSync(shared + 'data/conll2003/train.txt', 'utf8'), 'train', true).docs;
    const train = docs.slice(0, 150), held = docs.slice(150, 200);
    const lists = buildLists({ sentences: train.flat().map((s) => s.tokens) });
    const run = () => trainNer({ train, dev: held, lists, epochs: 3, seed: 7, bucketBits: 18, folds: 3, paC: 0 });
    const a = run();
    expect(a.best.overall.f1).toBeGreaterThan(0.6);
    expect(run().best.overall.f1).toBe(a.best.overall.f1);
    expect(evaluate(a.model, held).overall.f1).toBeCloseTo(a.best.overall.f1, 6);
  }, 120_000);
});
