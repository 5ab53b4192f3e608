/**
 * The word lists baked into the NER model: for each lower-cased word, a bit set of the gazetteers
 * it occurs in (countries, places, demonyms, organisations, first names, surnames, organisation
 * suffixes, titles, calendar words) and how often it is capitalised in running text (a bucket
 * learned from unlabelled news). At run time it is a Map keyed by the word's FNV hash, so a
 * lookup needs no string (see hash.ts).
 */
import { IntMap } from './intmap.js';
import { FNV_OFFSET, fnvStep } from './hash.js';

/** Gazetteer bits: S = single-word entry, F = first word of a longer one, R = other word of one. */
export const GAZ = {
  COUNTRY_S: 0,
  COUNTRY_F: 1,
  COUNTRY_R: 2,
  PLACE_S: 3,
  PLACE_F: 4,
  PLACE_R: 5,
  DEMONYM: 6,
  ORG_S: 7,
  ORG_F: 8,
  ORG_R: 9,
  FIRST_NAME: 10,
  SURNAME: 11,
  ORG_SUFFIX: 12,
  TITLE: 13,
  CALENDAR: 14,
} as const;
export const GAZ_BITS = 15;
/** Capitalisation bucket (1..5, 0 = unknown word) lives above the gazetteer bits. */
export const CAP_SHIFT = 16;

/** Cluster leaf + 1 (clusters.ts; 0 = no cluster) lives in the top 13 bits. */
export const CLUSTER_SHIFT = 19;

/** Serialised form: value (gazetteer bits | cap bucket << CAP_SHIFT) -> words joined by '\n'. */
export type LexiconJson = Record<string, string>;

/** FNV-1a of the lower case of a word, ASCII fast path (the same as features.ts computes). */
export function lowerHash(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = w[i].toLowerCase().charCodeAt(0);
    h = fnvStep(h, c);
  }
  return h;
}

export class Lexicon {
  private readonly map = new Map<number, number>();
  /** whether word clusters were given (the featurizer then adds cluster features) */
  hasClusters = false;

  /** the map as an IntMap for the featurizer (getInt), made once the map is built (it never changes after) */
  private fast = new IntMap();

  /** Value of a word given its lower-case hash, 0 when unknown. */
  get(hash: number): number {
    return this.map.get(hash) ?? 0;
  }

  /** The same as a signed 32-bit integer (the bits of get's value), for an Int32Array; without boxing. */
  getInt(hash: number): number {
    return this.fast.get(hash, 0);
  }

  private built(): this {
    const fast = new IntMap(Math.max(8, Math.ceil(Math.log2(this.map.size + 1)) + 1));
    for (const [h, v] of this.map) fast.set(h, v);
    this.fast = fast;
    return this;
  }

  static fromEntries(entries: Map<string, number>): Lexicon {
    const lex = new Lexicon();
    for (const [w, v] of entries) if (v) lex.map.set(lowerHash(w), v);
    return lex.built();
  }

  /** From the model file's lists and (optionally) word clusters, word -> leaf (clusters.ts). */
  static fromJson(json: LexiconJson, clusters?: ReadonlyMap<string, number>): Lexicon {
    const lex = new Lexicon();
    for (const [v, words] of Object.entries(json)) {
      const value = Number(v);
      for (const w of words.split('\n')) if (w) lex.map.set(lowerHash(w), value);
    }
    if (clusters?.size) {
      lex.hasClusters = true;
      for (const [w, leaf] of clusters) {
        const h = lowerHash(w);
        lex.map.set(h, ((lex.map.get(h) ?? 0) | ((leaf + 1) << CLUSTER_SHIFT)) >>> 0);
      }
    }
    return lex.built();
  }

  get size(): number {
    return this.map.size;
  }
}

/** Groups words by value for a compact, readable model file. */
export function lexiconToJson(entries: Map<string, number>): LexiconJson {
  const groups = new Map<number, string[]>();
  for (const [w, v] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (!v) continue;
    let g = groups.get(v);
    if (!g) groups.set(v, (g = []));
    g.push(w);
  }
  const out: LexiconJson = {};
  for (const [v, words] of [...groups].sort((a, b) => a[0] - b[0])) out[String(v)] = words.join('\n');
  return out;
}
