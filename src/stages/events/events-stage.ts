// Events stage: who did what to whom, coded in CAMEO. Triggers are verbs and nouns of the lexicon
// (data/cameo.json), looked up by lower-case form in Maps, only in sentences with an entity
// mention. Source and target come from the clause around the trigger (clause.ts; "we"/"I" in a
// direct quote is its speaker or the speaker's state), votes from votes.ts, then the date (the
// trigger's own clause first, never a date of a "following … <noun> in DATE" phrase), the location
// ("in X", or the city visited), modality ("readiness to", "plans to", "will") and negation; an act
// only supposed ("could attack") or asked of someone ("urged X to withdraw") is no event, and an
// intended act against someone is a threat. Beyond plain clauses: passives with a by-agent
// (target: the subject or its possessor), a verb after "and" sharing the earlier verb's
// subject, "they" as the nearest named plural group, nouns with no agent ("coups in X"), named
// meetings ("hold the X Summit"), and disapproval ascribed ("which X described as regrettable") or
// voiced in a quote ("illegitimate Western sanctions"). Figurative conflict (a party "fighting",
// "capture the Senate", "fight terrorism") and names that only qualify a noun are not events.
import { loadKb, type Kb } from '../../kb/kb.js';
import { lowerTokens, tokenAt, tokenTexts } from '../../model/document.js';
import type { Doc, Entity, EventFact, Mention, Quote } from '../../model/types.js';
import type { Context } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { datelineSpan } from '../../model/dateline.js';
import { MONTHS, WEEKDAYS } from '../entities/lexicon.js';
import { Actors } from './actors.js';
import { ARMED_MEN, CONJ, HOLDINGS, hyphenParticiple, mentionsRight, POSSESSIVE_PRONOUNS, QUANTITY_HEADS, relativeOpening, REPORTING, subjectAfterComma, subjectHeads, subjectLeft, View, type Right } from './clause.js';
import { APPROX_TWO, CURRENCY_WORDS, MULTIPLIERS } from '../quantities/number-words.js';
import { describeCode, intentCode, loadLexicon, type EventLexicon } from './lexicon.js';
import { readVote, VOTE_FORMS, voteLemma } from './votes.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const INTENT = new Set(
  'readiness ready offer offers offered offering plan plans planned planning intend intends intended intention intentions willing willingness prepared pledge pledged pledges promise promised promises vow vowed vows threaten threatened threatens want wants wanted seek seeks sought seeking aim aims bid determined decides agree agrees agreed expected scheduled due set slated poised'.split(' '),
);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const MODAL_INTENT = new Set(['will', 'wo', 'shall', "'ll", '’ll']);
const MODAL_POSSIBLE = new Set(['could', 'may', 'might', 'would', 'can', 'should', 'must', 'ought']);
/** Adverbs the tagger sometimes reads as verbs ("They further urged"). */
const ADVERBS = new Set(['further', 'also', 'again', 'jointly', 'repeatedly', 'still', 'then', 'later', 'already', 'reportedly', 'allegedly']);
/** Entity types that can act as the source of an event. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** Verbs that carry a nominal trigger: "made a visit", "impose sanctions", "render support". */
const LIGHT = new Set(
  // ("prepared sanctions": "prepare" is no CAMEO verb, so the lexicon has no lemma for its forms, listed here)
  ('prepare prepares prepared preparing make pay hold have conduct carry stage mount unleash impose slap support endorse back implement announce adopt extend introduce approve organize organise provide render give offer send deliver launch begin start resume continue host attend call demand reimpose apply enforce tighten expand seek request receive pledge promise complete finish agree ' +
    // "enhance coordination", "deepen cooperation"
    'enhance strengthen boost deepen increase improve intensify ' +
    // "broaden sanctions", "toughened sanctions"
    'broaden widen toughen renew').split(' '),
);
/** Adjectives of time that may follow an object noun: "sent troops last week". */
const TIME_ADJECTIVES = new Set(['last', 'next', 'this', 'past', 'previous', 'coming', 'following', 'early', 'late', 'same', 'recent']);
const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);
/** Light verbs that only promise their act: "pledged aid", "offered assistance" (CAMEO 03, intent). */
const PROMISE = new Set(['offer', 'pledge', 'promise', 'prepare', 'prepares', 'prepared', 'preparing']);
/** Nouns that name aid only after a light verb ("render support", "provide help"). */
const AID_NOUNS = new Map([['support', '070'], ['help', '070']]);
/** Prepositions that introduce a target, by trigger kind. */
const TARGET_PREPS = new Set(['', 'to', 'with', 'against', 'on', 'upon', 'of', 'for', 'into', 'from', 'at', 'toward', 'towards', 'over']);
/** Prepositions of nearness: a show of force "around" or "near" a state is made to it. */
const NEAR_PREPS = new Set(['around', 'near', 'off', 'encircling', 'surrounding']);
const ADJUNCT_PREPS = new Set(['after', 'before', 'during', 'following', 'since', 'upon', 'while', 'by', 'on', 'without', 'in', 'at', 'ahead']);
/** What may stand between a light verb and its nominal trigger: "the implementation of new sanctions". */
const OBJECT_NP = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'ADV', 'ADP', 'SYM']);
/** Verbal acts need an addressee to be worth an event: intentions, meetings, suspensions ("suspended his campaign"), appeals, cooperation, demands, criticism, rejection. */
const NEEDS_TARGET = new Set(['02', '03', '04', '05', '06', '07', '08', '10', '11', '12', '13', '14', '16', '17']);
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
  // ("switched recognition from Taiwan to China": given to the state it goes to)
  switch: new Set(['to']),
};
/** A meeting noun names its other party after these: "talks with X", "a visit to X", "the meeting between". */
const NOUN_PARTY_PREPS = new Set(['with', 'to', 'between']);
/** Clause openers that make what follows hypothetical or reported as a question. */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether']);
/** Tokens after which a capitalised word may still be a verb (quotes, headings). */
const OPENERS = new Set(['“', '"', '‘', "'", ':', '—', '–', '-', '(', '[']);
const MILITARY_ROOTS = new Set(['18', '19', '20']);
/** Nouns that name military action only after "military": "the special military operation". */
const MILITARY_NOUNS = new Map([['operation', '190'], ['operations', '190'], ['intervention', '190'], ['campaign', '190'], ['action', '190']]);
/**
 * Nouns that refer back to an act of a kind told before, for a reaction to it ("condemned the raid", "the diversion",
 * "the deportations"): any act of that CAMEO root (nouns the lexicon has refer to acts of their own verb).
 */
const REFERRED_ACTS = new Map([
  ['raid', '190'], ['raids', '190'], ['incursion', '190'], ['incursions', '190'], ['bombardment', '190'], ['shelling', '190'], ['aggression', '190'],
  ['diversion', '170'], ['crackdown', '175'], ['repression', '175'], ['deportation', '174'], ['deportations', '174'], ['arrests', '173'], ['arrest', '173'], ['detention', '173'],
]);
/** A coup by another name, for a reaction to it ("condemned the takeover"): done in its state, as "the coup". */
const TAKEOVERS = new Set(['takeover', 'putsch']);
/** Nouns that name an event with no agent in the text ("military coups in X"): coded with no source. */
const SOURCELESS = new Set(['coup', 'coups']);
/** Military verbs that are figures of speech with no named target ("fight terrorism", "battling for votes"). */
const FIGHT_LIKE = new Set(['fight', 'battle', 'combat', 'struggle', 'capture', 'seize', 'conquer', 'wage']);
/** Verbs that ascribe a quality to their object: "which X described as regrettable". */
const ASCRIBE = new Set('describe described describes describing call called calls calling term termed terms deem deemed deems label labelled labeled labels consider considered considers brand branded brands'.split(' '));
/** Adjectives of disapproval: "described as regrettable", "illegitimate sanctions". */
const DISAPPROVING = new Set(
  ('regrettable unfortunate unacceptable illegitimate illegal unlawful unjustified unjust deplorable outrageous irresponsible provocative counterproductive shameful disgraceful reckless criminal barbaric unilateral ' +
    // nouns a judgement calls an act by: "called the deal an act of aggression", "described it as a provocation"
    'aggression provocation blackmail betrayal interference sham farce ' +
    'unfair humiliating cruel inhumane unconstitutional undemocratic hostile absurd baseless groundless hypocritical ' +
    'hijacking piracy violation crime occupation').split(' '),
);
const STATE_ROOTS = new Set(['08', '15', '16', '17', '18', '19', '20']);
const SYMMETRIC_ROOTS = new Set(['04']);
/** Acts done "to" a city that reach its state: a visit or meeting there, aid or forces sent there. */
const CITY_FOR_STATE_ROOTS = new Set(['03', '04', '06', '07', '15']);
const COOPERATION_ROOTS = new Set(['05', '06', '07']);
/** What is delivered when a speech is: "deliver remarks", "delivered a blow". */
const SPOKEN = new Set('speech speeches remarks address addresses message messages lecture sermon keynote verdict blow eulogy statement critique rebuke warning warnings tribute apology assessment'.split(' '));
/** What a release is of, when not a named person. */
const RELEASED = new Set('prisoners prisoner hostages hostage detainees detainee captives soldiers sailors fishermen activists journalists women children civilians people'.split(' '));
/** Conflict roots a disapproving adjective can qualify: "illegitimate sanctions", "the illegal occupation". */
const CONFLICT_ROOTS = new Set(['13', '14', '15', '16', '17', '18', '19', '20']);
const QUOTE_TOKENS = new Set(['“', '”', '"']);

/** Nouns of a place named after "of": "the village of X", "the province of X". */
const SETTLEMENTS = new Set('village villages town towns city cities region province district area county commune municipality outskirts suburb capital locality'.split(' '));

/** Nouns of a place named after "of" ("the town of X", "the rebel stronghold of X"). */
const PLACE_KINDS = new Set([...SETTLEMENTS, 'stronghold', 'strongholds', 'port', 'island', 'enclave', 'territory']);

/** What a military act strikes: "Israeli territory", "Ukrainian cities", "army positions". */
const STRUCK = new Set([...HOLDINGS, ...'territory soil city cities town towns village villages troops forces soldiers port ports airport airports infrastructure facilities border drone drones plane planes aircraft jet jets helicopter helicopters ship ships vessel vessels warship warships'.split(' ')]);

/** Does the phrase of the noun at t open its sentence ("After the talks in X, …")? */
function opensSentence(v: View, t: number, lo: number): boolean {
  for (let k = lo; k < t; k++) if (v.lower(k) === ',' || v.isVerb(k)) return false;
  return true;
}

/** A comma between tokens from and to that opens an apposition or a clause (", a claim X disputed"), not an aside (", for the second time,"). */
function commaBetween(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.lower(k) === ',' && v.pos(k + 1) !== 'ADP' && v.pos(k + 1) !== 'ADV') return true;
  return false;
}

/** "hit the Russian city of Belgorod" (X at token f): a settlement noun after the verb at t, then "of". */
/**
 * Does the phrase a possessor at right[ri] opens end in another name ("Sudan's RSF leader X",
 * "Russia's Foreign Minister X"): only nouns, adjectives and names between them?
 */
function possessedName(v: View, right: readonly Right[], ri: number): boolean {
  const next = right[ri + 1];
  if (!next || next.prep !== '') return false;
  for (let k = v.mentionLast[right[ri].mention] + 1; k < v.mentionFirst[next.mention]; k++) {
    if (v.mentionAt[k] >= 0) {
      k = v.mentionLast[v.mentionAt[k]];
      continue;
    }
    const p = v.pos(k), w = v.lower(k);
    if (!(p === 'NOUN' || p === 'ADJ' || p === 'PROPN' || w === "'s" || w === '’s' || v.isTitleWord(k))) return false;
  }
  return true;
}

function struckSettlement(v: View, t: number, f: number): boolean {
  if (v.lower(f - 1) !== 'of' || !SETTLEMENTS.has(v.lower(f - 2))) return false;
  for (let k = t + 1; k < f - 2; k++) if (!(v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || (v.mentionAt[k] >= 0 && v.mentions[v.mentionAt[k]].kind === 'demonym'))) return false;
  return true;
}

/** "in the central village of X" (X at token f): a place named after "in/at/near the … <settlement> of". */
function inSettlement(v: View, f: number): boolean {
  if (!SETTLEMENTS.has(v.lower(f - 2))) return false;
  let k = f - 3;
  while (k >= 0 && (v.pos(k) === 'ADJ' || v.pos(k) === 'DET') && v.mentionAt[k] < 0) k--;
  const w = v.lower(k);
  return w === 'in' || w === 'at' || w === 'near';
}

interface Trigger {
  token: number;
  cameo: string;
  noun: boolean;
  /** a meeting named by an event mention ("the second X Summit"): that mention, else -1 */
  named: number;
  /** a verb of judgement whose object is an act ("condemned the attack on X"): only the act's agent is its target */
  act: boolean;
}

/** Verbs of threatening: the act they govern through "to" is only threatened. */
const THREATS = new Set(['threaten', 'threatens', 'threatened', 'threatening']);

/** Verbs whose object is an envoy, possibly named by its state's possessive: "summoned Iran's ambassador". */
const ENVOY_VERBS = new Set(['summon', 'recall', 'expel']);

/** Particles of phrasal verbs: "cut off", "shut down". */
const PARTICLES = new Set(['off', 'down', 'out', 'up', 'back']);

/** Quantifiers before "of" in an object: "most of those measures", "all of its troops". */
const PARTITIVES = new Set(['most', 'all', 'some', 'many', 'much', 'part', 'several', 'both', 'half', 'rest', 'series', 'number', 'raft', 'set', 'package', 'range']);

/** Roots of acts that demand, undo, refuse or give up what their object names: yield (08), demand (10), reject (12), reduce relations (16). */
const REVERSING_ROOTS = new Set(['08', '10', '12', '16']);

/**
 * Whether a verb, rather than the event noun it takes as direct object, says what happened: the
 * verb undoes, refuses or asks for what the noun names, by its own pattern with that object ("lift
 * sanctions" eases them, "cut cooperation" reduces relations) or by itself ("suspended
 * cooperation", "rejected talks", "demanded the withdrawal of X"). Otherwise the noun is read
 * ("impose sanctions", "held talks", "made a visit").
 */
function verbGoverns(lex: EventLexicon, lemma: string, noun: string, nounCode: string): boolean {
  const code = lex.objects.get(`${lemma} ${noun}`) ?? lex.verbs.get(lemma) ?? '';
  const root = code.slice(0, 2);
  return REVERSING_ROOTS.has(root) && root !== nounCode.slice(0, 2);
}

function findTrigger(v: View, lex: EventLexicon, t: number, hi: number): Trigger | null {
  let p = v.pos(t);
  const lw = v.lower(t);
  // "an offensive", "its offensive", "Russia's offensive", "a new offensive"
  if (p === 'ADJ' && lex.nouns.has(lw) && (v.pos(t - 1) === 'DET' || POSSESSIVES.has(v.lower(t - 1)) || v.lower(t - 1) === "'s" || v.lower(t - 1) === '’s' || ((v.pos(t - 1) === 'ADJ' || v.pos(t - 1) === 'ADV') && v.pos(t - 2) === 'DET'))) p = 'NOUN';
  // "Talks between X and Y stalled": an event noun opening its sentence, tagged a proper noun
  if (p === 'PROPN' && v.mentionAt[t] < 0 && (lex.nouns.has(lw) || lw === 'war') && v.doc.tokens.sentence[t - 1] !== v.doc.tokens.sentence[t]) p = 'NOUN';
  // ("Fighting between X and Y resumed": an -ing noun of the lexicon before "between" is the noun)
  if (p === 'VERB' && lex.nouns.has(lw) && lw.endsWith('ing') && v.lower(t + 1) === 'between') p = 'NOUN';
  // "U.S. and Britain strike Houthi targets": a headline's verb, tagged a noun, between two names
  if (p === 'NOUN' && misreadVerb(v, lex, t, lw)) {
    p = 'VERB';
    v.retag(t, p);
  }
  // "responded by closing its airspace": a gerund after a preposition, with its object, is a verb
  if (p === 'NOUN' && lw.endsWith('ing') && GERUND_PREPS.has(v.lower(t - 1)) && lex.forms.has(lw) && (POSSESSIVES.has(v.lower(t + 1)) || v.pos(t + 1) === 'DET' || v.mentionAt[t + 1] >= 0)) {
    p = 'VERB';
    v.retag(t, p);
  }
  if (p !== 'VERB' && p !== 'NOUN') return null;
  if (p === 'NOUN') {
    // ("held phone calls with X", "in a telephone call": a call, CAMEO 041)
    // ("war between X and Y": only so; "at war with", "the war on terror", "war refugees" name no act)
    let code = lex.nouns.get(lw) ?? (v.lower(t - 1) === 'military' ? MILITARY_NOUNS.get(lw) : (lw === 'calls' || lw === 'call') && phoneBefore(v, t) ? '041' : lw === 'war' && v.lower(t + 1) === 'between' ? '190' : undefined);
    // ("joint military drills with X": drills held together are military cooperation, not a show of force)
    if (code === '150' && (v.lower(t - 1) === 'joint' || v.lower(t - 2) === 'joint' || v.lower(t - 3) === 'joint')) code = '062';
    return code && !alleged(v, t) ? { token: t, cameo: code, noun: true, named: -1, act: false } : null;
  }
  const lemma = lex.forms.get(lw);
  if (!lemma) return null;
  if (alleged(v, t)) return null;
  // ("placed Ali Bongo under house arrest": an arrest, CAMEO 173)
  if ((lemma === 'place' || lemma === 'put') && underArrest(v, t, hi)) return { token: t, cameo: '173', noun: false, named: -1, act: false };
  // the object: a nominal trigger there takes over ("impose sanctions", "support the implementation of sanctions")
  let objectNoun = '';
  let actObject = false;
  // the object noun of a pattern heads the direct object: "expressed deep concern", not "told me his support"
  let direct = true;
  for (let k = t + 1; k < Math.min(hi, t + 9); k++) {
    const pk = v.pos(k);
    // ("froze Niger's assets", "summoned Iran's ambassador": a named possessor opens the object, whose noun follows;
    // "expelled the French ambassador", "withdrew French group Orano's licence": a demonym qualifying a noun is no object either)
    if (v.mentionAt[k] >= 0) {
      const m = v.mentionAt[k];
      const last = v.mentionLast[m];
      const after = v.lower(last + 1);
      if (after === "'s" || after === '’s') {
        k = last + 1;
        continue;
      }
      if (v.mentions[m].kind === 'demonym' && (v.pos(last + 1) === 'NOUN' || v.pos(last + 1) === 'ADJ')) {
        k = last;
        continue;
      }
      // ("granted X political asylum": the receiver right after a verb of giving, then the thing given)
      if (k === t + 1 && GIVING.has(lw) && v.mentions[m].kind !== 'demonym' && (v.pos(last + 1) === 'NOUN' || v.pos(last + 1) === 'ADJ') && v.mentionAt[last + 1] < 0) {
        k = last;
        continue;
      }
    }
    // ("summoned each other's ambassadors": the reciprocal possessor opens the object)
    if ((v.lower(k) === 'other' || v.lower(k) === 'another') && /^['’]s$/.test(v.lower(k + 1))) {
      k++;
      continue;
    }
    // ("cut off supplies", "shut down the border": a particle right after the verb keeps the object direct)
    if (k === t + 1 && PARTICLES.has(v.lower(k))) continue;
    // (a possessive pronoun that stands for a quote's speaker is a mention, and no object: "ending our cooperation")
    if (v.mentionAt[k] >= 0 && !POSSESSIVES.has(v.lower(k))) {
      // "end Operation X": the first word of a named object may fit a pattern
      if (direct) objectNoun ||= v.lower(k);
      break;
    }
    // ("cut diplomatic, trade and travel ties": a comma inside a list of the object's modifiers)
    if (pk === 'PUNCT' && v.lower(k) === ',' && modifierList(v, k, hi)) continue;
    if (pk === 'PUNCT' || v.isBoundary(k)) break;
    // ("lifted most of those measures": a partitive keeps the object direct)
    // ("launched more than 300 drones", "at least 20 missiles": a quantifier keeps it direct too)
    // ("lifted economic and financial sanctions": adjectives coordinated inside the object keep it direct)
    // ("suspended $700 million in emergency assistance": an amount "in" the object's noun keeps it direct)
    if (pk !== 'DET' && pk !== 'ADJ' && pk !== 'NUM' && pk !== 'NOUN' && !POSSESSIVES.has(v.lower(k)) && !(v.lower(k) === 'of' && PARTITIVES.has(v.lower(k - 1))) && !quantifierWord(v, k) && !(pk === 'SYM' && v.pos(k + 1) === 'NUM') && !(v.lower(k) === 'in' && isAmountEnd(v.lower(k - 1))) && !(pk === 'CCONJ' && (v.pos(k - 1) === 'ADJ' || v.pos(k - 1) === 'NOUN') && (v.pos(k + 1) === 'ADJ' || v.pos(k + 1) === 'NOUN'))) direct = false;
    // ("revoked a series of agreements": a partitive noun before "of" heads nothing)
    if (pk === 'NOUN' && v.lower(k + 1) === 'of' && PARTITIVES.has(v.lower(k))) continue;
    // a noun before another noun modifies it ("a cooperation agreement", "trade sanctions"): the last one heads the object
    // (not "declared the ambassador persona non grata": the Latin phrase is what the object is declared)
    if (pk === 'NOUN' && v.pos(k + 1) === 'NOUN' && v.mentionAt[k + 1] < 0 && v.lower(k + 1) !== 'persona') continue;
    // (also across an adjective: "emergency economic assistance"; not a time, "troops last week")
    if (pk === 'NOUN' && v.pos(k + 1) === 'ADJ' && v.pos(k + 2) === 'NOUN' && v.mentionAt[k + 1] < 0 && v.mentionAt[k + 2] < 0 && !TIME_ADJECTIVES.has(v.lower(k + 1))) continue;
    // (and one coordinated with another before their head: "trade and travel ties")
    // (but "recalled its ambassador and defence attache", "imposed sanctions and travel bans": a head of its own)
    if (pk === 'NOUN' && (v.lower(k + 1) === 'and' || v.lower(k + 1) === 'or') && v.pos(k + 2) === 'NOUN' && v.pos(k + 3) === 'NOUN' && v.mentionAt[k + 3] < 0 && !lex.nouns.has(v.lower(k)) && !lex.objects.has(`${lemma} ${v.lower(k)}`)) continue;
    // (and one before a named possessor: "the French group Orano's licence")
    if (pk === 'NOUN' && v.mentionAt[k + 1] >= 0 && v.isPossessive(v.mentionAt[k + 1])) continue;
    if (pk === 'NOUN') {
      const lk = v.lower(k);
      // ("cut all communication lines with X": the lines of contact, not "supply lines")
      if (direct) objectNoun ||= lk === 'lines' && /^communications?$/.test(v.lower(k - 1)) ? 'communications' : lk;
      const nounCode = lex.nouns.get(lk);
      // (but "condemned the killing of X by Y", a judgement of a hostile act, is a verbal act of its own, on the act's agent)
      const judged = nounCode !== undefined && CONFLICT_ROOTS.has(nounCode.slice(0, 2)) && judges(lex, lemma);
      if (nounCode && (LIGHT.has(lemma) || (k <= t + 3 && !judged)) && !(direct && verbGoverns(lex, lemma, lk, nounCode))) return null;
      // (its code is the verb's: the dictionary's patterns of such verbs with such nouns are mostly noise)
      // (but "blamed the fighting on X": whom the act is blamed on follows)
      if (judged && direct && objectNoun === lk && lemma !== 'blame') {
        objectNoun = '';
        actObject = true;
      }
    }
    if (pk === 'VERB' && v.lower(k - 1) !== 'and') break;
  }
  if (GATED.has(lemma) && !gateOpen(v, lemma, t, hi, lex)) return null;
  // ("the sanctions the bloc imposed on X": an object before the subject of its relative clause)
  if (!objectNoun) objectNoun = gappedObject(v, lex, lemma, t);
  // ("The Russian ambassador was summoned by Poland": a passive's subject is the object of a pattern)
  if (!objectNoun && ENVOY_VERBS.has(lemma)) {
    const subject = passiveSubject(v, t);
    if (subject >= 0 && v.mentionAt[subject] < 0) objectNoun = v.lower(subject);
  }
  // ("China protested to the United States": a state or body protesting to another complains officially (114), as
  // "complained to"; protesters in the streets protest against someone)
  if (lemma === 'protest' && v.lower(t + 1) === 'to' && v.mentionAt[t + 2 + (v.pos(t + 2) === 'DET' ? 1 : 0)] >= 0) return { token: t, cameo: '114', noun: false, named: -1, act: false };
  // ("ordered all Belarusian diplomats to leave": an expulsion, as "expelled", CAMEO 161)
  if (ORDER_FORMS.has(lw) && envoysToLeave(v, t, hi)) return { token: t, cameo: '161', noun: false, named: -1, act: false };
  // ("spoke by telephone with X": a call, CAMEO 041)
  if (lemma === 'speak' && byPhone(v, t, hi)) return { token: t, cameo: '041', noun: false, named: -1, act: false };
  // (a pattern of a mere statement, "reject accusation" as 016 "deny responsibility", leaves the verb's own code:
  // rejecting what another said of one is an act towards them)
  // ("closed its borders", "froze Niger's assets": the dictionary's patterns name the object in the singular)
  // ("shut its airspace": the dictionary's patterns are those of "close")
  const patterned = PATTERN_SYNONYMS.get(lemma) ?? lemma;
  const pattern = objectNoun ? lex.objects.get(`${patterned} ${objectNoun}`) ?? (objectNoun.endsWith('s') ? lex.objects.get(`${patterned} ${objectNoun.slice(0, -1)}`) : undefined) : undefined;
  // ("dismissed the measures", "dismissed the criticism": rejecting an act or a claim; the dictionary has "dismiss"
  // only with some objects, and alone it is firing someone)
  if (!pattern && lemma === 'dismiss' && (MOVE_NOUNS.has(objectNoun) || CLAIM_NOUNS.has(objectNoun) || objectNoun === 'sanctions')) return { token: t, cameo: '120', noun: false, named: -1, act: false };
  // (nor does a verb of criticism take another kind of act from its object: the dictionary's "condemn move" as a
  // threat, "condemn meeting" as a reduction of relations are noise of its synonym sets; "condemned the move" is criticism)
  const own = lex.verbs.get(lemma);
  // ("flew to Honiara": a visit, as "travelled to"; not "flew back to", a return, nor "flew aid to X", the dictionary's patterns)
  const code = (pattern && !(pattern.startsWith('01') && own) && !(own?.startsWith('11') && !/^1[12]/.test(pattern)) ? pattern : undefined) || own || (lemma === 'fly' && v.lower(t + 1) !== 'back' && placeVisited(v, t, hi) >= 0 ? '042' : undefined);
  if (!code || code.startsWith('01') || code.startsWith('09')) return null;
  // ("approved an $80 million sale of military equipment to X", "cleared arms sales": selling arms is military
  // cooperation (CAMEO 062), not the dictionary's economic intent for any sale)
  if ((objectNoun === 'sale' || objectNoun === 'sales') && code.startsWith('03') && armsSold(v, t, hi)) return { token: t, cameo: '062', noun: false, named: -1, act: false };
  // ("withdrawing its own diplomatic staff from X": a cut in diplomatic relations (161), as recalling an ambassador, not a troop withdrawal)
  if ((lemma === 'withdraw' || lemma === 'pull') && code.startsWith('087') && diplomatsObject(v, t, hi)) return { token: t, cameo: '161', noun: false, named: -1, act: false };
  return { token: t, cameo: code, noun: false, named: -1, act: actObject };
}

/**
 * Is the comma at k inside a list of modifiers before one head noun ("diplomatic, trade and travel
 * ties")? Adjectives or nouns on both sides of it, and only such words and commas up to an "and" or
 * "or" that one more modifier and the head follow.
 */
function modifierList(v: View, k: number, hi: number): boolean {
  const mod = (j: number) => (v.pos(j) === 'ADJ' || v.pos(j) === 'NOUN') && v.mentionAt[j] < 0;
  if (!mod(k - 1) || !mod(k + 1)) return false;
  for (let j = k + 1; j < Math.min(hi, k + 8); j++) {
    const w = v.lower(j);
    if (w === 'and' || w === 'or') return mod(j + 1) && mod(j + 2);
    if (!mod(j) && w !== ',') return false;
  }
  return false;
}

/**
 * The object noun of a verb pattern that stands before the verb's subject in a relative clause:
 * "the tough sanctions (that) the bloc imposed on Niger", "the measures it took"; '' when there is none.
 */
function gappedObject(v: View, lex: EventLexicon, lemma: string, t: number): string {
  let k = t - 1;
  while (k > 0 && v.pos(k) === 'ADV' && v.mentionAt[k] < 0) k--;
  // the subject: a name, a pronoun, or a common noun with its determiner ("the bloc")
  if (v.mentionAt[k] >= 0) {
    k = v.mentionFirst[v.mentionAt[k]] - 1;
    if (v.pos(k) === 'DET') k--;
  } else if (v.pos(k) === 'PRON') k--;
  else if (v.pos(k) === 'NOUN') {
    k--;
    while (k > 0 && v.pos(k) === 'ADJ') k--;
    if (v.pos(k) !== 'DET') return '';
    k--;
  } else return '';
  if (v.lower(k) === 'that' || v.lower(k) === 'which') k--;
  if (k < 0 || v.pos(k) !== 'NOUN' || v.mentionAt[k] >= 0) return '';
  const n = v.lower(k);
  return lex.objects.has(`${lemma} ${n}`) || (n.endsWith('s') && lex.objects.has(`${lemma} ${n.slice(0, -1)}`)) ? n : '';
}

/** Aid words that are as often political backing: no home state is assumed for them. */
const HOMELESS_AID = new Set(['support', 'supported', 'supports', 'supporting', 'backing', 'help', 'helped', 'helps', 'helping']);

/** Does a recipient phrase ("to either side", "for the force") follow the trigger at t in its clause? */
function recipientAfter(v: View, t: number, hi: number): boolean {
  for (let k = t + 1; k < hi && k < t + 10; k++) {
    const w = v.lower(k);
    if ((w === 'to' || w === 'for' || w === 'into') && v.mentionAt[k] < 0) return true;
    if (v.isBoundary(k) || w === ',') return false;
  }
  return false;
}

/** A singular demonym after a determiner that heads its phrase ("an American", "the first Briton to"). */
function oneNational(v: View, m: number): boolean {
  const first = v.mentionFirst[m], next = v.mentionLast[m] + 1;
  if (/s$/i.test(v.mentions[m].text) || first === 0) return false;
  const after = v.pos(next);
  if (after === 'NOUN' || after === 'PROPN' || after === 'ADJ' || v.mentionAt[next] >= 0) return false;
  let k = first - 1;
  while (k > 0 && (v.pos(k) === 'ADJ' || v.pos(k) === 'NUM') && v.mentionAt[k] < 0) k--;
  return v.pos(k) === 'DET';
}

/** The person or state spoken "with" or "to" within a few words after t ("spoke by telephone with Ali"), else -1. */
function spokenTo(v: View, t: number, hi: number): number {
  for (let k = t + 1; k < hi && k < t + 6; k++) {
    const w = v.lower(k);
    if (w !== 'with' && w !== 'to') continue;
    let j = k + 1;
    // ("with Turkish President X", "with his Pakistani counterpart, caretaker Foreign Minister X": a nationality,
    // a possessive and "counterpart," before the name)
    for (; j < hi; j++) {
      const n = v.mentionAt[j];
      if (n >= 0 ? v.mentions[n].kind === 'demonym' : v.pos(j) === 'DET' || v.pos(j) === 'ADJ' || v.isTitleWord(j) || POSSESSIVE_PRONOUNS.has(v.lower(j)) || v.lower(j) === 'counterpart' || v.lower(j) === 'caretaker' || v.lower(j) === 'interim' || (v.lower(j) === ',' && v.lower(j - 1) === 'counterpart')) {
        if (n >= 0) j = v.mentionLast[n];
        continue;
      }
      break;
    }
    const m = v.mentionAt[j];
    if (m < 0 || !(v.mentions[m].type === 'PERSON' || v.mentions[m].type === 'GPE')) return -1;
    // (the name heads its phrase: not "the Alabama-based X", "The Des Moines Register")
    const after = v.mentionLast[m] + 1;
    return v.lower(after) === '-' || v.pos(after) === 'PROPN' || v.pos(after) === 'NOUN' ? -1 : m;
  }
  return -1;
}

/** "by phone", "by telephone", "in a phone call" within a few words after t. */
function byPhone(v: View, t: number, hi: number): boolean {
  for (let k = t + 1; k < hi && k < t + 9; k++) if (/^(?:tele)?phone$/.test(v.lower(k))) return true;
  return false;
}

/** "met with doctors", "signed a deal with the firm": a party named after the act at t, if not by name. */
function withSomeone(v: View, t: number, hi: number): boolean {
  for (let k = t + 1; k < hi && k < t + 6; k++) {
    if (v.lower(k) === 'with' || v.lower(k) === 'to') return true;
    if (v.isBoundary(k) || v.pos(k) === 'PUNCT' || v.isVerb(k)) return false;
  }
  return false;
}

/** A verb of judgement or demand ("condemn", "praise", "accuse", "demand", "reject"), whose object act is no event of the verb. */
function judges(lex: EventLexicon, lemma: string): boolean {
  const root = (lex.verbs.get(lemma) ?? '').slice(0, 2);
  return VERBAL_ROOTS.has(root) || root === '12';
}

/**
 * The person the sentence before the one starting at token lo is about: its subject when a person
 * is named before its first verb, else its only person; -1 when neither.
 */
function previousPerson(v: View, lo: number): number {
  const si = v.doc.tokens.sentence[lo] - 1;
  if (si < 0) return -1;
  const { firstToken, endToken } = v.doc.sentences[si];
  let only = -1, entity: string | null = null, verbSeen = false;
  for (let k = firstToken; k < endToken; k++) {
    const m = v.mentionAt[k];
    if (m < 0) {
      if (v.isVerb(k)) verbSeen = true;
      continue;
    }
    k = v.mentionLast[m];
    if (v.mentions[m].type !== 'PERSON') continue;
    if (!verbSeen) return m;
    if (entity !== null && entity !== v.mentions[m].entity) return -1;
    entity = v.mentions[m].entity;
    only = m;
  }
  return only;
}

/** Are tokens [lo, k) at most a phrase of time before a subject ("On Monday", "Later on Tuesday,")? */
function onlyTimeBefore(v: View, lo: number, k: number): boolean {
  for (let j = lo; j < k; j++) if (v.isVerb(j) || v.mentionAt[j] >= 0 || v.isBoundary(j)) return false;
  return true;
}

/**
 * The subject of the sentence before the one starting at lo, when a state or an organisation: its first
 * name before the first verb, with no preposition before it; else -1.
 */
function previousBody(v: View, lo: number): number {
  const si = v.doc.tokens.sentence[lo] - 1;
  if (si < 0) return -1;
  const { firstToken, endToken, start, end } = v.doc.sentences[si];
  // ("“…,” China's foreign ministry said. It demanded …": a quote's speaker, when a state or organisation)
  if (QUOTE_TOKENS.has(v.lower(firstToken))) {
    const q = v.doc.quotes.find((q) => q.start >= start && q.start < end && q.speaker.mention);
    const k = q ? tokenAt(v.doc, q.speaker.mention!.start) : -1;
    const m = k >= 0 ? v.mentionAt[k] : -1;
    if (m >= 0 && (v.mentions[m].type === 'GPE' || v.mentions[m].type === 'ORG')) return m;
  }
  for (let k = firstToken; k < endToken; k++) {
    if (v.isVerb(k)) return -1;
    const m = v.mentionAt[k];
    if (m < 0) continue;
    const type = v.mentions[m].type;
    return (type === 'GPE' || type === 'ORG') && !v.prepBefore(v.mentionFirst[m]) && !v.isPossessive(m) && !v.isModifier(m) ? m : -1;
  }
  return -1;
}

/** The actor a sentence opens with, before any full verb, comma or preposition (tokens [lo, hi)), else -1. */
function openingSubject(v: View, lo: number, hi: number): number {
  for (let k = lo; k < hi; k++) {
    const m = v.mentionAt[k];
    if (m >= 0) {
      // ("Russian Foreign Ministry spokeswoman Maria Zakharova": past the names that qualify the subject)
      if (v.isPossessive(m) || v.isModifier(m) || v.mentions[m].kind === 'demonym') {
        k = v.mentionLast[m];
        continue;
      }
      return ACTOR_TYPES.has(v.mentions[m].type) && !v.prepBefore(v.mentionFirst[m]) ? m : -1;
    }
    if (v.isVerb(k) || v.lower(k) === ',' || v.pos(k) === 'ADP') return -1;
  }
  return -1;
}

/** Is the person of mention m (or one of the same surname) named in tokens [lo, hi)? */
function namedIn(v: View, m: number, lo: number, hi: number): boolean {
  const surname = (text: string) => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  const { entity, text } = v.mentions[m];
  for (let k = lo; k < hi; k++) {
    const o = v.mentionAt[k];
    if (o < 0 || v.mentions[o].kind === 'pronoun') continue;
    if (v.mentions[o].entity === entity || (v.mentions[o].type === 'PERSON' && surname(v.mentions[o].text) === surname(text))) return true;
    k = v.mentionLast[o];
  }
  return false;
}

/** Nouns of a role before a name that are verbs too ("host", "hosts"). */
const ROLE_NOUNS = new Set(['host', 'hosts', 'chair', 'chairs', 'head', 'heads', 'aide', 'envoy', 'guard']);

/** For a passive participle at t ("were struck by"): the last token of its subject, else -1. */
function passiveSubject(v: View, t: number): number {
  if (v.lower(t + 1) !== 'by') return -1;
  let k = t - 1;
  while (k > 0 && v.pos(k) === 'ADV') k--;
  if (!BE.has(v.lower(k))) return -1;
  k--;
  while (k > 0 && (v.pos(k) === 'AUX' || v.pos(k) === 'ADV')) k--;
  return k;
}

/** Is the noun-tagged token t a verb? */
function misreadVerb(v: View, lex: EventLexicon, t: number, lw: string): boolean {
  // "U.S. and Britain strike Houthi targets": a headline's verb between two names (not "Israel's strike", "the U.S. strike")
  // (nor a role before a name: "Fox News host Sean Hannity")
  const lemma = lex.forms.get(lw);
  if (v.mentionAt[t] < 0 && v.mentionAt[t - 1] >= 0 && (v.mentionAt[t + 1] >= 0 || v.pos(t + 1) === 'DET') && lex.verbs.has(lemma ?? '') && !(v.lower(t - 1) === "'s" || v.lower(t - 1) === '’s' || v.pos(t - 2) === 'DET') && !v.isTitleWord(t) && !ROLE_NOUNS.has(lw)) return true;
  // "Algeria shot down a drone", "had shot down": a verb form before its particle, after its subject or an auxiliary
  // (not "shot back", "signs up": particles that change the verb's sense)
  if (lemma && lemma !== lw && lex.verbs.has(lemma) && (v.lower(t + 1) === 'down' || v.lower(t + 1) === 'out' || v.lower(t + 1) === 'off') && (v.mentionAt[t - 1] >= 0 || PERFECT.has(v.lower(t - 1)))) return true;
  // "Tehran has long accused Islamabad": a past participle after a perfect's auxiliary (an adverb between)
  if (lw.endsWith('ed')) {
    const aux = v.pos(t - 1) === 'ADV' || v.pos(t - 1) === 'ADJ' ? t - 2 : t - 1;
    return PERFECT.has(v.lower(aux)) && v.mentionAt[t + 1] >= 0;
  }
  if (!lw.endsWith('ing')) return false;
  // "began firing at X": an -ing word after a verb of phase
  if (PHASE.has(v.lower(t - 1))) return true;
  // "after meeting Putin", "…, meeting the RSF delegation": an -ing word between an adjunct's
  // preposition or a comma and its object
  return (ADJUNCT_PREPS.has(v.lower(t - 1)) || v.lower(t - 1) === ',') && v.mentionAt[t - 1] < 0 && (v.mentionAt[t + 1] >= 0 || v.pos(t + 1) === 'DET');
}

/** Does sentence si tell of a coup ("seized power", "took power", "coup", "putsch", "junta")? */
function coupSentence(v: View, si: number): boolean {
  const { firstToken, endToken } = v.doc.sentences[si];
  for (let k = firstToken; k < endToken; k++) {
    const w = v.lower(k);
    if (w === 'coup' || w === 'putsch' || w === 'junta' || (w === 'power' && /^(?:seiz|took|tak|grab)/.test(v.lower(k - 1)))) return true;
  }
  return false;
}

/** Does place id lie in the state of the doer named by mention m? */
function ownPlace(actors: Actors, place: string, m: number): boolean {
  const doer = actors.ofMention(m);
  const state = actors.isState(doer) ? doer : actors.countryOf(doer);
  return !!state && actors.countryOf(place) === state;
}

/** What an authority grants and may withdraw: "withdrew X's licence". */
const ENTITLEMENTS = new Set(['licence', 'licences', 'license', 'licenses', 'permit', 'permits', 'concession', 'concessions', 'accreditation', 'accreditations']);

/** The noun a possessor at mention m owns ("Orano's licence" -> "licence"), adjectives aside; '' when none. */
function possessedNoun(v: View, m: number): string {
  let k = v.mentionLast[m] + 1;
  if (v.lower(k) === "'s" || v.lower(k) === '’s' || v.lower(k) === "'" || v.lower(k) === '’') k++;
  while (v.pos(k) === 'ADJ' && v.mentionAt[k] < 0) k++;
  return v.pos(k) === 'NOUN' && v.mentionAt[k] < 0 ? v.lower(k) : '';
}

/** Means after "by" that make no agent of it: "spoken by phone", "met by video link". */
const MEANS = new Set(['phone', 'telephone', 'video', 'videoconference', 'videolink', 'letter', 'email', 'e-mail', 'satellite', 'radio', 'road', 'air', 'sea', 'land']);

/** Is token t after "phone" or "telephone" ("a phone call")? */
const phoneBefore = (v: View, t: number): boolean => v.lower(t - 1) === 'phone' || v.lower(t - 1) === 'telephone';

/** "than" of "more than", "at" of "at least": words of a quantifier before a number. */
function quantifierWord(v: View, k: number): boolean {
  const w = v.lower(k);
  if (w === 'than') return /^(?:more|fewer|less)$/.test(v.lower(k - 1));
  // ("sent about 100 military instructors")
  if (APPROXIMATELY.has(w)) return v.pos(k + 1) === 'NUM';
  return w === 'at' && v.lower(k + 1) === 'least';
}

/** Words of an approximate number: "about 100", "some 5,000". */
const APPROXIMATELY = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'over', 'up']);

/** Verbs and nouns of accusation: the act they ascribe is alleged, not reported as done. */
const ACCUSE = new Set('accuse accuses accused accusing accusation accusations blame blames blamed blaming charge charges charged charging suspect suspects suspected'.split(' '));

/**
 * "accused X of undermining Y", "accused X of bowing to pressure from Y": what follows the "of" of an
 * accusation is alleged (the accusation is the event), up to the clause's end.
 */
function alleged(v: View, t: number): boolean {
  let of = -1;
  const lo = v.doc.sentences[v.doc.tokens.sentence[t]].firstToken;
  for (let k = t - 1; k >= lo && k > t - 16; k--) {
    const w = v.lower(k);
    // ("accused X of harbouring, training and financing Y": a list of gerunds goes on)
    if ((w === ',' || w === 'and' || w === 'or') && k > lo && v.pos(k - 1) === 'VERB' && v.lower(k - 1).endsWith('ing') && v.lower(t).endsWith('ing')) continue;
    if (v.isBoundary(k) || w === ',' || w === ';') return false;
    if (w === 'of' && of < 0) of = k;
    // (but "accused X of organising the assault and demanded …": a finite verb after "and" is the accuser's own act)
    else if (of >= 0 && ACCUSE.has(w)) return of === t - 1 ? v.lower(t).endsWith('ing') : v.lower(of + 1).endsWith('ing') && !(v.lower(t - 1) === 'and' && !v.lower(t).endsWith('ing'));
  }
  return false;
}

/** The place mention that "arrived in", "travelled to" (t) names, else -1 ("arrived in the Qatari capital Doha"). */
function placeVisited(v: View, t: number, hi: number): number {
  let k = t + 1;
  // ("travelled back to X", "arrived back in X")
  if (v.lower(k) === 'back') k++;
  const prep = v.lower(k);
  if (prep !== 'in' && prep !== 'at' && prep !== 'to' && prep !== 'into') return -1;
  k++;
  for (; k < hi && k < t + 7; k++) {
    const d = v.mentionAt[k];
    // ("the Qatari capital Doha": a demonym qualifies the place)
    if (d >= 0 && v.mentions[d].kind === 'demonym') k = v.mentionLast[d];
    else if (d >= 0 || !(v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NOUN' || v.lower(k) === ',')) break;
  }
  const m = v.mentionAt[k];
  return m >= 0 && (v.mentions[m].type === 'GPE' || v.mentions[m].type === 'LOC') ? m : -1;
}

/** The mention named right after the verb at t, a determiner aside ("quit ECOWAS", "left the CSTO"), else -1. */
function nameAfter(v: View, t: number): number {
  return v.mentionAt[v.pos(t + 1) === 'DET' ? t + 2 : t + 1];
}

const ARMS_WORDS = new Set(['arms', 'weapons', 'weapon', 'military', 'missile', 'missiles', 'defence', 'defense', 'fighter', 'jets', 'tanks', 'drones', 'munitions', 'ammunition', 'artillery', 'howitzers']);

/** Does the object of the verb at t name arms ("an arms sale", "a sale of military equipment")? */
function armsSold(v: View, t: number, hi: number): boolean {
  for (let k = t + 1; k < hi && k < t + 12; k++) {
    if (ARMS_WORDS.has(v.lower(k))) return true;
    if (v.isBoundary(k) || v.lower(k) === ',' || (v.isVerb(k) && k > t + 1)) return false;
  }
  return false;
}

/** Does the object of the verb at t name envoys ("its ambassador", "its own diplomatic staff")? */
function diplomatsObject(v: View, t: number, hi: number): boolean {
  for (let k = t + 1; k < hi && k < t + 8; k++) {
    const w = v.lower(k);
    if (DIPLOMAT_NOUNS.has(w) || (w === 'diplomatic' && /^(?:staff|personnel|corps|mission|missions)$/.test(v.lower(k + 1)))) return true;
    if (v.isBoundary(k) || v.pos(k) === 'ADP' || v.pos(k) === 'PUNCT' || (v.isVerb(k) && k > t + 1)) return false;
  }
  return false;
}

/** Verbs whose objects the dictionary lists under another verb's patterns. */
const PATTERN_SYNONYMS = new Map([['shut', 'close']]);
const ORDER_FORMS = new Set(['order', 'orders', 'ordered', 'ordering']);
/** Nouns of a state's envoys, whom an order to leave expels. */
const DIPLOMAT_NOUNS = new Set(['diplomat', 'diplomats', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'attache', 'attaché', 'consul', 'chargé', 'charge']);

/** Does "ordered" at t govern envoys and "to leave" ("ordered all Belarusian diplomats to leave (the country)")? */
function envoysToLeave(v: View, t: number, hi: number): boolean {
  let k = t + 1;
  let envoys = false;
  for (; k < hi && k < t + 8 && v.lower(k) !== 'to'; k++) {
    if (DIPLOMAT_NOUNS.has(v.lower(k))) envoys = true;
    else if (!(v.mentionAt[k] >= 0 || OBJECT_NP.has(v.pos(k)) || v.lower(k) === "'s" || v.lower(k) === '’s') || v.pos(k) === 'ADP') return false;
  }
  return envoys && v.lower(k) === 'to' && /^(?:leave|depart|quit)$/.test(v.lower(k + 1));
}

/** Is the object right after t ("a two-year transition") followed by "with" and a name? */
function withAfterObject(v: View, t: number, hi: number): boolean {
  let k = t + 1;
  while (k < hi && k < t + 6 && v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || v.pos(k) === 'NOUN' || v.lower(k) === '-')) k++;
  return k > t + 1 && v.lower(k) === 'with' && (v.mentionAt[k + 1] >= 0 || (v.pos(k + 1) === 'DET' && v.mentionAt[k + 2] >= 0));
}


const COUNTERPARTS = new Set(['counterpart', 'counterparts']);

/** Does a subject "X and Y" end right before the verb at t (its auxiliaries and adverbs aside)? */
function pairBefore(v: View, t: number): boolean {
  let k = t - 1;
  while (k > 0 && v.mentionAt[k] < 0 && (v.pos(k) === 'AUX' || v.pos(k) === 'ADV' || v.pos(k) === 'PART')) k--;
  const b = v.mentionAt[k];
  if (b < 0) return false;
  let and = v.mentionFirst[b] - 1;
  // (over the second name's title and nationality: "X and South Korean President Y agreed")
  while (and > 0 && and > v.mentionFirst[b] - 6 && v.lower(and) !== 'and') {
    const m = v.mentionAt[and];
    if (m >= 0 && v.mentions[m].kind === 'demonym') and = v.mentionFirst[m] - 1;
    // (and "A and his Pakistani counterpart B")
    else if ((m < 0 && (v.isTitleWord(and) || COUNTERPARTS.has(v.lower(and)))) || (POSSESSIVES.has(v.lower(and)) && v.lower(and - 1) === 'and')) and--;
    else break;
  }
  return v.lower(and) === 'and' && v.mentionAt[and - 1] >= 0 && v.mentions[v.mentionAt[and - 1]].entity !== v.mentions[b].entity;
}

/** The place mention taken by "took" at t ("took Kanyabayonga", "took control of the town of X"), else -1. */
function placeTaken(v: View, t: number, hi: number): number {
  let k = t + 1;
  if (v.lower(k) === 'control' && v.lower(k + 1) === 'of') k += 2;
  // ("the eastern town of X", "the strategic city")
  const from = k;
  while (k < hi && k < from + 5 && v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NOUN' || v.lower(k) === 'of')) k++;
  const m = v.mentionAt[k];
  if (m < 0 || (v.mentions[m].type !== 'GPE' && v.mentions[m].type !== 'LOC') || (v.mentions[m].kb ?? '').startsWith('iso3:')) return -1;
  // ("took Mali to court", "takes Nile dam dispute to …": a place qualifying another noun is no place taken)
  const after = v.mentionLast[m] + 1;
  return v.lower(after) === 'to' || v.pos(after) === 'NOUN' || v.pos(after) === 'PROPN' ? -1 : m;
}

/** Verbs that trigger only in one pattern of theirs (gateOpen). */
const GATED = new Set(['cross', 'recognise', 'recognize', 'force', 'ask', 'press', 'take', 'agree', 'leave', 'dissolve', 'disband', 'call', 'help', 'assist', 'quit', 'encourage', 'receive', 'hit', 'strike', 'fire', 'speak', 'pull', 'explode', 'arrive', 'travel', 'invite']);

/** What is fired or launched at a target. */
const WEAPONS = new Set('missiles missile rockets rocket drones drone shells mortars projectiles salvo salvos barrage artillery'.split(' '));

/**
 * Whether a gated verb at t stands in the pattern that makes it an act. (Apart from findTrigger so
 * that these rare paths do not make V8 recompile it.)
 */
function gateOpen(v: View, lemma: string, t: number, hi: number, lex: EventLexicon): boolean {
  const next = v.lower(t + 1);
  switch (lemma) {
    // "asked X to do", "asked for X" is a request; "asked X a question", "when asked" is not
    case 'ask':
    // "pressed X to implement the deal", "pressed Tehran for guarantees"
    case 'press':
      return requestFollows(v, t + 1, hi);
    // "called on X to act" is an appeal; "called him a liar", "called for calm", "called X" are not
    case 'call':
      return (next === 'on' || next === 'upon') && requestFollows(v, t + 2, hi);
    // "help patrol a coastline": helping to do something is no aid to what follows ("help Mali fight" is);
    // a "noun" right before a determiner is a verb the tagger missed
    case 'help':
    case 'assist':
      return !(v.pos(t + 1) === 'VERB' || (next === 'to' && v.pos(t + 2) === 'VERB') || (v.pos(t + 1) === 'NOUN' && v.pos(t + 2) === 'DET'));
    // "quit ECOWAS": an organisation or state named right after; not "quit political calculations"
    case 'quit':
      return nameAfter(v, t) >= 0;
    // "forced France to pull out": a name, then "to"
    case 'force': {
      const m = nameAfter(v, t);
      if (m < 0) return false;
      // ("forced a Ryanair passenger jet to land": over the nouns the name qualifies)
      let k = v.mentionLast[m] + 1;
      while (k < hi && k < v.mentionLast[m] + 4 && v.pos(k) === 'NOUN' && v.mentionAt[k] < 0) k++;
      return v.lower(k) === 'to';
    }
    // "dissolved the FNDC": an organisation named right after; not "the crowd dissolved", "dissolved parliament" (no name)
    case 'dissolve':
    case 'disband': {
      const m = nameAfter(v, t);
      return m >= 0 && v.mentions[m].type === 'ORG';
    }
    // "would leave the CSTO (altogether)": an organisation named right after; not "left the country", "leave office"
    case 'leave': {
      const m = nameAfter(v, t);
      return m >= 0 && v.mentions[m].type === 'ORG' && (v.mentions[m].kb ?? '').startsWith('igo:');
    }
    // "received Mahmoud Dicko" hosts a visitor; "received a letter", "received support" are no visit
    case 'receive': {
      let k = t + 1;
      while (v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.isTitleWord(k))) k++;
      return v.mentionAt[k] >= 0 && v.mentions[v.mentionAt[k]].type === 'PERSON';
    }
    // "exploded a car bomb": a device as object; not "violence exploded into fighting"
    case 'explode':
      return v.pos(t + 1) === 'DET' || v.pos(t + 1) === 'NOUN' || v.pos(t + 1) === 'NUM' || v.pos(t + 1) === 'ADJ';
    // "hit the city of X", "struck Damascus", "struck army positions": a place or military target
    // as object; not "hit a record", "struck a deal", "strike a balance"
    case 'hit':
    case 'strike': {
      // ("Ukrainian cities were struck by Russian missiles": the subject of a passive is what is struck)
      const subject = passiveSubject(v, t);
      if (subject >= 0) return v.mentionAt[subject] >= 0 ? v.mentions[v.mentionAt[subject]].type === 'GPE' || v.mentions[v.mentionAt[subject]].type === 'LOC' : STRUCK.has(v.lower(subject));
      let k = t + 1;
      while (k < hi && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || (k === t + 1 && v.pos(k) === 'VERB' && v.lower(k).endsWith('ed')) || (v.mentionAt[k] >= 0 && v.mentions[v.mentionAt[k]].kind === 'demonym') || (v.pos(k) === 'NOUN' && v.pos(k + 1) === 'NOUN'))) k = v.mentionAt[k] >= 0 ? v.mentionLast[v.mentionAt[k]] + 1 : k + 1;
      if (v.mentionAt[k] >= 0) {
        const m = v.mentionAt[k];
        // "struck JNIM positions", "hit Hezbollah targets": what a named group holds
        return v.mentions[m].type === 'GPE' || v.mentions[m].type === 'LOC' || STRUCK.has(v.lower(v.mentionLast[m] + 1));
      }
      return STRUCK.has(v.lower(k));
    }
    // "fired at Israel", "fired rockets into X"; not "fired the minister", "fired up the crowd"
    case 'fire': {
      let k = t + 1;
      // (across coordinated nouns: "fired water cannon and tear gas at migrants")
      while (k < hi && k < t + 8 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || (v.pos(k) === 'NOUN' && !WEAPONS.has(v.lower(k))) || (v.lower(k) === 'and' && k > t + 1 && v.pos(k - 1) === 'NOUN') || ((v.lower(k - 1) === 'and' || k === t + 1) && v.pos(k + 1) === 'NOUN')) && v.mentionAt[k] < 0) k++;
      const w = v.lower(k);
      return WEAPONS.has(w) || w === 'at' || w === 'on' || w === 'into' || w === 'upon';
    }
    // "pulled its last soldiers out of Niger": a withdrawal; not "pulled the plug", "pulled ahead"
    case 'pull':
      for (let k = t + 1; k < hi && k < t + 8; k++) if (v.lower(k) === 'out' && v.lower(k + 1) === 'of') return true;
      return false;
    // "spoke with Ali", "spoke to Zelenskiy by phone": a talk with a person or state; not "spoke to
    // reporters", "spoke to Reuters", "spoke about X"
    // ("Biden and Netanyahu spoke by phone": two named speakers call each other)
    case 'speak':
      return spokenTo(v, t, hi) >= 0 || (byPhone(v, t, hi) && pairBefore(v, t));
    // "X and Y agreed to …", "agreed with X on …": two parties agree; "Mali agreed to hold elections" names one
    // (an agreement of views, "agreed that …", "agrees with X that …", is none; nor one whose content is an
    // act of its own, "agreed to resume talks", read from that verb)
    case 'agree': {
      let k = t + 1;
      const w2 = v.pos(t + 2) === 'DET' ? t + 3 : t + 2;
      if (next === 'with' && v.mentionAt[w2] >= 0) k = v.mentionLast[v.mentionAt[w2]] + 1;
      else if (withAfterObject(v, t, hi)) return true; // "agrees two-year transition with ECOWAS"
      else if (!pairBefore(v, t)) return false;
      // (across "on Friday" and adverbs)
      while (k < hi && (v.pos(k) === 'ADV' || WEEKDAYS.has(v.lower(k)) || (v.lower(k) === 'on' && WEEKDAYS.has(v.lower(k + 1))))) k++;
      const w = v.lower(k);
      if (w === 'to' && v.pos(k + 1) === 'VERB') {
        const l = lex.forms.get(v.lower(k + 1)) ?? v.lower(k + 1);
        // (two named doers agree with each other when what they agree to do is no event of its own: "X and Y agreed to
        // resume regular visits", not "… to resume talks", "… to enhance cooperation")
        if (LIGHT.has(l) && next !== 'with') return !lex.nouns.has(objectHead(v, k + 2, hi));
        return !lex.verbs.has(l) && !LIGHT.has(l);
      }
      return w === 'to' || w === 'on' || w === 'upon' || w === 'in' || w === 'at' || w === 'not';
    }
    // "took Kanyabayonga", "took control of the town of X": territory taken; not "took part", "took X to court"
    case 'take':
      return placeTaken(v, t, hi) >= 0;
    // "arrived in Doha", "travelled to Moscow on Monday": a visit to a place named; not "arrived at a
    // decision", "travel to work", "arrived in time"
    case 'arrive':
    case 'travel':
      return placeVisited(v, t, hi) >= 0;
    // "encouraged X to act"; not "was encouraged to see", "encouraged by the progress"
    case 'encourage':
      return next !== 'to' && next !== 'by' && requestFollows(v, t + 1, hi);
    // "Turkish troops crossed into Syria": forces crossing into a place named; not migrants, not "crossed the line"
    case 'cross': {
      if (v.lower(t + 1) !== 'into') return false;
      const k = v.lower(t + 2) === 'the' ? t + 3 : t + 2;
      if (v.mentionAt[k] < 0 || (v.mentions[v.mentionAt[k]].type !== 'GPE' && v.mentions[v.mentionAt[k]].type !== 'LOC')) return false;
      for (let j = t - 1; j >= 0 && j > t - 8 && !v.isBoundary(j); j--) if (FORCES.has(v.lower(j)) || ARMED_MEN.has(v.lower(j))) return true;
      return false;
    }
    // "recognised X and Y as independent", "recognized Kosovo's independence"; not "recognised the need to"
    case 'recognise':
    case 'recognize':
      for (let k = t + 1; k < hi && k < t + 14 && !v.isBoundary(k); k++) {
        const w = v.lower(k);
        if (RECOGNISED.has(w) && v.mentionAt[k] < 0) return true;
        if (w === 'as' && (RECOGNISED_AS.has(v.lower(k + 1)) || RECOGNISED_AS.has(v.lower(k + 2)))) return true;
        if (v.isVerb(k) && v.mentionAt[k] < 0) return false;
      }
      return false;
    // "invited X to a summit", "invited X for talks"; not "invited X to speak"
    case 'invite': {
      // (the one invited is named right there: "invited X to …", "invited Sudanese leader X for …")
      let k = t + 1, invitee = false;
      for (; k < hi && k < t + 8 && v.lower(k) !== 'to' && v.lower(k) !== 'for' && !v.isVerb(k); k++) if (v.mentionAt[k] >= 0) invitee = true;
      if (!invitee || (v.lower(k) !== 'to' && v.lower(k) !== 'for')) return false;
      return !!lex.nouns.get(objectHead(v, k + 1, hi))?.startsWith('04');
    }
  }
  return true;
}

/** "came under fire from X", "under sharp criticism from X". */
const UNDER_FIRE = new Set(['fire', 'criticism']);

/** Does "under (house) arrest" follow the verb at t within its object's reach? */
function underArrest(v: View, t: number, hi: number): boolean {
  for (let k = t + 1; k < hi && k < t + 9; k++) {
    if (v.lower(k) === 'under') return v.lower(k + 1) === 'arrest' || (v.lower(k + 1) === 'house' && v.lower(k + 2) === 'arrest');
    if (v.isBoundary(k) || (v.isVerb(k) && v.mentionAt[k] < 0)) return false;
  }
  return false;
}

/** What recognising grants: a state's independence, or a status after "as" ("as independent", "as a sovereign state"). */
const RECOGNISED = new Set(['independence', 'sovereignty', 'statehood']);
const RECOGNISED_AS = new Set(['independent', 'sovereign', 'state', 'states', 'legitimate', 'country', 'countries', 'nation']);

/** Armed men a text does not name: "gunmen ambushed", "unidentified attackers stormed" (ARMED_MEN less those a text names a group by). */
const UNNAMED_ATTACKERS = new Set([...ARMED_MEN].filter((w) => w !== 'fighters' && w !== 'rebels' && w !== 'mercenaries' && w !== 'militiamen' && w !== 'guerrillas' && w !== 'extremists'));

/** Verbs of a protest, and the people who protest without a name: "protesters rallied", "thousands marched". */
const PROTEST_VERBS = new Set(['protested', 'protest', 'protesting', 'demonstrated', 'demonstrate', 'rallied', 'rally', 'marched', 'march']);
const PROTESTERS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'people', 'crowds', 'students', 'residents', 'activists', 'thousands', 'hundreds']);
const COUNTS = new Set(['thousands', 'hundreds']);
/** Protests as the subject of their outbreak: "Protests erupted in X", "demonstrations spread to Y" (141; riots 145). */
const PROTEST_NOUNS = new Map([['protests', '141'], ['demonstrations', '141'], ['rallies', '141'], ['marches', '141'], ['riots', '145'], ['rioting', '145'], ['unrest', '145']]);
const OUTBREAK_VERBS = new Set(['erupted', 'erupt', 'erupting', 'broke', 'spread', 'spreading', 'flared', 'swept', 'sweeping', 'raged', 'continued', 'escalated', 'intensified', 'resumed']);
/** What unnamed protesters do that makes a protest a riot (145): "crowds stormed the mayor's office". */
const RIOT_VERBS = new Set(['stormed', 'torched', 'ransacked', 'looted', 'burned', 'burnt', 'besieged', 'pelted', 'stoned', 'rioted']);

/** The nouns of threatened costs: "pay a heavy price", "bear all the consequences" (not "face the consequences of inflation"). */
const PRICE_WORDS = new Set(['price', 'consequences']);
const PAY = new Set(['pay', 'pays', 'paying']);
const BEAR = new Set(['bear', 'bears']);
const MODALS = new Set(['will', 'would', 'shall', 'must', "'ll", '’ll', 'should']);
/** Verbs that report a warning: "warned that X would pay a price". */
const SAY_WARN = new Set(['warned', 'warning', 'warns', 'warn', 'said', 'says', 'saying', 'told', 'threatened', 'vowed']);

/** Does the act at t go both ways between its two doers: "each expelled", "summoned each other's envoys", "one another"? */
function reciprocal(v: View, t: number, hi: number): boolean {
  if (v.lower(t - 1) === 'each') return true;
  for (let k = t + 1; k + 1 < hi && k < t + 6; k++) {
    const w = v.lower(k), n = v.lower(k + 1);
    if ((w === 'each' && (n === 'other' || n === "other's" || n === 'other’s')) || (w === 'one' && n === 'another')) return true;
    if (v.isBoundary(k) || v.isVerb(k)) return false;
  }
  return false;
}

/** Prepositions before a gerund the tagger may read as a noun: "by closing its airspace". */
const GERUND_PREPS = new Set(['by', 'after', 'before', 'without', 'while', 'since']);

/** Forms of "host" that govern a meeting noun: "hosted rounds of talks". */
const HOST_FORMS = new Set(['host', 'hosts', 'hosted', 'hosting']);

/** Pronouns that open a sentence about whom the sentence before named. */
const OPENING_PRONOUNS = new Set(['he', 'she', 'it']);

/** Every word a trigger rule reads (verb forms, event nouns, votes, ascriptions, "phone calls"), per lexicon. */
const TRIGGER_WORDS = new WeakMap<EventLexicon, Set<string>>();
function triggerWords(lex: EventLexicon): Set<string> {
  let words = TRIGGER_WORDS.get(lex);
  if (!words) {
    words = new Set([...lex.forms.keys(), ...lex.nouns.keys(), ...AID_NOUNS.keys(), ...MILITARY_NOUNS.keys(), ...ASCRIBE, ...VOTE_FORMS.keys(), 'call', 'calls', 'war']);
    TRIGGER_WORDS.set(lex, words);
  }
  return words;
}

export function extractEvents(doc: Doc, lex: EventLexicon, kb: Kb | null): EventFact[] {
  if (!doc.mentions.length) return [];
  return new EventReader(doc, quoteSpeakerMentions(doc), lex, kb).readDocument();
}

/** A trigger as read, with what the events pushed from it share. */
interface Act {
  si: number;
  trig: Trigger;
  read: Reading;
  /** the trigger's code, or for an intention ("plans to meet") its CAMEO 03 code */
  cameo: string;
  /** the first two digits of `cameo` */
  root: string;
  /** the trigger's lemma, or its lower-case form */
  lemma: string;
  target: string | null;
  /** further targets coordinated with the target ("accused A and B", "sanctions on A, B and C") */
  also: string[];
  location: string | null;
  /** the target is the verb's direct object ("seized Kidal", not "seized a tanker in the Gulf of Oman") */
  direct: boolean;
}

/**
 * The events of one document. The state the readers share (the document's view, its actors, the
 * events so far and the keys seen) is held here, and each step of the reading is a method of its
 * own: a sentence, a token, one reading of a trigger, its target and location, the event of one
 * of its sources, and the votes and disapprovals read apart.
 */
class EventReader {
  readonly events: EventFact[] = [];
  private readonly v: View;
  private readonly actors: Actors;
  /** the first token of each date */
  private readonly dateTok: Int32Array;
  private readonly seen = new Set<string>();
  /** the span of the document's wire dateline, or null */
  private dateline: { start: number; end: number } | null = null;
  /** the token of the last vote's motion's own act, or -1 */
  private motionAct = -1;
  // subjects of the previous sentence, for "They urged …" after "X and Y requested …"
  private previous: number[] = [];
  private current: number[] = [];
  /** the dates lede acts took from the dateline for want of their own (dateHeadline may correct them) */
  private readonly ledeDates = new WeakSet<object>();

  /** `mentions`: the document's, with the quote speakers' first-person pronouns (quoteSpeakerMentions) */
  constructor(
    private readonly doc: Doc,
    private readonly mentions: Mention[],
    private readonly lex: EventLexicon,
    kb: Kb | null,
  ) {
    this.v = new View(doc, mentions, (at) => tokenAt(doc, at));
    this.actors = new Actors(doc, mentions, kb);
    const dateline = datelineSpan(doc);
    // (a dateline city the KB does not name, "ALMATY, Jan 7 (AFP) -": its country from the GeoNames table)
    const place = dateline ? /^[^,(]+/.exec(doc.text.slice(dateline.start, dateline.end))?.[0].trim().toUpperCase() : undefined;
    const placeState = place ? this.actors.ofKb(kb?.datelineCities.get(place)) : null;
    this.v.homeState = datelineState(mentions, this.actors, dateline, false, placeState);
    this.v.datelineState = datelineState(mentions, this.actors, dateline, true, placeState);
    this.dateline = dateline;
    hideDateline(doc, this.v, dateline);
    this.dateTok = new Int32Array(doc.dates.length);
    for (let i = 0; i < doc.dates.length; i++) this.dateTok[i] = tokenAt(doc, doc.dates[i].start);
  }

  /**
   * Reads every sentence with an entity mention, or opened by a pronoun after one ("He was arrested hours
   * later": the fallbacks find whom it stands for); returns the events.
   */
  readDocument(): EventFact[] {
    const { doc, v } = this;
    const hasMention = new Uint8Array(doc.sentences.length);
    for (let t = 0; t < doc.tokens.count; t++) if (v.mentionAt[t] >= 0) hasMention[doc.tokens.sentence[t]] = 1;
    for (let si = 1; si < doc.sentences.length; si++) if (!hasMention[si] && hasMention[si - 1] && OPENING_PRONOUNS.has(v.lower(doc.sentences[si].firstToken))) hasMention[si] = 2;
    // ("Troops opened fire on crowds", "Security forces fired …": forces opening a sentence with no name are the
    // dateline state's, see forcesOf)
    if (v.homeState >= 0) {
      for (let si = 1; si < doc.sentences.length; si++) {
        let f = doc.sentences[si].firstToken;
        if (v.lower(f) === 'the') f++;
        // (or "Security forces", "Government troops")
        if (!hasMention[si] && (BARE_HOME_FORCES.has(v.lower(f)) || (HOME_FORCES.has(v.lower(f)) && FORCES.has(v.lower(f + 1))))) hasMention[si] = 2;
      }
    }
    for (let si = 0; si < doc.sentences.length; si++) {
      if (this.current.length) this.previous = this.current;
      this.current = [];
      if (!hasMention[si]) {
        this.previous = [];
        continue;
      }
      this.readSentence(si);
    }
    this.dateHeadline();
    return this.withoutEchoes();
  }

  /**
   * "Guinea junta agrees transition with ECOWAS" above "CONAKRY, Oct 22 (Reuters) - … agreed on Friday …":
   * an undated act of the headline (the text before a wire dateline, or a first paragraph of one
   * sentence with no final stop) is the story's act, told again below: it takes the date of the first
   * act of the same kind after the headline that shares a party with it, else the dateline's day when
   * that act opens the story.
   */
  private dateHeadline(): void {
    const { dateline, events, doc } = this;
    // the headline: the text before a wire dateline, or a first paragraph of one sentence with no final stop
    const first = doc.paragraphs[0];
    const one = first && doc.sentences.length > 1 && doc.sentences[1].start >= first.end && !/[.!?]["”’]?\s*$/.test(doc.text.slice(first.start, first.end));
    const end = dateline !== null ? dateline.start : one ? first.end : -1;
    if (end < 0) return;
    // (a same act's date within a month before the dateline: a headline tells the news, not the background)
    const day = this.datelineDay();
    const recent = (d: EventFact['date']) => !!d && (!day || (d.value <= day && Date.parse(day) - Date.parse(d.value.padEnd(10, '-01').slice(0, 10)) <= 31 * 86_400_000));
    for (const e of events) {
      if (e.date || e.evidence.end > end) continue;
      const root = e.cameo.slice(0, 2);
      const same = events.find((o) => o.evidence.start >= end && o.cameo.slice(0, 2) === root && (o.source === e.source || o.target === e.target || o.source === e.target || o.target === e.source) && (!o.date || recent(o.date)));
      if (same?.date) e.date = { ...same.date };
      // (a lede act itself undated, "Iran launched drones overnight": the day of the dateline)
      else if (dateline !== null && same && same.evidence.start <= dateline.end && e.modality === 'asserted') {
        const d = this.doc.dates.find((d) => d.start >= dateline.start && d.end <= dateline.end && d.value !== null && d.resolution === 'day');
        if (d) e.date = { value: d.value!, resolution: 'day' };
      }
    }
    // "OTTAWA, Oct 15 - Canada and India each expelled six diplomats … India said on Monday it was expelling …": a
    // lede act dated only by the dateline takes the day a same act told below (sharing its parties) gives, in the
    // three days before the dateline
    if (!day || !dateline) return;
    // (dated by the dateline: by ledeDate, or by the dateline's own date as the lede's only one)
    const byDateline = (e: EventFact) =>
      !!e.date && (this.ledeDates.has(e.date) || (e.date.value === day && e.evidence.start <= dateline.start && e.evidence.end >= dateline.end && !doc.dates.some((d) => d.start >= dateline.end && d.end <= e.evidence.end && d.value !== null)));
    for (const e of events) {
      if (!byDateline(e)) continue;
      const root = e.cameo.slice(0, 2);
      const same = events.find((o) => o !== e && o.date && o.date.resolution === 'day' && !byDateline(o) && o.cameo.slice(0, 2) === root && ((o.source === e.source && o.target === e.target) || (o.source === e.target && o.target === e.source)) && o.date.value < day && Date.parse(day) - Date.parse(o.date.value) <= 3 * 86_400_000);
      if (same?.date) e.date = { ...same.date };
    }
  }

  /**
   * "Ukraine hit the city of X, killing 25 people": an act with no target that repeats, in its
   * sentence, one of the same doer and kind with a target is the same act told twice.
   */
  private withoutEchoes(): EventFact[] {
    const { events } = this;
    const targeted = new Set<string>();
    for (const e of events) if (e.target) targeted.add(`${e.evidence.start}|${e.source}|${e.cameo.slice(0, 2)}`);
    if (!targeted.size) return events;
    const kept = events.filter((e) => e.target || !targeted.has(`${e.evidence.start}|${e.source}|${e.cameo.slice(0, 2)}`));
    if (kept.length === events.length) return events;
    kept.forEach((e, i) => (e.id = `v${i + 1}`));
    return kept;
  }

  private readSentence(si: number): void {
    const s = this.doc.sentences[si];
    const lo = s.firstToken, hi = s.endToken;
    // a question asserts nothing ("Will you resign?", "asked whether X would attack")
    if (hi > lo && this.v.lower(hi - 1) === '?') return;
    const prose = isProse(this.v, lo, hi);
    const pos = this.doc.tokens.pos;
    const words = triggerWords(this.lex);
    for (let t = lo; t < hi; t++) {
      // cheap prefilter: outside a mention only a verb, noun, adjective ("an offensive") or auxiliary can
      // trigger, and only a word some rule reads
      if (this.v.mentionAt[t] < 0) {
        if (PRICE_WORDS.has(this.v.lower(t))) this.pushPriceThreat(t, si, lo);
        if (this.v.lower(t) === 'under') this.pushUnderFire(t, si, lo, hi);
        if ((PROTEST_VERBS.has(this.v.lower(t)) || OUTBREAK_VERBS.has(this.v.lower(t)) || RIOT_VERBS.has(this.v.lower(t))) && pos[t] === 'VERB') this.pushProtest(t, si, lo, hi);
        const p = pos[t];
        // ("Talks between X and Y stalled": a sentence's first word may be tagged a proper noun)
        if (p !== 'VERB' && p !== 'NOUN' && p !== 'ADJ' && p !== 'AUX' && !(t === lo && p === 'PROPN')) continue;
        if (!words.has(this.v.lower(t))) continue;
      }
      const trig = this.triggerAt(t, si, lo, hi, prose);
      if (trig) this.readTrigger(trig, si, lo, hi);
    }
  }

  /** The trigger at token t, or null. A vote or an ascribed disapproval at t is pushed here, and gives null. */
  private triggerAt(t: number, si: number, lo: number, hi: number, prose: boolean): Trigger | null {
    const { doc, v, lex } = this;
    if (v.mentionAt[t] >= 0) {
      // "plans to hold the second X Summit": a meeting named by an event mention, read from its last word
      const m = v.mentionAt[t];
      if (t !== v.mentionLast[m] || this.mentions[m].type !== 'EVENT') return null;
      const code = lex.nouns.get(v.lower(t));
      if (!code || !code.startsWith('04')) return null;
      return { token: t, cameo: code, noun: true, named: m, act: false };
    }
    // a capitalised word inside a prose sentence is part of a name or title ("his book Stealing America")
    if (prose && t > lo && isUpperAt(doc, t) && !OPENERS.has(v.lower(t - 1))) return null;
    // "the Convention against Torture": a capitalised word after a preposition is a name in any sentence
    if (t > lo && v.pos(t - 1) === 'ADP' && isUpperAt(doc, t)) return null;
    if (t === this.motionAct) return null; // "a resolution to deplore X" is the vote's content, not an act of the voter
    // ("held phone calls with X": a noun the tagger read as a verb)
    if (v.pos(t) === 'VERB' && (v.lower(t) === 'calls' || v.lower(t) === 'call') && phoneBefore(v, t)) v.retag(t, 'NOUN');
    const voteVerb = voteLemma(v, t);
    if (voteVerb) {
      const act = this.pushVote(t, voteVerb, si, lo, hi);
      if (act >= 0) this.motionAct = act;
      return null;
    }
    // ("called on X to act" is an appeal, read below)
    if (v.pos(t) === 'VERB' && ASCRIBE.has(v.lower(t)) && v.lower(t + 1) !== 'on' && v.lower(t + 1) !== 'upon') {
      this.pushAscribed(t, si, lo, hi);
      return null;
    }
    let trig = findTrigger(v, lex, t, hi);
    if (!trig && v.pos(t) === 'NOUN' && AID_NOUNS.has(v.lower(t))) trig = { token: t, cameo: AID_NOUNS.get(v.lower(t))!, noun: true, named: -1, act: false };
    if (!trig) return null;
    if (trig.noun && CONFLICT_ROOTS.has(trig.cameo.slice(0, 2))) this.pushDisapproved(t, si);
    return trig;
  }

  /** Reads the clause around a trigger: its sources, target and location; pushes its events. */
  private readTrigger(trig: Trigger, si: number, lo: number, hi: number): void {
    const { v, actors } = this;
    const t = trig.token;
    // ("whether a new offensive by X …": a noun's act is as hypothetical as a verb's)
    const read = trig.noun ? (hypothetical(v, t, lo) ? null : readNoun(v, this.lex, trig, lo, hi)) : readVerb(v, trig, lo, hi, this.previous);
    // an act only asked for or supposed ("urged X to withdraw", "X could attack") did not happen: no event
    // (the asking is one: "urged" is CAMEO 10)
    if (!read || read.modality === 'possible') return;
    if (trig.named >= 0 && read.fallbackTarget === null) read.fallbackTarget = trig.named;
    // "Turkey hosted rounds of talks between Somalia and Ethiopia": the host receives the talks' parties too
    if (trig.noun && read.rule === 'noun-between' && trig.cameo.startsWith('04')) this.pushHost(t, si, lo, read);
    if (!this.current.length && read.sources.length > 1) this.current = read.sources.slice();
    const cameo = read.modality === 'intended' ? intentCode(trig.cameo) : trig.cameo;
    const root = cameo.slice(0, 2);
    const baseRoot = trig.cameo.slice(0, 2);
    const lemma = this.lex.forms.get(v.lower(t)) ?? v.lower(t);
    // "X and Y met (in Z)": with no object of its own, a meeting is between the two subjects
    // ("X and Y held talks", "agreed to resume talks": a meeting noun with no party of its own)
    const pair =
      (baseRoot === '04' || (lemma === 'agree' && !trig.noun)) && read.coordinated && read.sources.length === 2 &&
      (trig.noun ? (read.rule === 'noun-light-verb' || read.rule === 'noun-adjunct') && !read.right.some((r) => NOUN_PARTY_PREPS.has(r.prep)) : v.lower(t + 1) !== 'with' && v.mentionAt[t + 1] < 0);
    if (pair) read.right = read.right.filter((r) => r.prep === 'in' || r.prep === 'at');
    const act: Act = { si, trig, read, cameo, root, lemma, target: null, also: [], location: null, direct: false };
    this.targetAndLocation(act);
    // ("Azerbaijani forces attacked its territory": "its" is the state named last before, not the doer)
    if (!act.target && !trig.noun && MILITARY_ROOTS.has(root) && (v.lower(t + 1) === 'its' || v.lower(t + 1) === 'their') && STRUCK.has(v.lower(t + 2))) {
      const doers = new Set(read.sources.map((m) => actors.ofMention(m)));
      for (let k = t - 1; k >= this.doc.sentences[si].firstToken; k--) {
        const m = v.mentionAt[k];
        if (m < 0) continue;
        const id = actors.ofMention(m);
        if (id && actors.isState(id) && !doers.has(id)) {
          act.target = id;
          break;
        }
        k = v.mentionFirst[m];
      }
    }
    // ("suspected jihadists ambushed an army patrol …": the home army's, whatever place is named after it)
    if (read.rule === 'verb-unnamed' && v.homeState >= 0 && homeHoldings(v, t + 1, hi)) act.target = actors.ofMention(v.homeState);
    if (!act.target && read.fallbackTarget !== null) act.target = actors.ofMention(read.fallbackTarget);
    // "accused the UAE of arming the RSF, a charge Abu Dhabi denies": a claim named before the denier is the
    // accusation told before it in the sentence, addressed to its accuser
    if (!act.target && !trig.noun && root === '12' && read.sources.length === 1) this.deniedCharge(act);
    // "welcomed the agreement", "condemned the strikes", "urged both sides to respect it": an act or parties reported before
    if (!act.target && !trig.noun && !pair && (REACTION_ROOTS.has(root) || root === '16')) this.referredAct(act, hi);
    // "spoke to Burhan and urged him to …": an object pronoun is the person last named before, other than the doer
    // "shelled army positions around Sake": the home army's holdings, in a story filed from its state
    if (!act.target && !trig.noun && MILITARY_ROOTS.has(root) && v.homeState >= 0 && homeHoldings(v, t + 1, hi)) {
      const home = actors.ofMention(v.homeState);
      if (home && !read.sources.some((m) => actors.ofMention(m) === home)) act.target = home;
    }
    // "Ankara has since provided more than $1 billion in aid", "Washington agreed to withdraw its troops": aid or
    // a withdrawal with no place or party named, in a story filed from a state, goes to (or leaves) that state
    // (not a person's "support", nor what is denied or given "to" someone the text does not name)
    // (and so do aid and support paused or suspended: "Washington paused some assistance programmes")
    if (!act.target && !pair && (baseRoot === '07' || trig.cameo.startsWith('087') || trig.cameo.startsWith('162')) && v.homeState >= 0 && !act.location && !read.negated && !HOMELESS_AID.has(v.lower(t)) && !recipientAfter(v, t, hi) && !read.sources.some((m) => actors.isPerson(actors.ofMention(m)))) {
      const home = actors.ofMention(v.homeState);
      if (home && !read.sources.some((m) => actors.ofMention(m) === home || actors.countryOf(actors.ofMention(m)) === home)) {
        act.target = home;
        read.rule += '-home';
      }
    }
    // "hosted the two countries' leaders", "urged both nations to …": the two states last named together
    if (!act.target && !trig.noun && !pair) this.twoStates(act, t, hi);
    // ("demanded the release of X": a demand made to whoever holds X, the doer of the last arrest of X, else X's state)
    if (act.cameo === '1053' && act.target && actors.isPerson(act.target)) {
      const held = act.target;
      const start = this.doc.sentences[act.si].start;
      const arrest = [...this.events].reverse().find((e) => e.target === held && e.cameo.startsWith('17') && e.evidence.end <= start && e.source);
      const holder = arrest?.source ?? actors.countryOf(held);
      if (holder && !this.sidesOf(act).includes(holder)) {
        act.target = holder;
        act.also.length = 0;
      }
    }
    // ("paused disbursements to the country", "cut off electricity supplies to its northern neighbour": the state last named)
    if (!act.target && !pair && STATE_REFERENCE_ROOTS.has(root)) act.target = this.referredState(act, t, hi);
    // "offered to mediate": between the sides of the story's fight or talks (lastParties)
    if (!act.target && !trig.noun && lemma === 'mediate') this.lastParties(act);
    // (for what is said or done between people: not "providing him a lead", "helping him win")
    if (!act.target && !trig.noun && (v.lower(t + 1) === 'him' || v.lower(t + 1) === 'her') && PRONOUN_OBJECT_ROOTS.has(root)) act.target = this.personBefore(act, t, v.lower(t + 1) === 'him' ? 'm' : 'f');
    // "X and Y will meet": a meeting of the coordinated subjects, once
    if (pair) {
      act.target = actors.ofMention(read.sources[1]);
      act.also.length = 0;
      read.sources = [read.sources[0]];
    }
    // "sanctions … in X": with no other target, the country where it happens is the target
    // (not for what a verb says or asks: "warned against X in Y" is not addressed to Y)
    // "arrived in Doha (for talks with X)": the place arrived in is the one visited, and the only party
    if (!trig.noun && (lemma === 'arrive' || lemma === 'travel' || lemma === 'fly')) {
      const at = placeVisited(v, t, hi);
      const place = at >= 0 ? actors.ofMention(at) : null;
      // (a trip inside one's own country visits no one: "President Obama flew to Boise, Idaho")
      const home = read.sources.length ? actors.countryOf(actors.ofMention(read.sources[0])) : null;
      if (place && home && home === (actors.isState(place) ? place : actors.countryOf(place))) {
        act.target = null;
        act.also.length = 0;
      } else if (place) {
        act.target = place;
        act.also.length = 0;
      }
    }
    // ("RSF fighters stormed the hospital in El Fasher": a town where a named doer used force is what it struck;
    // not one of the doer's own state, "troops attacked rebels in the town of X", nor a region where one
    // "fights terrorism")
    if (!act.target && act.location && root !== '04' && root !== '03' && !(!trig.noun && (VERBAL_ROOTS.has(root) || root === '13')) && (actors.isState(act.location) || (!trig.noun && MILITARY_ROOTS.has(root) && !FIGHT_LIKE.has(lemma) && read.sources.length > 0 && actors.isPlace(act.location) && !ownPlace(actors, act.location, read.sources[0])))) act.target = act.location;
    this.pushReading(act);
  }

  /**
   * The target of a verbal reaction whose object names no one: an act reported before ("welcomed the
   * agreement", "condemned the strikes", "welcomed Tuesday's move") is addressed to that act's doer,
   * the parties ("urged both sides to …") to the two sides of the last agreement or fight.
   */
  private referredAct(act: Act, hi: number): void {
    const { v } = this;
    const t = act.trig.token;
    let k = t + 1;
    // ("called on both sides", "urged the two parties")
    if (v.lower(k) === 'on' || v.lower(k) === 'upon') k++;
    // (urged “extreme restraint”: a quoted object)
    if (v.lower(k) === '“' || v.lower(k) === '"') k++;
    const first = k;
    while (k < hi && v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || TIME_POSSESSORS.has(v.lower(k)) || v.lower(k) === "'s" || v.lower(k) === '’s')) k++;
    const { actors } = this;
    // "condemned the RSF attack on the hospital": a hostile act named with its doer before it is addressed to that doer
    if (k < hi && v.mentionAt[k] >= 0 && act.root !== '16' && (v.lower(first) === 'the' || k === first)) {
      const m = v.mentionAt[k];
      let n = v.mentionLast[m] + 1;
      if (v.lower(n) === "'s" || v.lower(n) === '’s') n++;
      while (n < hi && v.pos(n) === 'ADJ' && v.mentionAt[n] < 0) n++;
      const code = v.mentionAt[n] < 0 && v.pos(n) === 'NOUN' ? this.lex.nouns.get(v.lower(n)) : undefined;
      const doer = actors.ofMention(m);
      // ("rejected the U.S. accusations": what a named party said of the reactor is that party's)
      const claim = act.root === '12' && v.mentionAt[n] < 0 && CLAIM_NOUNS.has(v.lower(n));
      if (((code && CONFLICT_ROOTS.has(code.slice(0, 2))) || claim) && doer && !act.read.sources.some((s) => actors.ofMention(s) === doer)) {
        act.target = doer;
        act.read.rule += '-referred';
      }
      return;
    }
    // ("Rwanda denied backing the rebels": denying an act ascribed to one answers the one who ascribed it)
    if (act.root === '12' && k === first && k < hi && v.lower(k).endsWith('ing') && v.isVerb(k)) {
      const start = this.doc.sentences[act.si].start;
      const reactor = this.sidesOf(act);
      const claim = [...this.events].reverse().find((e) => e.evidence.end <= start && CLAIMED.test(e.cameo) && e.source && reactor.includes(e.target) && !reactor.includes(e.source));
      const accuser = claim?.source ?? this.claimant(reactor, start);
      if (accuser) {
        act.target = accuser;
        act.read.rule += '-referred';
      }
      return;
    }
    if (k >= hi || v.mentionAt[k] >= 0 || v.pos(k) !== 'NOUN') return;
    // ("the genocide finding", "the ceasefire agreement": a compound's head is its last noun)
    // (the tagger may read "finding" after a noun as a verb)
    while (k + 1 < hi && v.mentionAt[k + 1] < 0 && (v.pos(k + 1) === 'NOUN' || CLAIM_NOUNS.has(v.lower(k + 1)) || MOVE_NOUNS.has(v.lower(k + 1)))) k++;
    const head = v.lower(k);
    // ("urged restraint", "called for calm": a plea to the sides of the story's fight or talks)
    if (CALM_NOUNS.has(head) && (act.root === '10' || act.root === '02')) return this.lastParties(act);
    // (the first word: "the", "both", "all"; the object must be definite, not "an agreement")
    const det = v.lower(first);
    if (!(det === 'the' || det === 'this' || det === 'both' || det === 'all' || TIME_POSSESSORS.has(det))) return;
    // "condemned the coup in Gabon", "condemned the coup" after one in Niger or in a story filed from there:
    // a coup is done in its state, by its army
    if (SOURCELESS.has(head) || TAKEOVERS.has(head)) {
      const reactor = act.read.sources.map((s) => actors.ofMention(s));
      let state: string | null = null;
      // ("the coup in Gabon", "the military coup under way in Gabon")
      let p = k + 1;
      if (v.lower(p) === 'underway' || (v.lower(p) === 'under' && v.lower(p + 1) === 'way')) p += v.lower(p) === 'under' ? 2 : 1;
      if (v.lower(p) === 'in' && v.mentionAt[p + 1] >= 0 && actors.isState(actors.ofMention(v.mentionAt[p + 1]))) state = actors.ofMention(v.mentionAt[p + 1]);
      else if (k > first && v.mentionAt[k - 1] >= 0 && v.mentions[v.mentionAt[k - 1]].kind === 'demonym') state = actors.ofMention(v.mentionAt[k - 1]);
      else {
        const start = this.doc.sentences[act.si].start;
        for (let i = this.events.length - 1; i >= 0 && !state; i--) {
          const e = this.events[i];
          if (e.evidence.end <= start && SOURCELESS.has(e.trigger.text.toLowerCase()) && e.target && actors.isState(e.target)) state = e.target;
        }
        // (else the state of a story filed from it: "LIBREVILLE, Aug 30 - … France condemned the coup")
        if (!state && v.homeState >= 0) state = actors.ofMention(v.homeState);
      }
      if (state && !reactor.includes(state)) {
        act.target = state;
        act.read.rule += '-referred';
      }
      return;
    }
    // (the reactor's own side is no party it reacts to: "We welcome this step," the Congolese spokesman said)
    const reactor = this.sidesOf(act);
    // "suspended the talks", "quit the agreement": what the doer had with another party, that party
    if (act.root === '16') {
      if (!TALK_NOUNS.has(head) && !AGREEMENT_NOUNS.has(head)) return;
      const start = this.doc.sentences[act.si].start;
      for (let i = this.events.length - 1; i >= 0; i--) {
        const e = this.events[i];
        if (e.evidence.end > start || !/^(?:03|04|05|08|16)/.test(e.cameo)) continue;
        const other = reactor.includes(e.source) ? e.target : reactor.includes(e.target) ? e.source : null;
        if (other && !reactor.includes(other)) {
          act.target = other;
          act.read.rule += '-referred';
          return;
        }
      }
      return;
    }
    let roots: RegExp;
    // (the trigger of a fight named: "condemned Friday's strikes" is the strikes, not the last fight)
    let lemma = '';
    // ("welcomed the agreement and urged both sides to respect it": the sides of the agreement the sentence names)
    if (PARTY_NOUNS.has(head) && (det === 'both' || v.lower(first + 1) === 'two' || v.lower(first + 1) === 'warring')) roots = this.namesAgreement(act.si) ? AGREED : PARTIES_OF;
    else if (AGREEMENT_NOUNS.has(head)) roots = AGREED;
    else if (head === 'resolution') roots = RESOLVED;
    // (a finding or an accusation is what was said of the reactor, not a threat made to it; a warning is)
    else if (CLAIM_NOUNS.has(head)) roots = THREAT_NOUNS.has(head) ? CLAIMED : SAID_OF;
    else if (MOVE_NOUNS.has(head)) roots = ANY_ACT;
    else {
      // ("condemned the operation": a military noun of no lexicon of its own refers to any military act)
      const code = this.lex.nouns.get(head) ?? MILITARY_NOUNS.get(head) ?? REFERRED_ACTS.get(head);
      if (!code || !CONFLICT_ROOTS.has(code.slice(0, 2))) return;
      roots = new RegExp('^' + code.slice(0, 2));
      if (this.lex.nouns.has(head)) lemma = this.lex.forms.get(head) ?? head.replace(/s$/, '');
    }
    // agreements and fights are between states and organisations: a signatory stands for its state or the body it speaks for
    const side = (id: string | null) => (id && roots !== ANY_ACT && roots !== RESOLVED && actors.isPerson(id) ? actors.countryOf(id) ?? actors.entity(id)?.roles.find((r) => r.of)?.of ?? id : id);
    // the last such event before this sentence (a move: the lede's), by another than the reactor, not itself a reference
    const start = this.doc.sentences[act.si].start;
    const earlier = (roots: RegExp) =>
      this.events.filter(
        (e) => e.source && !reactor.includes(side(e.source)) && roots.test(e.cameo) && e.evidence.end <= start && !e.provenance.rule.endsWith('-referred') &&
          // (a resolution is a body's; what is claimed, what was said of the reactor)
          (roots !== RESOLVED || actors.entity(e.source)?.type === 'ORG') &&
          ((roots !== CLAIMED && roots !== SAID_OF) || reactor.includes(side(e.target))) &&
          (!lemma || (this.lex.forms.get(e.trigger.text.toLowerCase()) ?? e.trigger.text.toLowerCase().replace(/s$/, '')) === lemma),
      );
    let before = earlier(roots);
    // ("supported an agreement and called on both sides to return to talks": with no agreement told before, the sides of the last talks or fight)
    if (!before.length && roots === AGREED && PARTY_NOUNS.has(head)) before = earlier((roots = PARTIES_OF));
    let ref = roots === ANY_ACT ? before[0] : before[before.length - 1];
    // ("Ethiopia's foreign ministry rejected the accusation" after Egypt's minister said Ethiopia endangered lives):
    // with no such act told, a claim is the last one reported of the reactor, by a speaker of another side,
    // and a finding with none either, the lede's move
    if (!ref && (roots === CLAIMED || roots === SAID_OF)) {
      const speaker = this.claimant(reactor, start);
      if (speaker) {
        act.target = speaker;
        act.read.rule += '-referred';
        return;
      }
      if (MOVE_NOUNS.has(head)) ref = earlier((roots = ANY_ACT))[0];
    }
    if (!ref) return;
    act.target = side(ref.source);
    const other = side(ref.target);
    if ((roots === PARTIES_OF || roots === AGREED) && other && other !== act.target && !reactor.includes(other) && !actors.isPerson(other)) act.also.push(other);
    act.read.rule += '-referred';
  }

  /** The act's doers and their states: the sides a reaction comes from (no nulls, though typed to be searched for any id). */
  /**
   * "… to the country", "… on its northern neighbour" after the trigger at t: the state named last before it (in its
   * sentence or the two before) that is not the doer's side; else null.
   */
  private referredState(act: Act, t: number, hi: number): string | null {
    const { v } = this;
    let k = t + 1;
    // ("accused its neighbour of …": the direct object)
    if (v.lower(k) === 'its' || v.lower(k) === 'the') k = t;
    else {
      for (; k < hi && k < t + 10; k++) if (STATE_REFERENCE_PREPS.has(v.lower(k)) || v.isBoundary(k) || v.lower(k) === ',') break;
      if (!STATE_REFERENCE_PREPS.has(v.lower(k))) return null;
    }
    const det = v.lower(k + 1);
    if (det !== 'the' && det !== 'its') return null;
    let n = k + 2;
    while (n < hi && n < k + 5 && (v.pos(n) === 'ADJ' || v.lower(n) === 'west' || v.lower(n) === 'east') && v.mentionAt[n] < 0) n++;
    const noun = v.lower(n);
    if (!(det === 'its' ? NEIGHBOURS.has(noun) : noun === 'country' || noun === 'nation') || v.lower(n + 1) === "'s" || v.lower(n + 1) === '’s') return null;
    return this.lastStateBefore(act, t, this.doc.sentences[Math.max(0, act.si - 2)].firstToken);
  }

  /** The state named last before token t (from token `from` on) that is not the act's doer's side, or null. */
  private lastStateBefore(act: Act, t: number, from: number): string | null {
    const { v, actors } = this;
    const side = this.sidesOf(act);
    for (let j = t - 1; j >= from; j--) {
      const m = v.mentionAt[j];
      if (m < 0) continue;
      j = v.mentionFirst[m];
      const id = actors.ofMention(m);
      if (id && actors.isState(id) && !side.includes(id)) return id;
    }
    return null;
  }

  private sidesOf(act: Act): (string | null)[] {
    const out: (string | null)[] = [];
    for (const m of act.read.sources) {
      const id = this.actors.ofMention(m);
      const state = this.actors.countryOf(id);
      if (id) out.push(id);
      if (state) out.push(state);
    }
    return out;
  }

  /** For ", a charge X denies": sets the act's target to the source of the claim the sentence told of X before it. */
  private deniedCharge(act: Act): void {
    const { v, actors } = this;
    const f = v.mentionFirst[act.read.sources[0]];
    const noun = v.lower(f - 1) === 'that' ? f - 2 : f - 1;
    const det = v.lower(noun - 1);
    if (!CLAIM_NOUNS.has(v.lower(noun)) || !(det === 'a' || det === 'an' || det === 'the') || v.lower(noun - 2) !== ',') return;
    const denier = actors.ofMention(act.read.sources[0]);
    const side = actors.isState(denier) ? denier : actors.countryOf(denier);
    const start = this.doc.sentences[act.si].start;
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e.evidence.start < start) break;
      if (CLAIMED.test(e.cameo) && e.source && (e.target === denier || (side && e.target === side))) {
        act.target = e.source;
        act.read.rule += '-referred';
        return;
      }
    }
  }

  /**
   * Sets the act's target (and a second party) to the sides of the fight or talks told most often before
   * its sentence (the story's; the later at equal counts), neither of them the doer.
   */
  private lastParties(act: Act): void {
    const { actors } = this;
    const doers = act.read.sources.map((m) => actors.ofMention(m));
    const start = this.doc.sentences[act.si].start;
    const counts = new Map<string, number>();
    let best: EventFact | null = null, bestCount = 0;
    for (const e of this.events) {
      if (e.evidence.end > start || !PARTIES_OF.test(e.cameo) || !e.source || !e.target || doers.includes(e.source) || doers.includes(e.target)) continue;
      const key = e.source < e.target ? e.source + '|' + e.target : e.target + '|' + e.source;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n >= bestCount) {
        best = e;
        bestCount = n;
      }
    }
    if (!best) return;
    act.target = best.source;
    act.also.push(best.target!);
    act.read.rule += '-referred';
  }

  /**
   * The side (state, or else organisation or person) of the last speaker, before offset `before`, whose
   * reported words name one of the reactor's sides; null when none does.
   */
  private claimant(reactor: readonly (string | null)[], before: number): string | null {
    const { doc, v, actors } = this;
    for (let i = doc.quotes.length - 1; i >= 0; i--) {
      const q = doc.quotes[i];
      if (q.end > before || !q.speaker.entity) continue;
      const side = actors.countryOf(q.speaker.entity) ?? actors.entity(q.speaker.entity)?.roles.find((r) => r.of)?.of ?? q.speaker.entity;
      if (reactor.includes(side) || reactor.includes(q.speaker.entity)) continue;
      // (what the speaker said names the reactor, or its state)
      for (let t = tokenAt(doc, q.start); t < doc.tokens.count && doc.tokens.start[t] < q.end; t++) {
        const m = v.mentionAt[t];
        if (m < 0) continue;
        const id = actors.ofMention(m);
        const state = actors.countryOf(id);
        if (id && (reactor.includes(id) || (state && reactor.includes(state)))) return side;
      }
    }
    return null;
  }

  /** The person of that gender (or of none known) last named before token t in its sentence or the one before, other than the act's doers; else null. */
  private personBefore(act: Act, t: number, gender: 'm' | 'f'): string | null {
    const { v, actors } = this;
    const doers = act.read.sources.map((m) => actors.ofMention(m));
    const si = this.doc.tokens.sentence[t];
    const from = si > 0 ? this.doc.sentences[si - 1].firstToken : this.doc.sentences[si].firstToken;
    for (let k = t - 1; k >= from; k--) {
      const m = v.mentionAt[k];
      if (m < 0) continue;
      k = v.mentionFirst[m];
      const id = actors.ofMention(m);
      const g = actors.entity(id)?.gender;
      if (id && actors.isPerson(id) && !doers.includes(id) && v.mentions[m].kind !== 'pronoun' && (!g || g === gender)) return id;
    }
    return null;
  }

  /**
   * For an object "the two countries('s leaders)", "both nations", "the two neighbours": the two
   * states last named together ("Somalia and Ethiopia") before it, as target and further target.
   */
  /**
   * The host of talks whose parties a reading of the meeting noun at t names ("Turkey hosted rounds of talks
   * between Somalia and Ethiopia"): "hosted" governs the noun's phrase; its subject, a state or an organisation,
   * hosts each party (CAMEO 043).
   */
  private pushHost(t: number, si: number, lo: number, read: Reading): void {
    const { v, actors } = this;
    let k = t - 1;
    while (k > lo && k > t - 10 && v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'ADV' || v.pos(k) === 'NUM' || v.pos(k) === 'NOUN' || v.lower(k) === 'of')) k--;
    if (!HOST_FORMS.has(v.lower(k)) || !v.isVerb(k)) return;
    const hosts = subjectHeads(v, subjectLeft(v, auxChain(v, k, lo).k + 1, lo, 0)).map((m) => actors.ofMention(m)).filter((id): id is string => !!id && (actors.isState(id) || actors.entity(id)?.type === 'ORG'));
    const parties = [...read.sources, ...(read.fallbackTarget !== null ? [read.fallbackTarget] : [])].map((m) => actors.ofMention(m));
    for (const host of hosts) for (const party of parties) this.pushJudgement('043', host, party, si, k, 'noun-hosted');
  }

  private twoStates(act: Act, t: number, hi: number): void {
    const { v, actors } = this;
    let k = t + 1;
    if (v.lower(k) === 'on' || v.lower(k) === 'with' || v.lower(k) === 'to') k++;
    const from = k;
    // the head of the object's phrase: "the two countries", "all three juntas", "both nations"
    while (k < hi && k < from + 5 && !STATES_GROUP_HEADS.has(v.lower(k)) && (v.mentionAt[k] >= 0 || v.pos(k) === 'DET' || v.pos(k) === 'NUM' || v.pos(k) === 'ADJ' || COUNT_WORDS.has(v.lower(k)))) k = v.mentionAt[k] >= 0 ? v.mentionLast[v.mentionAt[k]] + 1 : k + 1;
    if (k >= hi || !(STATE_NOUNS.has(v.lower(k)) || STATES_GROUP_HEADS.has(v.lower(k)))) return;
    const count = groupCount(v, k, from - 1);
    if (count < 0) return;
    const doers = act.read.sources.map((m) => actors.ofMention(m));
    const group = lastStatesNamed(v, t, count, (m) => doers.includes(actors.ofMention(m)));
    if (!group.length) return;
    act.target = actors.ofMention(group[0]);
    for (const m of group.slice(1)) act.also.push(actors.ofMention(m)!);
    act.read.rule += count === 2 ? '-two-states' : '-states-group';
  }

  /**
   * The date of an act told without one in the sentence a wire dateline opens ("DUBAI, April 14, 2024
   * (Reuters) - Iran launched more than 300 drones …"): the day of writing, which such a lede reports
   * (an act only intended has no date). Null elsewhere.
   */
  private ledeDate(si: number, modality: string): EventFact['date'] {
    if (modality !== 'asserted' || this.dateline === null) return null;
    const s = this.doc.sentences[si];
    if (s.start > this.dateline.start || s.end < this.dateline.end) return null;
    const day = this.datelineDay();
    if (!day) return null;
    const date: EventFact['date'] = { value: day, resolution: 'day' };
    this.ledeDates.add(date!);
    return date;
  }

  /** The day of the wire dateline (YYYY-MM-DD), or null. */
  private datelineDay(): string | null {
    const dateline = this.dateline;
    if (!dateline) return null;
    return this.doc.dates.find((d) => d.start >= dateline.start && d.end <= dateline.end && d.value !== null && d.resolution === 'day')?.value ?? null;
  }

  /** Does sentence si name an agreement ("welcomed the agreement and urged both sides …")? */
  private namesAgreement(si: number): boolean {
    const { firstToken, endToken } = this.doc.sentences[si];
    for (let k = firstToken; k < endToken; k++) if (AGREEMENT_NOUNS.has(this.v.lower(k))) return true;
    return false;
  }

  /** Sets the target and location of a reading from the mentions right of its trigger (read.right). */
  private targetAndLocation(act: Act): void {
    const { v, actors } = this;
    const { trig, read, cameo, root, lemma } = act;
    const t = trig.token;
    const partyPreps = trig.noun ? undefined : PARTY_PREPS[lemma];
    // targets and location
    let target: string | null = null;
    let location: string | null = null;
    let chosen = -1;
    for (let ri = 0; ri < (trig.act ? 0 : read.right.length); ri++) {
      const r = read.right[ri];
      const id = actors.ofMention(r.mention);
      if (!id) continue;
      // "before the attack, a claim U.S. officials disputed": a noun's party does not stand past a comma
      // (but "After the talks in X, A signed … with B": an adjunct's parties are the main clause's)
      if (trig.noun && !target && !(read.rule === 'noun-adjunct' && opensSentence(v, t, this.doc.sentences[act.si].firstToken)) && commaBetween(v, t + 1, v.mentionFirst[r.mention])) break;
      // "ending our cooperation with X": a possessive pronoun owns the object, it is not the target
      if (v.mentionFirst[r.mention] > t && POSSESSIVES.has(v.lower(v.mentionFirst[r.mention]))) continue;
      // ("its participation in the Russian-led CSTO", "the Iran-backed Houthis": a name leading or backing a named object is
      // not it; "Tuareg-led separatist groups" with no name of their own are the Tuareg's)
      if (hyphenParticiple(v, v.mentionLast[r.mention] + 1) && [3, 4, 5].some((d) => v.mentionAt[v.mentionLast[r.mention] + d] >= 0)) continue;
      // "Kerry | Washington", "Progress Iowa": a piece of a longer name is nobody
      if (v.isFragment(r.mention)) {
        if (!target && TARGET_PREPS.has(r.prep) && r.prep !== 'by') break;
        continue;
      }
      // "an attack on Israeli territory", "missiles at Ukrainian cities": the state a struck place belongs to
      if (!target && MILITARY_ROOTS.has(root) && v.mentions[r.mention].kind === 'demonym' && STRUCK.has(v.lower(v.mentionLast[r.mention] + 1)) && r.prep !== 'by') {
        target = id;
        chosen = ri;
        continue;
      }
      // "fired missiles at Israel", "hit the Russian city of Belgorod": what a military act strikes is its target
      if (!target && MILITARY_ROOTS.has(root) && ((r.prep === 'at' && actors.isState(id)) || (r.prep === 'of' && struckSettlement(v, t, v.mentionFirst[r.mention]))) && !v.isModifier(r.mention)) {
        target = actors.isCity(id) ? actors.countryOf(id) ?? id : id;
        chosen = ri;
        if (target !== id) location ??= id;
        continue;
      }
      // "signed the X Treaty": a law or treaty named is what was agreed, not with whom
      if (!target && (root === '03' || root === '04' || root === '05') && actors.entity(id)?.type === 'MISC' && !v.isModifier(r.mention)) continue;
      // "sanctioned Sudan's RSF leader X": a possessor before the name its phrase heads is not the target
      if (!target && r.prep === '' && v.isPossessive(r.mention) && possessedName(v, read.right, ri)) continue;
      // "in Moura", "in the central village of Moura": where it happened
      if ((r.prep === 'in' || r.prep === 'inside' || r.prep === 'within' || r.prep === 'at' || (r.prep === 'of' && inSettlement(v, v.mentionFirst[r.mention]))) && actors.isPlace(id)) {
        location ??= id;
        continue;
      }
      if (r.prep === 'from' && (root === '07' || root === '06') && !read.sources.length) {
        read.sources.push(r.mention);
        continue;
      }
      if (r.prep === 'by') continue;
      // ("demanded a ceasefire between Israel and Hamas": a demand or appeal is addressed to the sides named)
      if (!target && r.prep === 'between' && !trig.noun && (root === '10' || root === '02')) {
        target = id;
        chosen = ri;
        continue;
      }
      // ("froze its participation in the CSTO": what one takes part in is what relations are reduced with)
      if (!target && r.prep === 'in' && root === '16' && actors.entity(id)?.type === 'ORG' && !trig.noun && PARTICIPATION.has(objectHead(v, t + 1, this.doc.sentences[act.si].endToken))) {
        target = id;
        chosen = ri;
        continue;
      }
      // ("military drills around Taiwan", "exercises near the border with X": a show of force is made to the state it is near)
      if (!target && root === '15' && trig.noun && NEAR_PREPS.has(r.prep) && actors.isState(id)) {
        target = id;
        chosen = ri;
        continue;
      }
      if (!TARGET_PREPS.has(r.prep) || target) continue;
      if (partyPreps && !partyPreps.has(r.prep)) continue;
      if (!trig.noun && (VERBAL_ROOTS.has(root) || root === '13') && nounsBetween(v, t + 1, v.mentionFirst[r.mention]) > 1) break;
      if (trig.noun && root === '04' && !NOUN_PARTY_PREPS.has(r.prep)) continue;
      // "withheld a key Benghazi email": a name qualifying the object of a material act is not its target
      // ("attacked GOP voters" may still be a verbal attack on the party; "before the attack, a claim
      // U.S. officials disputed": nor of a noun's)
      // (but "withdrew X's licence": what a permit is withdrawn from is its holder)
      // (nor "ambushed a Kosovo police patrol": a state's forces, struck, stand for it)
      if (MATERIAL_ROOTS.has(root) && !(!trig.noun && VERBAL_ATTACK.has(lemma)) && v.isModifier(r.mention) && !(v.isPossessive(r.mention) && ENTITLEMENTS.has(possessedNoun(v, r.mention))) && !(MILITARY_ROOTS.has(root) && actors.isState(id) && forcesAfter(v, r.mention)) && !((root === '17' || MILITARY_ROOTS.has(root)) && !trig.noun && ownedCraft(v, r.mention))) continue;
      if (root === '14' && r.prep !== '' && r.prep !== 'against') continue;
      // "met a lot of X supporters", "evacuated the X base": a name qualifying the object of a meeting or an aid is not its party
      // "meet the deadline X imposed": a meeting's party is its object, not a name after another noun
      // (but "hosted Sudanese leader X": titles before a person are no other noun)
      if (!trig.noun && root === '04' && r.prep === '' && nounsBetween(v, t + 1, v.mentionFirst[r.mention]) > 0 && !titledPerson(v, t + 1, r.mention)) continue;
      // (a place visited may be named so: "visit the X dam")
      if (!trig.noun && (root === '04' || root === '06' || root === '07') && !cameo.startsWith('042') && (v.isModifier(r.mention) || v.qualifiesThing(r.mention))) continue;
      // "is withdrawing as the director": one withdraws from something
      if (!trig.noun && lemma === 'withdraw' && trig.cameo.startsWith('08') && r.prep !== 'from') continue;
      // ("withdraw from her House reelection race": a name qualifying what one leaves is not left)
      if (trig.cameo === '087' && r.prep === 'from' && v.isModifier(r.mention)) continue;
      // "threaten the GOP's lead", "the Liberal majority": a threat is made to an actor, not to what it has
      // (but "threatened to expel Ethiopia's troops": a state's forces stand for it)
      // (and "threatened to damage Turkey's economy": the owner of what a threatened act would harm is threatened)
      if (root === '13' && !trig.noun && (v.isPossessive(r.mention) || v.isModifier(r.mention)) && !forcesAfter(v, r.mention) && !(v.isPossessive(r.mention) && v.lower(t + 1) === 'to' && actors.isState(id))) continue;
      // "coups were run from X": an event with no agent has only the place where it happened
      if (read.rule === 'noun-sourceless') continue;
      // (unnamed attackers strike what they attack: not a place "near the border with X")
      if (read.rule === 'verb-unnamed' && r.prep !== '' && r.prep !== 'on' && r.prep !== 'against') continue;
      // ("threatened force to reinstate President X in Niger": whom the threatened act would serve is not threatened)
      if (root === '13' && !trig.noun && BENEFIT.has(v.lower(v.mentionFirst[r.mention] - 1 - (v.isTitleWord(v.mentionFirst[r.mention] - 1) ? 1 : 0)))) continue;
      // ("threatened to pull Chad out of the task force": the threatener's own state is what it would move, not whom it threatens)
      if (root === '13' && read.sources.some((m) => actors.ofMention(m) === id || actors.countryOf(actors.ofMention(m)) === id)) continue;
      target = id;
      chosen = ri;
      if (actors.isCity(id) && CITY_FOR_STATE_ROOTS.has(root)) {
        location ??= id;
        target = actors.countryOf(id) ?? id;
      }
    }
    // "condemned the Russian invasion of Ukraine", "praised Mali's decision": a verbal act on an act
    // of someone is addressed to its agent, not to what the act was done to
    if (!trig.noun && (VERBAL_ROOTS.has(root) || trig.act)) {
      const agent = actAgent(v, this.lex, t + 1, this.doc.sentences[act.si].endToken);
      const id = agent >= 0 ? actors.ofMention(agent) : null;
      if (id && ACTOR_TYPES.has(actors.entity(id)?.type ?? '') && id !== target) {
        target = id;
        chosen = -1;
      }
    }
    // ("threatened military force to reinstate X in Niger": a threat of force where no one else is named is to the state it is in)
    if (!target && root === '13' && !trig.noun && (THREATENED_FORCE.has(objectHead(v, t + 1, this.doc.sentences[act.si].endToken)) || (v.lower(t + 1) === 'to' && (v.lower(t + 2) === 'intervene' || THREATENED_FORCE.has(objectHead(v, t + 3, this.doc.sentences[act.si].endToken)))))) {
      // (else the state its sentence named last before it, not the threatener's: "after the Niger coup, … threatened to use force")
      target = location && actors.isState(location) ? location : this.lastStateBefore(act, t, this.doc.sentences[act.si].firstToken);
    }
    act.target = target;
    act.location = location;
    // ("seized the rebel stronghold of Kidal": a place named after its kind is the object too)
    // (a demonym qualifying the object is no place taken: "seized a British tanker" takes a ship, not Britain)
    act.direct = chosen >= 0 && v.mentions[read.right[chosen].mention].kind !== 'demonym' && (read.right[chosen].prep === '' || (read.right[chosen].prep === 'of' && PLACE_KINDS.has(v.lower(v.mentionFirst[read.right[chosen].mention] - 2))));
    if (chosen >= 0) this.coordinatedTargets(act, chosen);
  }

  /** "accused A and B", "sanctions on A, B and C": the actors coordinated with the target at read.right[chosen]. */
  private coordinatedTargets(act: Act, chosen: number): void {
    const { v, actors } = this;
    const right = act.read.right;
    // the list's items, as long as only commas, "and", "or" and determiners separate them
    const items: number[] = [right[chosen].mention];
    let closed = false;
    for (let ri = chosen + 1; ri < right.length && !closed; ri++) {
      const m = right[ri].mention, prev = items[items.length - 1];
      const from = v.mentionLast[prev] + 1, to = v.mentionFirst[m];
      // (adjacent names are no list: "US President X")
      if (to === from || !onlyCoordination(v, from, to)) break;
      for (let k = from; k < to; k++) if (CONJ.has(v.lower(k))) closed = true;
      items.push(m);
    }
    // (a long list goes on past the mentions read right of the trigger: "from Argentina, Chile, …, the Dominican Republic and Uruguay")
    const atEdge = items.length === right.length - chosen;
    for (let k = v.mentionLast[items[items.length - 1]] + 1; !closed && atEdge && k < this.doc.sentences[act.si].endToken; ) {
      let j = k, conj = false;
      for (; j < this.doc.sentences[act.si].endToken && v.mentionAt[j] < 0 && (v.lower(j) === ',' || CONJ.has(v.lower(j)) || v.pos(j) === 'DET'); j++) if (CONJ.has(v.lower(j))) conj = true;
      if (j === k || j >= this.doc.sentences[act.si].endToken || v.mentionAt[j] < 0) break;
      items.push(v.mentionAt[j]);
      closed = conj;
      k = v.mentionLast[v.mentionAt[j]] + 1;
    }
    // a list ends with "and" or "or" ("A, B and C"); commas alone set off an apposition ("X, an American")
    if (!closed) return;
    for (let i = 1; i < items.length; i++) {
      const m = items[i];
      // "… and Illinois's Mark Kirk withdrew", "Jeb Bush and Jeb crashed": a new clause, not a list
      const after = v.mentionLast[m] + 1;
      // ("and the European special forces mission X": a name before a noun or adjective qualifies it)
      const next = v.mentionAt[after] < 0 ? v.pos(after) : '';
      if (v.isPossessive(m) || v.isModifier(m) || v.isVerb(after) || next === 'AUX' || next === 'NOUN' || next === 'ADJ') break;
      const id = actors.ofMention(m);
      if (!id || v.isFragment(m) || !ACTOR_TYPES.has(actors.entity(id)?.type ?? '')) break;
      if (id !== act.target && !act.also.includes(id)) act.also.push(id);
    }
  }

  /** Pushes the events of a reading, one per source, unless it lacks what its kind of event needs. */
  private pushReading(act: Act): void {
    const { v, actors } = this;
    const { si, trig, read, root, lemma, target } = act;
    const t = trig.token;
    const hi = this.doc.sentences[si].endToken;
    const baseRoot = trig.cameo.slice(0, 2);
    // precision: a meeting needs two parties, a demand an addressee
    const sourceless = read.rule === 'noun-sourceless' || read.rule === 'verb-unnamed';
    // (an agentless arrest is the dateline state's only for its own people, or for those of no state the text tells)
    if (read.rule === 'verb-passive-home' && target && ![null, actors.ofMention(read.sources[0])].includes(actors.countryOf(target))) return;
    // (unnamed attackers' act is an edge only to whom they struck)
    if (read.rule === 'verb-unnamed' && !target) return;
    // "Ethiopia and Somalia signed an agreement", "A and B held talks": coordinated doers of a
    // meeting or a signing with no one else named (CAMEO 036, 04, 057) do it with each other
    // (and "A and B held joint drills": military cooperation with each other, 062)
    if (!target && read.coordinated && read.sources.length > 1 && /^(?:036|04|057|062)/.test(act.cameo) && !sourceless && !withSomeone(v, t, hi)) {
      this.pushReciprocal(act);
      return;
    }
    // "Canada and India each expelled six diplomats", "A and B summoned each other's ambassadors": each does it to the other
    if (!target && read.coordinated && read.sources.length === 2 && !trig.noun && reciprocal(v, t, hi)) {
      this.pushReciprocal(act);
      return;
    }
    // an event with no agent is worth keeping only where or when it happened
    if (sourceless && !target && !eventDate(v, this.dateTok, si, t)) return;
    // "ECOWAS lifted most of those sanctions": easing sanctions named before is done to whom its doer imposed them on
    // (and "reimposed most of those sanctions": imposing them again, on whom its doer eased or imposed them before)
    if (!target && (act.cameo.startsWith('085') || act.cameo.startsWith('163')) && read.sources.length) {
      const doer = actors.ofMention(read.sources[0]);
      const again = act.cameo.startsWith('163');
      act.target = [...this.events].reverse().find((e) => (e.cameo.startsWith('163') || (again && e.cameo.startsWith('085'))) && e.source === doer && e.target)?.target ?? null;
      if (act.target) return this.pushReading(act);
    }
    // "Cuba hosted the talks": talks named before are between their parties, whom the doer meets (or hosts)
    if (!target && trig.noun && baseRoot === '04' && !trig.cameo.startsWith('042') && read.rule === 'noun-light-verb' && read.sources.length === 1 && v.lower(t - 1) === 'the') {
      const doer = actors.ofMention(read.sources[0]);
      const start = this.doc.sentences[si].start;
      const talks = [...this.events].reverse().find((e) => e.cameo.startsWith('04') && e.evidence.end <= start && e.source && e.source !== doer && e.target !== doer && !e.provenance.rule.endsWith('-referred'));
      if (talks) {
        act.target = talks.source;
        if (talks.target && !act.also.includes(talks.target)) act.also.push(talks.target);
        read.rule += '-referred';
        return this.pushReading(act);
      }
    }
    if (!target && (NEEDS_TARGET.has(root) || NEEDS_TARGET.has(baseRoot)) && !trig.cameo.startsWith('087') && !sourceless) return;
    // "its war of aggression", "the army's offensive": a military noun with no one it is waged on names no event between actors
    // (nor are "similar exercises" held near no one named a show of force to anyone)
    if (trig.noun && !target && (MILITARY_ROOTS.has(baseRoot) || baseRoot === '15') && !sourceless) return;
    // "fight terrorism", "capture the nomination": a military verb with no actor as its target is a figure of speech
    if (!trig.noun && !target && FIGHT_LIKE.has(lemma)) return;
    // "deliver her acceptance speech": words delivered are no aid
    if (!trig.noun && lemma === 'deliver' && SPOKEN.has(objectHead(v, t + 1, hi))) return;
    // "released a statement": a release is of people ("released Sylvanian prisoners")
    if (!trig.noun && (lemma === 'release' || lemma === 'free') && !(target && actors.isPerson(target) && directObject(v, t + 1, hi) >= 0) && !RELEASED.has(objectHead(v, t + 1, hi))) return;
    const date = eventDate(v, this.dateTok, si, t) ?? this.ledeDate(si, read.modality);
    for (const m of sourceless ? [-1] : read.sources) this.pushSource(act, m, date, sourceless);
    // one event per further coordinated target
    const first = act.target;
    for (const other of act.also) {
      act.target = other;
      for (const m of sourceless ? [-1] : read.sources) this.pushSource(act, m, date, sourceless);
    }
    act.target = first;
  }

  /** Each of a reading's coordinated sources does its act with the first of the others (the first with the second). */
  private pushReciprocal(act: Act): void {
    const { sources } = act.read;
    const date = eventDate(this.v, this.dateTok, act.si, act.trig.token) ?? this.ledeDate(act.si, act.read.modality);
    const ids = sources.map((m) => this.actors.ofMention(m));
    for (let i = 0; i < sources.length; i++) {
      const other = ids.find((id, j) => j !== i && id !== null && id !== ids[i]);
      if (!other) continue;
      act.target = other;
      this.pushSource(act, sources[i], date, false);
    }
    act.target = null;
  }

  /** Pushes the event of source mention m of a reading (-1 for an event with no source), if m may do it. */
  private pushSource(act: Act, m: number, date: EventFact['date'], sourceless: boolean): void {
    const { v, actors, mentions } = this;
    const { si, trig, read, root, lemma, target } = act;
    if (m >= 0 && v.isFragment(m)) return;
    let source = m >= 0 ? actors.ofMention(m) : null;
    let code = act.cameo;
    // "withdrew from ECOWAS", "announced their withdrawal from the bloc", "pulled out of the grain deal": leaving an
    // organisation or an accord reduces relations with it (CAMEO 161, as the dictionary's WITHDRAW (FROM COALITION);
    // 131 when only threatened), it is no troop withdrawal
    const left = actors.entity(target)?.type;
    if (trig.cameo === '087' && (left === 'ORG' || left === 'MISC') && !actors.isNationalBody(target)) code = read.modality === 'intended' ? '131' : '161';
    // "Democrats fighting about X", "Republicans capture the Senate": a people or party does
    // material conflict only to a state
    if (m >= 0 && MATERIAL_ROOTS.has(root) && mentions[m].type === 'NORP' && mentions[m].kind !== 'demonym' && !actors.isState(target)) return;
    // "the first American to carry out a bombing": a singular demonym heading its phrase is one person, not the state
    if (m >= 0 && mentions[m].kind === 'demonym' && oneNational(v, m)) return;
    // "the only well-known Republican to endorse X": a singular party name after a determiner is one member, unnamed
    if (m >= 0 && mentions[m].type === 'NORP' && mentions[m].kind !== 'demonym' && !/s$/.test(mentions[m].text) && afterDeterminer(v, v.mentionFirst[m], this.doc.sentences[si].firstToken)) return;
    // "X is withdrawing as the director": a person withdrawing from nothing named resigns
    if (!trig.noun && lemma === 'withdraw' && !target && actors.isPerson(source)) return;
    // a person "attacking" someone is a verbal attack (CAMEO 111); a person "fighting",
    // "capturing" or "battling" is politics, unless they act for their state against another
    // (but in a coup one person ousting or detaining another is an act of force between them: "Tiani seized
    // power, ousting President Bazoum"; not "trying to oust Sen. X" in an election)
    const coup = /^17[34]/.test(code) && !!target && actors.isPerson(target) && actors.isPerson(source) && coupSentence(v, si);
    if (MATERIAL_ROOTS.has(root) && actors.isPerson(source) && !coup) {
      const country = actors.countryOf(source);
      if (country && target && country !== target && actors.isState(target)) source = country;
      else if (MILITARY_ROOTS.has(root) && target && VERBAL_ATTACK.has(lemma)) code = '111';
      else return;
    }
    // "seized the town of X", "captured Strelsau": taking a place by force occupies territory (CAMEO 192), it is no seizure of property
    if (code.startsWith('17') && (lemma === 'seize' || lemma === 'capture') && target && act.direct && actors.isPlace(target)) code = '192';
    // "killed Hezbollah leader X": killing a named person is an assassination (CAMEO 186), done to the person
    if (code.startsWith('19') && (lemma === 'kill' || lemma === 'assassinate') && target && actors.isPerson(target)) code = '186';
    // material conflict is done to states, organisations and groups, not to a person (except arrests);
    // nor is it threatened ("promised to defeat Randolph" is an election)
    const threatened = code.startsWith('13') && MATERIAL_ROOTS.has(trig.cameo.slice(0, 2));
    if ((MATERIAL_ROOTS.has(code.slice(0, 2)) || threatened) && target && actors.isPerson(target) && !/^(17[345]|18)/.test(threatened ? trig.cameo : code)) return;
    const state = STATE_ROOTS.has(code.slice(0, 2)) && !coup;
    // (and a body the text describes by its state, "Azerbaijan's foreign ministry", acts for that state in all it does)
    if ((state && (actors.isPerson(source) || actors.isNationalBody(source))) || (actors.isNationalBody(source) && !actors.entity(source)!.kb)) source = actors.countryOf(source) ?? source;
    // (a person released, arrested, killed or sanctioned is the person: CAMEO 0841, 173, 186, 163)
    const target1 = state && actors.isPerson(target) && !code.startsWith('084') && !code.startsWith('173') && code !== '186' && !code.startsWith('163') ? actors.countryOf(target) ?? target : target;
    // "states Indiana and Ohio all supported X": a region or city backing a person is an election result
    if (COOPERATION_ROOTS.has(code.slice(0, 2)) && actors.isPerson(target1) && actors.entity(source)?.type === 'GPE' && !actors.isState(source)) return;
    // a source must be an actor: a person, organisation, state or people, or a named group ("the Western countries")
    const actor = sourceless || ACTOR_TYPES.has(actors.entity(source)?.type ?? '') || (m >= 0 && actors.entity(source)?.type === 'MISC' && isGroup(v, m));
    // (an act with neither a doer nor an addressee — "after the coup" — is no edge of the graph)
    if ((!source && !target1) || (!source && !sourceless) || !actor || (source !== null && source === target1) || (target1 && actors.countryOf(source) === target1 && SYMMETRIC_ROOTS.has(root))) return;
    // "sent aid to its own city X": a state's cooperation with a place of its own is no event between
    // actors (conflict there is one: "the army retook X" from whoever held it)
    if (target1 && source && Number(root) <= 8 && actors.isPlace(target1) && !actors.isState(target1) && actors.countryOf(target1) === source) return;
    // "During his visit to Moscow, A and B …": the main clause's subjects do the adjunct's act, none is its party
    if (read.rule === 'noun-adjunct' && target1 && read.sources.some((s) => actors.ofMention(s) === target1)) return;
    const key = `${si}|${root}|${source}|${target1}`;
    const mirror = `${si}|${root}|${target1}|${source}`;
    if (this.seen.has(key) || (SYMMETRIC_ROOTS.has(root) && this.seen.has(mirror))) return;
    this.seen.add(key);
    this.pushEvent(code, null, source, target1, date, act.location, si, trig.token, read.modality, read.negated, read.rule);
  }

  /**
   * Pushes an event of sentence si triggered at token t. Every EventFact is built by this one
   * literal, so all have one shape; `type` null is the code's own type.
   */
  private pushEvent(
    code: string,
    type: string | null,
    source: string | null,
    target: string | null,
    date: EventFact['date'],
    location: string | null,
    si: number,
    t: number,
    modality: string,
    negated: boolean,
    rule: string,
  ): void {
    const { doc, events } = this;
    const coded = describeCode(this.lex, code);
    const s = doc.sentences[si];
    events.push({
      id: `v${events.length + 1}`,
      cameo: coded.cameo,
      type: type ?? coded.type,
      quadClass: coded.quadClass,
      goldstein: coded.goldstein,
      source,
      target,
      date,
      location,
      evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
      trigger: { start: doc.tokens.start[t], end: doc.tokens.end[t], text: doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]) },
      modality,
      negated,
      provenance: { stage: 'events', rule },
    });
  }

  /**
   * A vote: states and organisations only (a legislator's vote on a bill is domestic politics, not an event between actors).
   * Pushes the vote at t; returns the token of the motion's own act (to be skipped), or -1.
   */
  private pushVote(t: number, lemma: string, si: number, lo: number, hi: number): number {
    const { v, lex, actors } = this;
    if (hypothetical(v, t, lo)) return -1;
    const read = readVote(v, lex, t, lo, hi, lemma);
    if (!read) return -1;
    const aux = auxChain(v, t, lo);
    let code = lex.votes.get(read.direction) ?? '010';
    let target: string | null = read.holder !== null ? actors.ofMention(read.holder) : null;
    if (read.object !== null && (read.direction === 'for' || read.direction === 'abstain')) {
      // voting for "a resolution condemning X" condemns X; abstaining declines to take a position on X
      target = actors.ofMention(read.object);
      if (read.direction === 'for' && read.act) code = read.act;
    }
    const date = eventDate(v, this.dateTok, si, t);
    for (const m of read.sources) {
      if (v.isFragment(m)) continue;
      let source = actors.ofMention(m);
      if (actors.isPerson(source)) source = null;
      const type = actors.entity(source)?.type;
      if (!source || !(type === 'GPE' || type === 'ORG' || type === 'NORP') || source === target) continue;
      const key = `${si}|vote|${source}|${target}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.pushEvent(code, 'vote', source, target, date, null, si, t, aux.modality, aux.negated, read.rule);
    }
    return read.actToken;
  }

  /** Pushes an act read by a rule of its own (a disapproval, a threat idiom, a host), once per sentence, kind and pair. */
  private pushJudgement(code: string, source: string | null, target: string | null, si: number, t: number, rule: string, negated = false): void {
    if (!source || !target || source === target) return;
    const key = `${si}|${code.slice(0, 2)}|${source}|${target}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pushEvent(code, null, source, target, eventDate(this.v, this.dateTok, si, t), null, si, t, 'asserted', negated, rule);
  }

  /**
   * "About 300 protesters rallied in Seoul, accusing Yoon of …", "Kenyan demonstrators marched on
   * parliament": a protest (CAMEO 141) by people the text does not name (by the state a demonym before
   * them names, else by no one) against the first actor named after the verb that is no place where it
   * happened. (Protests by a named doer are the verb's own event: "protest", CAMEO 140.)
   */
  private pushProtest(t: number, si: number, lo: number, hi: number): void {
    const { v, actors } = this;
    const verb = v.lower(t);
    let code = RIOT_VERBS.has(verb) ? '145' : '141';
    // the protesters: a noun of them before the verb, in its clause (an aside between them aside)
    let who = -1;
    let and = false;
    // ("Protests erupted on Sunday in X", "the riots have spread": the protest itself breaks out, its subject right before)
    const outbreak = OUTBREAK_VERBS.has(verb);
    if (outbreak) {
      let k = t - 1;
      while (k > lo && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k--;
      const c = PROTEST_NOUNS.get(v.lower(k));
      if (!c || v.mentionAt[k] >= 0) return;
      code = c;
      who = k;
    }
    for (let k = t - 1; who < 0 && k >= lo && k > t - 14; k--) {
      if (v.lower(k) === 'and') and = true;
      // ("where crowds stormed": right before the verb, whatever the tagger made of the noun)
      if (k === t - 1 && PROTESTERS.has(v.lower(k)) && v.mentionAt[k] < 0 && v.isVerb(k)) {
        who = k;
        break;
      }
      // ("Thousands of people banged pots and marched": over a predicate coordinated before the verb)
      if ((v.isVerb(k) && v.lower(k) !== 'including' && !and) || v.lower(k) === ';') break;
      // (a bare count is the protesters only as the subject itself: "Thousands marched", not "hundreds of troops marched")
      if (PROTESTERS.has(v.lower(k)) && v.mentionAt[k] < 0 && (!COUNTS.has(v.lower(k)) || v.isVerb(k + 1) || v.pos(k + 1) === 'AUX')) {
        who = k;
        break;
      }
    }
    if (who < 0) return;
    const m = who > lo ? v.mentionAt[who - 1] : -1;
    if (m >= 0 && v.mentions[m].kind !== 'demonym') return;
    const source = m >= 0 ? actors.ofMention(m) : null;
    let target: string | null = null, location: string | null = null;
    for (const r of mentionsRight(v, t + 1, hi, false, 25)) {
      const id = actors.ofMention(r.mention);
      if (!id || id === source) continue;
      // ("spread to the capital": where a protest breaks out is no one it is against)
      if ((r.prep === 'in' || r.prep === 'at' || r.prep === 'near' || r.prep === 'across' || r.prep === 'through' || (outbreak && r.prep === 'to')) && actors.isPlace(id)) {
        location ??= id;
        continue;
      }
      // (an outbreak is against whom it names so: "protests erupted against X", not "spread, leading to clashes with Y")
      if (outbreak && r.prep !== 'against') continue;
      // (not whom they rally for: "rallied for President X", "in support of X")
      if (!ACTOR_TYPES.has(actors.entity(id)?.type ?? '') || r.prep === 'for') continue;
      target = actors.isCity(id) ? actors.countryOf(id) ?? id : id;
      break;
    }
    // ("Thousands protested in Tbilisi against the law": with no one named, a protest is against the state where it is held)
    if (!target && location) target = actors.isState(location) ? location : actors.countryOf(location);
    // (and with no place of a known state, against the state of the story's dateline: "CARACAS - Thousands marched
    // toward the palace", "ALMATY - Protests erupted in the oil town of Zhanaozen")
    if (!target && v.homeState >= 0) target = actors.ofMention(v.homeState);
    if (!target || target === source) return;
    const key = `${si}|14|${source}|${target}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const aux = auxChain(v, t, lo);
    this.pushEvent(code, null, source, target, eventDate(v, this.dateTok, si, t) ?? this.ledeDate(si, aux.modality), location, si, t, aux.modality, aux.negated, 'protest');
  }

  /**
   * "X will pay a heavy price", "warned Y that it would bear all the consequences": a threat (CAMEO 130)
   * by the one who says it (the quote's speaker, or the subject of the warning or saying verb before)
   * to the one who is to pay. Only with a modal ("will", "would", "must", "will have to"): "civilians
   * paid a heavy price" is no threat.
   */
  /**
   * "X has come under fire from the opposition Labor Party", "X came under sharp criticism from Y": Y criticises X
   * (CAMEO 111), X the subject of the verb before "under".
   */
  private pushUnderFire(t: number, si: number, lo: number, hi: number): void {
    const { v, actors } = this;
    let k = t + 1;
    while (k < hi && k < t + 4 && v.pos(k) === 'ADJ' && v.mentionAt[k] < 0) k++;
    if (!UNDER_FIRE.has(v.lower(k)) || v.lower(k + 1) !== 'from') return;
    // (the critic right after "from", across a determiner and a noun: "from the opposition Labor Party")
    const by = mentionsRight(v, k + 2, hi, true, 6).find((r) => r.prep === '' || r.prep === 'from')?.mention ?? -1;
    if (by < 0) return;
    // the verb before "under": "has come", "came", "is", "has been", "found itself"
    let g = t - 1;
    while (g > lo && v.pos(g) === 'ADV') g--;
    if (g < lo || !(v.isVerb(g) || v.pos(g) === 'AUX') || v.mentionAt[g] >= 0) return;
    const aux = auxChain(v, g, lo);
    const subj = subjectHeads(v, subjectLeft(v, aux.k + 1, lo, 0));
    if (subj.length !== 1) return;
    const source = actors.ofMention(by), target = actors.ofMention(subj[0]);
    if (!source || !target || source === target) return;
    // (fire may be gunfire: "Israeli troops came under fire from Hezbollah"; a person is under the critics' fire)
    if (v.lower(k) === 'fire' && !actors.isPerson(source) && !actors.isPerson(target)) return;
    const key = `${si}|11|${source}|${target}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pushEvent('111', null, source, target, eventDate(v, this.dateTok, si, g) ?? this.ledeDate(si, aux.modality), null, si, k, aux.modality, aux.negated, 'under-fire');
  }

  private pushPriceThreat(t: number, si: number, lo: number): void {
    const { doc, v, actors } = this;
    // the idiom's verb: "pay a (heavy) price", "bear / face (all the) consequences"
    let pv = t - 1;
    while (pv > lo && pv > t - 6 && (v.pos(pv) === 'DET' || v.pos(pv) === 'ADJ' || v.lower(pv) === 'all' || v.lower(pv).endsWith('ing')) && v.mentionAt[pv] < 0) pv--;
    if (!(v.lower(t) === 'price' ? PAY.has(v.lower(pv)) : BEAR.has(v.lower(pv)))) return;
    // who is to pay: the subject, across "will have to prepare to" (and a quote mark); "it" after "warned X that" is X
    let modal = false, k = pv - 1;
    for (; k >= lo && (v.pos(k) === 'AUX' || v.pos(k) === 'PART' || v.pos(k) === 'ADV' || v.pos(k) === 'VERB' || v.lower(k) === 'to' || QUOTE_TOKENS.has(v.lower(k))) && v.mentionAt[k] < 0; k--) if (MODALS.has(v.lower(k)) || v.lower(k) === 'have') modal = true;
    if (!modal) return;
    let payer = k >= lo ? v.mentionAt[k] : -1;
    if (payer < 0 && (v.lower(k) === 'it' || v.lower(k) === 'they') && v.lower(k - 1) === 'that' && k - 2 >= lo) payer = v.mentionAt[k - 2];
    if (payer < 0 || v.isPossessive(payer) || v.prepBefore(v.mentionFirst[payer])) return;
    // (and those coordinated with it: "America and Britain will have to pay")
    const payers = [payer];
    for (let j = v.mentionFirst[payer] - 1; j - 1 >= lo && (v.lower(j) === 'and' || v.lower(j) === ',') && v.mentionAt[j - 1] >= 0; j = v.mentionFirst[v.mentionAt[j - 1]] - 1) payers.push(v.mentionAt[j - 1]);
    const first = v.mentionFirst[payers[payers.length - 1]];
    // who says it: the direct quote's speaker, else the subject of the warning or saying verb before (or, after
    // "and", the doer of the act the sentence told before it: "It demanded … and warned X that it would …")
    const at = doc.tokens.start[t];
    const quote = doc.quotes.find((q) => q.direct && q.start <= at && q.end > at && q.speaker.entity);
    let source: string | null = quote ? quote.speaker.entity : null;
    if (!source) {
      for (let j = first - 1; j >= lo; j--) {
        if (!SAY_WARN.has(v.lower(j))) continue;
        const aux = auxChain(v, j, lo);
        // (a participle, "…, saying X and warning that Y would pay", has the sentence's subject)
        const subj = v.lower(j).endsWith('ing') ? [] : subjectHeads(v, subjectLeft(v, aux.k + 1, lo, 0));
        const m = subj.length === 1 ? subj[0] : v.lower(aux.k) === ',' ? mainSubject(v, aux.k, lo) : -1;
        source = m >= 0 ? actors.ofMention(m) : null;
        if (!source && (v.lower(aux.k) === 'and' || v.lower(aux.k) === ',')) {
          const sentence = doc.sentences[si];
          for (let e = this.events.length - 1; e >= 0 && !source; e--) if (this.events[e].evidence.start >= sentence.start && this.events[e].evidence.start < sentence.end) source = this.events[e].source;
        }
        // ("X was blunter, warning that Y would pay a price": the subject of a clause with no full verb)
        if (!source) {
          const m = openingSubject(v, lo, j);
          source = m >= 0 ? actors.ofMention(m) : null;
        }
        break;
      }
    }
    // (a capital pays for its state)
    for (const m of payers) {
      const id = actors.ofMention(m);
      this.pushJudgement('130', source, actors.isCity(id) ? actors.countryOf(id) ?? id : id, si, t, 'price-threat');
    }
  }

  /**
   * "…, which X described as regrettable", "X called Y's move unacceptable": a verb ascribing a
   * disapproving adjective is a disapproval (CAMEO 110) by its subject of the object's owner, or,
   * when the object is "which"/"it"/"this", of the actor of the event just read (same or previous sentence).
   */
  private pushAscribed(t: number, si: number, lo: number, hi: number): void {
    const { doc, v, actors } = this;
    let adj = -1;
    let object = -1;
    for (let k = t + 1; k < Math.min(hi, t + 10); k++) {
      const w = v.lower(k);
      if (DISAPPROVING.has(w)) {
        adj = k;
        break;
      }
      if (v.mentionAt[k] >= 0) {
        if (object < 0) object = v.mentionAt[k];
        k = v.mentionLast[v.mentionAt[k]];
        continue;
      }
      if (v.isBoundary(k) && !QUOTE_TOKENS.has(w)) break;
      // (not the participle of a hyphenated modifier: "as state-sponsored hijacking")
      if (v.isVerb(k) && !hyphenParticiple(v, k - 1)) break;
    }
    if (adj < 0) return;
    const aux = auxChain(v, t, lo);
    if (aux.passive || hypothetical(v, t, lo)) return;
    const subject = subjectHeads(v, subjectLeft(v, aux.k + 1, lo, 0));
    if (subject.length !== 1) return;
    const source = actors.ofMention(subject[0]);
    if (!ACTOR_TYPES.has(actors.entity(source)?.type ?? '')) return;
    let target: string | null = object >= 0 ? actors.ofMention(object) : null;
    // ("described the episode as state-sponsored hijacking", "what he called this unacceptable incident": a hostile
    // act told in the three sentences before, by another than the speaker's side)
    if (object < 0) {
      const side = [source, actors.countryOf(source)];
      const from = doc.sentences[Math.max(0, si - 3)].start, to = doc.sentences[si].start;
      for (let i = this.events.length - 1; i >= 0 && !target; i--) {
        const e = this.events[i];
        if (e.evidence.start < from) break;
        if (e.evidence.end <= to && e.source && CONFLICT_ROOTS.has(e.cameo.slice(0, 2)) && !side.includes(e.source) && !e.provenance.rule.endsWith('-referred')) target = e.source;
      }
    }
    if (object < 0 && !target) {
      const last = this.events.at(-1);
      const lastSentence = last ? doc.tokens.sentence[tokenAt(doc, last.trigger.start)] : -1;
      if (last && (lastSentence === si || lastSentence === si - 1) && last.source) target = last.source;
    }
    this.pushJudgement('110', source, target, si, t, 'ascribe-disapproval', aux.negated);
  }

  /**
   * "… in conditions of illegitimate Western sanctions," X said: a disapproving adjective before a
   * conflict noun inside a direct quote is the speaker's criticism (CAMEO 111) of the noun's agent.
   */
  private pushDisapproved(t: number, si: number): void {
    const { doc, v } = this;
    let k = t - 1;
    let agent = -1;
    while (k >= 0 && (v.mentionAt[k] >= 0 || (v.pos(k) === 'ADJ' && !DISAPPROVING.has(v.lower(k))))) {
      if (v.mentionAt[k] >= 0) {
        agent = v.mentionAt[k];
        k = v.mentionFirst[agent];
      }
      k--;
    }
    if (k < 0 || !DISAPPROVING.has(v.lower(k))) return;
    if (agent < 0) {
      // "Ruritania's illegal invasion"
      const owner = v.mentionAt[k - 1] >= 0 ? v.mentionAt[k - 1] : v.lower(k - 1) === "'s" || v.lower(k - 1) === '’s' ? v.mentionAt[k - 2] : -1;
      if (owner === undefined || owner < 0) return;
      agent = owner;
    }
    const at = doc.tokens.start[t];
    const quote = doc.quotes.find((q) => q.direct && q.speaker.entity && q.start <= at && q.end > at);
    if (!quote) return;
    this.pushJudgement('111', quote.speaker.entity, this.actors.ofMention(agent), si, t, 'quote-disapproval');
  }
}

/** First-person words in a direct quote: "I", "me", "my" are the speaker, "we", "us", "our" the speaker's side. */
const FIRST_SINGULAR = new Set(['i', 'me', 'my']);
const FIRST_PLURAL = new Set(['we', 'us', 'our']);

/**
 * The mentions as the events stage reads them: the document's, and each first-person pronoun
 * inside a direct quote with a known speaker as a (stage-local, never output) mention of the
 * speaker, and for "we/us/our" of the state or organisation the speaker serves (entity.country, or
 * a role's `of`): a foreign minister's "we" is his state. Events read through such a pronoun keep
 * modality 'asserted': the actor states its own act first-hand, which is what an assertion is;
 * provenance marks the quote.
 */
function quoteSpeakerMentions(doc: Doc): Mention[] {
  const extra: Mention[] = [];
  let m = 0;
  for (const q of doc.quotes) {
    if (!q.direct || !q.speaker.entity) continue;
    const speaker = doc.entities.find((e) => e.id === q.speaker.entity);
    if (!speaker) continue;
    const side = speaker.country ?? speaker.roles.find((r) => r.of)?.of ?? null;
    const sideEntity = side ? doc.entities.find((e) => e.id === side) : undefined;
    while (m < doc.mentions.length && doc.mentions[m].end <= q.start) m++;
    pushFirstPerson(doc, q, m, speaker, sideEntity, extra);
  }
  // (a list of the stage's own, not a copy of the document: the document keeps its one shape and its token caches)
  if (!extra.length) return doc.mentions;
  return doc.mentions.concat(extra);
}

/** Pushes to `extra` the first-person pronouns of quote q as mentions of its speaker or side (mentions before m end before q). */
function pushFirstPerson(doc: Doc, q: Quote, m: number, speaker: Entity, sideEntity: Entity | undefined, extra: Mention[]): void {
  const low = lowerTokens(doc);
  for (let t = tokenAt(doc, q.start); t < doc.tokens.count && doc.tokens.start[t] < q.end; t++) {
    const len = doc.tokens.end[t] - doc.tokens.start[t];
    if (len > 3) continue;
    const w = low[t];
    const plural = FIRST_PLURAL.has(w);
    if (!plural && !FIRST_SINGULAR.has(w)) continue;
    if (w === 'us' && tokenTexts(doc)[t] === 'US') continue;
    // a token some mention already covers stays with it
    let covered = false;
    for (let j = m; j < doc.mentions.length && doc.mentions[j].start <= doc.tokens.start[t]; j++) if (doc.mentions[j].end > doc.tokens.start[t] && doc.mentions[j].entity) covered = true;
    if (covered) continue;
    const who = plural && sideEntity ? sideEntity : speaker;
    extra.push({
      start: doc.tokens.start[t],
      end: doc.tokens.end[t],
      text: doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]),
      type: who.type,
      kind: 'pronoun',
      kb: null,
      entity: who.id,
      metonymOf: null,
      source: { stage: 'events', rule: 'quote-speaker' },
    });
  }
}

/** "to" + verb or "for" within a few words: the complement of a request. */
function requestFollows(v: View, from: number, hi: number): boolean {
  for (let k = from; k < Math.min(hi, from + 10); k++) {
    const w = v.lower(k);
    // ("asked for help", "asked Iran for help", "pressed Tehran for guarantees")
    if (w === 'for' && (k === from || (v.mentionAt[k - 1] >= 0 && v.mentionFirst[v.mentionAt[k - 1]] === from))) return true;
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

/**
 * Is the "by X" whose mention starts at token f close enough to the noun at t to name its agent?
 * "the visit by X", "the “operation” approved by both X …"; not "the attack …, citing the investigation by X".
 */
function agentClose(v: View, t: number, f: number): boolean {
  let participles = 0;
  for (let k = t + 1; k < f; k++) {
    const w = v.lower(k), p = v.pos(k);
    if (w === 'by' || p === 'DET' || p === 'ADV' || w === '”' || w === '"') continue;
    // ("a ceasefire brokered by X": who brokers an act does not do it)
    if (p === 'VERB' && /(?:ed|en|wn|ne|t)$/.test(w) && !MEDIATED.has(w) && participles++ === 0) continue;
    return false;
  }
  return true;
}

/** Participles of a third party's part in an act: "a ceasefire brokered by X". */
const MEDIATED = new Set(['brokered', 'mediated', 'facilitated', 'hosted', 'sponsored', 'backed', 'welcomed', 'supported', 'condemned']);

/** Is token f the head of a noun phrase opened by a determiner ("the only well-known X")? */
function afterDeterminer(v: View, f: number, lo: number): boolean {
  let j = f - 1;
  while (j >= lo && v.mentionAt[j] < 0 && (v.pos(j) === 'ADJ' || v.pos(j) === 'ADV' || v.lower(j) === '-' || (v.pos(j) === 'VERB' && v.lower(j - 1) === '-'))) j--;
  return j >= lo && v.pos(j) === 'DET';
}

/** The mention that is the whole direct object starting at `from` ("released [the] X"), or -1. */
function directObject(v: View, from: number, hi: number): number {
  let k = from;
  while (k < hi && v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.isTitleWord(k))) k++;
  const m = k < hi ? v.mentionAt[k] : -1;
  return m >= 0 && !v.isPossessive(m) ? m : -1;
}

/** The head noun of the object noun phrase starting at `from` (lower case), or ''. */
function objectHead(v: View, from: number, hi: number): string {
  let head = '';
  for (let k = from; k < Math.min(hi, from + 6); k++) {
    const p = v.pos(k);
    // (a named object's last word heads it: "his last State of the Union Address")
    if (p === 'NOUN' || (v.mentionAt[k] >= 0 && k === v.mentionLast[v.mentionAt[k]] && !POSSESSIVES.has(v.lower(k)))) head = v.lower(k);
    else if (head || !(p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'PROPN' || v.mentionAt[k] >= 0 || POSSESSIVES.has(v.lower(k)))) break;
  }
  return head;
}

/**
 * For token k ending a time phrase right before a verb ("on August 3", "last week", "in March 2021"):
 * the token before the phrase; else k.
 */
function beforeTimePhrase(v: View, k: number, lo: number): number {
  let j = k;
  while (j > lo && (v.pos(j) === 'NUM' || MONTHS.has(v.lower(j)) || WEEKDAYS.has(v.lower(j)) || (v.lower(j) === ',' && j < k && v.pos(j + 1) === 'NUM'))) j--;
  if (j === k) {
    if (v.lower(k) !== 'week' && v.lower(k) !== 'month' && v.lower(k) !== 'year') return k;
    j--;
  }
  return TIME_OPENERS.has(v.lower(j)) && j - 1 >= lo ? j - 1 : k;
}
const TIME_OPENERS = new Set(['on', 'in', 'last', 'this', 'next', 'since']);

/** Only "and", "or", commas and determiners between tokens from and to: "X, Y and the Z". */
function onlyCoordination(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = v.lower(k);
    if (w !== 'and' && w !== 'or' && w !== ',' && v.pos(k) !== 'DET') return false;
  }
  return to - from <= 3;
}

/**
 * The agent of an act noun heading the direct object that starts at `from`: the name or demonym
 * right before the noun ("the Russian invasion", "Mali's decision") or after "by" right after it
 * ("the invasion by Russia"); -1 when the object is no act noun or names no agent.
 */
function actAgent(v: View, lex: EventLexicon, from: number, hi: number): number {
  let k = from;
  let before = -1;
  while (k < hi) {
    const m = v.mentionAt[k];
    if (m >= 0) {
      before = m;
      k = v.mentionLast[m] + 1;
      if (v.lower(k) === "'s" || v.lower(k) === '’s') k++;
      continue;
    }
    const p = v.pos(k);
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && !POSSESSIVES.has(v.lower(k))) break;
    before = -1;
    k++;
  }
  // the head noun: the last of a run of nouns
  if (v.pos(k) !== 'NOUN' || v.mentionAt[k] >= 0) return -1;
  while (k + 1 < hi && v.pos(k + 1) === 'NOUN' && v.mentionAt[k + 1] < 0) k++;
  if (!lex.nouns.has(v.lower(k))) return -1;
  if (before >= 0) return before;
  // ("the killing of civilians by Israeli forces": past what the act was done to)
  let b = k + 1;
  if (v.lower(b) === 'of') {
    b++;
    while (b < hi && b < k + 8 && v.mentionAt[b] < 0 && (v.pos(b) === 'DET' || v.pos(b) === 'ADJ' || v.pos(b) === 'NUM' || v.pos(b) === 'NOUN')) b++;
  }
  return v.lower(b) === 'by' && v.mentionAt[b + 1] >= 0 ? v.mentionAt[b + 1] : -1;
}

/** The last word of an amount ("25 million", "$300", "10,000 euros"): the quantities stage's words. */
const isAmountEnd = (w: string): boolean => /^[\d.,]+$/.test(w) || MULTIPLIERS.has(w) || CURRENCY_WORDS.has(w);

/** Auxiliaries of a perfect ("has occupied X since 2014"). */
const PERFECT = new Set(['has', 'have', 'had', "'s", '’s', "'ve", '’ve']);

/** Nouns for a state's rulers that the press uses alone once the state is named ("the junta"). */
/** Of those, the ones naming who rules a state. */
const RULING_NOUNS = new Set(['junta', 'government', 'regime', 'authorities', 'administration', 'rulers', 'leadership']);
const GOVERNMENT_NOUNS = new Set(['junta', 'government', 'regime', 'authorities', 'administration', 'army', 'military', 'rulers', 'leadership', 'ministry', 'treasury', 'cabinet', 'presidency', 'parliament']);

/** The state mention ending at token d as a possessor ("Mali's") or a demonym ("Malian"), else -1. */
function ownerState(v: View, d: number, lo: number): number {
  if (d > lo && (v.lower(d) === "'s" || v.lower(d) === '’s')) d--;
  const m = d >= lo ? v.mentionAt[d] : -1;
  if (m < 0 || v.mentionLast[m] !== d) return -1;
  return v.mentions[m].type === 'GPE' || v.mentions[m].kind === 'demonym' ? m : -1;
}
/** Of those, the ones that stand for the dateline's state when the text names no other ("the army said"). */
const HOME_NOUNS = new Set(['junta', 'authorities', 'army', 'military', 'government']);

/**
 * For a subject "the junta" / "the (military) government" ending at token k (right before the
 * verb): the mention of the state last named as its possessor or modifier earlier in the document
 * ("Niger's military government", "the Malian junta"), else -1.
 */
function governmentOf(v: View, k: number, lo: number): number {
  const noun = v.lower(k);
  if (!GOVERNMENT_NOUNS.has(noun)) return -1;
  let d = k - 1;
  // (over the words of a compound: "Israel's security cabinet", "the Sudanese foreign ministry")
  // (and of a hyphenated one: "Sudan's army-aligned government")
  while (d >= lo && d > k - 6 && (v.pos(d) === 'ADJ' || v.pos(d) === 'NOUN' || v.pos(d) === 'PROPN' || v.lower(d) === '-' || (v.pos(d) === 'VERB' && v.lower(d - 1) === '-')) && v.mentionAt[d] < 0) d--;
  // "Mali's military rulers", "the Malian junta": the state named right there
  const own = ownerState(v, d, lo);
  if (own >= 0) return own;
  if (v.lower(d) !== 'the' || (d > lo && v.mentionAt[d - 1] >= 0)) return -1;
  // the latest "X's … government" or "Xian … junta" before (a ruling body for a ruling body, else the same noun:
  // "the junta" is not "Algeria's foreign ministry")
  const ruling = RULING_NOUNS.has(noun);
  for (let t = d - 1; t >= 0; t--) {
    const w = v.lower(t);
    if (!(ruling ? RULING_NOUNS.has(w) : w === noun)) continue;
    let a = t - 1;
    while (a >= 0 && v.pos(a) === 'ADJ' && v.mentionAt[a] < 0) a--;
    if (v.lower(a) === "'s" || v.lower(a) === '’s') a--;
    const m = a >= 0 ? v.mentionAt[a] : -1;
    if (m >= 0 && (v.mentions[m].type === 'GPE' || v.mentions[m].kind === 'demonym')) return m;
  }
  return HOME_NOUNS.has(noun) ? v.homeState : -1;
}

/** The names of a dateline (the place, the agency) are no actors of the sentence it opens ("(AFP) - Jihadists attacked"). */
function hideDateline(doc: Doc, v: View, span: { start: number; end: number } | null): void {
  if (!span) return;
  for (let t = tokenAt(doc, span.start); t < doc.tokens.count && doc.tokens.start[t] < span.end; t++) v.mentionAt[t] = -1;
}

/**
 * The mention of the state of the document's dateline ("OUAGADOUGOU, June 14, 2024 (AFP) -"): the
 * place itself when a state, else its country when the text names it (`placeState`: the country of a
 * dateline city the KB knows only as such), unless the text names another state far more often; -1 otherwise.
 */
function datelineState(mentions: readonly Mention[], actors: Actors, span: { start: number; end: number } | null, own = false, placeState: string | null = null): number {
  const m = span ? mentions.findIndex((x) => x.start === span.start && x.entity !== null) : -1;
  const id = m >= 0 ? mentions[m].entity! : null;
  const state = id && actors.isState(id) ? id : actors.countryOf(id) ?? placeState;
  if (!state) return -1;
  // (`own`: the dateline's state itself)
  if (own) return mentions.findIndex((x) => x.entity === state);
  // a story filed from abroad ("GENEVA, … - Sudan's army …") is about the state it names most, when
  // that one is named at least twice as often as the dateline's
  const count = new Map<string, number>();
  for (const x of mentions) if (x.entity && actors.isState(x.entity)) count.set(x.entity, (count.get(x.entity) ?? 0) + 1);
  let top = state;
  for (const [e, n] of count) if (n > (count.get(top) ?? 0)) top = e;
  const home = (count.get(top) ?? 0) >= 2 * (count.get(state) ?? 0) ? top : state;
  return mentions.findIndex((x) => x.entity === home);
}

/** For "which" or "who" at token k opening a relative clause after a name and a comma: that name (an actor), else -1. */
function relativeAntecedent(v: View, k: number, lo: number): number {
  const w = v.lower(k);
  if ((w !== 'which' && w !== 'who') || v.lower(k - 1) !== ',' || k - 2 < lo) return -1;
  const m = v.mentionAt[k - 2];
  return m >= 0 && ACTOR_TYPES.has(v.mentions[m].type) && v.mentions[m].kind !== 'demonym' ? m : -1;
}

/** For an object "the council", "the army", "the junta" starting at token `from`: the mention it describes, else -1. */
function describedObject(v: View, from: number, lo: number, hi: number): number {
  // ("two of the council's judges", "some of the army's units")
  if ((v.pos(from) === 'NUM' || QUANTITY_HEADS.has(v.lower(from))) && v.lower(from + 1) === 'of') from += 2;
  if (v.lower(from) !== 'the') return -1;
  let k = from + 1;
  for (;;) {
    if (k < hi && v.pos(k) === 'ADJ' && v.mentionAt[k] < 0) k++;
    else if (k + 2 < hi && hyphenParticiple(v, k + 1)) k += 3;
    else break;
  }
  if (k >= hi || v.pos(k) !== 'NOUN' || v.mentionAt[k] >= 0 || v.pos(k + 1) === 'NOUN') return -1;
  // ("Opposition leader X accused the government": the opposition's government is that of its own state)
  if (RULING_NOUNS.has(v.lower(k))) {
    const own = oppositionState(v, lo, from);
    if (own >= 0) return own;
  }
  const body = bodyOf(v, k, lo);
  return body >= 0 ? body : governmentOf(v, k, lo);
}

/**
 * For a clause whose subject, before token `to`, is a person named after "opposition" ("Opposition leader X",
 * "the opposition's X"): the mention of that person's state (the dateline's when the text gives them none), else -1.
 */
function oppositionState(v: View, lo: number, to: number): number {
  for (let k = lo; k < to - 1; k++) {
    if (v.lower(k) !== 'opposition') continue;
    for (let j = k + 1; j < to && j <= k + 4; j++) {
      const m = v.mentionAt[j];
      if (m < 0 || v.mentions[m].type !== 'PERSON') continue;
      const id = v.mentions[m].entity;
      const country = id ? v.doc.entities.find((e) => e.id === id)?.country : null;
      const own = country ? v.mentions.findIndex((x) => x.entity === country) : -1;
      return own >= 0 ? own : v.homeState;
    }
  }
  return -1;
}

/** Documents that say what their author says: "a resolution demanding that …". */
const DOCUMENTS = new Set(['resolution', 'statement', 'declaration', 'communique', 'communiqué', 'letter', 'decree', 'text', 'report']);

/** People sent or serving for a state or organisation: "mediators from the United States". */
const ENVOYS = new Set('mediators mediator envoys envoy diplomats diplomat officials official delegation delegates negotiators representatives troops soldiers forces fighters peacekeepers experts inspectors monitors observers'.split(' '));

/** For a subject ending at token k with a name: that state or organisation, when "ENVOYS from" it ("mediators from the United States"), else -1. */
function envoysFrom(v: View, k: number): number {
  const m = v.mentionAt[k];
  if (m < 0 || v.mentionLast[m] !== k) return -1;
  const f = v.mentionFirst[m];
  const d = v.pos(f - 1) === 'DET' ? f - 2 : f - 1;
  if (v.lower(d) !== 'from' || !ENVOYS.has(v.lower(d - 1))) return -1;
  const type = v.mentions[m].type;
  return type === 'GPE' || type === 'ORG' ? m : -1;
}

/** Plural heads of a description of several states' governments or forces. */
const RULERS_PLURAL = new Set(['leaders', 'governments', 'armies', 'militaries', 'juntas', 'presidents']);

/**
 * For a subject ending at token k: the states of "the (military) rulers of X, Y and Z", "the
 * armies of X and Y" (a government or forces noun, "of", states coordinated), else none.
 */
function rulersOf(v: View, k: number, lo: number): number[] {
  const states: number[] = [];
  while (k >= lo) {
    const m = v.mentionAt[k];
    if (m >= 0 && v.mentions[m].type === 'GPE') {
      states.push(m);
      k = v.mentionFirst[m] - 1;
    } else if (states.length && (v.lower(k) === ',' || v.lower(k) === 'and')) k--;
    else break;
  }
  // ("the military juntas in Mali, Burkina Faso and Niger")
  if (!states.length || (v.lower(k) !== 'of' && v.lower(k) !== 'in')) return [];
  const noun = v.lower(k - 1);
  return GOVERNMENT_NOUNS.has(noun) || FORCES.has(noun) || RULERS_PLURAL.has(noun) ? states.reverse() : [];
}

/** Heads of descriptions of an organisation: "the bloc", "the council", "the alliance". */
/** Nouns of an armed group's members: "the rebels" is the armed group named most so far, as "the group" is. */
const ARMED_MEMBERS = new Set(['group', 'rebels', 'insurgents', 'militants', 'guerrillas', 'jihadists', 'militia', 'militiamen']);
const BODY_NOUNS = new Set(['bloc', 'council', 'alliance', 'union', 'commission', 'organisation', 'organization', 'body', 'agency', 'coalition', 'court', 'parliament', 'assembly', ...ARMED_MEMBERS]);

/**
 * For a subject "the bloc" / "the council" ending at token k: the organisation last named before
 * with that head word ("the UN Security Council"), or for "bloc", "alliance", "union" and
 * "body" the last international organisation named; else -1.
 */
function bodyOf(v: View, k: number, lo: number): number {
  const noun = v.lower(k);
  if (!BODY_NOUNS.has(noun)) return -1;
  let d = k - 1;
  for (;;) {
    if (d >= lo && v.pos(d) === 'ADJ' && v.mentionAt[d] < 0) d--;
    else if (d - 2 >= lo && hyphenParticiple(v, d - 1)) d -= 3;
    else break;
  }
  if (v.lower(d) !== 'the' || (d > lo && v.mentionAt[d - 1] >= 0)) return -1;
  const anyIgo = noun === 'bloc' || noun === 'alliance' || noun === 'union' || noun === 'body';
  // ("the group" after "the National Liberation Army": an armed group is named by its kind of force;
  // of several, the one named most often so far)
  let armed = -1, armedCount = 0;
  const counts = ARMED_MEMBERS.has(noun) ? new Map<string | null, number>() : null;
  for (let t = d - 1; t >= 0 && t > d - 400; t--) {
    const m = v.mentionAt[t];
    if (m < 0 || v.mentionLast[m] !== t || v.mentions[m].type !== 'ORG') continue;
    const words = v.mentions[m].text.toLowerCase().split(/\s+/);
    const last = words[words.length - 1];
    if (last === noun || (anyIgo && (v.mentions[m].kb ?? '').startsWith('igo:'))) return m;
    if (counts && (ARMED_HEADS.has(last) || (v.mentions[m].kb ?? '').startsWith('group:') || v.mentions[m].kind === 'acronym')) {
      const n = (counts.get(v.mentions[m].entity) ?? 0) + 1;
      counts.set(v.mentions[m].entity, n);
      if (n > armedCount) (armed = m), (armedCount = n);
    }
  }
  return armed;
}

/** Plural nouns of people who act for a state or body: "EU leaders", "Saudi officials". */
const AGENT_PLURALS = new Set(['leaders', 'ministers', 'officials', 'envoys', 'mediators', 'diplomats', 'negotiators', 'delegates', 'lawmakers', 'commanders']);

/**
 * For "the leaders" ending at token k (adjectives aside): the mention that qualified the same noun
 * last ("European Union leaders", "EU foreign ministers", "Saudi officials"), or -1.
 */
function samePeopleOf(v: View, k: number, lo: number): number {
  const noun = v.lower(k);
  if (!AGENT_PLURALS.has(noun) || v.mentionAt[k] >= 0) return -1;
  let d = k - 1;
  while (d >= lo && v.pos(d) === 'ADJ' && v.mentionAt[d] < 0) d--;
  if (v.lower(d) !== 'the' || (d > lo && v.mentionAt[d - 1] >= 0)) return -1;
  for (let t = d - 1; t >= 0 && t > d - 400; t--) {
    if (v.lower(t) !== noun) continue;
    let j = t - 1;
    if (v.pos(j) === 'ADJ' && v.mentionAt[j] < 0) j--;
    const m = v.mentionAt[j];
    if (m >= 0 && v.mentions[m].type !== 'PERSON' && v.mentions[m].kind !== 'pronoun') return m;
  }
  return -1;
}

/** Last words of the names of armed groups: "National Liberation Army", "Rapid Support Forces". */
const ARMED_HEADS = new Set(['army', 'forces', 'front', 'movement', 'militia', 'brigade', 'brigades', 'group']);

/** Does a forces noun follow mention m, its possessive aside ("Ethiopia's troops", "Russian forces")? */
function forcesAfter(v: View, m: number): boolean {
  let k = v.mentionLast[m] + 1;
  if (v.lower(k) === "'s" || v.lower(k) === '’s' || v.lower(k) === "'" || v.lower(k) === '’') k++;
  return FORCES.has(v.lower(k));
}

/** Nouns for states counted as two: "the two countries", "both nations". */
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors', 'capitals']);
/** Roots of acts whose object pronoun ("urged him", "met her") stands for a person named before. */
const PRONOUN_OBJECT_ROOTS = new Set(['02', '03', '04', '05', '10', '11', '12', '13']);
/** Roots of verbal reactions that may refer back to an act: appeal, praise, demand, criticize, reject. */
const REACTION_ROOTS = new Set(['02', '05', '10', '11', '12']);
/** "Tuesday's move", "last week's decision": a day or time before the act noun. */
const TIME_POSSESSORS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', "today", 'week', 'month', 'year', 'weekend']);
/** Nouns for the sides of an agreement or a fight: "both sides", "the two parties", "all parties". */
const PARTY_NOUNS = new Set(['sides', 'parties']);
/** Nouns of an agreement reached before: "welcomed the agreement". */
const AGREEMENT_NOUNS = new Set(['agreement', 'deal', 'accord', 'pact', 'treaty', 'truce', 'ceasefire', 'cease-fire', 'declaration', 'memorandum', 'arrangement', 'understanding', 'compromise']);
/** Nouns of talks held with another party: "suspended the talks". */
const TALK_NOUNS = new Set(['talks', 'negotiations', 'dialogue', 'process', 'cooperation', 'partnership']);
/** Nouns of a step taken before, whatever it was: "welcomed the decision", "Tuesday's move". */
const MOVE_NOUNS = new Set(['decision', 'move', 'announcement', 'measure', 'measures', 'designation', 'determination', 'finding', 'findings', 'report']);
/** The events such references name, by CAMEO code. */
const PARTIES_OF = /^(?:03|04|057|08|18|19|20)/;
const AGREED = /^(?:057|03|046|08)/;
const RESOLVED = /^(?:02|05|10)/;
const ANY_ACT = /^/;
/** What one urges on both sides of a fight: "urged restraint", "called for calm". */
const CALM_NOUNS = new Set(['restraint', 'calm', 'de-escalation', 'deescalation', 'dialogue']);
/** Nouns of what was said of someone: "rejected the accusations", "denied the allegations". */
const CLAIM_NOUNS = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'claim', 'claims', 'criticism', 'criticisms', 'protest', 'protests', 'remarks', 'comments', 'threat', 'threats', 'warning', 'warnings', 'finding', 'findings', 'report', 'conclusions']);
const CLAIMED = /^(?:10|11|12|13|14)/;
/** What was said of someone, threats aside. */
const SAID_OF = /^(?:10|11|12|14)/;
const THREAT_NOUNS = new Set(['threat', 'threats', 'warning', 'warnings', 'remarks', 'comments']);

/** Does the object at `from` name the army's holdings or soldiers, with no owner named ("army positions", "the military's bases")? */
function homeHoldings(v: View, from: number, hi: number): boolean {
  let k = from;
  while (k < hi && (v.pos(k) === 'DET' || v.pos(k) === 'NUM' || v.pos(k) === 'ADJ') && v.mentionAt[k] < 0) k++;
  if (!HOME_FORCES.has(v.lower(k)) || v.mentionAt[k] >= 0) return false;
  const next = v.lower(k + 1) === "'s" || v.lower(k + 1) === '’s' ? k + 2 : k + 1;
  return HOLDINGS.has(v.lower(next)) || FORCES.has(v.lower(next));
}

/** For a comma at token c: the subject of the finite verb before it in the sentence (named, a government or forces noun), else -1. */
/** Words that open a relative or subordinate clause inside a sentence's first part. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * The main clause's subject for a predicate after the comma at c ("X met Y on Monday, held talks …"),
 * when the part before the comma is one clause (no "that", "which", "who" in it: "a depot near X, the
 * city that Y calls Z, exploded" is an apposition); else -1.
 */
function seriesSubject(v: View, c: number, lo: number): number {
  for (let k = lo; k < c; k++) if (CLAUSE_WORDS.has(v.lower(k))) return -1;
  return mainSubject(v, c, lo);
}

function mainSubject(v: View, c: number, lo: number): number {
  const subj = mainSubjects(v, c, lo);
  return subj.length === 1 ? subj[0] : -1;
}

/** The subjects of the main clause before token c (as mainSubject, coordinated ones too: "A, B and C cut …, accusing"). */
function mainSubjects(v: View, c: number, lo: number): number[] {
  let k = c - 1;
  // (not the participle of a compound: "Tuareg-led groups", "U.S.-drafted text"; nor a gerund of the
  // main clause's: "spent weeks shuttling between A and B, holding …")
  // ("X kept its frontier shut, accusing …": a verb with no subject of its own is a complement; the one before it governs)
  let first = -1;
  for (let tries = 0; tries < 3; tries++) {
    while (k >= lo && !(v.isVerb(k) && v.mentionAt[k] < 0 && v.lower(k - 1) !== '-' && !v.lower(k).endsWith('ing'))) k--;
    if (k < lo) break;
    const aux = auxChain(v, k, lo);
    if (first < 0) first = aux.k;
    const subj = subjectHeads(v, subjectLeft(v, aux.k + 1, lo, 0));
    if (subj.length) return subj;
    // ("Gunmen attacked X, killing …": armed men the text does not name stand for no one)
    if (UNNAMED_ATTACKERS.has(v.lower(aux.k))) return [];
    k = aux.k - 1;
  }
  if (first < 0) return [];
  // (an unnamed subject of the nearest verb: "the junta …, accusing")
  const state = governmentOf(v, first, lo);
  if (state >= 0) return [state];
  const forces = forcesOf(v, first, lo);
  const one = forces >= 0 ? forces : envoysFrom(v, first);
  return one >= 0 ? [one] : [];
}

/** Prepositions (or none) before a verb's object or partner: "expelled X", "cut ties with X", "sanctions against X". */
const OBJECT_PREPS = new Set(['', 'with', 'to', 'against', 'on']);

/**
 * For "it" or "them" right after a participle that a comma opens ("cut ties with Doha, accusing it of
 * …"): the main clause's object, the nearest state or organisation named after its verb; else -1.
 */
function mainObject(v: View, t: number, comma: number, lo: number): number {
  const w = v.lower(t + 1);
  if (w !== 'it' && w !== 'them') return -1;
  for (let k = comma - 1; k > lo; k--) {
    const m = v.mentionAt[k];
    if (m >= 0) {
      const type = v.mentions[m].type;
      // (the verb's object or its partner, "ties with Doha": not a place, "supporters in Philadelphia", nor a possessor's)
      if ((type !== 'GPE' && type !== 'ORG') || v.mentions[m].kind === 'demonym' || !OBJECT_PREPS.has(v.prepBefore(v.mentionFirst[m])) || v.isPossessive(m) || /^['’]s$/.test(v.lower(v.mentionFirst[m] - 1))) return -1;
      for (let j = v.mentionFirst[m] - 1; j >= lo; j--) if (v.isVerb(j)) return m;
      return -1;
    }
    if (v.isBoundary(k)) return -1;
  }
  return -1;
}

/** Nouns of a state's armed forces and agents: "Malian troops", "the Rwandan army", "Israeli jets". */
/** Modifiers of a forces noun that make them the forces of the state the article is filed from. */
const HOME_FORCES = new Set(['army', 'military', 'government', 'security', 'junta', 'navy']);
const BARE_HOME_FORCES = new Set(['troops', 'soldiers', 'police', 'army', 'military', 'officers']);
const FORCES = new Set('troops forces army military soldiers police navy jets warplanes drones aircraft gunboats officers'.split(' '));

/**
 * For a verb whose subject ends at token k: the demonym (or "X's") of a forces noun heading the
 * subject ("Malian troops", "Congo's army"), across a participle phrase between it and the verb
 * ("Malian troops backed by Wagner fighters seized"), else -1.
 */
function forcesOf(v: View, k: number, lo: number): number {
  let participle = false;
  for (let j = k; j >= lo && j > k - 16; j--) {
    if (v.isBoundary(j) && v.lower(j) !== ',') return -1;
    const w = v.lower(j);
    if (v.isVerb(j) && v.mentionAt[j] < 0) {
      // one reduced relative may stand between ("backed by", "supported by", "led by")
      if (participle || !/ed$/.test(w) || v.lower(j + 1) !== 'by') return -1;
      participle = true;
      continue;
    }
    if (!FORCES.has(w) || v.mentionAt[j] >= 0) continue;
    let d = j - 1;
    while (d >= lo && v.pos(d) === 'ADJ' && v.mentionAt[d] < 0) d--;
    if (v.lower(d) === "'s" || v.lower(d) === '’s') d--;
    const m = d >= lo ? v.mentionAt[d] : -1;
    // the forces noun must head the subject: right before the verb, or before the participle phrase
    if (m >= 0 && (v.mentions[m].kind === 'demonym' || v.mentions[m].type === 'GPE') && (j === k || participle)) return m;
    // "Army drones struck …", "government forces": the dateline's state, when the phrase opens the subject
    if (m < 0 && HOME_FORCES.has(v.lower(d)) && (d === lo || v.pos(d - 1) === 'DET' || v.isBoundary(d - 1)) && (j === k || participle)) return v.homeState;
    // ("Troops opened fire on crowds", "The police detained 749 people": bare, opening the sentence)
    if (m < 0 && BARE_HOME_FORCES.has(w) && (d < lo || (d === lo && v.lower(d) === 'the')) && (j === k || participle)) return v.homeState;
    return -1;
  }
  return -1;
}

/** Reporting verbs whose subject "it" in the reported clause stands for ("X said it would"). */

/**
 * For "it" at token k: the single state or organisation subject of the reporting verb right before
 * it ("The EU said it would provide aid", "X announced that it had"), else -1.
 */
/**
 * For "it" (or "he", "she") at k after ", and" (across a phrase of time: ", and in September 2023
 * it"): the state or organisation (the person) that is the whole subject of the sentence's first
 * clause, else -1.
 */
function itAfterAnd(v: View, k: number, lo: number): number {
  let r = k - 1;
  for (let n = 0; r > lo && n < 5 && v.lower(r) !== 'and'; n++, r--) {
    const p = v.pos(r);
    if (!(p === 'ADP' || p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || p === 'ADJ')) return -1;
  }
  if (v.lower(r) !== 'and' || v.lower(r - 1) !== ',') return -1;
  let subject = -1;
  for (let t = lo; t < r; t++) {
    if (v.isVerb(t) && v.mentionAt[t] < 0) break;
    const m = v.mentionAt[t];
    if (m < 0) continue;
    if (subject >= 0 || v.prepBefore(v.mentionFirst[m])) return -1;
    subject = m;
    t = v.mentionLast[m];
  }
  if (subject < 0) return -1;
  const type = v.mentions[subject].type;
  if (v.lower(k) === 'it') return type === 'GPE' || type === 'ORG' ? subject : -1;
  // ("she argued, Obama got …, and he signed": "he" or "she" only when one person is named before it)
  if (type !== 'PERSON') return -1;
  for (let t = lo; t < r; t++) {
    const m = v.mentionAt[t];
    if (m >= 0 && v.mentions[m].type === 'PERSON' && v.mentions[m].entity !== v.mentions[subject].entity) return -1;
  }
  return subject;
}

/** For a subject ending at k in "the (…) government in X" (a government noun, "in", a place): X, else -1. */
function governmentIn(v: View, k: number): number {
  const m = v.mentionAt[k];
  if (m < 0 || v.mentionLast[m] !== k) return -1;
  const f = v.mentionFirst[m];
  return v.lower(f - 1) === 'in' && GOVERNMENT_NOUNS.has(v.lower(f - 2)) && (v.mentions[m].type === 'GPE' || v.mentions[m].type === 'LOC') ? m : -1;
}

/**
 * The subject of the reporting verb right before "it" (a state or organisation) or, given a gender, "he"
 * or "she" (a person of that gender or of none known) at k; else -1.
 */
function itsReporter(v: View, k: number, lo: number, person?: 'm' | 'f'): number {
  let r = k - 1;
  if (v.lower(r) === 'that') r--;
  // across a short phrase of time or manner: "said on Thursday that it", "said in a statement it"
  for (let n = 0; r >= lo && n < 5 && !REPORTING.has(v.lower(r)); n++, r--) {
    const p = v.pos(r);
    if (!(p === 'ADP' || p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || p === 'ADJ') || v.isBoundary(r)) return -1;
  }
  if (r < lo || !REPORTING.has(v.lower(r))) return -1;
  let subj = subjectLeft(v, r, lo, 0);
  // ("X rejected the accusations and said it …": the subject of the verb before "and")
  // (and "he said, adding that he …": the subject of the clause a participle after a comma hangs on)
  if (!subj.mentions.length && (v.lower(r - 1) === 'and' || (v.pos(r - 1) === 'ADV' && v.lower(r - 2) === 'and') || (v.lower(r - 1) === ',' && v.lower(r).endsWith('ing')))) {
    const main = mainSubject(v, v.lower(r - 1) === 'and' || v.lower(r - 1) === ',' ? r - 1 : r - 2, lo);
    if (main >= 0) subj = { mentions: [main], coordinated: false };
  }
  // ("Iran's Foreign Minister X said he …": the head of the subject, not its possessor)
  const heads = subjectHeads(v, subj);
  if (heads.length !== 1) return -1;
  const head = heads[0];
  const type = v.mentions[head].type;
  if (person) {
    // ("told Ivo Brant he would …": he may be the one told)
    for (let j = r + 1; j < k; j++) if (v.mentionAt[j] >= 0 && v.mentions[v.mentionAt[j]].type === 'PERSON') return -1;
    const gender = v.doc.entities.find((e) => e.id === v.mentions[head].entity)?.gender;
    return type === 'PERSON' && (!gender || gender === person) ? head : -1;
  }
  return type === 'ORG' || type === 'GPE' ? head : -1;
}

/**
 * "extend targeted sanctions", "the renewed talks": a past participle the tagger reads as a verb,
 * between a verb or determiner and a noun, modifies the noun.
 */
function participleModifier(v: View, g: number, lo: number): boolean {
  if (v.pos(g) !== 'VERB' || !v.lower(g).endsWith('ed') || g <= lo) return false;
  const next = v.pos(g + 1);
  const before = v.pos(g - 1);
  return (next === 'NOUN' || next === 'ADJ') && v.mentionAt[g + 1] < 0 && (before === 'VERB' || before === 'DET');
}

/**
 * Is mention m a person named right after a title, with only a determiner, adjectives, nouns and a
 * state (demonym or possessor) from token `from` ("Sudanese leader X", "Sudan's army chief X")?
 */
function titledPerson(v: View, from: number, m: number): boolean {
  const first = v.mentionFirst[m];
  // ("met his Russian counterpart Sergei Lavrov": a counterpart is named by his office too)
  if (v.mentions[m].type !== 'PERSON' || first <= from || !(v.isTitleWord(first - 1) || v.lower(first - 1) === 'counterpart')) return false;
  for (let k = from; k < first; k++) {
    const d = v.mentionAt[k];
    if (d >= 0) {
      if (v.mentions[d].kind !== 'demonym' && !v.isPossessive(d)) return false;
      k = v.mentionLast[d];
    } else if (!(v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NOUN' || v.pos(k) === 'PART' || v.isTitleWord(k) || POSSESSIVES.has(v.lower(k)))) return false;
  }
  return true;
}

/** Common nouns between a verbal act and a name: "praised the efforts of a donor to X" has two, X is not the addressee. */
function nounsBetween(v: View, from: number, to: number): number {
  let n = 0;
  // a compound counts once ("a cooperation agreement"): only the last noun of a run heads a phrase
  // (an office or "counterpart" right before the name names the person, and is no other noun: "with his French counterpart X")
  const person = v.mentionAt[to] >= 0 && v.mentions[v.mentionAt[to]].type === 'PERSON';
  for (let k = from; k < to; k++) if (v.pos(k) === 'NOUN' && v.mentionAt[k] < 0 && !(k + 1 < to && v.pos(k + 1) === 'NOUN' && v.mentionAt[k + 1] < 0) && !(person && k === to - 1 && (v.lower(k) === 'counterpart' || v.isTitleWord(k)))) n++;
  return n;
}

/** Is the clause of token t opened by "if", "unless" or "whether"? */
function hypothetical(v: View, t: number, lo: number): boolean {
  for (let k = t - 1; k >= lo; k--) {
    // "whether" may be tagged as anything: the word alone opens the clause
    if (HYPOTHETICAL.has(v.lower(k))) return true;
    if (v.isBoundary(k) || v.lower(k) === ',') return false;
  }
  return false;
}

/** The actor right after an "if" earlier in the sentence ("If Hezbollah violates …, we will"), or null. */
function conditionSubject(v: View, t: number, lo: number): number | null {
  for (let k = t - 1; k >= lo; k--) if (v.lower(k) === 'if') return mentionAfter(v, k + 1, t);
  return null;
}

/** The named subject of an if- or unless-clause within tokens [from, hi) ("… if Ethiopia went ahead"), else null. */
function conditionAfter(v: View, from: number, hi: number): number | null {
  for (let k = from; k < hi; k++) if (v.lower(k) === 'if' || v.lower(k) === 'unless') return mentionAfter(v, k + 1, hi);
  return null;
}

/** The mention at token k, past determiners, before hi; else null. */
function mentionAfter(v: View, k: number, hi: number): number | null {
  while (k < hi && v.pos(k) === 'DET' && v.mentionAt[k] < 0) k++;
  return k < hi && v.mentionAt[k] >= 0 ? v.mentionAt[k] : null;
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
  coordinated: boolean;
  right: Right[];
  fallbackTarget: number | null;
  modality: string;
  negated: boolean;
  rule: string;
}

/** A reporting verb shortly before token k, in its sentence: "said (on Monday) (that) it would". */
function reportedBefore(v: View, k: number, lo: number): boolean {
  // ("told parliament last week that Armenia would …": across the addressee and a time)
  for (let j = k - 1; j >= lo && j >= k - 12; j--) if (REPORTING.has(v.lower(j))) return true;
  return false;
}

/** Verbs of phase: "began firing", "kept shelling". */
const PHASE = new Set('begin begins began begun beginning start starts started starting continue continues continued continuing resume resumes resumed keep keeps kept'.split(' '));

/** What a demand asks for, as its object: "demanded a ceasefire between X and Y", "the release of X". */
const DEMANDED = new Set(['ceasefire', 'cease-fire', 'truce', 'release', 'withdrawal', 'end', 'halt', 'cessation', 'return', 'restraint', 'de-escalation', 'investigation', 'talks', 'dialogue', 'negotiations']);

/** Words before "to" that leave what follows only possible: "welcome to visit", "free to leave". */
const MAY_TO = new Set(['welcome', 'free', 'able', 'allowed', 'permitted', 'invited', 'eligible']);

function auxChain(v: View, t: number, lo: number) {
  let k = t - 1;
  let passive = false, negated = false, infinitive = false, modality = 'asserted';
  const gerund = v.lower(t).endsWith('ing');
  while (k >= lo) {
    const w = v.lower(k), p = v.pos(k);
    // "began firing at X", "have continued shelling": a verb of phase before a gerund is part of the predicate
    if (gerund && k === t - 1 && PHASE.has(w)) {
      k--;
      continue;
    }
    // ("has since warned": "since" after an auxiliary is an adverb)
    if (w === 'since' && v.pos(k - 1) === 'AUX' && k === t - 1) {
      k--;
      continue;
    }
    if (v.isBoundary(k) || !(p === 'AUX' || p === 'PART' || p === 'ADV' || NEGATION.has(w) || ADVERBS.has(w))) break;
    if (BE.has(w)) passive = true;
    if (NEGATION.has(w)) negated = true;
    if (w === 'to') infinitive = true;
    if (MODAL_INTENT.has(w)) modality = 'intended';
    // ("X said it would provide aid": "would" in reported speech is the future of its time)
    else if (w === 'would' && reportedBefore(v, k, lo)) modality = 'intended';
    else if (MODAL_POSSIBLE.has(w)) modality = 'possible';
    k--;
  }
  if (infinitive) {
    // the word governing "to": "readiness to", "plans to", "is determined to"
    let g = k;
    while (g >= lo && (v.pos(g) === 'DET' || v.pos(g) === 'ADJ' || v.pos(g) === 'PRON')) g--;
    // ("vowed on Wednesday to retaliate": across a time phrase; not "agreed on Tuesday to restore ties", which
    // reports the agreement as made)
    const gov = beforeTimePhrase(v, k, lo);
    if (INTENT.has(v.lower(k)) || INTENT.has(v.lower(g)) || (gov !== k && INTENT.has(v.lower(gov)) && !/^agree/.test(v.lower(gov)))) modality = 'intended';
    // "threatened to retaliate": what is threatened is not done (the threat is the event)
    if (THREATS.has(v.lower(k)) || THREATS.has(v.lower(gov))) modality = 'possible';
    // "was still welcome to visit X", "is free to leave": what one may do
    if (MAY_TO.has(v.lower(k))) modality = 'possible';
  }
  return { k, passive, negated, infinitive, modality };
}

/** Verbs whose object a threatened act would serve, not harm: "to reinstate President X". */
const BENEFIT = new Set(['reinstate', 'restore', 'free', 'protect', 'defend', 'help', 'support', 'rescue', 'return']);
/** What a threat may name as its object before the act it would serve: "threatened military force to reinstate X". */
const THREATENED_FORCE = new Set(['force', 'action', 'intervention', 'retaliation', 'reprisals', 'strikes', 'sanctions']);

/** What is sent that says something: "sent X a message praising …". */
const MESSAGES = new Set(['message', 'letter', 'note', 'cable', 'telegram', 'messages', 'letters']);
const SENT = new Set(['sent', 'sends', 'send', 'sending', 'wrote', 'writes', 'addressed', 'delivered']);

/**
 * For an -ing verb at t right after a message noun that a verb of sending governs, its receiver named before it ("sent X a
 * message praising"): the sender and the receiver; else null.
 */
function sentMessage(v: View, t: number, lo: number): { sources: number[]; to: number } | null {
  if (!MESSAGES.has(v.lower(t - 1))) return null;
  let k = t - 2;
  while (k > lo && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ') && v.mentionAt[k] < 0) k--;
  let to = -1;
  // "sent Tokayev a message"
  if (v.mentionAt[k] >= 0) {
    to = v.mentionAt[k];
    k = v.mentionFirst[to] - 1;
    // (across its title: "sent Kazakh President X a message")
    while (k > lo && ((v.mentionAt[k] < 0 && v.isTitleWord(k)) || (v.mentionAt[k] >= 0 && v.mentions[v.mentionAt[k]].kind === 'demonym'))) k = v.mentionAt[k] >= 0 ? v.mentionFirst[v.mentionAt[k]] - 1 : k - 1;
  }
  if (!SENT.has(v.lower(k)) || to < 0) return null;
  const sources = subjectHeads(v, subjectLeft(v, auxChain(v, k, lo).k + 1, lo, 0));
  return sources.length === 1 && sources[0] !== to ? { sources, to } : null;
}

/** Verbs of giving whose first object may be the receiver: "granted X candidate status". */
const GIVING = new Set(
  'grant grants granted granting give gives gave given giving award awards awarded offer offers offered send sends sent lend lends lent hand hands handed promise promises promised sell sells sold'.split(' '),
);

function readVerb(v: View, trig: Trigger, lo: number, hi: number, previous: number[]): Reading | null {
  const t = trig.token;
  const lw = v.lower(t);
  const aux = auxChain(v, t, lo);
  if (hypothetical(v, t, lo)) return null;
  // "the most punishing test": an -ing word after a degree adverb is an adjective
  if (lw.endsWith('ing') && DEGREE.has(v.lower(t - 1))) return null;
  // "the Orlando shooting", "the X bombing": an -ing word after a name after a determiner is a noun
  if (lw.endsWith('ing') && v.mentionAt[t - 1] >= 0 && v.pos(v.mentionFirst[v.mentionAt[t - 1]] - 1) === 'DET') return null;
  // ("Danish shipping giant Maersk": an -ing word between a demonym and a noun qualifies the noun)
  if (lw.endsWith('ing') && v.mentionAt[t - 1] >= 0 && v.mentions[v.mentionAt[t - 1]].kind === 'demonym' && v.pos(t + 1) === 'NOUN') return null;
  // ("Xi sent Tokayev a message praising the measures": what a message sent says is its sender's act, addressed to whom
  // it was sent)
  const sent = lw.endsWith('ing') ? sentMessage(v, t, lo) : null;
  if (sent) return { sources: sent.sources, coordinated: false, right: mentionsRight(v, t + 1, hi, true), fallbackTarget: sent.to, modality: 'asserted', negated: false, rule: 'verb-message' };
  // "ads supporting X", "commercials opposing X": a participle modifying a common noun
  // (but a document's words are its author's: "a resolution demanding that …", read below)
  if (aux.k >= lo && v.pos(aux.k) === 'NOUN' && v.mentionAt[aux.k] < 0 && /ing$/.test(lw) && onlyAdverbs(v, aux.k + 1, t) && !DOCUMENTS.has(v.lower(aux.k))) return null;
  // "a soldier killed by X", "a PAC financed by X": a participle before "by" is passive without "be"
  // (not a means: "had spoken by phone with X")
  const passive = (aux.passive || (v.lower(t + 1) === 'by' && !MEANS.has(v.lower(t + 2)))) && !lw.endsWith('ing') && /(?:ed|en|wn|ne|t|ck|nk)$/.test(lw);
  const demandLike = trig.cameo.startsWith('10') || trig.cameo.startsWith('02');
  // "threatened to use force against Niger": a threat's target is named inside what is threatened
  // (and "threatened military force to reinstate X in Niger": the force threatened, then what it would do where)
  const threatened = trig.cameo.startsWith('13') && (v.lower(t + 1) === 'to' || THREATENED_FORCE.has(objectHead(v, t + 1, hi)));
  let right = mentionsRight(v, t + 1, hi, !threatened, threatened ? 12 : 16);
  // "urged voters to back X": a demand's addressee is its object; a common noun there is the addressee
  if (demandLike) {
    let k = t + 1;
    while (k < hi && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM') && v.mentionAt[k] < 0) k++;
    // (emptied in place: a new `[]` would be an array of another elements kind than every other `right`)
    // (but "demanded a ceasefire between X and Y": what is asked for is no addressee)
    if (v.mentionAt[k] < 0 && (v.pos(k) === 'NOUN' || v.pos(k) === 'PRON') && !DEMANDED.has(v.lower(k))) right.length = 0;
  }
  let fallbackTarget: number | null = null;
  // "granted Georgia candidate status", "gave Ukraine tanks": a name right after a verb of giving, before the thing
  // given, is whom it is given to (no name qualifying a noun)
  if (GIVING.has(lw) && v.mentionAt[t + 1] >= 0 && v.mentions[v.mentionAt[t + 1]].kind !== 'demonym') {
    const m = v.mentionAt[t + 1];
    const next = v.mentionLast[m] + 1;
    if ((v.pos(next) === 'NOUN' || v.pos(next) === 'ADJ' || v.pos(next) === 'NUM' || v.pos(next) === 'DET') && v.lower(next) !== "'s" && v.lower(next) !== '’s') {
      // (read before any name after it: "granted X asylum in Y")
      fallbackTarget = m;
      right = right.filter((r) => r.mention !== m);
    }
  }
  // "cut ties with Doha, accusing it of …": "it" after a participle a comma opens is the main clause's object
  if (!right.length && lw.endsWith('ing') && v.lower(aux.k) === ',') {
    const object = mainObject(v, t, aux.k, lo);
    if (object >= 0) fallbackTarget = object;
  }
  // "If Hezbollah violates the deal, we will attack": a threatened act's target is the if-clause's subject
  if (!right.length && aux.modality === 'intended' && MILITARY_ROOTS.has(trig.cameo.slice(0, 2))) fallbackTarget = conditionSubject(v, t, lo);
  // "warned that Somalia would defend itself if Ethiopia went ahead": a warning is addressed to the subject of its condition
  if (trig.cameo.startsWith('13') && v.lower(t + 1) === 'that') {
    const cond = conditionAfter(v, t + 2, hi);
    if (cond !== null) {
      right.length = 0;
      fallbackTarget = cond;
    }
  }
  if (!right.length && demandLike && v.lower(t + 1) === 'that') {
    // "urged that … in X": the addressee of a demand is often only named inside its content
    const wide = mentionsRight(v, t + 1, hi, false, 40).concat(mentionsRightAll(v, t + 1, hi));
    fallbackTarget = wide.length ? wide[0].mention : null;
  }
  // "accused the council of …", "accused the army of executing …": an object named by a description of a
  // body or a government named before (or the dateline's state) is that one
  if (!right.length && fallbackTarget === null && !passive) {
    // ("called on the authorities to …": past the particle)
    const described = describedObject(v, v.lower(t + 1) === 'on' || v.lower(t + 1) === 'upon' ? t + 2 : t + 1, lo, hi);
    if (described >= 0) fallbackTarget = described;
  }
  let sources: number[];
  let coordinated = false;
  let rule = 'verb';
  let subjectStart = -1;
  if (passive) {
    // "were suspended from ECOWAS", "was expelled from the bloc": the body one is put out of acts
    const by = right.find((r) => r.prep === 'by') ?? (trig.cameo.startsWith('16') || trig.cameo.startsWith('174') ? right.find((r) => r.prep === 'from' && v.mentions[r.mention].type === 'ORG') : undefined);
    const subj = subjectLeft(v, aux.k + 1, lo, 0);
    // ("He was arrested": a sentence's "he" or "she" is the person the sentence before is about)
    if (!subj.mentions.length && aux.k === lo && (v.lower(lo) === 'he' || v.lower(lo) === 'she')) {
      const person = previousPerson(v, lo);
      if (person >= 0) subj.mentions.push(person);
    }
    // "Castillo was arrested hours later": an arrest with no agent named is the authorities' of the dateline's
    // state, when a person is arrested and no other place is named (pushReading checks the person's own state)
    const home = !by && trig.cameo.startsWith('173') && v.datelineState >= 0 && subj.mentions.length === 1 && v.mentions[subj.mentions[0]].type === 'PERSON' && !right.some((r) => r.prep === 'in' || r.prep === 'at');
    if (!by && !home) return null;
    sources = [by ? by.mention : v.datelineState];
    // (refilled in place: `map` of no subject would give an array of another elements kind)
    right.length = 0;
    for (const m of subjectHeads(v, subj)) right.push({ mention: m, prep: '' });
    // "All our initiatives were supported by X", "Y's plan was backed by X": the possessor of the subject
    if (!right.length) {
      const owner = possessorLeft(v, aux.k, lo);
      if (owner >= 0) right = [{ mention: owner, prep: '' }];
    }
    rule = home ? 'verb-passive-home' : 'verb-passive';
  } else {
    let subj = subjectLeft(v, aux.k + 1, lo, aux.infinitive ? 1 : 0);
    // ("X said he had spoken with Y": a pronoun the link stage left unresolved is for the fallbacks below)
    if (subj.mentions.length === 1 && v.mentions[subj.mentions[0]].kind === 'pronoun' && !v.mentions[subj.mentions[0]].entity) subj = { mentions: [], coordinated: false };
    // "X called Y on Sept. 19, urging him to halt …", "X met Y on Monday, held talks with Z and …": a participle or
    // a predicate of a series after a comma has the main clause's subject, not its object
    if (subj.mentions.length && v.lower(aux.k) === ',' && objectOfVerb(v, v.mentionFirst[subj.mentions[0]], lo) >= 0) {
      const main = seriesSubject(v, aux.k, lo);
      if (main >= 0) {
        subj = { mentions: [main], coordinated: false };
        rule = lw.endsWith('ing') ? 'verb-participle' : 'verb-series';
      } else if (lw.endsWith('ing') && UNNAMED_ATTACKERS.has(v.lower(firstSubjectEnd(v, aux.k, lo)))) subj = { mentions: [], coordinated: false };
      // ("Gunmen attacked X's base, killing …": not X, whom the unnamed attack)
    }
    if (!subj.mentions.length && lw.endsWith('ing') && ADJUNCT_PREPS.has(v.lower(aux.k))) {
      subj = subjectAfterComma(v, t, hi);
      rule = 'verb-adjunct';
      // "X said after meeting Y": the adjunct of a main clause before it has that clause's subject
      if (!subj.mentions.length && aux.k > lo) {
        const main = mainSubject(v, aux.k, lo);
        if (main >= 0) subj = { mentions: [main], coordinated: false };
      }
    }
    // "X met Y and thanked Z", "…, according to X, and thanked Z": a verb after "and" with no
    // subject of its own shares the subject of the verb before it (Y, the object of "met", is not it)
    // ("… and days later suspended X": across a time phrase)
    // ("urged restraint and offered to mediate": before the verb that governs an infinitive)
    const and = aux.infinitive && v.isVerb(aux.k) && !subj.mentions.length ? andBefore(v, aux.k - 1, lo) : andBefore(v, aux.k, lo);
    // the last word of an unnamed subject: before a relative clause that ends right before the verb
    // ("The junta, which seized power in 2021, expelled …"), or the first clause's ("The authorities
    // rejected the accusations and suspended …")
    let head = aux.k;
    if (and >= 0 && (!subj.mentions.length || objectOfVerb(v, v.mentionFirst[subj.mentions[0]], lo) >= 0)) {
      const shared = sharedSubject(v, and, lo, subj);
      subj = shared ?? { mentions: [], coordinated: false };
      if (!shared) head = firstSubjectEnd(v, and, lo);
      rule = 'verb-coordinated';
    }
    sources = subjectHeads(v, subj);
    coordinated = subj.coordinated;
    // ("The junta on August 3 revoked …": the subject stands before a time phrase)
    if (!sources.length) head = beforeTimePhrase(v, head, lo);
    if (v.lower(head) === ',' && !lw.endsWith('ing')) {
      const rel = relativeOpening(v, head, lo);
      if (rel > lo + 1) head = rel - 2;
    }
    // "The military rulers of Mali, Burkina Faso and Niger signed …": the states after "of"
    if (!sources.length) {
      const states = rulersOf(v, head, lo);
      if (states.length) {
        sources = states;
        coordinated = states.length > 1;
        rule = 'verb-rulers-of';
      }
    }
    // one named actor the unnamed subject stands for (SUBJECT_FALLBACKS, in order)
    if (!sources.length) {
      const c: Unnamed = { v, k: aux.k, head, lw, lo, hi };
      for (const [name, find] of SUBJECT_FALLBACKS) {
        const m = find(c);
        if (m >= 0) {
          sources = [m];
          rule = name;
          break;
        }
      }
    }
    // "A, B and C cut ties with X, accusing it of …": a participle after a comma has all the main clause's subjects
    if (!sources.length && lw.endsWith('ing') && v.lower(aux.k) === ',') {
      const main = mainSubjects(v, aux.k, lo);
      if (main.length > 1) {
        sources = main;
        coordinated = true;
        rule = 'verb-participle';
      }
    }
    // "The juntas have expelled …", "the three countries announced …": the states last named together
    if (!sources.length) {
      const group = statesGroup(v, head, lo);
      if (group.mentions.length) {
        sources = group.mentions;
        coordinated = true;
        rule = 'verb-states-group';
        subjectStart = group.start;
      }
    }
    // "Gunmen ambushed a police patrol": armed men the text does not name do a military act with no source
    if (!sources.length && MILITARY_ROOTS.has(trig.cameo.slice(0, 2)) && UNNAMED_ATTACKERS.has(v.lower(head)) && !v.prepBefore(head) && (head === lo || v.mentionAt[head - 1] < 0)) {
      return { sources: [], coordinated: false, right, fallbackTarget, modality: aux.modality, negated: aux.negated, rule: 'verb-unnamed' };
    }
    if (!sources.length && v.lower(aux.k) === 'they') {
      // "They urged …" after "X and Y requested …"; else the nearest group named before ("the Western countries")
      if (previous.length && aux.k === lo) {
        sources = previous;
        rule = 'verb-they';
      } else {
        const group = groupBefore(v, aux.k);
        if (group >= 0) {
          sources = [group];
          rule = 'verb-they-group';
        }
      }
    }
  }
  if (!sources.length) return null;
  // (where the subject stands: its first name's first word, or the description's)
  if (subjectStart < 0) subjectStart = v.mentionFirst[sources[0]];
  // "urged X to attack", "called on X to act", "appealing to the three governments to reconsider": the act is only asked for
  let modality = aux.modality;
  if (aux.infinitive && modality === 'asserted' && REQUEST.has(v.lower(requester(v, subjectStart, lo)))) modality = 'possible';
  // "demanding that the Houthis halt the attacks": the act of a that-clause after a demand is only asked for
  if (modality === 'asserted' && demandedThat(v, subjectStart, lo)) modality = 'possible';
  return { sources, coordinated, right, fallbackTarget, modality, negated: aux.negated, rule };
}

/** What the fallbacks for a verb's unnamed subject read: the token before the verb (k), the subject's last word (head). */
interface Unnamed {
  v: View;
  k: number;
  head: number;
  lw: string;
  lo: number;
  hi: number;
}

/** Heads of a description of several states: "the three countries", "the juntas". */
const STATES_GROUP_HEADS = new Set(['countries', 'nations', 'states', 'governments', 'juntas', 'regimes', 'neighbours', 'neighbors']);
/** Heads that name a group of states with no number given ("the juntas"); "the countries" alone is too vague. */
const GROUP_HEADS_ALONE = new Set(['juntas', 'regimes']);
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([['two', 2], ['both', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6]]);

/**
 * The description of several states that ends at token `head` ("the three countries", "all three
 * juntas", "the Sahel juntas"): how many it names (0 when it gives no number), or -1 when it is none.
 */
function groupCount(v: View, head: number, lo: number): number {
  if (head < lo || v.mentionAt[head] >= 0 || !STATES_GROUP_HEADS.has(v.lower(head))) return -1;
  let k = head - 1;
  // ("the three military juntas", "the Sahel juntas")
  while (k >= lo && ((v.mentionAt[k] < 0 && v.pos(k) === 'ADJ') || (v.mentionAt[k] >= 0 && v.mentions[v.mentionAt[k]].type !== 'PERSON'))) k = v.mentionAt[k] >= 0 ? v.mentionFirst[v.mentionAt[k]] - 1 : k - 1;
  const count = COUNT_WORDS.get(v.lower(k)) ?? 0;
  if (count) k--;
  const det = v.lower(k);
  if (!(det === 'the' || det === 'all' || det === 'these' || det === 'those' || (count === 2 && v.lower(k + 1) === 'both'))) return -1;
  // ("all the three countries")
  if (det === 'the' && v.lower(k - 1) === 'all') k--;
  groupStart = det === 'the' || det === 'all' || det === 'these' || det === 'those' ? k : k + 1;
  return count || GROUP_HEADS_ALONE.has(v.lower(head)) ? count : -1;
}
/** The first token of the description groupCount read last. */
let groupStart = -1;

/**
 * The states last named together before token `at` ("Mali, Burkina Faso and Niger"), as mentions:
 * `count` of them when it is given, else two or more; [] when the text names no such group.
 */
function lastStatesNamed(v: View, at: number, count: number, skip?: (m: number) => boolean): number[] {
  const isState = (m: number) => m >= 0 && v.mentions[m].kind !== 'pronoun' && (v.mentions[m].kb ?? '').startsWith('iso3:');
  for (let j = at - 1; j > 1 && j > at - 600; j--) {
    const last = v.mentionAt[j];
    if (last < 0 || v.mentionLast[last] !== j || !isState(last)) continue;
    let k = v.mentionFirst[last] - 1;
    if (v.lower(k) !== 'and') continue;
    const group = [last];
    for (k--; k >= 0; ) {
      const m = v.mentionAt[k];
      if (!isState(m) || group.some((g) => v.mentions[g].entity === v.mentions[m].entity)) break;
      group.push(m);
      k = v.mentionFirst[m] - 1;
      if (v.lower(k) !== ',') break;
      k--;
    }
    if (group.length >= 2 && (!count || group.length === count) && !(skip && group.some(skip))) return group.reverse();
  }
  return [];
}

/**
 * The states a description of several ending at `head` stands for ("The juntas have expelled …"), as
 * mentions, and the description's first token; no mentions when it is none.
 */
function statesGroup(v: View, head: number, lo: number): { mentions: number[]; start: number } {
  const count = groupCount(v, head, lo);
  return { mentions: count < 0 ? [] : lastStatesNamed(v, head, count), start: groupStart };
}

/** For a verb with no named subject, in order, the rules that find the one actor it stands for (a mention, or -1). */
const SUBJECT_FALLBACKS: readonly [string, (c: Unnamed) => number][] = [
  // "adopted a resolution demanding that …": a document's demand is its author's (the clause's subject)
  ['verb-document', (c) => (c.lw.endsWith('ing') && DOCUMENTS.has(c.v.lower(c.k)) && c.k > c.lo ? mainSubject(c.v, c.k, c.lo) : -1)],
  // "Iran, which supports the Houthis, …": a relative clause's "which" or "who" is the name before it
  ['verb-relative', (c) => relativeAntecedent(c.v, c.k, c.lo)],
  // "mediators from the United States met …": envoys or forces from a state or organisation act for it
  ['verb-envoys-from', (c) => envoysFrom(c.v, c.head)],
  // "the junta suspended …" after "Niger's military government": the state last named as its possessor
  ['verb-government', (c) => governmentOf(c.v, c.head, c.lo)],
  // "X ended the accord, accusing Y of …": a participle after a comma has the main clause's subject
  ['verb-participle', (c) => (c.lw.endsWith('ing') && c.v.lower(c.k) === ',' ? mainSubject(c.v, c.k, c.lo) : -1)],
  // "the bloc lifted …", "the council demanded …": the organisation named before with that head
  ['verb-body', (c) => bodyOf(c.v, c.head, c.lo)],
  // "The leaders urged …" after "European Union leaders pressed …": the name the same people were qualified by before
  ['verb-same-people', (c) => samePeopleOf(c.v, c.head, c.lo)],
  // "Malian troops backed by Wagner fighters seized Kidal": a state's forces named by its demonym
  ['verb-forces', (c) => forcesOf(c.v, c.head, c.lo)],
  // "X said it would …": "it" after a reporting verb is that verb's subject, when a state or organisation
  ['verb-it', (c) => (c.v.lower(c.k) === 'it' ? itsReporter(c.v, c.k, c.lo) : -1)],
  // "X said he had spoken with Y": "he" or "she" after a reporting verb is that verb's subject, when a person
  ['verb-he', (c) => (c.v.lower(c.k) === 'he' || c.v.lower(c.k) === 'she' ? itsReporter(c.v, c.k, c.lo, c.v.lower(c.k) === 'he' ? 'm' : 'f') : -1)],
  // "X concluded …, and in September it sanctioned Y": "it" after "and" is the sentence's subject
  // (and "…, and he has since warned": "he" or "she" is the sentence's person)
  ['verb-it-and', (c) => (c.v.lower(c.k) === 'it' || c.v.lower(c.k) === 'he' || c.v.lower(c.k) === 'she' ? itAfterAnd(c.v, c.k, c.lo) : -1)],
  // "Algeria's foreign ministry rejected … On Monday it recalled …": a sentence's "it" (a time phrase aside) is
  // the state or organisation the sentence before has for its subject
  ['verb-it-sentence', (c) => (c.v.lower(c.k) === 'it' && onlyTimeBefore(c.v, c.lo, c.k) ? previousBody(c.v, c.lo) : -1)],
  // "the army-aligned government in Port Sudan welcomed …": a government named by its seat
  ['verb-government-in', (c) => governmentIn(c.v, c.k)],
  // "the country's top general detained …": what "the country" owns acts for the state last named before it
  ['verb-country', (c) => theCountrys(c.v, c.head, c.lo)],
  // "Aliyev met Putin. He hosted Erdogan …": a sentence's "he" or "she" is the person the sentence before
  // is about ("Rubio won. He mocked Rubio": not a person named in the clause)
  ['verb-pronoun', (c) => {
    const w = c.v.lower(c.k);
    if ((w !== 'he' && w !== 'she') || c.k !== c.lo) return -1;
    const person = previousPerson(c.v, c.lo);
    return person >= 0 && !namedIn(c.v, person, c.lo, c.hi) ? person : -1;
  }],
];

/** Who acts for a state when "the country's": its army, rulers and officers ("the country's top general"), not "the nation's largest gun group". */
const STATE_AGENTS = new Set(['army', 'military', 'general', 'generals', 'president', 'leader', 'leaders', 'government', 'authorities', 'junta', 'police', 'forces', 'troops', 'ruler', 'rulers', 'parliament', 'minister', 'premier', 'chief', 'navy', 'coastguard']);

/**
 * For a subject ending at token k with "the country's" (or "the nation's") before its nouns ("the country's top
 * general", "the nation's army"): the mention of the state last named before it (the dateline's when none is), else -1.
 */
function theCountrys(v: View, k: number, lo: number): number {
  let d = k;
  while (d > lo && d > k - 5 && v.mentionAt[d] < 0 && (v.pos(d) === 'NOUN' || v.pos(d) === 'ADJ')) d--;
  if (!/^['’]s$/.test(v.lower(d)) || !/^(?:country|nation)$/.test(v.lower(d - 1)) || v.lower(d - 2) !== 'the' || d === k || !STATE_AGENTS.has(v.lower(k))) return -1;
  for (let t = d - 3; t >= 0; t--) {
    const m = v.mentionAt[t];
    if (m >= 0 && (v.mentions[m].kb ?? '').startsWith('iso3:') && v.mentions[m].kind !== 'demonym') return m;
  }
  return v.homeState;
}

const DEGREE = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'increasingly']);

/** Verbs that ask their object to act: "urged X to", "called on X to". */
const REQUEST = new Set('urge urges urged urging ask asks asked asking appeal appeals appealed appealing call calls called calling press pressed pressing pressure pressured encourage encouraged invite invites invited inviting tell told request requested implore implored beg begged want wants wanted'.split(' '));

/** Verbs of demand whose that-clause asks for an act ("demanded that X withdraw"). */
const DEMAND_THAT = new Set('demand demands demanded demanding insist insists insisted insisting urge urges urged urging ask asks asked asking request requests requested requesting'.split(' '));

/** Does the subject starting at f follow "demanding that" (the determiner aside)? */
function demandedThat(v: View, f: number, lo: number): boolean {
  let k = f - 1;
  if (k >= lo && v.pos(k) === 'DET') k--;
  return k > lo && v.lower(k) === 'that' && DEMAND_THAT.has(v.lower(k - 1));
}

/** The verb token governing the object that starts at f ("urged [the] X", "called on X"), or -1. */
function requester(v: View, f: number, lo: number): number {
  let k = f - 1;
  while (k >= lo && v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.isTitleWord(k))) k--;
  // ("appealed to X to reconsider")
  if (v.lower(k) === 'on' || v.lower(k) === 'upon' || (v.lower(k) === 'to' && v.lower(k - 1).startsWith('appeal'))) k--;
  return k;
}

/** The mention owning the noun phrase that ends at token k: "our" / "X's" in "all our initiatives", or -1. */
function possessorLeft(v: View, k: number, lo: number): number {
  while (k >= lo && v.mentionAt[k] < 0 && (v.pos(k) === 'NOUN' || v.pos(k) === 'ADJ')) k--;
  if (k > lo && (v.lower(k) === "'s" || v.lower(k) === '’s')) k--;
  if (k < lo || v.mentionAt[k] < 0) return -1;
  const m = v.mentionAt[k];
  const next = v.lower(k + 1);
  return v.mentions[m].kind === 'pronoun' || next === "'s" || next === '’s' || /['’]s$/.test(v.mentions[m].text) ? m : -1;
}

/** If the mention starting at token f is the object of a full verb ("met Y"), that verb's token, else -1. */
function objectOfVerb(v: View, f: number, lo: number): number {
  let k = f - 1;
  // (across qualifying names: "thanking Party Chairman X"; and a possessor: "met Sudan's General X")
  while (k >= lo && ((v.mentionAt[k] < 0 && (v.pos(k) === 'DET' || v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || v.isTitleWord(k) || ((v.lower(k) === "'s" || v.lower(k) === '’s') && v.mentionAt[k - 1] >= 0))) || (v.mentionAt[k] >= 0 && (v.qualifiesPerson(v.mentionAt[k]) || v.isPossessive(v.mentionAt[k])))))
    k = v.mentionAt[k] >= 0 ? v.mentionFirst[v.mentionAt[k]] - 1 : k - 1;
  return k >= lo && v.isVerb(k) && v.mentionAt[k] < 0 ? k : -1;
}

/**
 * "In a phone call on Thursday, A thanked B": after an opening adjunct, the addressee of the act its subject
 * `subj` does next (the verb's object, or whom it speaks "to" or "with").
 */
function callAddressee(v: View, subj: number, hi: number): { source: number; target: number } | null {
  let k = v.mentionLast[subj] + 1;
  while (k < hi && k < v.mentionLast[subj] + 4 && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k++;
  if (k >= hi || !v.isVerb(k) || v.mentionAt[k] >= 0) return null;
  const r = mentionsRight(v, k + 1, hi, true, 10).find((x) => x.prep === '' || x.prep === 'to' || x.prep === 'with');
  return r && r.mention !== subj && !v.isModifier(r.mention) ? { source: subj, target: r.mention } : null;
}

/**
 * "A apologised to B in a phone call", "A discussed security with B in a telephone call": the name `m` before the
 * call's adjunct (at `p`) is whom a verb before it speaks "to" or "with"; that verb's subject made the call.
 */
function callAddresser(v: View, m: number, p: number, lo: number): { source: number; target: number } | null {
  let q = v.mentionFirst[m] - 1;
  // (across titles and a demonym before the name: "with Russian President X")
  while (q > lo && ((v.mentionAt[q] < 0 && v.isTitleWord(q)) || (v.mentionAt[q] >= 0 && v.mentions[v.mentionAt[q]].kind === 'demonym'))) q = v.mentionAt[q] >= 0 ? v.mentionFirst[v.mentionAt[q]] - 1 : q - 1;
  if (q <= lo || (v.lower(q) !== 'to' && v.lower(q) !== 'with')) return null;
  // the verb: right before, or across its object ("discussed strengthening security cooperation with")
  let g = q - 1;
  while (g > lo && g > q - 7 && v.mentionAt[g] < 0 && v.lower(g) !== ',' && !(v.isVerb(g) && !/ing$/.test(v.lower(g)))) g--;
  if (!v.isVerb(g) || v.mentionAt[g] >= 0) return null;
  const doers = subjectHeads(v, subjectLeft(v, auxChain(v, g, lo).k + 1, lo, 0));
  return doers.length === 1 && doers[0] !== m ? { source: doers[0], target: m } : null;
}

/** The subject of the verb coordinated before the "and" at token `and`, or null. */
/** Words of a short time phrase between "and" and its verb: "and days later suspended", "and then". */
const LATER = new Set(['later', 'earlier', 'then', 'subsequently', 'days', 'weeks', 'months', 'hours', 'also', 'soon', 'afterwards',
  // ("and in April expelled", "and on Monday suspended", "and last week recalled")
  'in', 'on', 'last', 'this', 'next', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year',
  // ("and in September of that year urged", "and early last month")
  'of', 'that', 'the', 'early', 'late', 'mid', 'summer', 'winter', 'spring', 'autumn']);

/** The "and" at token k, or before it across a short time phrase ("and days later"), else -1. */
function andBefore(v: View, k: number, lo: number): number {
  for (let j = k; j >= lo && j > k - 7; j--) {
    if (v.lower(j) === 'and' || v.lower(j) === 'but') return j;
    if (!LATER.has(v.lower(j)) && v.pos(j) !== 'NUM') return -1;
  }
  return -1;
}

/** The last token of the subject of the verb before "and" at token `and` (for an unnamed one: "The authorities rejected … and"), or `and`. */
function firstSubjectEnd(v: View, and: number, lo: number): number {
  let k = beforeQuote(v, and - 1, lo);
  while (k >= lo && !v.isVerb(k) && !v.isBoundary(k)) k--;
  if (k < lo || !v.isVerb(k)) return and;
  let aux = auxChain(v, k, lo);
  // ("The leaders urged X to start talks and called on Y": past the infinitive, to the verb that governs it)
  if (aux.infinitive && v.lower(and + 1) !== 'to') {
    let g = aux.k;
    while (g >= lo && !v.isVerb(g) && !v.isBoundary(g)) g--;
    if (g >= lo && v.isVerb(g)) aux = auxChain(v, g, lo);
  }
  return aux.k;
}

/** Token k, or the token before the quotation that ends at k ("said it was “a step” but urged"). */
function beforeQuote(v: View, k: number, lo: number): number {
  const w = v.lower(k);
  if (w !== '”' && w !== '"') return k;
  for (let j = k - 1; j >= lo; j--) if (v.lower(j) === '“' || v.lower(j) === '"') return j - 1;
  return k;
}

function sharedSubject(v: View, and: number, lo: number, own: { mentions: number[] }): { mentions: number[]; coordinated: boolean } | null {
  let k = beforeQuote(v, and - 1, lo);
  if (own.mentions.length) k = objectOfVerb(v, v.mentionFirst[own.mentions[0]], lo);
  else while (k >= lo && !v.isVerb(k) && !v.isBoundary(k)) k--;
  if (k < lo || !v.isVerb(k)) return null;
  // "according to X": X reports the first clause and does the second
  if (v.lower(k) === 'according' && v.lower(k + 1) === 'to' && v.mentionAt[k + 2] >= 0) return { mentions: [v.mentionAt[k + 2]], coordinated: false };
  let aux = auxChain(v, k, lo);
  // "urged X to start talks and called on Y": a finite verb after "and" pairs with the one that governs the infinitive
  if (aux.infinitive && !own.mentions.length && v.lower(and + 1) !== 'to') {
    let g = aux.k;
    while (g >= lo && !v.isVerb(g) && !v.isBoundary(g)) g--;
    if (g >= lo && v.isVerb(g)) {
      k = g;
      aux = auxChain(v, k, lo);
    }
  }
  // "accused X of organising Y and demanded …": a finite verb after "and" pairs with the verb that governs the
  // gerund of a preposition, not with the gerund
  if (!own.mentions.length && v.lower(k).endsWith('ing') && v.pos(aux.k) === 'ADP' && !v.lower(and + 1).endsWith('ing')) {
    let g = aux.k - 1;
    while (g >= lo && !v.isVerb(g) && !v.isBoundary(g)) g--;
    if (g >= lo && v.isVerb(g)) {
      k = g;
      aux = auxChain(v, k, lo);
    }
  }
  if (aux.passive) return null;
  // "X spoke, thanking Y and …": a participle after a comma has the main clause's subject
  const participle = v.lower(k).endsWith('ing') && v.lower(aux.k) === ',';
  const subj = subjectLeft(v, aux.k + 1, lo, aux.infinitive || participle ? 1 : 0);
  // ("X said he had met Y and urged him …": a "he" the link stage left unresolved, after a reporting verb, is that verb's subject)
  const pronoun = v.lower(aux.k);
  if (!subj.mentions.length && (pronoun === 'he' || pronoun === 'she')) {
    const reporter = itsReporter(v, aux.k, lo, pronoun === 'he' ? 'm' : 'f');
    return reporter >= 0 ? { mentions: [reporter], coordinated: false } : null;
  }
  return subj.mentions.length ? subj : null;
}

/** Plural common nouns of people: a "they" after one of them refers to it, not to a named group. */
const PEOPLE = new Set(
  'supporters voters people protesters demonstrators officials leaders members lawmakers critics activists residents workers students delegates fans donors citizens opponents rivals'.split(' '),
);

/** Nouns that make a name before them a plural group: "the Western countries", "Arab states". */
const GROUP_HEADS = new Set('countries states nations powers allies governments members partners'.split(' '));

/** Is mention m a plural group: "Western countries", or a plural people's name ("Republicans")? */
export function isGroup(v: View, m: number): boolean {
  const mention = v.mentions[m];
  if (GROUP_HEADS.has(v.lower(v.mentionLast[m] + 1))) return true;
  return mention.type === 'NORP' && mention.kind !== 'demonym' && /s$/.test(mention.text);
}

/** The nearest plural group named before token t, in its sentence or the two before, or -1: what "they" refers to. */
function groupBefore(v: View, t: number): number {
  const doc = v.doc;
  const si = doc.tokens.sentence[t];
  const from = doc.sentences[Math.max(0, si - 2)].firstToken;
  for (let k = t - 1; k >= from; k--) {
    const m = v.mentionAt[k];
    // "his supporters after they …": a plural of people named in between is the antecedent, and nobody's
    if (m < 0 && v.pos(k) === 'NOUN' && PEOPLE.has(v.lower(k)) && v.mentionAt[k - 1] < 0) return -1;
    if (m < 0) continue;
    if (isGroup(v, m)) return m;
    k = v.mentionFirst[m];
  }
  return -1;
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
  let right = mentionsRight(v, t + 1, hi, false, 28, true);
  // a named meeting ("the second X Summit") is read from before its name
  const left = trig.named >= 0 ? v.mentionFirst[trig.named] : t;
  // 1. possessor: "France's withdrawal", "Russia's military assistance", "his visit"
  let k = left - 1;
  while (k >= lo && (v.pos(k) === 'ADJ' || v.pos(k) === 'NUM' || (v.pos(k) === 'NOUN' && !lex.nouns.has(v.lower(k))))) k--;
  // ("Russia's attack": the possessive ending may be a token of its own)
  if (k > lo && (v.lower(k) === "'s" || v.lower(k) === '’s') && v.mentionAt[k] < 0 && v.mentionAt[k - 1] >= 0) k--;
  if (k >= lo && v.mentionAt[k] >= 0 && v.pos(k + 1) !== 'PROPN') {
    const m = v.mentionAt[k];
    const possessive = /['’]s$/.test(v.mentions[m].text) || v.lower(k) === "'s" || v.lower(k) === '’s' || v.lower(k + 1) === "'s" || v.lower(k + 1) === '’s' || v.mentions[m].kind === 'pronoun';
    // ("ending our cooperation", "suspended Mali's aid": a verb that undoes the noun reads it)
    const gv = v.mentionFirst[m] - 1;
    const governed = gv >= lo && v.isVerb(gv) && verbGoverns(lex, lex.forms.get(v.lower(gv)) ?? v.lower(gv), v.lower(t), trig.cameo);
    // ("Thiel's support for Trump", "Judicial Watch's request for discovery into …": a possessor's backing
    // or asking is political talk, not an act between actors, unless addressed "to" someone)
    const talk = AID_NOUNS.has(v.lower(t)) || (trig.cameo.startsWith('02') && v.lower(t + 1) !== 'to');
    if (possessive && !governed && !talk) return { sources: [m], coordinated: false, right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-possessive' };
    if (possessive && talk) return null;
    if (governed) return null;
  }
  // 2. "the visit by X"
  // the agent follows the noun closely ("the visit by X"), not "the attack …, citing the investigation by X"
  const agent = right.findIndex((r) => r.prep === 'by' && agentClose(v, t, v.mentionFirst[r.mention]));
  if (agent >= 0) {
    // "approved by both X and Y": coordinated agents are agents too, not targets
    let last = agent;
    while (last + 1 < right.length && right[last + 1].prep === '' && onlyCoordination(v, v.mentionLast[right[last].mention] + 1, v.mentionFirst[right[last + 1].mention])) last++;
    const sources = right.slice(agent, last + 1).map((r) => r.mention);
    right = right.slice(0, agent).concat(right.slice(last + 1));
    return { sources, coordinated: false, right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-by' };
  }
  // 2b. "a ceasefire between Israel and Hezbollah", "talks between X and Y": the two parties
  const between = betweenPair(v, t, hi);
  // ("demanded a truce between X and Y": only asked for)
  let g0 = t - 1;
  while (g0 >= lo && (v.pos(g0) === 'DET' || v.pos(g0) === 'ADJ') && v.mentionAt[g0] < 0) g0--;
  const asked = g0 >= lo && v.isVerb(g0) && /^(?:02|10)/.test(lex.verbs.get(lex.forms.get(v.lower(g0)) ?? '') ?? '');
  if (between && !asked) return { sources: [between[0]], coordinated: false, right: [], fallbackTarget: between[1], modality: 'asserted', negated: false, rule: 'noun-between' };
  // (a truce is between its parties: "demanded a ceasefire" does not make the demander one)
  if (TRUCE_NOUNS.has(v.lower(t)) || (between && asked)) return null;
  // an event no one is named as doing: "military coups in X"
  // ("a coup plotter" is a person, "the coup attempt" still the event)
  if (SOURCELESS.has(v.lower(t))) {
    if (v.pos(t + 1) === 'NOUN' && !/^attempts?$/.test(v.lower(t + 1))) return null;
    let fallbackTarget: number | null = null;
    if (v.mentionAt[t - 1] >= 0 && v.mentions[v.mentionAt[t - 1]].kind === 'demonym') fallbackTarget = v.mentionAt[t - 1]; // "the Malian coup"
    return { sources: [], coordinated: false, right, fallbackTarget, modality: 'asserted', negated: false, rule: 'noun-sourceless' };
  }
  // 3. a light verb governs it: "made a visit", "impose sanctions", "support the implementation of sanctions"
  let g = left - 1;
  // ("launched air and sea strikes": nouns and adjectives coordinated inside the phrase)
  while (g >= lo && g >= left - 7 && v.mentionAt[g] < 0 && (OBJECT_NP.has(v.pos(g)) || participleModifier(v, g, lo) || (v.pos(g) === 'CCONJ' && g > lo && (v.pos(g - 1) === 'NOUN' || v.pos(g - 1) === 'ADJ'))) && !lex.nouns.has(v.lower(g))) {
    // ("carried out strikes", "stepped up attacks": the particle of a phrasal verb)
    if ((v.lower(g) === 'out' || v.lower(g) === 'up') && g - 1 >= lo && v.isVerb(g - 1)) {
      g--;
      break;
    }
    // ("provided $25 million in aid": an amount "in" the noun; "more than 500 new sanctions")
    if (v.pos(g) === 'ADP' && v.lower(g) !== 'of' && !(v.lower(g) === 'in' && isAmountEnd(v.lower(g - 1))) && !(v.lower(g) === 'than' && APPROX_TWO.has(`${v.lower(g - 1)} than`))) break;
    g--;
  }
  // ("had a phone call with X", "had talks": "have" is light only for a meeting, and the full verb before its
  // object whatever the tagger says; not "had the support of X")
  const have = HAVE_FORMS.has(v.lower(g));
  if (g >= lo && (have ? trig.cameo.startsWith('04') && OBJECT_NP.has(v.pos(g + 1)) && v.pos(g + 1) !== 'ADP' : v.isVerb(g) && LIGHT.has(lex.forms.get(v.lower(g)) ?? v.lower(g)))) {
    // ("accused X of carrying out an attack": alleged, not reported as done)
    if (alleged(v, g)) return null;
    const aux = auxChain(v, g, lo);
    if (aux.passive && /(?:ed|en|wn|ne|t)$/.test(v.lower(g))) return null;
    let subj = subjectLeft(v, aux.k + 1, lo, aux.infinitive ? 1 : 0);
    // "X met Y on Monday, held talks with Z …": a predicate of a series after a comma has the main clause's subject
    if (subj.mentions.length && v.lower(aux.k) === ',' && objectOfVerb(v, v.mentionFirst[subj.mentions[0]], lo) >= 0) {
      const main = seriesSubject(v, aux.k, lo);
      if (main >= 0) subj = { mentions: [main], coordinated: false };
    }
    // "X visited Moscow and held talks with Y": after "and", the first verb's subject (its object is not it)
    // ("urged restraint and offered to mediate": before the verb that governs an infinitive)
    const and = aux.infinitive && v.isVerb(aux.k) && !subj.mentions.length ? andBefore(v, aux.k - 1, lo) : andBefore(v, aux.k, lo);
    if (and >= 0 && (!subj.mentions.length || objectOfVerb(v, v.mentionFirst[subj.mentions[0]], lo) >= 0)) subj = sharedSubject(v, and, lo, subj) ?? { mentions: [], coordinated: false };
    const sources = subjectHeads(v, subj);
    // "X said it would provide aid", "the junta imposed sanctions"
    if (!sources.length) {
      const implied = v.lower(aux.k) === 'it' ? itsReporter(v, aux.k, lo) : Math.max(governmentOf(v, aux.k, lo), forcesOf(v, aux.k, lo), envoysFrom(v, aux.k), relativeAntecedent(v, aux.k, lo));
      if (implied >= 0) sources.push(implied);
      // "X spent weeks there, holding talks with Y": a participle after a comma has the main clause's subject
      else if (v.lower(aux.k) === ',' && /ing$/.test(v.lower(g))) {
        const main = mainSubject(v, aux.k, lo);
        if (main >= 0) sources.push(main);
      }
    }
    let modality = PROMISE.has(lex.forms.get(v.lower(g)) ?? v.lower(g)) ? 'intended' : aux.modality;
    // ("demanded that the EU impose sanctions on X": only asked for)
    if (sources.length && modality === 'asserted' && demandedThat(v, v.mentionFirst[sources[0]], lo)) modality = 'possible';
    if (sources.length || aux.infinitive || /ing$/.test(v.lower(g)))
      // ("held no talks with X": the determiner "no" denies the act)
      return { sources, coordinated: subj.coordinated, right, fallbackTarget: null, modality, negated: aux.negated || v.lower(g + 1) === 'no', rule: 'noun-light-verb' };
    return null;
  }
  if (AID_NOUNS.has(v.lower(t))) return null;
  // 4. "deliveries from X": the giver follows the noun (read in the caller)
  if ((trig.cameo.startsWith('07') || trig.cameo.startsWith('06')) && right.some((r) => r.prep === 'from'))
    return { sources: [], coordinated: false, right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-from' };
  // 5. an adjunct: "During his visit …, A and B …" / "… said after talks with X"
  let p = t - 1;
  // ("at the first such summit": an ordinal the tagger reads as an adverb)
  while (p >= lo && v.mentionAt[p] < 0 && (v.pos(p) === 'ADJ' || v.pos(p) === 'DET' || v.pos(p) === 'PRON' || v.pos(p) === 'NUM' || (v.pos(p) === 'NOUN' && !lex.nouns.has(v.lower(p))) || ORDINALS.has(v.lower(p)))) p--;
  // ("was angered by the sanctions …": "by" after a passive names a cause, no adjunct of the subject's)
  // (nor is "in" after an amount, "$700 million in aid", the unit of the amount)
  if (p >= lo && ADJUNCT_PREPS.has(v.lower(p)) && v.mentionAt[p] < 0 && !(v.lower(p) === 'in' && p > lo && isAmountEnd(v.lower(p - 1))) && !(v.lower(p) === 'by' && p > lo && v.isVerb(p - 1) && (/(?:ed|en)$/.test(v.lower(p - 1)) || BE.has(v.lower(p - 2))))) {
    let subj = p === lo ? subjectAfterComma(v, t, hi) : subjectLeft(v, p, lo, 1);
    // ("A and B agreed on Thursday to resume … and to repair …, at the first such summit in Tokyo": an adjunct after a
    // comma closing a clause is its main clause's subjects')
    if (!subj.mentions.length && p > lo && v.lower(p - 1) === ',' && trig.cameo.startsWith('04')) {
      const main = mainSubjects(v, p - 1, lo);
      subj = { mentions: main, coordinated: main.length > 1 };
    }
    const sources = subjectHeads(v, subj);
    // ("X told Y in a phone call that …", "X met Y for talks": the name before the adjunct is the verb's object,
    // the other party; the verb's subject holds the talk)
    const verb = trig.cameo.startsWith('04') && sources.length === 1 && v.mentionLast[sources[0]] === p - 1 ? objectOfVerb(v, v.mentionFirst[sources[0]], lo) : -1;
    // (a call's other party is whom the act told in it addresses: "In a phone call on Thursday, A thanked B",
    // "A apologised to B in a phone call", "A discussed security with B in a telephone call")
    if (trig.cameo === '041' && verb < 0 && (p === lo ? sources.length === 1 : v.mentionAt[p - 1] >= 0)) {
      const call = p === lo ? callAddressee(v, sources[0], hi) : callAddresser(v, v.mentionAt[p - 1], p, lo);
      if (call) return { sources: [call.source], coordinated: false, right, fallbackTarget: call.target, modality: 'asserted', negated: false, rule: 'noun-adjunct-object' };
    }
    if (verb >= 0) {
      const doers = subjectHeads(v, subjectLeft(v, auxChain(v, verb, lo).k + 1, lo, 0));
      if (doers.length === 1) return { sources: doers, coordinated: false, right, fallbackTarget: sources[0], modality: 'asserted', negated: false, rule: 'noun-adjunct-object' };
    }
    // ("A and B agreed at a meeting in Cairo": the meeting is theirs, together)
    if (sources.length) return { sources, coordinated: subj.coordinated, right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-adjunct' };
  }
  // 6. a purpose after a journey: "flew to Moscow on Monday for talks with X", "is in Doha for talks": the traveller's
  if (p >= lo && v.lower(p) === 'for' && trig.cameo.startsWith('04') && v.mentionAt[p] < 0) {
    const g = journeyBefore(v, lex, p, lo);
    if (g >= 0) {
      const aux = auxChain(v, g, lo);
      const sources = aux.passive && v.pos(g) !== 'AUX' ? [] : subjectHeads(v, subjectLeft(v, aux.k + 1, lo, 0));
      if (sources.length) return { sources, coordinated: false, right, fallbackTarget: null, modality: aux.modality, negated: aux.negated, rule: 'noun-purpose' };
    }
  }
  // 7. a nationality before an act of force, a sanction or aid: "Russian drone and missile strikes on X", "Turkish aid to Y"
  if (NATIONAL_ACT_ROOTS.has(trig.cameo.slice(0, 2))) {
    let q = t - 1;
    while (q >= lo && v.mentionAt[q] < 0 && (v.pos(q) === 'ADJ' || (v.pos(q) === 'NOUN' && !lex.nouns.has(v.lower(q))) || (v.lower(q) === 'and' && v.pos(q - 1) !== 'PROPN'))) q--;
    const m = q >= lo ? v.mentionAt[q] : -1;
    if (m >= 0 && v.mentions[m].kind === 'demonym' && v.lower(v.mentionFirst[m] - 1) !== '-') return { sources: [m], coordinated: false, right, fallbackTarget: null, modality: 'asserted', negated: false, rule: 'noun-nationality' };
  }
  return null;
}

/** Roots of acts a nationality before the noun does: "Russian strikes", "American sanctions", "Turkish aid". */
const NATIONAL_ACT_ROOTS = new Set(['07', '15', '16', '17', '18', '19', '20']);

/** Verbs of a journey, whose "for talks" is the traveller's purpose. */
const JOURNEY = new Set(['arrive', 'travel', 'fly', 'go', 'head', 'come', 'return', 'visit', 'land', 'sail', 'drive']);

/**
 * The journey verb that a purpose "for" at p follows within its clause ("flew to Moscow on Monday
 * for"), or a "be" before "in"/"at" a place ("is in Doha for"); -1 when there is none.
 */
function journeyBefore(v: View, lex: EventLexicon, p: number, lo: number): number {
  for (let k = p - 1; k >= lo && k >= p - 14; k--) {
    const m = v.mentionAt[k];
    if (m >= 0) {
      k = v.mentionFirst[m];
      continue;
    }
    if (v.isBoundary(k)) return -1;
    if (v.isVerb(k)) return JOURNEY.has(lex.forms.get(v.lower(k)) ?? v.lower(k)) ? k : -1;
    if (v.pos(k) === 'AUX') return BE.has(v.lower(k)) && (v.lower(k + 1) === 'in' || v.lower(k + 1) === 'at') ? k : -1;
    const pk = v.pos(k);
    if (!(pk === 'DET' || pk === 'ADJ' || pk === 'NUM' || pk === 'NOUN' || pk === 'PROPN' || pk === 'ADP' || pk === 'ADV' || pk === 'PART')) return -1;
  }
  return -1;
}

/** What one takes part in an organisation by: "froze its participation in X". */
const PARTICIPATION = new Set(['participation', 'membership']);

/** Nouns of a truce, read only with their parties ("a ceasefire between X and Y"). */
const TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'cease-fire']);

/** "between X and Y" right after the noun at t (a determiner or adjective aside): the two mentions, or null. */
/**
 * The token of a party named after its title from token `k` ("Deputy Secretary of State Kurt Campbell", "then-President
 * X", "Taiwanese President X", "U.S. House Speaker X"): across determiners, title words, a state qualifying the title.
 */
function titledParty(v: View, k: number, hi: number): number {
  const from = k;
  while (k < hi && k < from + 8) {
    const m = v.mentionAt[k];
    if (m >= 0) {
      // (a state qualifying the title after it: "Taiwanese President", "U.S. House Speaker")
      const after = v.mentionLast[m] + 1;
      // (not its forces: "the Congolese army" is the side itself)
      if ((v.mentions[m].kind === 'demonym' || v.mentions[m].type === 'GPE') && v.mentionAt[after] < 0 && v.isTitleWord(after) && !FORCES.has(v.lower(after))) {
        k = after;
        continue;
      }
      break;
    }
    if (v.pos(k) === 'DET' || v.isTitleWord(k) || (v.lower(k) === 'of' && v.isTitleWord(k + 1)) || ((v.lower(k) === 'then' || v.lower(k) === 'former') && k === from) || ((v.lower(k) === '-' || v.lower(k) === '') && v.lower(k - 1) === 'then')) k++;
    else break;
  }
  return k;
}

function betweenPair(v: View, t: number, hi: number): [number, number] | null {
  let k = t + 1;
  while (k < hi && (v.pos(k) === 'ADJ' || v.pos(k) === 'NOUN') && v.mentionAt[k] < 0 && k < t + 3) k++;
  // (across where it was: "a meeting in California between X and Y")
  if ((v.lower(k) === 'in' || v.lower(k) === 'at') && v.mentionAt[k + 1] >= 0 && v.lower(v.mentionLast[v.mentionAt[k + 1]] + 1) === 'between') k = v.mentionLast[v.mentionAt[k + 1]] + 1;
  if (v.lower(k) !== 'between') return null;
  k = titledParty(v, k + 1, hi);
  const a = v.mentionAt[k];
  if (a < 0) return null;
  k = v.mentionLast[a] + 1;
  // (a side named by its forces: "between the Congolese army and M23 rebels")
  while (k < hi && k < v.mentionLast[a] + 3 && v.mentionAt[k] < 0 && (FORCES.has(v.lower(k)) || ARMED_MEN.has(v.lower(k)))) k++;
  if (v.lower(k) !== 'and') return null;
  k++;
  // ("and the Sudanese army": a demonym before the forces noun that ends the pair is the second side)
  const d = v.lower(k) === 'the' ? k + 1 : k;
  if (v.mentionAt[d] >= 0 && v.mentions[v.mentionAt[d]].kind === 'demonym' && FORCES.has(v.lower(v.mentionLast[v.mentionAt[d]] + 1)) && v.mentionAt[v.mentionLast[v.mentionAt[d]] + 1] < 0) {
    const b = v.mentionAt[d];
    return b !== a ? [a, b] : null;
  }
  // (the second party after its title: "and U.S. House Speaker Kevin McCarthy")
  if (v.mentionAt[titledParty(v, k, hi)] >= 0 && titledParty(v, k, hi) > k) k = titledParty(v, k, hi);
  // (across what qualifies the second party: "the Lebanese militant group Hezbollah")
  while (k < hi && k < v.mentionLast[a] + 7) {
    const m = v.mentionAt[k];
    if (m >= 0 && v.mentions[m].kind === 'demonym' && v.lower(v.mentionLast[m] + 1) === '-') k = v.mentionLast[m] + 3; // "Ruritanian-backed"
    else if (m >= 0 && v.mentions[m].kind === 'demonym' && v.mentionLast[m] + 1 < hi && v.pos(v.mentionLast[m] + 1) !== 'PUNCT') k = v.mentionLast[m] + 1;
    else if (m < 0 && (v.pos(k) === 'DET' || ((v.pos(k) === 'ADJ' || v.pos(k) === 'NOUN') && v.pos(k + 1) !== 'PUNCT'))) k++;
    else break;
  }
  const b = v.mentionAt[k];
  return b >= 0 && b !== a ? [a, b] : null;
}

/** "to the country", "on its neighbour": acts whose target a reference to a state may be (see referredState). */
const STATE_REFERENCE_ROOTS = new Set(['02', '06', '07', '10', '11', '12', '13', '16', '17', '18', '19']);
const STATE_REFERENCE_PREPS = new Set(['to', 'on', 'against', 'into', 'from']);
const NEIGHBOURS = new Set(['neighbour', 'neighbor']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'latest']);

/** Prepositions that open a phrase dating its own noun: "following the coup in May 2021", "ahead of the vote on 5 June". */
const DATED_PHRASE = new Set(['following', 'after', 'since', 'before', 'amid', 'despite', 'over', 'ahead', 'until', 'pending']);

/**
 * The date of the event at trigger t: dates inside a "following/after/… <noun> in DATE" phrase that
 * does not hold the trigger date that phrase's noun, not the event; of the others, the nearest in
 * the trigger's clause (no boundary or other verb between them) wins; a date elsewhere in the
 * sentence is taken only when the sentence dated nothing else (so "suspended X following the coup
 * in May, while elections are delayed to June" leaves the suspension undated).
 */
function eventDate(v: View, dateTok: Int32Array, si: number, t: number): EventFact['date'] {
  const doc = v.doc;
  const s = doc.sentences[si];
  const near = nearTimeClause(v, dateTok, s, t);
  if (near !== undefined) return near;
  let best: EventFact['date'] = null, bestOut: EventFact['date'] = null;
  let dist = Infinity, distOut = Infinity;
  let excluded = false;
  for (let i = 0; i < doc.dates.length; i++) {
    const d = doc.dates[i];
    // ("on Tuesday" counted from a date the text merely mentions is too unsure to date an event)
    if (d.start < s.start || d.end > s.end || d.value === null || (d.source.rule === 'chrono-relative' && !d.anchored)) continue;
    const dt = dateTok[i];
    // "since January 1, when A and B signed …": the day a when-clause tells of
    let e = dt;
    while (e + 1 < s.endToken && doc.tokens.start[e + 1] < d.end) e++;
    if (t > e + 2 && v.lower(e + 1) === ',' && v.lower(e + 2) === 'when') {
      const gap = t - dt;
      if (gap < dist) (dist = gap), (best = { value: d.value, resolution: d.resolution });
      continue;
    }
    // "his first visit since 2022", "until May": the bound of a period, not when the act happened
    // (but "has occupied X since 2014": a state that began then)
    const bound = v.lower(dt - 1);
    if (bound === 'until' || bound === 'till' || (bound === 'since' && !PERFECT.has(v.lower(t - 1)) && !PERFECT.has(v.lower(t - 2)))) continue;
    // "a 2015 peace agreement": a year qualifying a noun dates the noun
    if (d.source.rule === 'bare-year' && QUALIFIED_YEAR.has(v.lower(dt - 1))) continue;
    if (datesOtherPhrase(v, dt, d.end, t, s.firstToken, s.endToken) || inOtherAside(v, dt, t, s.firstToken, s.endToken)) {
      excluded = true;
      continue;
    }
    const gap = Math.abs(dt - t);
    const value = { value: d.value, resolution: d.resolution };
    if (sameClause(v, t, dt, d.end)) {
      if (gap < dist) (dist = gap), (best = value);
    } else if (gap < distOut) (distOut = gap), (bestOut = value);
  }
  return best ?? (excluded ? null : bestOut);
}

/** Words before "after"/"before" that put two acts on the same day: "hours after", "shortly before". */
const SAME_DAY = new Set(['hours', 'minutes', 'shortly', 'moments', 'hour']);

/**
 * "The deal was approved late on Tuesday, hours after warplanes struck Beirut": an act in a clause
 * that "hours / minutes / shortly after (or before)" opens, with no date of its own, happened on the
 * day of the clause it hangs on: the nearest day-resolution date before the opener. Undefined (the
 * usual rules then apply) when t is in no such clause, the clause has a date of its own, or nothing
 * before the opener gives a day.
 */
function nearTimeClause(v: View, dateTok: Int32Array, s: { start: number; end: number; firstToken: number }, t: number): EventFact['date'] | undefined {
  let open = -1;
  // ("two days after the general detained X", "a day before": N days before or after the clause it hangs on)
  let shift = 0;
  for (let k = t - 1; k > s.firstToken; k--) {
    const w = v.lower(k);
    if ((w === 'after' || w === 'before') && SAME_DAY.has(v.lower(k - 1))) {
      open = v.lower(k - 1) === 'hours' && v.lower(k - 2) === 'just' ? k - 2 : k - 1;
      break;
    }
    const n = DAY_COUNTS[v.lower(k - 2)] ?? (/^\d$/.test(v.lower(k - 2)) ? Number(v.lower(k - 2)) : 0);
    if ((w === 'after' || w === 'before') && /^days?$/.test(v.lower(k - 1)) && n > 0) {
      // (only for an act inside that clause: "Two days after X did Y, Z did W" dates W by the sentence)
      for (let j = k + 1; j < t; j++) if (v.lower(j) === ',') return undefined;
      open = k - 2;
      shift = w === 'after' ? -n : n;
      break;
    }
    if (w === ';' || (v.isBoundary(k) && w !== 'after' && w !== 'before')) return undefined;
  }
  if (open < 0) return undefined;
  let best: EventFact['date'] | undefined, bestTok = -1;
  for (let i = 0; i < v.doc.dates.length; i++) {
    const d = v.doc.dates[i];
    if (d.start < s.start || d.end > s.end || d.value === null || (d.source.rule === 'chrono-relative' && !d.anchored)) continue;
    if (dateTok[i] > t) return undefined; // the clause's own date
    if (dateTok[i] < open && dateTok[i] > bestTok && d.resolution === 'day') (bestTok = dateTok[i]), (best = { value: d.value, resolution: d.resolution });
  }
  if (best && shift) best = { value: new Date(Date.parse(best.value) + shift * 86_400_000).toISOString().slice(0, 10), resolution: 'day' };
  return best ?? undefined;
}

const DAY_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Words before a year that make it qualify the noun after it: "a 2015 agreement", "its 2022 report". */
const QUALIFIED_YEAR = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * Is the date at token dt inside a relative clause or aside set off by commas (", who seized power
 * in July 2023,", ", which took effect in May,") that does not hold the trigger t? It dates that clause.
 */
function inOtherAside(v: View, dt: number, t: number, lo: number, hi: number): boolean {
  let open = -1;
  for (let k = dt - 1; k > lo; k--) {
    const w = v.lower(k);
    // (", which took effect in May,", ", reviving talks stalled in 2021,", and a past participle: ", set up in
    // September 2023,", ", last revised in 2019,")
    const participle = v.pos(k) === 'VERB' && (w.endsWith('ing') || /(?:ed|en|set)$/.test(w));
    const opens = v.lower(k - 1) === ',' || (v.pos(k - 1) === 'ADV' && v.lower(k - 2) === ',');
    if ((w === 'who' || w === 'which' || w === 'whose' || participle) && opens) {
      open = v.lower(k - 1) === ',' ? k - 1 : k - 2;
      break;
    }
    if (v.isBoundary(k) || w === ',' || w === ';') return false;
  }
  if (open < 0) return false;
  let close = dt + 1;
  while (close < hi && v.lower(close) !== ',' && !v.isBoundary(close)) close++;
  return t < open || t > close;
}

/** Is the date starting at token dt (ending at offset end) inside an adjunct phrase, with a noun of its own, that does not hold t? */
function datesOtherPhrase(v: View, dt: number, end: number, t: number, lo: number, hi: number): boolean {
  let opener = -1;
  for (let k = dt - 1; k >= lo; k--) {
    const w = v.lower(k);
    if (DATED_PHRASE.has(w)) {
      opener = k;
      break;
    }
    if (v.isBoundary(k) || w === ',' || v.isVerb(k)) return false;
  }
  if (opener < 0) return false;
  let pe = dt;
  while (pe < hi && v.doc.tokens.start[pe] < end) pe++; // past the date
  while (pe < hi && !v.isBoundary(pe) && v.lower(pe) !== ',' && !v.isVerb(pe)) pe++;
  if (t >= opener && t < pe) return false;
  // the phrase must name what it dates: "following the coup in May" (not "since 2014", "after May 2021")
  for (let k = opener + 1; k < pe; k++) {
    if (v.doc.tokens.start[k] >= v.doc.tokens.start[dt] && v.doc.tokens.start[k] < end) continue;
    if (v.pos(k) === 'NOUN' || v.mentionAt[k] >= 0) return true;
  }
  return false;
}

/** No clause boundary and no other full verb between the trigger t and the date at token dt. */
function sameClause(v: View, t: number, dt: number, end: number): boolean {
  const a = Math.min(t, dt) + 1;
  const b = Math.max(t, dt);
  for (let k = a; k < b; k++) {
    if (k !== t && v.doc.tokens.start[k] < end && v.doc.tokens.start[k] >= v.doc.tokens.start[dt]) continue;
    if (v.isBoundary(k) || v.isVerb(k)) return false;
    // ("captured X in late April and took Y on June 28": a date before "and" and the trigger's own verb is the first verb's)
    if (dt < t && (v.lower(k) === 'and' || v.lower(k) === 'but') && onlyAuxiliaries(v, k + 1, t)) return false;
  }
  return true;
}

/** Are tokens from..to (exclusive) only auxiliaries and adverbs ("and has since", "and then")? */
function onlyAuxiliaries(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(v.pos(k) === 'AUX' || v.pos(k) === 'ADV' || v.pos(k) === 'PART')) return false;
  return true;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'quotes', 'dates', 'tokens', 'sentences'],
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

/** Craft a name may own: "forced a Ryanair passenger jet to land", "seized an Iranian oil tanker". */
const CRAFT = new Set(['jet', 'plane', 'aircraft', 'airliner', 'flight', 'ship', 'vessel', 'tanker', 'boat', 'trawler', 'freighter', 'ferry', 'convoy', 'helicopter', 'drone']);

/**
 * Is the name `m` the owner of a craft it qualifies ("a Ryanair passenger jet", "a Greek-owned tanker")? What is done
 * to the craft (forced down, seized, struck) is done to its owner.
 */
function ownedCraft(v: View, m: number): boolean {
  if (v.mentions[m].kind === 'demonym') return false;
  for (let k = v.mentionLast[m] + 1; k <= v.mentionLast[m] + 3; k++) {
    if (v.mentionAt[k] >= 0 || (v.pos(k) !== 'NOUN' && v.pos(k) !== 'PROPN')) return false;
    if (CRAFT.has(v.lower(k))) return true;
  }
  return false;
}
