// Clause reading for the events stage, from POS tags and entity mentions only (no parser):
// who is the subject left of a trigger (coordinated "X and Y", appositive "Minister, Name"),
// what is its object or prepositional target on the right, and where clauses end.
// Hand-written because no installed library gives dependency parses at the speed budget.
import { lowerTokens } from '../../model/document.js';
import type { Doc, Mention } from '../../model/types.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../entities/lexicon.js';

export const PREPS = new Set(
  'of with in from at for to by on against into onto over between among under toward towards about after before during without including like via across near within inside outside throughout upon following amid despite through alongside around beyond'.split(' '),
);
const STOP_WORDS = new Set([';', ':', '“', '”', '"', '—', '–', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'because', 'if', 'when', 'where', 'but']);
export const CONJ = new Set(['and', 'or', '&']);
const AUX_LIKE = new Set(['AUX', 'PART', 'ADV']);
/**
 * Head nouns after a name that still leave the name as the actor ("Russian forces", "the Malian
 * junta", "EU officials"); any other noun makes the name a modifier ("New Hampshire ads", "Iowa
 * winner Ted Cruz", "the Ukraine war").
 */
const ACTOR_HEADS = new Set(
  ('government governments forces force troops army armies military militaries navy officials official authorities authority ministry ministries ' +
    'minister ministers president presidents leader leaders leadership diplomats diplomat envoy envoys ambassador police soldiers militants ' +
    'rebels fighters militia militias insurgents jets warplanes aircraft drones parliament lawmakers legislators senators delegation delegations ' +
    'spokesman spokeswoman spokesperson regime junta administration state states counterpart counterparts side officers commanders ' +
    'negotiators representatives prosecutors judges courts court security guards coalition cabinet premier chancellor king prime foreign campaign ' +
    'defence defense council parliamentarians embassy mission missions banks companies firms').split(' '),
);

/** What an armed group or state holds, which a strike on it strikes: "JNIM positions", "Hezbollah targets". */
export const HOLDINGS = new Set(
  'positions position targets bases base camps camp strongholds stronghold hideouts hideout convoy convoys depots outposts suburbs outskirts districts neighbourhoods neighborhoods patrol patrols post posts checkpoint checkpoints barracks'.split(' '),
);

/** Tokens of a document with, for each token, the mention covering it (mentions with an entity only). */
export class View {
  readonly doc: Doc;
  /** the mentions the stage reads: the document's and its own (the quote speakers' "I" and "we") */
  readonly mentions: Mention[];
  readonly mentionAt: Int32Array;
  /** first token of each mention */
  readonly mentionFirst: Int32Array;
  readonly mentionLast: Int32Array;
  /**
   * A mention of the state a wire dateline places the story in ("OUAGADOUGOU, June 14 (AFP) -" and
   * Burkina Faso named in the text), the state "the army" and "the junta" stand for when the text
   * names no other; -1 when there is none. Set by the events stage.
   */
  homeState = -1;
  /** the mention of the dateline's own state (its place, or the place's country), even when the text is about another; -1 when none */
  datelineState = -1;

  /** lower-cased tokens (shared per document) */
  private readonly low: string[];

  constructor(doc: Doc, mentions: Mention[], tokenOf: (offset: number) => number) {
    this.doc = doc;
    this.mentions = mentions;
    this.low = lowerTokens(doc);
    this.tags = doc.tokens.pos;
    const n = doc.tokens.count;
    this.mentionAt = new Int32Array(n).fill(-1);
    this.mentionFirst = new Int32Array(mentions.length).fill(-1);
    this.mentionLast = new Int32Array(mentions.length).fill(-1);
    // longer mentions first, so "Russia's top diplomat" wins over the "Russia" inside it
    const order = mentions.map((_, i) => i).filter((i) => mentions[i].entity);
    order.sort((a, b) => mentions[b].end - mentions[b].start - (mentions[a].end - mentions[a].start));
    for (const i of order) {
      const m = mentions[i];
      const first = tokenOf(m.start);
      let last = first;
      for (let t = first; t < n && doc.tokens.start[t] < m.end; t++) {
        if (this.mentionAt[t] < 0) this.mentionAt[t] = i;
        last = t;
      }
      this.mentionFirst[i] = first;
      this.mentionLast[i] = last;
    }
  }

  lower(t: number): string {
    return t >= 0 && t < this.low.length ? this.low[t] : '';
  }

  pos(t: number): string {
    return this.tags[t] ?? '';
  }

  /** The tags read: the text stage's, or a copy with the events stage's corrections (retag). */
  private tags: readonly string[];
  private ownTags = false;

  /** Reads token t as of part of speech `pos` from now on ("U.S. and Britain strike Houthi targets": a verb); the document's tags stay as they are. */
  retag(t: number, pos: string): void {
    if (!this.ownTags) (this.tags = this.tags.slice()), (this.ownTags = true);
    (this.tags as string[])[t] = pos;
  }

  /** The preposition governing the noun phrase that starts at token t ("of the new X" -> "of"), or ''. */
  prepBefore(t: number): string {
    let k = t - 1;
    // ("with his counterpart, X")
    if (this.lower(k) === ',' && this.lower(k - 1) === 'counterpart') k--;
    // a title before a name is crossed too: "under former President X", "with Foreign Minister X"
    // ("with his Russian counterpart X": a counterpart is named by an office too)
    if (k >= 0 && this.mentionAt[k] < 0 && (TITLE_HEADS.has(this.lower(k)) || HONORIFICS.has(this.lower(k)) || this.lower(k) === 'counterpart')) {
      // ("with parliament speaker X", "to army chief X": a noun qualifying the title)
      while (k >= 0 && !PREPS.has(this.lower(k)) && (this.isTitleWord(k) || (this.pos(k) === 'NOUN' && this.mentionAt[k] < 0 && this.isTitleWord(k + 1)))) k--;
      // ("with his counterpart, caretaker Foreign Minister X")
      if (this.lower(k) === ',' && this.lower(k - 1) === 'counterpart') k -= 2;
      // and the nationality before the title: "with Russian Foreign Minister X"
      const m = k >= 0 ? this.mentionAt[k] : -1;
      // (or a state's name as a modifier right after the preposition: "with Central African Republic President X";
      // not "In Moscow Foreign Minister X criticised …", where the preposition is the place's own)
      if (m >= 0 && (this.mentions[m].kind === 'demonym' || (this.mentions[m].type === 'GPE' && this.mentionLast[m] === k && PREPS.has(this.lower(this.mentionFirst[m] - 1)) && this.lower(this.mentionFirst[m] - 1) !== 'in'))) k = this.mentionFirst[m] - 1;
    }
    // (and over a common noun the name is set off by, with its modifiers: "with our NATO ally Lithuania")
    let nouns = 0;
    const apposed = APPOSED_HEADS.has(this.lower(t - 1));
    while (k >= 0 && !PREPS.has(this.lower(k)) && (this.pos(k) === 'DET' || this.pos(k) === 'ADJ' || this.pos(k) === 'NUM' || this.pos(k) === 'ADV' || POSSESSIVE_PRONOUNS.has(this.lower(k)) || (apposed && nouns < 3 && (this.pos(k) === 'NOUN' || (this.pos(k) === 'PROPN' && this.mentionAt[k] >= 0))))) {
      if (this.pos(k) === 'NOUN' || this.pos(k) === 'PROPN') nouns++;
      k--;
    }
    const w = this.lower(k);
    return PREPS.has(w) ? w : '';
  }

  /** Is mention m a possessor: "X's", "X’s", "Sanders’"? */
  isPossessive(m: number): boolean {
    const mention = this.mentions[m];
    const text = mention.text;
    const n = text.length;
    const last = text.charCodeAt(n - 1);
    if (last === 39 || last === 8217) return true; // "Sanders’"
    if (n > 1 && (last === 115 || last === 83) && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 8217)) return true; // "X's"
    if (mention.kind === 'pronoun' && n <= 5 && POSSESSIVE_PRONOUNS.has(text.toLowerCase())) return true;
    const next = this.lower(this.mentionLast[m] + 1);
    return next === "'s" || next === '’s' || ((next === "'" || next === '’') && /s$/.test(text));
  }

  /** Does mention m qualify a common noun after it that is no actor ("Russian certification standards", "Chinese bulldozers")? */
  qualifiesThing(m: number): boolean {
    let k = this.mentionLast[m] + 1;
    while (k < this.doc.tokens.count && this.pos(k) === 'ADJ' && this.mentionAt[k] < 0) k++;
    return this.pos(k) === 'NOUN' && this.mentionAt[k] < 0 && !ACTOR_HEADS.has(this.lower(k)) && !TIME_WORDS.has(this.lower(k));
  }

  /** A title word outside any mention: "President", "Gov.", "Foreign", "Mr.". */
  isTitleWord(k: number): boolean {
    if (this.mentionAt[k] >= 0) return false;
    const w = this.lower(k);
    return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w);
  }

  /**
   * Does mention m only qualify the person named right after it, maybe across a title?
   * "Republican Trump", "Ohio Gov. John Kasich", "Russian President X".
   */
  qualifiesPerson(m: number): boolean {
    let k = this.mentionLast[m] + 1;
    const n = this.doc.tokens.count;
    for (let i = 0; i < 4 && k < n && this.isTitleWord(k); i++) k++;
    const o = k < n ? this.mentionAt[k] : -1;
    return o >= 0 && o !== m && this.mentions[o].type === 'PERSON' && this.mentions[m].type !== 'PERSON';
  }

  /**
   * Is mention m only a modifier of a following noun ("New Hampshire ads", "Iowa winner")?
   * Names qualifying an actor head ("Russian forces", "EU officials") are not.
   */
  isModifier(m: number, beforeName = false): boolean {
    if (this.qualifiesPerson(m)) return true;
    // "the Marxist-inspired group", "Iran-backed militias": a name joined by a hyphen to a participle
    const after = this.mentionLast[m] + 1;
    if (hyphenParticiple(this, after) && this.pos(after + 2) === 'NOUN') return true;
    if (beforeName) {
      // "her Republican rival X", "X campaign manager Y": nouns then a person's name, the name heads
      let j = this.mentionLast[m] + 1;
      if (this.lower(j) === "'s" || this.lower(j) === '’s') j++;
      let nouns = 0;
      while (j < this.doc.tokens.count && (this.pos(j) === 'ADJ' || this.pos(j) === 'NOUN') && this.mentionAt[j] < 0) (j++, nouns++);
      // ("his Ruritanian counterpart, (Foreign Minister) X": the counterpart named after a comma)
      if (nouns && this.lower(j) === ',' && this.lower(j - 1) === 'counterpart') {
        j++;
        while (j < this.doc.tokens.count && this.mentionAt[j] < 0 && (this.isTitleWord(j) || this.pos(j) === 'ADJ' || this.pos(j) === 'NOUN')) j++;
      }
      if (nouns && this.mentionAt[j] >= 0 && this.mentions[this.mentionAt[j]].type === 'PERSON') return true;
      // "the former Soviet republic of X": the place named after "of" is the referent
      // (and "French nuclear group Orano": the name the nouns end in)
      if (this.mentions[m].kind === 'demonym') return nouns > 0 && ((this.lower(j) === 'of' && this.mentionAt[j + 1] >= 0) || (this.mentionAt[j] >= 0 && this.mentions[this.mentionAt[j]].kind !== 'demonym'));
    }
    if (this.mentions[m].kind === 'demonym') return false;
    let k = this.mentionLast[m] + 1;
    // "Rand Paul's Kentucky supporters": a possessor is not the actor either
    const possessive = this.isPossessive(m);
    if (this.lower(k) === "'s" || this.lower(k) === '’s' || this.lower(k) === "'" || this.lower(k) === '’') k++;
    while ((this.pos(k) === 'ADJ' || (possessive && this.mentionAt[k] >= 0 && this.mentionAt[k] !== m)) && k < this.doc.tokens.count) k++;
    // "The Kentucky Republican", "the Texas Democrat": a place qualifying a party member
    if (this.mentionAt[k] >= 0 && this.mentionAt[k] !== m && this.mentions[m].type === 'GPE' && this.mentions[this.mentionAt[k]].type === 'NORP' && this.mentions[this.mentionAt[k]].kind !== 'demonym') return true;
    // "the Florida senator": a place qualifying an unnamed office holder
    if (this.mentionAt[k] < 0 && TITLE_HEADS.has(this.lower(k)) && !ACTOR_HEADS.has(this.lower(k))) return true;
    if (this.pos(k) !== 'NOUN' || this.mentionAt[k] >= 0) return false;
    if (ACTOR_HEADS.has(this.lower(k)) || TIME_WORDS.has(this.lower(k))) return false;
    // "struck JNIM positions": what a named group holds stands for it as a target
    if (HOLDINGS.has(this.lower(k))) return false;
    // "France's decision … to end X": the possessor of an intention acts
    if (possessive && INTENT_NOUNS.has(this.lower(k))) return false;
    // "Freedonia plans to …": a verb the tagger read as a noun
    if (this.lower(k + 1) === 'to') return false;
    if (!beforeName) return true;
    // "Iowa winner Ted Cruz", "Al Qaeda affiliate Ansar al-Sharia": a name heads the phrase
    while (this.pos(k) === 'NOUN' && this.mentionAt[k] < 0) k++;
    return this.mentionAt[k] >= 0;
  }

  /**
   * Is mention m a fragment of a longer name the recogniser split or missed ("Progress Iowa",
   * "American Legion", "Julianne | Moore", "Kerry | Washington")? Titles and honorifics before a
   * name ("President X", "Mr. X") and possessives after it do not count.
   */
  isFragment(m: number): boolean {
    const first = this.mentionFirst[m], last = this.mentionLast[m];
    const sentence = this.doc.tokens.sentence[first];
    const type = this.mentions[m].type;
    const b = first - 1, a = last + 1;
    if (b >= 0 && this.doc.tokens.sentence[b] === sentence) {
      const w = this.lower(b);
      const o = this.mentionAt[b];
      if (o >= 0 && o !== m && type === 'PERSON' && this.mentions[o].type === 'PERSON') return true;
      // (not a time: "On Monday Algeria recalled …", "In March Niger revoked …")
      if (o < 0 && this.pos(b) === 'PROPN' && isUpper(this.doc.text.charCodeAt(this.doc.tokens.start[b])) && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !HONORIFICS.has(w) && !TIME_WORDS.has(w)) return true;
    }
    if (a < this.doc.tokens.count && this.doc.tokens.sentence[a] === sentence) {
      const w = this.lower(a);
      const o = this.mentionAt[a];
      if (o >= 0 && o !== m && type === 'PERSON' && this.mentions[o].type !== 'GPE') return true;
      if (o < 0 && this.pos(a) === 'PROPN' && isUpper(this.doc.text.charCodeAt(this.doc.tokens.start[a])) && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !TIME_WORDS.has(w)) return true;
    }
    return false;
  }

  isBoundary(t: number): boolean {
    const p = this.pos(t);
    return p === 'SCONJ' || STOP_WORDS.has(this.lower(t));
  }

  /** Is token t a full verb (not an auxiliary)? */
  isVerb(t: number): boolean {
    return this.pos(t) === 'VERB';
  }
}

/** Common nouns that set off a name right after them: "our ally Lithuania", "its neighbour Niger". */
const APPOSED_HEADS = new Set(['ally', 'allies', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'partner', 'partners', 'rival', 'rivals', 'foe', 'enemy', 'adversary']);

export const POSSESSIVE_PRONOUNS = new Set(['our', 'my', 'his', 'her', 'its', 'their', 'your']);

/** Nouns of time after a name do not make it a modifier ("invaded Ukraine last year", "Putin Tuesday"). */
const TIME_WORDS = new Set(
  'year years week weeks month months day days weekend morning afternoon evening night time times decade decades century today yesterday tonight monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

const INTENT_NOUNS = new Set(
  'decision decisions plan plans readiness attempt attempts bid move intention efforts effort call offer pledge promise threat commitment willingness determination resolve campaign drive push'.split(' '),
);
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222);
}

/** "in X and Y": the preposition governing the mention coordinated before the one at token f, or ''. */
/** Does the name starting at token f go on into a list's last item ("Burkina Faso and Niger", "Y, and Z")? */
function listGoesOn(v: View, f: number): boolean {
  const m = v.mentionAt[f];
  if (m < 0) return false;
  let k = v.mentionLast[m] + 1;
  if (v.lower(k) === ',') k++;
  return (v.lower(k) === 'and' || v.lower(k) === 'or') && v.mentionAt[k + 1] >= 0;
}

function sharedPrep(v: View, f: number): string {
  for (let depth = 0; depth < 4; depth++) {
    const c = v.lower(f - 1);
    // a comma alone may end an introductory phrase ("Following X on Y, Z said"): only inside an "and"
    // list (before the name, or after it: "of Mali, Burkina Faso and Niger")
    if (c !== 'and' && c !== 'or' && !(c === ',' && (depth > 0 || listGoesOn(v, f)))) return '';
    let k = f - 2;
    if (c === 'and' && v.lower(k) === ',') k--; // "X, Y, and Z"
    const m = v.mentionAt[k];
    if (m < 0) return '';
    f = v.mentionFirst[m];
    const p = v.prepBefore(f);
    if (p) return p;
  }
  return '';
}

/** Are tokens from..to (exclusive) a non-empty run of common nouns and adjectives? */
function onlyNominal(v: View, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (v.mentionAt[k] >= 0 || !(v.pos(k) === 'NOUN' || v.pos(k) === 'ADJ')) return false;
  return true;
}

/** Words that open a subordinate clause (tagged a preposition or not): its verb's subject is inside it. */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'while', 'because', 'when', 'although', 'though', 'unless', 'once', 'whereas']);

/** Subordinators that are also prepositions: "after the coup", "before the council". */
const PREPOSITIONAL = new Set(['after', 'before', 'since', 'until']);

/** Does a clause or a gerund start at `from`: names, nouns and their determiners, then a verb ("Mali, Burkina Faso and Niger recalled", "meeting X")? */
function clauseOpens(v: View, from: number, hi: number): boolean {
  for (let j = from; j < hi && j < from + 14; j++) {
    if (v.isBoundary(j)) return false;
    const m = v.mentionAt[j];
    if (m >= 0) {
      j = v.mentionLast[m];
      continue;
    }
    if (v.isVerb(j)) return true;
    const p = v.pos(j);
    const w = v.lower(j);
    // ("after Venezuela's top court in January upheld …": over a possessive ending and a time phrase)
    if (w === "'s" || w === '’s') continue;
    if ((w === 'in' || w === 'on') && (TIME_WORDS.has(v.lower(j + 1)) || /^\d{4}$/.test(v.lower(j + 1)))) {
      j++;
      continue;
    }
    if (!(w === ',' || CONJ.has(w) || p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || p === 'PRON')) return false;
  }
  return false;
}

/** Pronouns that are the subject of their own clause and name no one: "whoever provides support". */
const FREE_RELATIVES = new Set(['whoever', 'whatever', 'whichever', 'whomever']);

/** Words that open a clause and may stand right before its subject ("after X abstained"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'while', 'because', 'as', 'once', 'when', 'although', 'though', 'unless']);

/** Verbs whose "on X to" names who is to act: "called on X to", "prevailed upon X to". */
const CALL_ON = new Set('call calls called calling prevail prevails prevailed count counts counted rely relies relied'.split(' '));

/** Is the intention noun at k the subject's own: after "a", "the", "its", "his", … (adjectives aside)? */
function ownIntent(v: View, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && v.pos(j) === 'ADJ' && v.mentionAt[j] < 0) j--;
  const w = v.lower(j);
  return v.pos(j) === 'DET' || w === 'its' || w === 'his' || w === 'her' || w === 'their' || w === 'our' || w === "'s" || w === '’s';
}

export interface Subject {
  mentions: number[];
  coordinated: boolean;
}

/**
 * The subject left of token `from` (exclusive), within the sentence starting at token `lo`:
 * mentions not governed by a preposition, back to a clause boundary, or to a full verb once a
 * subject is found. `verbs` full verbs may be crossed before that ("Russia plans to impose",
 * "X made a visit").
 */
export function subjectLeft(v: View, from: number, lo: number, verbs: number): Subject {
  const found: number[] = [];
  let coordinated = false;
  let crossed = 0;
  // "X solicited the giants to support Y": a common noun object before "to" is the doer, not X
  let objectNoun = false;
  const infinitive = verbs > 0 && v.lower(from) === 'to';
  // "X, who seized power in 2022, has expelled …": the subject stands before the relative clause
  let start = from - 1;
  if (v.lower(start) === ',' && !infinitive) {
    const rel = relativeOpening(v, start, lo);
    if (rel > lo) start = rel - 1;
    else {
      // "Volker Turk, the UN High Commissioner for Human Rights, urged …": a person's apposition before the verb
      const app = appositionOpening(v, start, lo);
      if (app > lo) start = app - 1;
    }
  }
  for (let k = start; k >= lo; k--) {
    // "X, who visited Cairo last week, was due to meet …": the subject stands before a relative clause the scan meets
    if (k < start && !found.length && v.lower(k) === ',') {
      const rel = relativeOpening(v, k, lo);
      if (rel > lo) {
        k = rel - 1;
        continue;
      }
    }
    if (v.isBoundary(k)) break;
    // "… after military juntas in X, Y and Z expelled …": a verb inside a clause opened by "after" has its subject
    // there, named or not (unless an aside ends right before the verb: "X, after talks with Y, expelled …")
    // ("right after meeting X, and before his talks with Y": a gerund after it opens no clause with a subject)
    if (!found.length && k < start && SUBORDINATORS.has(v.lower(k)) && v.lower(from - 1) !== ',' && !v.isVerb(k + 1) && !v.lower(k + 1).endsWith('ing')) break;
    // (an intention of the subject's own is no such object: "pledged its readiness to", "mounted a campaign to",
    // but "opposed congressional efforts to" is; nor is a time: "flew to X last week to meet Y")
    if (infinitive && !crossed && !found.length && v.pos(k) === 'NOUN' && v.mentionAt[k] < 0 && !(INTENT_NOUNS.has(v.lower(k)) && ownIntent(v, k)) && !TIME_WORDS.has(v.lower(k))) objectNoun = true;
    const m = v.mentionAt[k];
    if (m >= 0) {
      const first = v.mentionFirst[m];
      // ("John McCain (Ariz.) and Kelly Ayotte (N.H.) denounced": a name in brackets labels the one before)
      if (v.lower(first - 1) === '(' && v.lower(v.mentionLast[m] + 1) === ')') {
        k = first;
        continue;
      }
      // an adjectival mention far from the verb modifies some other head ("the European … mission")
      const after = v.pos(v.mentionLast[m] + 1);
      // (not one whose noun is the subject's head right before its verb: "European Union leaders agreed on Monday to …")
      // (or "European Union foreign ministers meeting in Luxembourg on Monday condemned": the people a name qualifies,
      // with adjuncts only before the verb)
      const heads = (after === 'NOUN' && v.mentionAt[v.mentionLast[m] + 1] < 0 && v.isVerb(v.mentionLast[m] + 2)) || (v.mentions[m].kind !== 'demonym' && peopleHeadThenAdjuncts(v, v.mentionLast[m] + 1, from));
      const modifier = ((v.mentions[m].kind === 'demonym' || after === 'ADJ' || after === 'NOUN') && from - v.mentionLast[m] > 3 && !heads) || v.isModifier(m);
      let prep = v.prepBefore(first) || sharedPrep(v, first);
      // "hundreds of JNIM fighters attacked": a quantity before "of" leaves the name the subject's
      if (prep === 'of' && v.lower(first - 1) === 'of' && QUANTITY_HEADS.has(v.lower(first - 2))) prep = '';
      // "jihadists linked to al-Qaeda overran", "rebels from the M23 attacked": armed men named by the group they
      // belong to act for it
      // (with "from" or "of", only an organisation: "jihadists from Mali attacked" is no act of Mali's)
      if (prep && affiliatedMen(v, first, prep) && (prep === 'to' || prep === 'with' || v.mentions[m].type === 'ORG')) prep = '';
      // "fighters from Russia's Wagner Group": a name after a possessor shares the possessor's preposition
      if (!prep && first >= 2 && (v.lower(first - 1) === "'s" || v.lower(first - 1) === '’s') && v.mentionAt[first - 2] >= 0) prep = v.prepBefore(v.mentionFirst[v.mentionAt[first - 2]]);
      // "after the United States abstained": a clause opener before the verb's own subject, which the clause starts with
      // ("after Mali, Burkina Faso and Niger recalled": with the names coordinated before it, back to the opener)
      // ("a day after the European Union agreed to broaden sanctions": across the verb that governs the infinitive)
      if (prep && CLAUSE_OPENERS.has(prep) && (v.mentionLast[m] === from - 1 || (infinitive && crossed === 1 && v.mentionLast[m] === from - 2)) && !found.length && !v.isModifier(m)) {
        found.push(m);
        for (let j = first - 1; j > lo && !CLAUSE_OPENERS.has(v.lower(j)); j--) {
          const w = v.lower(j);
          const n = v.mentionAt[j];
          if (n >= 0 && !v.isModifier(n)) {
            found.push(n);
            j = v.mentionFirst[n];
          } else if (w === ',' || CONJ.has(w) || w === 'the' || v.isTitleWord(j)) {
            // ("after President X and Y held": a title before a name is no boundary)
            if (CONJ.has(w)) coordinated = true;
          } else {
            found.length = 1;
            coordinated = false;
            break;
          }
        }
        break;
      }
      // "called on X to act": X does the act
      const addressee = infinitive && !crossed && !found.length && (prep === 'on' || prep === 'upon') && CALL_ON.has(v.lower(v.mentionFirst[m] - 1 - (v.pos(v.mentionFirst[m] - 1) === 'DET' ? 1 : 0) - 1));
      // "…, with X and Y abstaining": the names after an absolute "with" are the subject of the -ing verb
      const absolute = prep === 'with' && v.lower(from).endsWith('ing') && v.lower(from - 1) !== ',' && onlyNamesUpTo(v, v.mentionLast[m] + 1, from);
      if ((!prep || addressee || absolute) && !found.includes(m) && !(modifier && !found.length) && !v.isModifier(m) && !placeApposition(v, m)) found.push(m);
      // "…, and the Florida senator suspended": the noun a name qualifies right before the verb is the subject
      if (!found.length && v.isModifier(m) && onlyNominal(v, v.mentionLast[m] + 1, from)) break;
      k = first;
      continue;
    }
    // "told X he'd support": a pronoun subject closes the search ("an ally of whoever provides support": so does a free relative)
    if (!found.length && ((v.pos(k) === 'PRON' && NOMINATIVE.has(v.lower(k))) || FREE_RELATIVES.has(v.lower(k)))) break;
    if (v.isVerb(k)) {
      if (!found.length && CONJ.has(v.lower(k + 1))) continue; // "endorse and support": one predicate
      // ("European Union foreign ministers meeting in Luxembourg on Monday condemned": a participle qualifying the
      // subject's noun, with its adjuncts, stands between the subject and its verb)
      if (!found.length && !crossed && v.lower(k).endsWith('ing') && k > lo && (v.pos(k - 1) === 'NOUN' || v.mentionAt[k - 1] >= 0) && adjunctsOnly(v, k + 1, from)) continue;
      if (found.length || crossed >= verbs || objectNoun) break;
      crossed++;
      continue;
    }
    if (CONJ.has(v.lower(k))) coordinated = true;
  }
  found.reverse();
  return { mentions: found, coordinated: coordinated && found.length > 1 };
}

/** People a name may qualify as the subject's head: "EU foreign ministers", "NATO leaders". */
const PEOPLE_HEADS = new Set(['ministers', 'leaders', 'officials', 'diplomats', 'envoys', 'delegates', 'negotiators', 'lawmakers', 'troops', 'forces', 'soldiers', 'representatives']);

/** From `a`: adjectives, then a people noun (and a noun after it, "ministers meeting"), then only adjuncts up to `b`. */
function peopleHeadThenAdjuncts(v: View, a: number, b: number): boolean {
  let k = a;
  while (k < b && v.pos(k) === 'ADJ' && v.mentionAt[k] < 0) k++;
  if (k >= b || !PEOPLE_HEADS.has(v.lower(k)) || v.mentionAt[k] >= 0) return false;
  k++;
  if (k < b && v.pos(k) === 'NOUN' && v.mentionAt[k] < 0) k++;
  return k === b || adjunctsOnly(v, k, b);
}

/** Are the tokens from `a` to `b` (exclusive) only prepositional phrases: prepositions, names, determiners, adjectives, nouns, numbers? */
function adjunctsOnly(v: View, a: number, b: number): boolean {
  if (a >= b || v.pos(a) !== 'ADP') return false;
  for (let k = a; k < b; k++) {
    const p = v.pos(k);
    if (!(v.mentionAt[k] >= 0 || p === 'ADP' || p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM')) return false;
  }
  return true;
}

/**
 * For a comma at `close`: the "who"/"which"/"whose" or -ing participle right after an earlier comma
 * that opens the relative clause or aside it closes (", who seized power in 2022,", ", echoing X,"), or -1.
 */
export function relativeOpening(v: View, close: number, lo: number): number {
  for (let k = close - 1; k > lo && k > close - 30; k--) {
    const w = v.lower(k);
    // (a list of names inside the clause: "who visited Estonia, Latvia and Lithuania on Sunday")
    if (w === ',' && v.mentionAt[k - 1] >= 0 && v.mentionAt[k + 1] >= 0) continue;
    if (w === ',' || w === ';' || w === ':' || w === '“' || w === '”' || w === '"') return -1;
    if ((w === 'who' || w === 'which' || w === 'whose') && v.lower(k - 1) === ',') return k;
    // "X, echoing Y, called on …", "X, according to Y, has …": a participial aside
    if (v.lower(k - 1) === ',' && v.pos(k) === 'VERB' && w.endsWith('ing')) return k;
    // "the GNU, led by Prime Minister X, has sent …", "X, backed by Y, attacked …"
    if (v.lower(k - 1) === ',' && v.pos(k) === 'VERB' && v.lower(k + 1) === 'by' && /(?:ed|en|led|wn)$/.test(w)) return k;
  }
  return -1;
}

/**
 * For a comma at `close`: the comma that opens an apposition of the person named before it ("X, the UN
 * High Commissioner for Human Rights, urged …", "X, a senior Hamas official, told …"): no verb inside,
 * opened by a determiner; else -1.
 */
export function appositionOpening(v: View, close: number, lo: number): number {
  for (let k = close - 1; k > lo && k > close - 14; k--) {
    if (v.lower(k) !== ',') {
      if (v.isVerb(k) || v.isBoundary(k) || (v.pos(k) === 'PRON' && v.mentionAt[k] < 0)) return -1;
      continue;
    }
    const det = v.lower(k + 1);
    const person = v.mentionAt[k - 1];
    return (det === 'the' || det === 'a' || det === 'an') && person >= 0 && v.mentions[person].type === 'PERSON' && v.mentions[person].kind !== 'pronoun' ? k : -1;
  }
  return -1;
}

/** Are tokens from..to (exclusive) only names, commas and conjunctions? */
function onlyNamesUpTo(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.mentionAt[k] < 0 && v.lower(k) !== ',' && !CONJ.has(v.lower(k))) return false;
  return true;
}

/**
 * "in Benghazi, Libya, filed": a country set off by commas after a city completes the city's name,
 * and is no subject ("in Bamako, Mali signed", with no second comma, is).
 */
function placeApposition(v: View, m: number): boolean {
  const first = v.mentionFirst[m];
  if (v.lower(v.mentionLast[m] + 1) !== ',') return false;
  const before = first >= 2 && v.lower(first - 1) === ',' ? v.mentionAt[first - 2] : -1;
  return before >= 0 && (v.mentions[before].kb ?? '').startsWith('city:') && (v.mentions[m].kb ?? '').startsWith('iso3:');
}

/** The mentions of the main clause's subject after an introductory phrase ("After X-ing …, A and B did"). */
export function subjectAfterComma(v: View, from: number, hi: number): Subject {
  let k = from;
  while (k < hi && v.lower(k) !== ',') k++;
  const found: number[] = [];
  let coordinated = false;
  for (k++; k < hi; k++) {
    if (v.isVerb(k) || v.isBoundary(k)) break;
    const m = v.mentionAt[k];
    if (m >= 0) {
      if (!v.prepBefore(v.mentionFirst[m]) && !found.includes(m)) found.push(m);
      k = v.mentionLast[m];
    } else if (CONJ.has(v.lower(k))) coordinated = true;
  }
  return { mentions: found, coordinated: coordinated && found.length > 1 };
}

export interface Right {
  /** the first mention right of the trigger, and the preposition before it ('' for a direct object) */
  mention: number;
  prep: string;
}

/** Mentions right of the trigger up to the clause's end (or a full verb when `stopAtVerb`). */
export function mentionsRight(v: View, from: number, hi: number, stopAtVerb: boolean, max = 16, crossRelative = false): Right[] {
  const out: Right[] = [];
  const end = Math.min(hi, from + max);
  for (let k = from; k < end; k++) {
    const w = v.lower(k);
    const relative = w === 'that' || w === 'which' || w === 'who';
    if (relative && crossRelative) continue;
    if (crossRelative && QUOTE_MARKS.has(w) && scareQuote(v, k, hi)) continue;
    if (v.isBoundary(k) || (w === 'that' && v.pos(k) !== 'DET')) break;
    // (", the State Department said": the reporter of the sentence after a comma is no party of its act)
    if (w === ',' && reporterAfter(v, k + 1, end)) break;
    // (", and we reject …", ", and Egypt's president declared …": a comma and a conjunction before a verb open another clause)
    if (w === ',' && CONJ.has(v.lower(k + 1)) && clauseAfter(v, k + 2, end)) break;
    // (", Saudi Arabia urges restraint": a name and its own verb after a comma are another clause, as in a headline; not
    // after a noun's opening adjunct, "After the talks in X, A signed …", whose parties are the main clause's)
    if (w === ',' && v.isVerb(from - 1) && v.mentionAt[k + 1] >= 0 && v.isVerb(v.mentionLast[v.mentionAt[k + 1]] + 1) && v.mentionAt[v.mentionLast[v.mentionAt[k + 1]] + 1] < 0 && !v.lower(v.mentionLast[v.mentionAt[k + 1]] + 1).endsWith('ing')) break;
    // ("closed its airspace after Mali, Burkina Faso and Niger recalled …", "… after meeting X": what follows a
    // subordinator is another clause's or an adjunct's, no object of the verb)
    // (not an adverb after a time: "endorsed the day before by X"; nor a preposition: "testified before the council")
    if (SUBORDINATORS.has(w) && v.mentionAt[k] < 0 && (!PREPOSITIONAL.has(w) || clauseOpens(v, k + 1, hi))) break;
    // ("carried out exercises following a meeting in California between X and Y": what follows "following" is
    // another act, whose parties are not this one's; not "the following day")
    if (w === 'following' && v.mentionAt[k] < 0 && k > from && v.pos(k - 1) !== 'DET' && (v.pos(k + 1) === 'DET' || POSSESSIVE_PRONOUNS.has(v.lower(k + 1)))) break;
    // (a quotation ends what its verb governs: not "…,” X told Reuters" after it)
    if (!crossRelative && QUOTE_MARKS.has(w) && k > from && !scareQuote(v, k, hi)) break;
    // (not a participle right after the verb that qualifies its object: "struck suspected JNIM positions")
    // (nor a word of a name the tagger read as a verb: "endorse Ted Cruz")
    // (nor a participle of carrying after the noun it qualifies: "sent planes carrying medical teams to X")
    // (nor a plural noun the tagger read as a verb right after the verb: "rejected calls from X", "ignored demands for Y")
    // (nor the participle of a hyphenated modifier: "the Iran-backed Houthis")
    if (stopAtVerb && v.isVerb(k) && v.mentionAt[k] < 0 && !hyphenParticiple(v, k - 1) && !(k === from && v.lower(k).endsWith('ed') && (v.mentionAt[k + 1] >= 0 || v.pos(k + 1) === 'ADJ')) && !(k > from && v.pos(k - 1) === 'NOUN' && CARRYING.has(w)) && !(k === from && w.endsWith('s') && (v.lower(k + 1) === 'from' || v.lower(k + 1) === 'for' || v.lower(k + 1) === 'by'))) break;
    // ("strikes on what it called militant hideouts inside X": the speaker's naming is an aside of a noun's
    // phrase; not of a verb's, "criticized what she called the rhetoric from X", whose X is no target)
    if (crossRelative && w === 'what' && (v.pos(k + 1) === 'PRON' || v.mentionAt[k + 1] >= 0) && NAMING.has(v.lower(v.mentionAt[k + 1] >= 0 ? v.mentionLast[v.mentionAt[k + 1]] + 1 : k + 2))) {
      k = v.mentionAt[k + 1] >= 0 ? v.mentionLast[v.mentionAt[k + 1]] + 1 : k + 2;
      if (v.lower(k + 1) === 'as') k++;
      continue;
    }
    const m = v.mentionAt[k];
    if (m >= 0) {
      // "attacking Iowa winner X": a name qualifying a noun is not the target
      // ("through the U.S. Agency for International Development (USAID)": a name in brackets after another shares its preposition)
      const f = v.mentionFirst[m];
      const labelled = v.lower(f - 1) === '(' && f >= 2 && v.mentionAt[f - 2] >= 0 ? v.mentionFirst[v.mentionAt[f - 2]] : f;
      if (!v.isModifier(m, true)) out.push({ mention: m, prep: v.prepBefore(labelled) });
      k = v.mentionLast[m];
    }
  }
  return out;
}

/** Verbs of reporting: "X said it would …", ", the State Department said". */
export const REPORTING = new Set('said says say told tells announced announces stated states added adds adding saying warned warns insisted insists declared declares confirmed confirms promised promises pledged pledges reported wrote'.split(' '));

/** Does a reporter start at `from`: a name (after "the"), then a reporting verb (", the State Department said")? */
function reporterAfter(v: View, from: number, end: number): boolean {
  const k = v.lower(from) === 'the' ? from + 1 : from;
  const m = v.mentionAt[k];
  if (m < 0) return false;
  const after = v.mentionLast[m] + 1;
  return after <= end && REPORTING.has(v.lower(after));
}

/** Is the token at k a hyphen between a word and a participle ("Marxist-inspired", "Iran-backed")? */
export function hyphenParticiple(v: View, k: number): boolean {
  return (v.lower(k) === '-' || v.lower(k) === '') && /^\p{Ll}+(?:ed|ing)$/u.test(v.lower(k + 1));
}

/** Nouns of armed men who act for the group they are said to belong to (and, unnamed, for no one: events-stage.ts). */
export const ARMED_MEN = new Set(['jihadists', 'militants', 'fighters', 'rebels', 'gunmen', 'insurgents', 'militiamen', 'guerrillas', 'extremists', 'mercenaries', 'attackers', 'assailants', 'bandits', 'raiders']);
/** Words that tie armed men to their group: "linked to", "loyal to", "affiliated with". */
const AFFILIATED = new Set(['linked', 'affiliated', 'loyal', 'allied', 'tied', 'aligned', 'belonging', 'connected']);

/**
 * Is the name at token `first`, governed by `prep`, the group that armed men right before it belong to, as the
 * subject of their clause ("Jihadists linked to al-Qaeda", "fighters loyal to the general", "rebels from the M23")?
 */
function affiliatedMen(v: View, first: number, prep: string): boolean {
  let p = first - 1;
  while (p > 0 && v.lower(p) !== prep) p--;
  if (p <= 0 || first - p > 3) return false;
  let head = p - 1;
  if (prep === 'to' || prep === 'with') {
    if (!AFFILIATED.has(v.lower(head))) return false;
    head--;
    if (v.pos(head) === 'ADV') head--; // "closely linked to"
  } else if (prep !== 'from' && prep !== 'of') return false;
  return head >= 0 && ARMED_MEN.has(v.lower(head)) && !v.prepBefore(head);
}

/** Quantities a subject may open with: "hundreds of X fighters", "some of its troops". */
export const QUANTITY_HEADS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'some', 'many', 'several', 'most', 'all', 'both']);

/** Does a clause start at `from` (a verb within a few words, before any comma)? */
function clauseAfter(v: View, from: number, end: number): boolean {
  if (v.pos(from) === 'PRON') return true;
  for (let k = from; k < end && k < from + 8; k++) {
    if (v.lower(k) === ',') return false;
    if (v.isVerb(k) && v.mentionAt[k] < 0) return true;
  }
  return false;
}

/** Verbs of naming in a speaker's aside: "what it called", "what Moscow described as". */
const NAMING = new Set(['called', 'calls', 'described', 'describes', 'termed', 'terms', 'dubbed', 'labelled', 'labeled', 'branded']);

/** Participles that qualify a vehicle by its load: "planes carrying aid to X". */
const CARRYING = new Set(['carrying', 'bearing', 'transporting', 'loaded', 'laden', 'packed', 'containing']);

const QUOTE_MARKS = new Set(['“', '”', '"']);
const SCARE_SPAN = 6;

/** Is the quote mark at k one of a pair around a few words ("the “special operation” approved by")? */
export function scareQuote(v: View, k: number, hi: number): boolean {
  const w = v.lower(k);
  const lo = v.doc.sentences[v.doc.tokens.sentence[k]]?.firstToken ?? 0;
  const step = w === '”' ? -1 : 1;
  const partner = w === '“' ? '”' : w === '”' ? '“' : '"';
  for (let j = k + step, i = 0; i < SCARE_SPAN && j >= lo && j < hi; j += step, i++) {
    if (v.lower(j) === partner || (partner === '"' && v.lower(j) === (step > 0 ? '”' : '“'))) return i > 0 && (step > 0 || j > lo);
    if (v.pos(j) === 'PUNCT') return false; // a quoted clause, not a quoted term
  }
  return false;
}

/** Skips auxiliaries, particles and adverbs leftwards from t (exclusive); returns the first other token. */
export function skipAuxLeft(v: View, t: number, lo: number): number {
  let k = t - 1;
  while (k >= lo && (AUX_LIKE.has(v.pos(k)) || v.lower(k) === 'not' || v.lower(k) === "n't")) k--;
  return k;
}

/** Heads of a subject: all coordinated mentions, or the head of one appositive noun phrase. */
export function subjectHeads(v: View, s: Subject): number[] {
  if (s.coordinated || s.mentions.length <= 1) return s.mentions;
  // "Malian Foreign Minister, Abdoulaye Diop": the last mention that is not a possessive or a demonym modifier
  const mentions = v.mentions;
  const heads = s.mentions.filter((m) => !(v.isPossessive(m) || mentions[m].kind === 'demonym'));
  // "Mr. X, a Republican,": a people's name in apposition describes the named actor
  const named = heads.filter((m) => mentions[m].type !== 'NORP');
  return [(named.length ? named : heads.length ? heads : s.mentions).at(-1)!];
}
