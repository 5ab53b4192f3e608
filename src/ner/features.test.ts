// Tests of the capitalised-run features (features.ts): runs of capitalised tokens found per sentence,
// a run going on through one connector word ('Bank of X'), each token knowing its run's bounds and a hash of the whole run, and no run features in headlines.
import { describe, expect, it } from 'vitest';
import { BILOU_LABELS, bilouToIob, DocContext, Featurizer, iobToBilou, TAG_INDEX, TAGS } from './features.js';
import { Lexicon, lowerHash } from './lexicon.js';

const fz = () => new Featurizer(Lexicon.fromEntries(new Map()), 16);
const runs = (f: Featurizer) => Array.from({ length: f.n }, (_, i) => (f.runStart[i] < 0 ? '-' : `${f.runStart[i]}:${f.runEnd[i]}`)).join(' ');

describe('capitalised runs', () => {
  it.each([
    ['the Quorvash Valley Trust said', '- 1:4 1:4 1:4 -'],
    ['Talvik beat Orsena 2 1', '0:1 - 2:3 - -'],
    ['a UNDP team met Brell Corp .', '- 1:2 - - 4:6 4:6 -'],
    ['nothing here at all', '- - - -'],
    ['the Bank of Vestria said', '- 1:4 1:4 1:4 -'],
    ['Vestria of the north', '0:1 - - -'],
    ['talks of Vestria ended', '- - 2:3 -'],
  ])('%s', (sentence, expected) => {
    const f = fz();
    f.prepare(sentence.split(' '));
    expect(runs(f)).toBe(expected);
  });

  it('gives the same run the same hash and different runs different ones', () => {
    const f = fz();
    f.prepare('Quorvash Valley met Quorvash Valley near Quorvash Hill'.split(' '));
    expect(f.runHash[0]).toBe(f.runHash[1]);
    expect(f.runHash[0]).toBe(f.runHash[3]);
    expect(f.runHash[0]).not.toBe(f.runHash[6]);
  });

  it('emits more features for a token in a run than in the same all-capitals headline', () => {
    const f = fz();
    f.prepare('Brell Corp wins in Talvik'.split(' '));
    const inText = f.fstart[1] - f.fstart[0];
    f.prepare('BRELL CORP WINS IN TALVIK'.split(' '));
    expect(f.headline).toBe(true);
    expect(f.fstart[1] - f.fstart[0]).toBeLessThan(inText);
  });
});

describe('trivially-O tokens', () => {
  const skipping = () => new Featurizer(Lexicon.fromEntries(new Map()), 16, 9, true);
  it.each([
    // a token is trivial when neither it nor a neighbour holds a capital letter
    ['the talks in Kravnik ended on 3 May , officials said .', '1 1 0 0 0 1 0 0 0 1 1 1'],
    ['prices rose 4 % in the year', '1 1 1 1 1 1 1'],
    ['Bank of Vestria', '0 0 0'],
  ])('%s', (sentence, expected) => {
    const f = skipping();
    f.prepare(sentence.split(' '));
    expect(Array.from(f.trivial.subarray(0, f.n)).join(' ')).toBe(expected);
    // and get no features
    for (let i = 0; i < f.n; i++) if (f.trivial[i]) expect(f.fstart[i + 1]).toBe(f.fstart[i]);
  });
  it('are all scored when the option is off', () => {
    const f = fz();
    f.prepare('the talks ended'.split(' '));
    expect(Array.from(f.trivial.subarray(0, f.n))).toEqual([0, 0, 0]);
  });
});

describe('BILOU labels', () => {
  const iob = (s: string) => Uint8Array.from(s.split(' '), (t) => TAG_INDEX.get(t)!);
  it.each([
    ['B-PER I-PER O B-LOC', 'B-PER L-PER O U-LOC', 'B-PER I-PER O B-LOC'],
    ['B-ORG I-ORG I-ORG B-ORG', 'B-ORG I-ORG L-ORG U-ORG', 'B-ORG I-ORG I-ORG B-ORG'],
    // an I- that continues nothing begins a name, as conlleval reads it; back in IOB2 it is a B-
    ['O I-MISC I-MISC I-LOC', 'O B-MISC L-MISC U-LOC', 'O B-MISC I-MISC B-LOC'],
  ])('%s', (tags, bilou, back) => {
    const b = iobToBilou(iob(tags));
    expect([...b].map((l) => BILOU_LABELS[l]).join(' ')).toBe(bilou);
    expect([...b].map((l) => TAGS[bilouToIob(l)]).join(' ')).toBe(back);
  });
});

describe('context aggregation', () => {
  it('gives each occurrence of a capitalised word the contexts of all its occurrences in the document', () => {
    const doc = ['Talvik beat Orsena'.split(' '), 'fans of Talvik cheered'.split(' ')];
    const ctx = new DocContext(doc);
    const f = fz();
    const count = () => f.fstart[1] - f.fstart[0];
    f.prepare(doc[0]);
    const alone = count();
    f.docCtx = ctx;
    f.prepare(doc[0]);
    // 'Talvik' was seen after the start and 'of', before 'beat' and 'cheered': four contexts
    expect(count() - alone).toBe(4);
    // the same four for the other occurrence
    f.prepare(doc[1]);
    const withCtx = f.fstart[3] - f.fstart[2];
    f.docCtx = null;
    f.prepare(doc[1]);
    expect(withCtx - (f.fstart[3] - f.fstart[2])).toBe(4);
    // lower-case words get none
    expect(ctx.ctx.has(lowerHash('fans'))).toBe(false);
  });
});
