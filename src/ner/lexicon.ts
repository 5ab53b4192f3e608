/**
 * The word lists baked into the NER model: for each lower-cased word, a bit set of the gazetteers
 * it occurs in (countries, places, demonyms, organisations, first names, surnames, organisation
 * suffixes, titles, calendar words) and how often it is capitalised in running text (a bucket
 * learned from unlabelled news). At run time it is a Map keyed by the word's FNV hash, so a
 * lookup needs no string (see hash.ts).
 */
import { IntMap } from './intmap.js';
import { FNV_OFFSET, fnvStep, mix2 } from './hash.js';

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

/**
 * Extended gazetteer bits (WordNet 3.1 proper nouns by lexicographer file, lists.ts `wordnet`): in the
 * model file a word's value is its 32-bit value + ext bits x 2^32 (a format-4 file; files without
 * them are written as format 3 as before). At run time bit EXT_FLAG of the 32-bit value marks a word
 * that has ext bits, which sit in a second map (Lexicon.getExt), read only for marked words.
 */
export const GAZ_EXT = {
  WN_LOC_S: 0,
  WN_LOC_F: 1,
  WN_LOC_R: 2,
  WN_PER_S: 3,
  WN_PER_F: 4,
  WN_PER_R: 5,
  WN_ORG_S: 6,
  WN_ORG_F: 7,
  WN_ORG_R: 8,
  WN_OTHER_S: 9,
  WN_OTHER_F: 10,
  WN_OTHER_R: 11,
  /** capitalised common noun of noun.person (Frenchman, Democrat, Catholic) */
  WN_PERSON_CLASS: 12,
  /** capitalised adjective (French, Victorian, Christian) */
  WN_ADJ: 13,
} as const;
export const GAZ_EXT_BITS = 14;
export const EXT_FLAG = 1 << 15;
const TWO32 = 2 ** 32;

/**
 * Phrases (whole names of one or more words, lists.ts `wordnet` with spans): in the word map a key
 * starting with a space is a phrase (lower case, words joined by spaces) whose value is a bit set of
 * PHRASE_CATS; in the model file they are grouped under keys "p" + value. The featurizer matches every
 * span of up to PHRASE_MAX_LEN tokens by the hash below.
 */
export const PHRASE_CATS = ['LOC', 'PER', 'ORG', 'OTHER'] as const;
export const PHRASE_MAX_LEN = 4;
export const PHRASE_SEED = 0x6b43a9b5;
/** One step of a span's hash over its words' lower-case hashes (the same in the featurizer). */
export const phraseStep = (h: number, wordHash: number): number => mix2(93, h, wordHash);

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
  /** extended gazetteer bits (GAZ_EXT) of the words flagged EXT_FLAG */
  private readonly ext = new IntMap();
  hasExt = false;
  /** lower-case hashes of topic words (sports names): a document whose first sentence has one is a sports document (features.ts DocContext) */
  readonly topic = new IntMap();
  hasTopic = false;
  /** the features of a sports document also name which topic word its first sentence has (soccer, tennis) */
  topicKinds = false;
  /** phrase hash -> PHRASE_CATS bit set */
  readonly phrases = new IntMap();
  hasPhrases = false;

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

  /** Extended gazetteer bits of a word given its lower-case hash (only for words whose value has EXT_FLAG). */
  getExt(hash: number): number {
    return this.ext.get(hash, 0);
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
      if (v === 't' || v === 'tk') {
        // topic word -> its number (1-based, in the file's order): 'tk' also gives features per topic word
        words.split('\n').forEach((w, i) => w && lex.topic.set(lowerHash(w), i + 1));
        lex.hasTopic = lex.topic.size > 0;
        lex.topicKinds = v === 'tk';
        continue;
      }
      if (v.startsWith('p')) {
        const cats = Number(v.slice(1));
        for (const p of words.split('\n')) {
          const ws = p.split(' ');
          if (!p || ws.length > PHRASE_MAX_LEN) continue;
          let h = PHRASE_SEED;
          for (const w of ws) h = phraseStep(h, lowerHash(w));
          lex.phrases.set(h, lex.phrases.get(h, 0) | cats);
          lex.hasPhrases = true;
        }
        continue;
      }
      let value = Number(v);
      const hi = Math.floor(value / TWO32);
      if (hi) {
        value = ((value % TWO32) | EXT_FLAG) >>> 0;
        lex.hasExt = true;
      }
      for (const w of words.split('\n')) {
        if (!w) continue;
        const h = lowerHash(w);
        lex.map.set(h, value);
        if (hi) lex.ext.set(h, hi);
      }
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
  const phrases = new Map<number, string[]>();
  /** keys '#' + word: topic words (Lexicon.topic); value 2 = with kinds */
  const topic: string[] = [];
  let kinds = false;
  for (const [v, words] of [...groups].sort((a, b) => a[0] - b[0])) {
    const ws = words.filter((w) => !w.startsWith(' ') && !w.startsWith('#'));
    for (const w of words.filter((w) => w.startsWith('#'))) topic.push(w.slice(1)), (kinds ||= v === 2);
    if (ws.length) out[String(v)] = ws.join('\n');
    const ps = words.filter((w) => w.startsWith(' ')).map((w) => w.slice(1));
    if (ps.length) phrases.set(v, ps);
  }
  for (const [v, ps] of phrases) out['p' + v] = ps.join('\n');
  if (topic.length) out[kinds ? 'tk' : 't'] = topic.sort().join('\n');
  return out;
}
