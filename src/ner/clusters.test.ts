// Tests of the word clusters (clusters.ts): the rough tokeniser, clustering on an invented corpus
// where two word groups have disjoint contexts, prefixes, the file format, and the committed file.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from '../../tests/helpers.js';
import { buildClusters, clusterPrefix, clustersFromTsv, clustersToTsv, LEAF_BITS, LEVELS, roughTokens } from './clusters.js';
import { Lexicon, lowerHash, CLUSTER_SHIFT } from './lexicon.js';

describe('rough tokens', () => {
  it.each([
    ['The U.S. envoy met Mr. Okonjo in Lagos.', ['The', 'U.S.', 'envoy', 'met', 'Mr.', 'Okonjo', 'in', 'Lagos', '.']],
    ['Prices rose 4.5% on Friday, traders said.', ['Prices', 'rose', '4.5', '%', 'on', 'Friday', ',', 'traders', 'said', '.']],
    ['“It’s over,” she said', ['“', "It's", 'over', ',', '”', 'she', 'said']],
  ])('%j', (text, tokens) => {
    expect(roughTokens(text).flat()).toEqual(tokens);
  });
  it('ends sentences at full stops', () => {
    expect(roughTokens('One two. Three four.')).toHaveLength(2);
  });
});

describe('clustering', () => {
  // two groups of words that never share a context: names after "met", fruit after "ate"
  const names = ['varnok', 'tellis', 'osmund', 'quirine', 'brastow', 'lindqvist'];
  const fruit = ['apple', 'pear', 'plum', 'cherry', 'quince', 'medlar'];
  const sentences: string[][] = [];
  for (let r = 0; r < 20; r++) {
    for (const n of names) sentences.push(['yesterday', 'she', 'met', n, 'at', 'the', 'office']);
    for (const f of fruit) sentences.push(['every', 'day', 'he', 'ate', 'a', f, 'slowly']);
  }
  const c = buildClusters(sentences, { vocab: 100, contexts: 40, minCount: 3, seed: 3 });
  it('puts words with the same contexts in the same coarse cluster, and different ones apart', () => {
    const top = (w: string) => clusterPrefix(c.get(w)!, 1);
    for (const n of names) expect(top(n)).toBe(top(names[0]));
    for (const f of fruit) expect(top(f)).toBe(top(fruit[0]));
    expect(top(names[0])).not.toBe(top(fruit[0]));
  });
  it('is deterministic and gives leaves within range', () => {
    const again = buildClusters(sentences, { vocab: 100, contexts: 40, minCount: 3, seed: 3 });
    expect([...again]).toEqual([...c]);
    for (const leaf of c.values()) expect(leaf).toBeLessThan(2 ** LEAF_BITS);
  });
  it('reads back what it writes', () => {
    expect(clustersFromTsv(clustersToTsv(c))).toEqual(c);
  });
  it('prefixes run from coarse to the whole leaf', () => {
    const leaf = 0b1011_101_011_10;
    expect(clusterPrefix(leaf, 1)).toBe(0b1011);
    expect(clusterPrefix(leaf, 2)).toBe(0b1011_101);
    expect(clusterPrefix(leaf, LEVELS.length)).toBe(leaf);
  });
  it('the lexicon stores the leaf with the word lists', () => {
    const lex = Lexicon.fromJson({ '1': 'varnok' }, c);
    const v = lex.get(lowerHash('Varnok'));
    expect(v & 1).toBe(1);
    expect((v >>> CLUSTER_SHIFT) - 1).toBe(c.get('varnok'));
    expect(lex.hasClusters).toBe(true);
  });
});

describe('the committed clusters file', () => {
  const path = root + 'models/ner-clusters.tsv';
  it('loads and maps frequent words, weekdays together', () => {
    expect(existsSync(path)).toBe(true);
    const c = clustersFromTsv(readFileSync(path, 'utf8'));
    expect(c.size).toBeGreaterThan(10000);
    for (const w of ['the', 'said', 'government', 'monday']) expect(c.has(w)).toBe(true);
    const p = (w: string) => clusterPrefix(c.get(w)!, 2);
    expect(p('tuesday')).toBe(p('monday'));
    expect(p('friday')).toBe(p('monday'));
  });
});
