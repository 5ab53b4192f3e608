// Tests of the capitalised-run features (features.ts): runs of capitalised tokens found per sentence,
// a run going on through one connector word ('Bank of X'), each token knowing its run's bounds and a hash of the whole run, and no run features in headlines.
import { describe, expect, it } from 'vitest';
import { Featurizer } from './features.js';
import { Lexicon } from './lexicon.js';

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
