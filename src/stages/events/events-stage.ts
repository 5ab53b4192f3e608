// Events stage: who did what to whom, coded in CAMEO. Triggers are verbs and nouns of the lexicon
// (data/cameo.json), looked up by lower-case form in Maps, only in sentences with an entity
// mention. Source and target come from the clause around the trigger (clause.ts), then the date
// (nearest resolved date of the sentence), the location ("in X", or the city visited), modality
// ("readiness to", "plans to", "will", "could") and negation ("did not").
import { loadKb, type Kb } from '../../kb/kb.js';
import { tokenAt } from '../../model/document.js';
import type { Doc, EventFact } from '../../model/types.js';
import type { Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { Actors } from './actors.js';
import { mentionsRight, subjectAfterComma, subjectHeads, subjectLeft, View, type Right } from './clause.js';
import { describeCode, intentCode, loadLexicon, type EventLexicon } from './lexicon.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const INTENT = new Set(
  'readiness ready offer offers offered offering plan plans planned planning intend intends intended intention intentions willing willingness prepared pledge pledged pledges promise promised promises vow vowed vows threaten threatened threatens want wants wanted seek seeks sought seeking aim aims bid determined decides'.split(' '),
);
const MODAL_INTENT = new Set(['will', 'wo', 'shall', "'ll", '’ll']);
const MODAL_POSSIBLE = new Set(['could', 'may', 'might', 'would', 'can', 'should', 'must', 'ought']);
/** Adverbs the tagger sometimes reads as verbs ("They further urged"). */
const ADVERBS = new Set(['further', 'also', 'again', 'jointly', 'repeatedly', 'still', 'then', 'later', 'already', 'reportedly', 'allegedly']);
/** Entity types that can act as the source of an event. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** Verbs that carry a nominal trigger: "made a visit", "impose sanctions", "render support". */
const LIGHT = new Set(
  'make pay hold have conduct impose slap support endorse back implement announce adopt extend introduce approve organize organise provide render give offer send deliver launch begin start resume continue host attend call demand reimpose apply enforce tighten expand seek request receive'.split(' '),
);
/** Nouns that name aid only after a light verb ("render support", "provide help"). */
const AID_NOUNS = new Map([['support', '070'], ['help', '070']]);
/** Prepositions that introduce a target, by trigger kind. */
const TARGET_PREPS = new Set(['', 'to', 'with', 'against', 'on', 'of', 'for', 'into', 'from', 'at', 'toward', 'towards', 'over']);
const ADJUNCT_PREPS = new Set(['after', 'before', 'during', 'following', 'since', 'upon', 'while', 'by', 'on', 'without', 'in', 'at', 'ahead']);
/** What may stand between a light verb and its nominal trigger: "the implementation of new sanctions". */
const OBJECT_NP = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'ADV', 'ADP']);
/** Verbal acts need an addressee to be worth an event: meetings, appeals, cooperation, demands, criticism, rejection. */
const NEEDS_TARGET = new Set(['02', '04', '05', '06', '07', '08', '10', '11', '12', '13', '14', '17']);
/** Verbal acts, whose target is the object of the verb. */
const VERBAL_ROOTS = new Set(['02', '05', '10', '11', '12']);
/** Material conflict: a person doing it is a figure of speech unless they act for a state against another state. */
const MATERIAL_ROOTS = new Set(['15', '17', '18', '19', '20']);
/** Of the military verbs, those that mean a verbal attack when a person does it to someone. */
const VERBAL_ATTACK = new Set(['attack', 'assail', 'savage', 'hit', 'target']);
/** Meeting verbs whose object is a topic: the other party comes only with these prepositions. */
const PARTY_PREPS: Record<string, Set<string>> = {
  discuss: new Set(['with']),
  talk: new Set(['with', 'to']),
  consult: new Set(['', 'with']),
  confer: new Set(['with']),
  negotiate: new Set(['with']),
};
/** A meeting noun names its other party after these: "talks with X", "a visit to X", "the meeting between". */
const NOUN_PARTY_PREPS = new Set(['with', 'to', 'between']);
/** Clause openers that make what follows hypothetical or reported as a question. */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
/** Tokens after which a capitalised word may still be a verb (quotes, headings). */
const OPENERS = new Set(['“', '"', '‘', "'", ':', '—', '–', '-', '(', '[']);
const MILITARY_ROOTS = new Set(['18', '19', '20']);
const STATE_ROOTS = new Set(['08', '15', '16', '17', '18', '19', '20']);
const SYMMETRIC_ROOTS = new Set(['04']);

interface Trigger {
  token: number;
  cameo: string;
  noun: boolean;
}

function findTrigger(v: View, lex: EventLexicon, t: number, hi: number): Trigger | null {
  let p = v.pos(t);
  const lw = v.lower(t);
  if (p === 'ADJ' && v.pos(t - 1) === 'DET' && lex.nouns.has(lw)) p = 'NOUN'; // "an offensive"
  if (p !== 'VERB' && p !== 'NOUN') return null;
  if (p === 'NOUN') {
    const code = lex.nouns.get(lw);
    return code ? { token: t, cameo: code, noun: true } : null;
  }
  const lemma = lex.forms.get(lw);
  if (!lemma) return null;
  // the object: a nominal trigger there takes over ("impose sanctions", "support the implementation of sanctions")
  let objectNoun = '';
  for (let k = t + 1; k < Math.min(hi, t + 9); k++) {
    const pk = v.pos(k);
    if (v.mentionAt[k] >= 0) {
      // "end Operation X": the first word of a named object may fit a pattern
      objectNoun ||= v.lower(k);
      break;
    }
    if (pk === 'PUNCT' || v.isBoundary(k)) break;
    if (pk === 'NOUN') {
      const lk = v.lower(k);
      objectNoun ||= lk;
      if (lex.nouns.has(lk) && LIGHT.has(lemma)) return null;
      if (lex.nouns.has(lk) && k <= t + 3) return null;
    }
    if (pk === 'VERB' && v.lower(k - 1) !== 'and') break;
  }
  // "asked X to do", "asked for X" is a request; "asked X a question", "when asked" is not
  if (lemma === 'ask' && !requestFollows(v, t + 1, hi)) return null;
  const code = (objectNoun && lex.objects.get(`${lemma} ${objectNoun}`)) || lex.verbs.get(lemma);
  if (!code || code.startsWith('01') || code.startsWith('09')) return null;
  return { token: t, cameo: code, noun: false };
}

export function extractEvents(doc: Doc, lex: EventLexicon, kb: Kb | null): EventFact[] {
  const events: EventFact[] = [];
  if (!doc.mentions.length) return events;
  const v = new View(doc, (at) => tokenAt(doc, at));
  const actors = new Actors(doc, kb);
  const hasMention = new Uint8Array(doc.sentences.length);
  for (let t = 0; t < doc.tokens.count; t++) if (v.mentionAt[t] >= 0) hasMention[doc.tokens.sentence[t]] = 1;
  const seen = new Set<string>();
  // subjects of the previous sentence, for "They urged …" after "X and Y requested …"
  let previous: number[] = [];
  let current: number[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    if (current.length) previous = current;
    current = [];
    if (!hasMention[si]) {
      previous = [];
      continue;
    }
    const s = doc.sentences[si];
    const lo = s.firstToken, hi = s.endToken;
    // a question asserts nothing ("Will you resign?", "asked whether X would attack")
    if (hi > lo && v.lower(hi - 1) === '?') continue;
    const prose = isProse(v, lo, hi);
    for (let t = lo; t < hi; t++) {
      if (v.mentionAt[t] >= 0) continue;
      // a capitalised word inside a prose sentence is part of a name or title ("his book Stealing America")
      if (prose && t > lo && isUpperAt(doc, t) && !OPENERS.has(v.lower(t - 1))) continue;
      let trig = findTrigger(v, lex, t, hi);
      if (!trig && v.pos(t) === 'NOUN' && AID_NOUNS.has(v.lower(t))) trig = { token: t, cameo: AID_NOUNS.get(v.lower(t))!, noun: true };
      if (!trig) continue;
      const read = trig.noun ? readNoun(v, lex, trig, lo, hi) : readVerb(v, trig, lo, hi, previous);
      if (!read) continue;
      if (!current.length && read.sources.length > 1) current = read.sources.slice();
      const cameo = read.modality === 'intended' ? intentCode(trig.cameo) : trig.cameo;
      const root = cameo.slice(0, 2);
      const baseRoot = trig.cameo.slice(0, 2);
      const lemma = lex.forms.get(v.lower(t)) ?? v.lower(t);
      const partyPreps = trig.noun ? undefined : PARTY_PREPS[lemma];
      // "X and Y met (in Z)": with no object of its own, a meeting is between the two subjects
      const pair = baseRoot === '04' && !trig.noun && read.coordinated === true && read.sources.length === 2 && v.lower(t + 1) !== 'with' && v.mentionAt[t + 1] < 0;
      if (pair) read.right = read.right.filter((r) => r.prep === 'in' || r.prep === 'at');
      // targets and location
      let target: string | null = null;
      let location: string | null = null;
      for (const r of read.right) {
        const id = actors.ofMention(r.mention);
        if (!id) continue;
        // "Kerry | Washington", "Progress Iowa": a piece of a longer name is nobody
        if (v.isFragment(r.mention)) {
          if (!target && TARGET_PREPS.has(r.prep) && r.prep !== 'by') break;
          continue;
        }
        if ((r.prep === 'in' || r.prep === 'at') && actors.isPlace(id)) {
          location ??= id;
          continue;
        }
        if (r.prep === 'from' && (root === '07' || root === '06') && !read.sources.length) {
          read.sources.push(r.mention);
          continue;
        }
        if (r.prep === 'by') continue;
        if (!TARGET_PREPS.has(r.prep) || target) continue;
        if (partyPreps && !partyPreps.has(r.prep)) continue;
        if (!trig.noun && VERBAL_ROOTS.has(root) && nounsBetween(v, t + 1, v.mentionFirst[r.mention]) > 1) break;
        if (trig.noun && root === '04' && !NOUN_PARTY_PREPS.has(r.prep)) continue;
        if (root === '14' && r.prep !== '' && r.prep !== 'against') continue;
        target = id;
        if (actors.isCity(id) && (root === '04' || root === '03')) {
          location ??= id;
          target = actors.countryOf(id) ?? id;
        }
      }
      if (!target && read.fallbackTarget !== null) target = actors.ofMention(read.fallbackTarget);
      // "X and Y will meet": a meeting of the coordinated subjects, once
      if (pair) {
        target = actors.ofMention(read.sources[1]);
        read.sources = [read.sources[0]];
      }
      // "sanctions … in X": with no other target, the country where it happens is the target
      if (!target && location && root !== '04' && root !== '03' && actors.entity(location)?.type === 'GPE' && !actors.isCity(location)) target = location;
      // precision: a meeting needs two parties, a demand an addressee
      if (!target && (NEEDS_TARGET.has(root) || NEEDS_TARGET.has(baseRoot)) && !trig.cameo.startsWith('087')) continue;
      const date = nearestDate(doc, si, doc.tokens.start[t]);
      for (const m of read.sources) {
        if (v.isFragment(m)) continue;
        let source = actors.ofMention(m);
        let code = cameo;
        // a person "attacking" someone is a verbal attack (CAMEO 111); a person "fighting",
        // "capturing" or "battling" is politics, unless they act for their state against another
        if (MATERIAL_ROOTS.has(root) && actors.isPerson(source) && read.rule !== 'verb-passive') {
          const country = actors.countryOf(source);
          if (country && target && country !== target && actors.isState(target)) source = country;
          else if (MILITARY_ROOTS.has(root) && target && VERBAL_ATTACK.has(lemma)) code = '111';
          else continue;
        }
        // material conflict is done to states, organisations and groups, not to a person (except arrests)
        if (MATERIAL_ROOTS.has(code.slice(0, 2)) && target && actors.isPerson(target) && !/^(17[345]|18)/.test(code)) continue;
        const state = STATE_ROOTS.has(code.slice(0, 2));
        if (state && actors.isPerson(source)) source = actors.countryOf(source) ?? source;
        const target1 = state && actors.isPerson(target) ? actors.countryOf(target) ?? target : target;
        if (!source || !ACTOR_TYPES.has(actors.entity(source)?.type ?? '') || source === target1 || (target1 && actors.countryOf(source) === target1 && SYMMETRIC_ROOTS.has(root))) continue;
        const key = `${si}|${root}|${source}|${target1}`;
        const mirror = `${si}|${root}|${target1}|${source}`;
        if (seen.has(key) || (SYMMETRIC_ROOTS.has(root) && seen.has(mirror))) continue;
        seen.add(key);
        events.push({
          id: `v${events.length + 1}`,
          ...describeCode(lex, code),
          source,
          target: target1,
          date,
          location,
          evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
          trigger: { start: doc.tokens.start[t], end: doc.tokens.end[t], text: doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]) },
          modality: read.modality,
          negated: read.negated,
          provenance: { stage: 'events', rule: read.rule },
        });
      }
    }
  }
  return events;
}

/** "to" + verb or "for" within a few words: the complement of a request. */
function requestFollows(v: View, from: number, hi: number): boolean {
  for (let k = from; k < Math.min(hi, from + 10); k++) {
    const w = v.lower(k);
    if (w === 'for' && k === from) return true;
    if (w === 'whether' || w === 'if' || w === 'about') return false;
    if (w === 'to' && (v.pos(k + 1) === 'VERB' || v.pos(k + 1) === 'AUX')) return true;
    if (v.isBoundary(k) || w === ',' || (v.isVerb(k) && k > from)) return false;
  }
  return false;
}

function onlyAdverbs(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.pos(k) !== 'ADV') return false;
  return true;
}

/** Common nouns between a verbal act and a name: "praised the efforts of a donor to X" has two, X is not the addressee. */
function nounsBetween(v: View, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (v.pos(k) === 'NOUN' && v.mentionAt[k] < 0) n++;
  return n;
}

/** Is the clause of token t opened by "if", "unless" or "whether"? */
function hypothetical(v: View, t: number, lo: number): boolean {
  for (let k = t - 1; k >= lo; k--) if (v.isBoundary(k) || v.lower(k) === ',') return HYPOTHETICAL.has(v.lower(k));
  return false;
}

function isUpperAt(doc: Doc, t: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[t]);
  return c >= 65 && c <= 90;
}

/** A prose sentence has lower-case content words (a headline in title case has none). */
function isProse(v: View, lo: number, hi: number): boolean {
  let lower = 0;
  for (let t = lo; t < hi; t++) {
    const p = v.pos(t);
    if ((p === 'NOUN' || p === 'VERB' || p === 'ADJ') && !isUpperAt(v.doc, t) && ++lower >= 2) return true;
  }
  return false;
}

interface Reading {
  sources: number[];
  /** the sources were coordinated ("X and Y") */
  coordinated?: boolean;
  right: Right[];
  fallbackTarget: number | null;
  modality: string;
  negated: boolean;
  rule: string;
}

function auxChain(v: View, t: number, lo: number) {
  let k = t - 1;
  let passive = false, negated = false, infinitive = false, modality = 'asserted';
  while (k >= lo) {
    const w = v.lower(k), p = v.pos(k);
    if (v.isBoundary(k) || !(p === 'AUX' || p === 'PART' || p === 'ADV' || NEGATION.has(w) || ADVERBS.has(w))) break;
    if (BE.has(w)) passive = true;
    if (NEGATION.has(w)) negated = true;
    if (w === 'to') infinitive = true;
    if (MODAL_INTENT.has(w)) modality = 'intended';
    else if (MODAL_POSSIBLE.has(w)) modality = 'possible';
    k--;
  }
  if (infinitive) {
    // the word governing "to": "readiness to", "plans to", "is determined to"
    let g = k;
    while (g >= lo && (v.pos(g) === 'DET' || v.pos(g) === 'ADJ' || v.pos(g) === 'PRON')) g--;
    if (INTENT.has(v.lower(k)) || INTENT.has(v.lower(g))) modality = 'intended';
  }
  return { k, passive, negated, infinitive, modality };
}

function readVerb(v: View, trig: Trigger, lo: number, hi: number, previous: number[]): Reading | null {
  const t = trig.token;
  const lw = v.lower(t);
  const aux = auxChain(v, t, lo);
  if (hypothetical(v, t, lo)) return null;
  // "ads supporting X", "commercials opposing X": a participle modifying a common noun
  if (aux.k >= lo && v.pos(aux.k) === 'NOUN' && v.mentionAt[aux.k] < 0 && /ing$/.test(lw) && onlyAdverbs(v, aux.k + 1, t)) return null;
  const passive = aux.passive && !lw.endsWith('ing') && /(?:ed|en|wn|ne|t)$/.test(lw);
  const demandLike = trig.cameo.startsWith('10') || trig.cameo.startsWith('02');
  let right = mentionsRight(v, t + 1, hi, true);
  // "urged voters to back X": a demand's addressee is its object; a common noun there is the addressee
  if (demandLike) {
    let k = t + 1;
    while (k < hi && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM') && v.mentionAt[k] < 0) k++;
    if (v.mentionAt[k] < 0 && (v.pos(k) === 'NOUN' || v.pos(k) === 'PRON')) right = [];
  }
  let fallbackTarget: number | null = null;
  if (!right.length && demandLike && v.lower(t + 1) === 'that') {
    // "urged that … in X": the addressee of a demand is often only named inside its content
    const wide = mentionsRight(v, t + 1, hi, false, 40).concat(mentionsRightAll(v, t + 1, hi));
    fallbackTarget = wide.length ? wide[0].mention : null;
  }
  let sources: number[];
  let coordinated = false;
  let rule = 'verb';
  if (passive) {
    const by = right.find((r) => r.prep === 'by');
    if (!by) return null;
    sources = [by.mention];
    const subj = subjectLeft(v, aux.k + 1, lo, 0);
    right = subjectHeads(v, subj).map((m) => ({ mention: m, prep: '' }));
    rule = 'verb-passive';
  } else {
    let subj = subjectLeft(v, aux.k + 1, lo, aux.infinitive ? 1 : 0);
    if (!subj.mentions.length && lw.endsWith('ing') && ADJUNCT_PREPS.has(v.lower(aux.k))) {
      subj = subjectAfterComma(v, t, hi);
      rule = 'verb-adjunct';
    }
    sources = subjectHeads(v, subj);
    coordinated = subj.coordinated;
    if (!sources.length && v.lower(aux.k) === 'they' && aux.k === lo) {
      sources = previous;
      rule = 'verb-they';
    }
  }
  if (!sources.length) return null;
  return { sources, coordinated, right, fallbackTarget, modality: aux.modality, negated: aux.negated, rule };
}

/** Every mention right of t to the sentence end (for demands whose addressee sits in a that-clause). */
function mentionsRightAll(v: View, from: number, hi: number): Right[] {
  const out: Right[] = [];
  for (let k = from; k < hi; k++) {
    const m = v.mentionAt[k];
    if (m >= 0) {
      out.push({ mention: m, prep: v.prepBefore(v.mentionFirst[m]) });
      k = v.mentionLast[m];
    }
  }
  return out;
}

function readNoun(v: View, lex: EventLexicon, trig: Trigger, lo: number, hi: number): Reading | null {
  const t = trig.token;
  const right = mentionsRight(v, t + 1, hi, false, 24, true);
  // 1. possessor: "France's withdrawal", "Russia's military assistance", "his visit"
  let k = t - 1;
  while (k >= lo && (v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || (v.pos(k) === 'NOUN' && !lex.nouns.has(v.lower(k))))) k--;
  if (k >= lo && v.mentionAt[k] >= 0 && v.pos(k + 1) !== 'PROPN') {
    const m = v.mentionAt[k];
    const possessive = /['’]s$/.test(v.doc.mentions[m].text) || v.lower(k) === "'s" || v.lower(k) === '’s' || v.doc.mentions[m].kind === 'pronoun';
    if (possessive) return { sources: [m], right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-possessive' };
  }
  // 2. "the visit by X"
  // the agent follows the noun closely ("the visit by X"), not "the attack …, citing the investigation by X"
  const agent = right.find((r) => r.prep === 'by' && v.mentionFirst[r.mention] - t <= 4);
  if (agent) return { sources: [agent.mention], right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-by' };
  // 3. a light verb governs it: "made a visit", "impose sanctions", "support the implementation of sanctions"
  let g = t - 1;
  while (g >= lo && g >= t - 7 && v.mentionAt[g] < 0 && OBJECT_NP.has(v.pos(g)) && !lex.nouns.has(v.lower(g))) {
    if (v.pos(g) === 'ADP' && v.lower(g) !== 'of') break;
    g--;
  }
  if (g >= lo && v.isVerb(g) && LIGHT.has(lex.forms.get(v.lower(g)) ?? v.lower(g))) {
    const aux = auxChain(v, g, lo);
    if (aux.passive && /(?:ed|en|wn|ne|t)$/.test(v.lower(g))) return null;
    const subj = subjectLeft(v, aux.k + 1, lo, aux.infinitive ? 1 : 0);
    const sources = subjectHeads(v, subj);
    if (sources.length || aux.infinitive || /ing$/.test(v.lower(g)))
      return { sources, right, fallbackTarget: null, modality: aux.modality, negated: aux.negated, rule: 'noun-light-verb' };
    return null;
  }
  if (AID_NOUNS.has(v.lower(t))) return null;
  // 4. "deliveries from X": the giver follows the noun (read in the caller)
  if ((trig.cameo.startsWith('07') || trig.cameo.startsWith('06')) && right.some((r) => r.prep === 'from'))
    return { sources: [], right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-from' };
  // 5. an adjunct: "During his visit …, A and B …" / "… said after talks with X"
  let p = t - 1;
  while (p >= lo && v.mentionAt[p] < 0 && (v.pos(p) === 'ADJ' || v.pos(p) === 'DET' || v.pos(p) === 'PRON' || v.pos(p) === 'NUM' || (v.pos(p) === 'NOUN' && !lex.nouns.has(v.lower(p))))) p--;
  if (p >= lo && ADJUNCT_PREPS.has(v.lower(p)) && v.mentionAt[p] < 0) {
    const subj = p === lo ? subjectAfterComma(v, t, hi) : subjectLeft(v, p, lo, 1);
    const sources = subjectHeads(v, subj);
    if (sources.length) return { sources, right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-adjunct' };
  }
  return null;
}

/** The resolved date of the sentence nearest to the trigger. */
function nearestDate(doc: Doc, si: number, at: number): EventFact['date'] {
  const s = doc.sentences[si];
  let best: EventFact['date'] = null;
  let dist = Infinity;
  for (const d of doc.dates) {
    if (d.start < s.start || d.end > s.end || d.value === null || d.source.rule === 'chrono-relative') continue;
    const gap = Math.abs(d.start - at);
    if (gap < dist) (dist = gap), (best = { value: d.value, resolution: d.resolution });
  }
  return best;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'dates', 'tokens', 'sentences'],
  assigns: ['events'],
  run(doc: Doc, ctx: Context) {
    let kb: Kb | null = null;
    try {
      kb = loadKb(ctx);
    } catch {
      kb = null; // without the KB, cities are not mapped to their countries
    }
    doc.events = extractEvents(doc, loadLexicon(ctx), kb);
  },
};
