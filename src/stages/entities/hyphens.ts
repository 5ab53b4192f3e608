// Step 5, hyphenated names: wink-nlp splits "al-Qaeda", "Thomas-Greenfield" and "Bab el-Mandeb" at
// their hyphens, so the steps before see "Qaeda", "Thomas" + "Greenfield", "Bab" + "Mandeb". This
// pass joins a name with the word its hyphen ties it to (written without spaces), and a name
// opened by an Arabic article with the capitalised word before it ("Wad al-Noura"), then looks the
// whole up in the KB. Hand-written: it works on our candidates, which no library knows.
import { ARABIC_ARTICLES, isCap } from './lexicon.js';
import type { Candidate, Scan } from './scan.js';

/** Name particles tied to the next word by a hyphen: "al-Qaeda", "el-Mandeb", "Abdel-Fatau". */
const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'az', 'ibn', 'bin', 'bint', 'abu', 'abd', 'abdel', 'abdul', 'ould', 'ag']);
/** A letter, a hyphen, a capital: "al-Qaeda", "Thomas-Greenfield" (ASCII only: a cheaper regex, and accented letters around a hyphen are rare). */
const HYPHEN_CAP = /[a-zA-Z]-[A-Z]/;
/** A lower-case Arabic article before a capitalised word: "al Qaeda". */
const SPACED_ARTICLE = /\b(?:al|el|ad|ash|az) [A-Z]/;
/** Arabic articles that open the second part of a name ("Wad al-Noura", "Idriss al-Harith"). */
const ARTICLES = ARABIC_ARTICLES;
/** Capitalised words that are no given name before "al-X": "on Sunday al-…", "in March al-…". */
const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/** A capitalised word, a hyphen and a short lower-case syllable: "Jae-in", "Jong-un" (Korean given names). */
const HYPHEN_SYLLABLE = /[A-Z][a-z]*-[a-z]{1,5}\b/;
/** "bin", "bint", "ibn" between two capitalised words: "Faisal bin Farhan". */
const PATRONYMIC = /[a-z] (?:bin|bint|ibn) [A-Z]/;
const PATRONYMIC_WORDS = new Set(['bin', 'bint', 'ibn']);
/** English words a hyphen ties to a name ("Trump-era", "Putin-style"), which no given name is. */
const NOT_SYLLABLES = new Set(['based', 'led', 'run', 'born', 'era', 'style', 'type', 'like', 'made', 'owned', 'held', 'free', 'wide', 'long', 'old', 'day', 'week', 'year', 'ally', 'bound', 'only', 'less', 'ish', 'area', 'zone', 'size', 'esque', 'linked', 'and', 'or', 'the', 'to', 'at']);

export function joinHyphens(s: Scan, names: Candidate[]): Candidate[] {
  // cheap prefilter: every join below has a capitalised word right after its hyphen, a given name's
  // syllable after it, or a patronymic
  const text = s.doc.text;
  if (!HYPHEN_CAP.test(text) && !SPACED_ARTICLE.test(text) && !HYPHEN_SYLLABLE.test(text) && !PATRONYMIC.test(text)) return names;
  return new HyphenJoin(s, names).run();
}

/**
 * One document's joins. Each step is a method of its own (rare paths in one large function make
 * V8 recompile it again and again).
 */
class HyphenJoin {
  private readonly tok: string[];
  private readonly low: string[];
  private readonly start: Int32Array | number[];
  private readonly end: Int32Array | number[];
  private readonly sentence: Int32Array | number[];
  private readonly count: number;
  /** the candidate owning each token, or -1 */
  private readonly owner: Int32Array;
  /** the candidates, changed in place (they are this document's own, and keep one object shape) */
  private readonly out: Candidate[];
  private gone = new Uint8Array(0);
  /** the hyphenated surnames of the document's full names ("Thomas-Greenfield" of "Linda Thomas-Greenfield") */
  private readonly surnames = new Set<string>();

  constructor(
    private readonly s: Scan,
    private readonly names: Candidate[],
  ) {
    const t = s.doc.tokens;
    this.tok = s.tok;
    this.low = s.low;
    this.start = t.start;
    this.end = t.end;
    this.sentence = t.sentence;
    this.count = t.count;
    this.owner = new Int32Array(t.count).fill(-1);
    this.out = names.slice();
    for (let k = 0; k < names.length; k++) this.own(k);
  }

  run(): Candidate[] {
    this.particleNames();
    this.gone = new Uint8Array(this.out.length);
    this.readSurnames();
    // (a KB alias the dictionaries wrote in capitals, "SHABAAB", is an "acronym" that joins like a name)
    for (let k = 0; k < this.out.length; k++) if (!this.gone[k] && (this.out[k].kind === 'name' || this.out[k].kind === 'acronym')) this.join(k);
    return this.out.filter((_, k) => !this.gone[k]).sort((x, y) => x.a - y.a);
  }

  /** a hyphen at token h written without spaces between two words */
  private tie(h: number): boolean {
    const { tok, start, end, sentence } = this;
    return h > 0 && h + 1 < this.count && tok[h] === '-' && end[h - 1] === start[h] && end[h] === start[h + 1] && sentence[h - 1] === sentence[h + 1] && /^\p{L}+$/u.test(tok[h - 1]) && /^\p{L}/u.test(tok[h + 1]);
  }

  private own(k: number): void {
    const c = this.out[k];
    for (let t = c.a; t < c.b; t++) this.owner[t] = k;
  }

  private plain(c: Candidate): boolean {
    return c.kind === 'name' && c.kb === null;
  }

  /** A KB name that opens with a particle no earlier step could start at ("al-Qaeda", "al-Shabaab"). */
  private particleNames(): void {
    const { tok, low, owner, sentence, count, s } = this;
    for (let i = 0; i + 2 < count; i++) {
      if (!PARTICLES.has(low[i])) continue;
      // "al-Qaeda", and "al Qaeda" written with a space
      const hyphen = tok[i + 1] === '-' && this.tie(i + 1) && isCap(tok[i + 2]);
      const spaced = ARTICLES.has(low[i]) && isCap(tok[i + 1]) && /^\p{Lu}/u.test(tok[i + 1]) && sentence[i + 1] === sentence[i];
      if (!(hyphen || spaced) || owner[i] >= 0 || !PARTICLES.has(low[i]) || tok[i] !== low[i]) continue;
      let key = low[i], best = -1, id = '';
      for (let j = i + 1; j < count && j < i + 2 + s.kb.maxTokens && sentence[j] === sentence[i]; j++) {
        if (low[j] === '') continue;
        key += ' ' + low[j];
        const node = s.kb.scan.get(key);
        if (!node) break;
        const hit = node.hits[0];
        if (hit && hit.kind === 'name') (best = j), (id = hit.id);
        if (!node.prefix) break;
      }
      if (best < 0 || owner.subarray(i, best + 1).some((o) => o >= 0)) continue;
      const entry = s.kb.byId.get(id)!;
      this.out.push({ a: i, b: best + 1, type: entry.type, kind: 'name', kb: id, rule: 'gazetteer-particle', prio: 3 });
      this.own(this.out.length - 1);
      i = best;
    }
  }

  /** A lone "Thomas-Greenfield" is the person of "Linda Thomas-Greenfield"; "the Trump-Cruz race" names two. */
  private readSurnames(): void {
    const { start, end } = this;
    for (const c of this.names) {
      if (c.type !== 'PERSON' || c.b - c.a < 4 || !this.tie(c.b - 2)) continue;
      let f = c.b - 2;
      while (f - 2 > c.a && this.tie(f - 2)) f -= 2;
      if (f - 1 > c.a) this.surnames.add(this.s.doc.text.slice(start[f - 1], end[c.b - 1]));
    }
  }

  private surname(a: number, b: number): boolean {
    return this.surnames.has(this.s.doc.text.slice(this.start[a], this.end[b - 1]));
  }

  /** May candidate c be half of a hyphenated place name (a place or organisation word, not in capitals)? */
  private placeHalf(c: Candidate): boolean {
    return (c.type === 'LOC' || c.type === 'ORG' || c.type === 'GPE') && !/^\p{Lu}+$/u.test(this.tok[c.a]);
  }

  /** Candidate k takes over candidate d's tokens. */
  private absorb(k: number, d: number): void {
    const c = this.out[k], o = this.out[d];
    c.a = Math.min(c.a, o.a);
    c.b = Math.max(c.b, o.b);
    this.gone[d] = 1;
    this.own(k);
  }

  private join(k: number): void {
    const changed = this.left(k) + this.right(k) + this.patronymic(k) + this.articleRight(k) + this.articleLeft(k) + this.syllable(k);
    if (changed) this.lookUp(this.out[k]);
  }

  /** To the left: "al-|Qaeda", "Abdel-|Fatau Musah", "Thomas-|Greenfield" (two halves of one person). */
  private left(k: number): number {
    const c = this.out[k];
    let changed = 0;
    while (this.tie(c.a - 1)) {
      const w = c.a - 2, d = this.owner[w];
      if (d >= 0 && d !== k) {
        const o = this.out[d];
        const particle = o.b - o.a === 1 && PARTICLES.has(this.low[w]);
        const halves = this.plain(o) && this.plain(c) && this.surname(o.a, c.b);
        if (!(particle || halves)) break;
        this.absorb(k, d);
        if (halves) c.type = 'PERSON';
      } else if (PARTICLES.has(this.low[w]) || (isCap(this.tok[w]) && c.type === 'PERSON' && this.plain(c) && this.surname(w, c.b))) {
        c.a = w;
        this.own(k);
      } else break;
      changed = 1;
    }
    return changed;
  }

  /** To the right: "Thomas|-Greenfield" when the second half is no other name. */
  private right(k: number): number {
    const c = this.out[k];
    let changed = 0;
    while (c.b + 1 < this.count && this.tie(c.b) && isCap(this.tok[c.b + 1])) {
      const d = this.owner[c.b + 1];
      // "Nagorno-Karabakh": two unknown halves, one read as a place, are one place
      // (not "AFL-CIO", "Black-Asian": no acronym, person or people on either side)
      const place = d >= 0 && this.plain(this.out[d]) && this.plain(c) && (c.type === 'LOC' || this.out[d].type === 'LOC') && this.placeHalf(c) && this.placeHalf(this.out[d]);
      if (d >= 0 && !place && !(this.plain(this.out[d]) && this.plain(c) && this.surname(c.a, this.out[d].b))) break;
      if (d >= 0) {
        this.absorb(k, d);
        c.type = place ? 'LOC' : 'PERSON';
      } else if (c.type === 'PERSON' && this.plain(c) && this.surname(c.b - 1, c.b + 2)) {
        c.b += 2;
        this.own(k);
      } else break;
      changed = 1;
    }
    return changed;
  }

  /**
   * "Moon Jae-in", "Kim You-geun": a person's name whose last word a hyphen ties to a short lower-case
   * syllable (a Korean given name, which wink-nlp splits) goes on over it; "Trump-era" does not.
   */
  private syllable(k: number): number {
    const c = this.out[k];
    const w = c.b + 1;
    if (c.type !== 'PERSON' || !this.plain(c) || w >= this.count || !this.tie(c.b) || this.owner[w] >= 0) return 0;
    const t = this.tok[w];
    if (t.length > 5 || !/^[a-z]+$/.test(t) || NOT_SYLLABLES.has(t) || !isCap(this.tok[c.b - 1])) return 0;
    c.b += 2;
    this.own(k);
    return 1;
  }

  /**
   * "Faisal bin Farhan", "Tamim bin Hamad al-Thani": a person's name goes on over "bin", "bint" or
   * "ibn" and the capitalised name after it (which the steps before may have read as another thing).
   */
  private patronymic(k: number): number {
    const c = this.out[k];
    const { tok, owner, sentence } = this;
    let changed = 0;
    while (c.type === 'PERSON' && c.b + 1 < this.count && PATRONYMIC_WORDS.has(tok[c.b]) && sentence[c.b + 1] === sentence[c.a] && isCap(tok[c.b + 1]) && (owner[c.b] < 0 || owner[c.b] === k)) {
      const d = owner[c.b + 1];
      if (d >= 0 && d !== k) {
        const o = this.out[d];
        if (o.a !== c.b + 1 || o.kb !== null) break;
        this.absorb(k, d);
      } else {
        c.b += 2;
        this.own(k);
      }
      changed = 1;
    }
    return changed;
  }

  /** "Wad al-Noura": an article-led word no step took goes on the name before it. */
  private articleRight(k: number): number {
    const c = this.out[k];
    const { low, owner, tok, start, end } = this;
    let changed = 0;
    while (c.b + 2 < this.count && ARTICLES.has(low[c.b]) && this.tie(c.b + 1) && owner[c.b] < 0 && owner[c.b + 2] < 0 && isCap(tok[c.b + 2]) && start[c.b] > end[c.b - 1] && this.plain(c)) {
      c.b += 3;
      this.own(k);
      changed = 1;
    }
    // "Abdul-Malik al-Houthi", "Mohamed Nagi al-Assam": a person's name (hyphenated, or of two words or more) goes on
    // into an article-led name the KB read as another thing ("Assam" is a state of India)
    // (and on over the next one: "Ahmad Nasser al-Mohammad al-Sabah")
    for (;;) {
      const d = c.b + 2 < this.count ? owner[c.b + 2] : -1;
      if (!(c.type === 'PERSON' && this.plain(c) && (this.tie(c.b - 2) || c.b - c.a >= 2) && d >= 0 && d !== k && ARTICLES.has(low[c.b]) && this.tie(c.b + 1) && (owner[c.b] < 0 || owner[c.b] === d) && this.out[d].b === c.b + 3 && start[c.b] > end[c.b - 1])) break;
      this.absorb(k, d);
      changed = 1;
    }
    return changed;
  }

  /** "Bab el-Mandeb": an article-led name goes on the capitalised name word before it. */
  private articleLeft(k: number): number {
    const c = this.out[k];
    const { low, tok, sentence } = this;
    if (!(ARTICLES.has(low[c.a]) && this.tie(c.a + 1) && c.a > 0 && sentence[c.a - 1] === sentence[c.a] && isCap(tok[c.a - 1]) && /^\p{L}+$/u.test(tok[c.a - 1]))) return 0;
    const d = this.owner[c.a - 1];
    // ("spokesman Majed al-Ansari": a person's article-led name takes the given name no step took, after a lower-case word)
    if (d < 0 && c.type === 'PERSON' && this.plain(c) && c.a > 1 && sentence[c.a - 2] === sentence[c.a] && /^\p{Ll}/u.test(tok[c.a - 2]) && !CALENDAR_WORDS.has(low[c.a - 1])) {
      c.a -= 1;
      this.own(k);
      return 1;
    }
    if (d < 0 || d === k || !this.plain(this.out[d]) || !this.plain(c)) return 0;
    const type = this.out[d].type;
    this.absorb(k, d);
    c.type = type;
    return 1;
  }

  /** A joined name: the whole may be a KB name ("al-Qaeda"). */
  private lookUp(c: Candidate): void {
    const { low, s } = this;
    c.kb = null;
    c.rule = 'hyphen-join';
    let key = '';
    for (let t = c.a; t < c.b; t++) if (low[t] !== '') key = key ? key + ' ' + low[t] : low[t];
    const hit = s.kb.scan.get(key)?.hits[0];
    const entry = hit && hit.kind === 'name' ? s.kb.byId.get(hit.id) : undefined;
    if (entry) {
      c.kb = entry.id;
      c.type = entry.type;
      c.kind = 'name';
      c.rule = 'gazetteer-hyphen';
    }
  }
}
