// Votes on a motion (UN resolutions above all): "X voted in favour of / for / against the
// resolution", "X abstained (from the vote)", "X was among those that abstained", "X vetoed the
// draft". Read from POS tags and mentions like the rest of the stage (clause.ts); the codes per
// direction are in data/cameo.json `votes` (chosen and explained in scripts/build-cameo.ts).
// Hand-written: a handful of fixed constructions, cheaper than any general parser.
import { skipAuxLeft, subjectHeads, subjectLeft, type View } from './clause.js';
import type { EventLexicon } from './lexicon.js';

/** Forms of the three vote verbs (the lexicon's generated inflections miss "vetoes"). */
export const VOTE_FORMS = new Map<string, string>([
  ...['vote', 'votes', 'voted', 'voting'].map((f): [string, string] => [f, 'vote']),
  ...['abstain', 'abstains', 'abstained', 'abstaining'].map((f): [string, string] => [f, 'abstain']),
  ...['veto', 'vetoes', 'vetos', 'vetoed', 'vetoing'].map((f): [string, string] => [f, 'veto']),
]);
/** What a vote is on: "voted against the resolution", "voted for it". Anything else ("voted for Smith") is an election. */
const MOTION_NOUNS = new Set(
  'resolution resolutions motion motions measure measures text draft drafts proposal proposals amendment amendments declaration decision it them sanctions'.split(' '),
);
const RELATIVE = new Set(['that', 'who', 'which']);
/** What may stand between "X was" and a relative pronoun: "among those", "the only African country", "one of the 35 states". */
const HEAD_WORDS = new Set(['among', 'of', 'only', 'one', 'those', 'ones', 'few', 'several', 'many', 'two', 'three', 'just']);
const BE = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
/** The act a motion performs: "a resolution to deplore / condemning / demanding …". */
const MOTION_OPENERS = new Set(['to', 'that']);

export interface VoteReading {
  direction: 'for' | 'against' | 'abstain' | 'veto';
  sources: number[];
  /** the motion's own act ("condemn" -> 111) and its object mention, when the text names both */
  act: string | null;
  /** the token of that act, -1 when none */
  actToken: number;
  object: number | null;
  /** the body holding the vote ("at the UN General Assembly", "in the Security Council") */
  holder: number | null;
  rule: string;
}

export function voteLemma(v: View, t: number): string | undefined {
  const p = v.pos(t);
  if (p !== 'VERB' && p !== 'NOUN' && p !== 'AUX') return undefined;
  // cheap prefilter before slicing the token: every form starts with 'v' or 'a'
  const c = v.doc.text.charCodeAt(v.doc.tokens.start[t]) | 32;
  if (c !== 118 && c !== 97) return undefined;
  return VOTE_FORMS.get(v.lower(t));
}

/** Reads a vote at token t (a vote verb), or null when it is no vote on a motion. */
export function readVote(v: View, lex: EventLexicon, t: number, lo: number, hi: number, lemma: string): VoteReading | null {
  let direction: VoteReading['direction'];
  let k = t + 1;
  if (lemma === 'veto') direction = 'veto';
  else if (lemma === 'abstain') direction = 'abstain';
  else {
    if (v.pos(t) !== 'VERB') return null; // "the vote" is no act
    const w = v.lower(k);
    if (w === 'in' && /^favou?r$/.test(v.lower(k + 1))) {
      direction = 'for';
      k += 2;
      if (v.lower(k) === 'of') k++;
    } else if (w === 'for' || w === 'yes') (direction = 'for'), k++;
    else if (w === 'against' || w === 'no') (direction = 'against'), k++;
    else return null;
    // the object, if any, must be a motion
    if (w !== 'yes' && w !== 'no' && k < hi && !v.isBoundary(k) && v.lower(k) !== ',' && v.lower(k) !== '.') {
      let h = k;
      while (h < hi && (v.pos(h) === 'DET' || v.pos(h) === 'ADJ' || v.pos(h) === 'NUM' || (v.pos(h) === 'NOUN' && !MOTION_NOUNS.has(v.lower(h)) && v.pos(h + 1) === 'NOUN'))) h++;
      if (!MOTION_NOUNS.has(v.lower(h)) && !(v.pos(h) === 'ADP' || v.pos(h) === 'ADV' || v.pos(h) === 'PUNCT')) return null;
    }
  }
  // the voter: the clause's subject, or the head of "X was among those that / the only country that"
  const aux = skipAuxLeft(v, t, lo);
  // "Ruritania vetoes": the tagger may read the verb as a noun, which would make the name its modifier
  let subj = v.pos(t) === 'NOUN' && v.mentionAt[t - 1] >= 0 ? { mentions: [v.mentionAt[t - 1]], coordinated: false } : subjectLeft(v, aux + 1, lo, 0);
  let rule = 'vote';
  if (!subj.mentions.length && RELATIVE.has(v.lower(aux))) {
    let h = aux - 1;
    if (v.lower(h) === ',' && v.mentionAt[h - 1] >= 0) {
      // "Freedonia, which abstained," (not "Sen. X of Freedonia, who voted": the senator votes)
      const m = v.mentionAt[h - 1];
      if (!v.prepBefore(v.mentionFirst[m])) subj = { mentions: [m], coordinated: false };
    } else {
      while (h >= lo && (HEAD_WORDS.has(v.lower(h)) || v.pos(h) === 'DET' || v.pos(h) === 'ADJ' || v.pos(h) === 'NUM' || (v.pos(h) === 'NOUN' && v.mentionAt[h] < 0) || (v.mentionAt[h] >= 0 && v.mentions[v.mentionAt[h]].kind === 'demonym'))) h--;
      if (h >= lo && BE.has(v.lower(h))) subj = subjectLeft(v, h, lo, 0);
    }
    rule = 'vote-relative';
  }
  const sources = subjectHeads(v, subj);
  if (!sources.length) return null;
  // the rest of the clause: the body holding the vote and the motion's act
  let holder: number | null = null;
  let act: string | null = null;
  let actToken = -1;
  let object: number | null = null;
  for (let j = k; j < hi; j++) {
    if (v.isBoundary(j) && !MOTION_OPENERS.has(v.lower(j))) break;
    const m = v.mentionAt[j];
    if (m >= 0) {
      const prep = v.prepBefore(v.mentionFirst[m]);
      if (holder === null && (prep === 'at' || prep === 'in' || prep === 'of' || prep === 'by') && v.mentions[m].type === 'ORG') holder = m;
      j = v.mentionLast[m];
      continue;
    }
    if (act !== null) continue;
    // "to deplore", "condemning", "that condemns"
    const w = v.lower(j);
    const form = lex.forms.get(w);
    const code = form && lex.verbs.get(form);
    if (!code || (v.pos(j) !== 'VERB' && !/ing$/.test(w))) continue;
    const prev = v.lower(j - 1);
    if (!(MOTION_OPENERS.has(prev) || /ing$/.test(w) || /s$/.test(w))) continue;
    act = code;
    actToken = j;
    object = objectOf(v, j + 1, hi);
  }
  return { direction, sources, act, actToken, object, holder, rule };
}

/**
 * The mention a motion's act is aimed at, inside its object noun phrase only: "deplore Ruritania",
 * "deplore the Ruritanian invasion" -> Ruritania; "deplore the invasion of Borduria" -> none (the
 * invasion is deplored, not its victim).
 */
function objectOf(v: View, from: number, hi: number): number | null {
  for (let k = from; k < Math.min(hi, from + 6); k++) {
    const m = v.mentionAt[k];
    if (m >= 0) return m;
    const p = v.pos(k);
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM' && p !== 'NOUN') return null;
  }
  return null;
}
