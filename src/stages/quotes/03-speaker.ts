// Step 3 of the quote stage: the speaker mention — the subject noun phrase of the cue. Before the
// cue it is read backwards ("Spokeswoman Haley Morris says", "Russia’s top diplomat said", "he
// later added", "Clinton, the Democratic nominee, said", "Smith, who leads the party, said"); after
// it, forwards ("said Lavrov", "according to the newspaper", "said the minister, Sergei Lavrov").
// A hand-written walker over POS tags: a dependency parser would be the textbook tool, but it costs
// far more than this stage's share of the time budget, and these few shapes cover news prose.
import type { Doc } from '../../model/types.js';
import { PRONOUN_GENDER, RELATIVE } from './lexicon.js';
import { isNpToken, lower, mentionBounds, parenOpen, word } from './tokens.js';

/** Token range [first, last) of a speaker mention. */
export interface SpeakerSpan {
  first: number;
  last: number;
  /** for a relative pronoun subject ("Obama, who said"): the noun phrase it stands for */
  antecedent?: SpeakerSpan;
}

const SKIP_BACK = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'would', 'will', 'again', 'once', 'previously', 'recently', 'further', 'simply', 'just', 'repeatedly', 'had', 'reportedly', 'publicly', 'earlier', 'separately', 'privately', 'flatly', 'quickly', 'often', 'frequently', 'has', 'been', 'being', 'not', 'never', "n't", 'did', 'does', 'do', 'could', 'may', 'might', 'should', 'can', 'already', 'first', 'only', 'even', 'still', 'however', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', '’s', "'s", '’re', "'re", '’ve', "'ve", '’ll', "'ll", '’d', "'d", 'are', 'am', '’m', "'m", 'n’t']);
const LINK = new Set(['of', 'for', 'at', 'from']);

/** Last words of time phrases between a subject and its verb, and the words they are made of. */
const TIME_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'morning', 'afternoon', 'evening', 'night', 'ago', 'today', 'yesterday', 'tonight', 'day', 'days', 'weekend', 'point', 'interview', 'statement']);
const TIME_START = new Set(['on', 'at', 'in', 'last', 'this', 'next', 'earlier', 'later', 'less', 'more', 'early', 'late']);
const SELF_TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ago', 'today', 'yesterday', 'tonight']);
const TIME_WORDS = new Set([...TIME_HEADS, 'on', 'at', 'in', 'last', 'this', 'next', 'the', 'a', 'an', 'earlier', 'later', 'less', 'more', 'than', 'early', 'late', 'few', 'several', 'same', 'one', 'two', 'three', 'that', 'his', 'her', 'their', 'its', 'separate', 'recent', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Determiners that stand alone as a subject: "Some chanted", "Many said", "Another notes". */
export const DET_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'another', 'several', 'few', 'both', 'all', 'one', 'none', 'each']);

/** Person nouns the tagger may read as adjectives: "the general said", "the official told". */
const ADJ_HEADS = new Set(['general', 'official', 'chief', 'military']);

const hasHead = (doc: Doc, a: number, b: number): boolean => {
  for (let i = a; i < b; i++) {
    const p = doc.tokens.pos[i];
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM') return true;
  }
  // ("the general": a determiner, then the last word)
  if (b - a >= 2 && doc.tokens.pos[a] === 'DET' && ADJ_HEADS.has(lower(doc, b - 1))) return true;
  return b - a === 1 && DET_SUBJECTS.has(lower(doc, a));
};

/** Noun phrase ending at token `end` (inclusive), read backwards; null when there is none. */
export function npBack(doc: Doc, end: number, floor: number): SpeakerSpan | null {
  if (end >= floor && word(doc, end) === ')') {
    // "Rep. Jane Doe (D-Md.)": the name before the parenthesis, which belongs to the mention
    const open = parenOpen(doc, end, floor);
    const np = open > floor ? npBack(doc, open - 1, floor) : null;
    return np ? { first: np.first, last: end + 1 } : null;
  }
  let i = end;
  while (i >= floor && i > end - 9) {
    if (isNpToken(doc, i)) i--;
    else if (LINK.has(lower(doc, i)) && i - 1 >= floor && isNpToken(doc, i - 1) && i < end && (doc.tokens.pos[i + 1] === 'PROPN' || (doc.tokens.pos[i + 1] === 'NUM' && i + 1 === end))) i--;
    else break;
  }
  let first = i + 1;
  // a name mention ending here reaches back over mistagged words
  const m = mentionBounds(doc).startTo[end];
  if (m >= floor && m < first) first = m;
  // never start on a possessive or link word
  while (first <= end && (LINK.has(lower(doc, first)) || word(doc, first) === '’s' || word(doc, first) === "'s")) first++;
  if (first > end || (!hasHead(doc, first, end + 1) && first !== m)) return null;
  return { first, last: end + 1 };
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const LONE_NAME_POS = new Set(['VERB', 'ADJ', 'NOUN', 'ADV']);
const LONE_NAME_AFTER = new Set([',', '.', ';', '(']);
const isSentenceEnd = (doc: Doc, i: number): boolean => {
  const w = word(doc, i);
  return w === '.' || w === '!' || w === '?' || w === '“' || w === '"';
};

/** Noun phrase starting at token `start`, read forwards. */
function npForward(doc: Doc, start: number, limit: number): SpeakerSpan | null {
  let i = start;
  const pron = i < limit && doc.tokens.pos[i] === 'PRON' && PRONOUN_GENDER.has(lower(doc, i));
  if (pron) return { first: i, last: i + 1 };
  // "according to his longtime physician": a possessive pronoun opens the phrase
  if (i + 1 < limit && POSSESSIVES.has(lower(doc, i)) && isNpToken(doc, i + 1)) i++;
  // a name mention starting here reaches over mistagged words
  const m = start < limit ? mentionBounds(doc).endFrom[start] : -1;
  if (m > start && m <= limit) i = m;
  // "said Skelly,", "Blunt, after a pause, said": a lone capitalised word the tagger took for a verb or adjective
  else if (i < limit && /^\p{Lu}\p{Ll}+$/u.test(word(doc, i)) && LONE_NAME_POS.has(doc.tokens.pos[i]) && i > 0 && !isSentenceEnd(doc, i - 1) && (i + 1 >= limit || LONE_NAME_AFTER.has(word(doc, i + 1)))) return { first: i, last: i + 1 };
  // "said Concord resident Jane Doe": a capitalised first word the tagger took for a verb or adjective
  else if (i + 1 < limit && /^\p{Lu}\p{Ll}+$/u.test(word(doc, i)) && (doc.tokens.pos[i] === 'VERB' || doc.tokens.pos[i] === 'ADJ') && isNpToken(doc, i + 1) && word(doc, i + 1) !== '.' && word(doc, i + 1) !== ',') i++;
  while (i < limit && i < start + 9) {
    if (isNpToken(doc, i) && !(word(doc, i) === '.' && i > start)) i++;
    else if (LINK.has(lower(doc, i)) && i > start && i + 1 < limit && isNpToken(doc, i + 1)) i++;
    else break;
  }
  let last = i;
  while (last > start && (LINK.has(lower(doc, last - 1)) || doc.tokens.pos[last - 1] === 'DET')) last--;
  if (last <= start || (!hasHead(doc, start, last) && last < m)) return null;
  // "said the minister, Sergei Lavrov": prefer the name in apposition
  let named = m > start;
  for (let k = start; k < last; k++) if (doc.tokens.pos[k] === 'PROPN') named = true;
  if (!named && last + 1 < limit && word(doc, last) === ',' && doc.tokens.pos[last + 1] === 'PROPN') {
    let j = last + 1;
    while (j < limit && doc.tokens.pos[j] === 'PROPN') j++;
    // ("according to his doctor, Kane is …": a name followed by its verb opens the next clause)
    const next = j < doc.tokens.count ? doc.tokens.pos[j] : '';
    if (next !== 'VERB' && next !== 'AUX') return { first: last + 1, last: j };
  }
  return { first: start, last };
}

/**
 * The subject of the cue whose first token is `cue`, looking back no further than `floor`.
 * Pronouns are returned alone; an apposition or relative clause between the subject and the verb
 * is stepped over.
 */
/** Token before a time phrase ending at token i ("on Friday", "at the time", "last week", "two weeks ago"), or i. */
function skipTime(doc: Doc, i: number, floor: number): number {
  // "who in 2010 said"
  if (i - 1 >= floor && /^(19|20)\d\d$/.test(word(doc, i)) && lower(doc, i - 1) === 'in') return i - 2;
  if (!TIME_HEADS.has(lower(doc, i))) return i;
  let j = i - 1;
  while (j >= floor && j > i - 6 && (TIME_WORDS.has(lower(doc, j)) || doc.tokens.pos[j] === 'NUM')) j--;
  // the phrase opens with a preposition or "last", "this", …, or is a bare day ("Kane Friday said")
  // and leaves a subject before it
  if (j < floor) return i;
  return SELF_TIME.has(lower(doc, i)) || TIME_START.has(lower(doc, j + 1)) ? j : i;
}

export function subjectBefore(doc: Doc, cue: number, floor: number): SpeakerSpan | null {
  let i = cue - 1;
  for (let k = 0; k < 3; k++) {
    while (i >= floor && (SKIP_BACK.has(lower(doc, i)) || doc.tokens.pos[i] === 'ADV')) i--;
    if (i < floor) return null;
    const t = skipTime(doc, i, floor);
    if (t === i) break;
    i = t;
  }
  const w = lower(doc, i);
  if (doc.tokens.pos[i] === 'PRON' && PRONOUN_GENDER.has(w)) return { first: i, last: i + 1 };
  // "I laughed and said": a verb coordinated with the cue shares its subject
  if (w === 'and' && i - 1 > floor && doc.tokens.pos[i - 1] === 'VERB') {
    const shared = subjectBefore(doc, i - 1, floor);
    if (shared && (doc.tokens.pos[shared.first] === 'PRON' || doc.tokens.pos[shared.last - 1] === 'PROPN')) return shared;
  }
  if (RELATIVE.has(w) && i > floor) {
    // "Obama, who called it …", "a message that said …": the relative pronoun is the subject and
    // stands for the noun phrase before it ("that" only right after a noun: not "said that")
    const before = word(doc, i - 1) === ',' ? i - 2 : i - 1;
    const p = before >= floor ? doc.tokens.pos[before] : '';
    if (w !== 'that' || (before === i - 1 && (p === 'NOUN' || p === 'PROPN'))) {
      const np = before >= floor ? npBack(doc, before, floor) : null;
      if (np && np.last === before + 1) return { first: i, last: i + 1, antecedent: np };
    }
    return null;
  }
  if (w === ')' && parenOpen(doc, i, floor) > floor) return npBack(doc, i, floor);
  if (w === ',') {
    // apposition or relative clause, maybe after an adverb aside ("Smith, meanwhile, who …,"):
    // find the comma that opens it, and the noun phrase before that
    const min = Math.max(floor, i - 24);
    let commas = 0;
    for (let j = i - 1; j >= min; j--) {
      const t = word(doc, j);
      if (t === ')') {
        const open = parenOpen(doc, j, min);
        if (open < 0) break;
        j = open;
        continue;
      }
      // (an abbreviation's full stop before a comma does not end the sentence: "Doe, R-Ky., said")
      if ((t === '.' && word(doc, j + 1) !== ',') || t === ';' || t === ':') break;
      if (t === ',' || (RELATIVE.has(t.toLowerCase()) && j < i)) {
        // "Salem, Ohio, Kane went after Bush, calling": an aside with a finite verb and no relative pronoun is a clause
        if (t === ',' && finiteAside(doc, j + 1, i)) break;
        const np = npBack(doc, j - 1, floor);
        if (np && np.last === j) {
          // "Britain's ambassador to the UN, Barbara Woodward, said": a person's name set off after a
          // description is the speaker the description introduces
          if (t === ',' && personNameSpan(doc, j + 1, i) && !inPersonName(doc, j - 1)) return { first: j + 1, last: i };
          return np;
        }
        if (t === ',' && ++commas > 2) break;
      }
    }
    return null;
  }
  const np = npBack(doc, i, floor);
  // "Protesters marching through the streets chanted": the noun phrase before a participle phrase
  if (np && np.first - 3 >= floor && doc.tokens.pos[np.first - 1] === 'ADP' && !CLAUSE_ADP.has(lower(doc, np.first - 1)) && doc.tokens.pos[np.first - 2] === 'VERB' && lower(doc, np.first - 2).endsWith('ing')) {
    const head = npBack(doc, np.first - 3, floor);
    if (head && head.last === np.first - 2) return head;
  }
  if (np) return np;
  // "Lynch said": a lone capitalised word opening the clause, which the tagger took for a verb or adjective
  if (/^\p{Lu}\p{Ll}+$/u.test(word(doc, i)) && (i === floor || CLAUSE_START.has(word(doc, i - 1))) && i === cue - 1) return { first: i, last: i + 1 };
  return null;
}

/** Are tokens [a, b) exactly a person's name (a PERSON mention)? */
function personNameSpan(doc: Doc, a: number, b: number): boolean {
  if (a >= b || mentionBounds(doc).endFrom[a] !== b) return false;
  const start = doc.tokens.start[a], end = doc.tokens.end[b - 1];
  return doc.mentions.some((m) => m.start === start && m.end === end && m.type === 'PERSON' && m.kind !== 'pronoun');
}

/** Is token k inside a person's name? */
function inPersonName(doc: Doc, k: number): boolean {
  const at = doc.tokens.start[k];
  return doc.mentions.some((m) => m.start <= at && at < m.end && m.type === 'PERSON' && m.kind !== 'pronoun');
}

/** Prepositions that also open clauses ("tweeted after Kane argued"). */
const CLAUSE_ADP = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'because', 'like', 'than']);

const CLAUSE_START = new Set(['.', '!', '?', ';', ':', ',', '“', '"', '”', 'and', 'but', 'And', 'But']);

/**
 * The first segment of an aside (up to a comma or relative pronoun in tokens [a, b)) is a clause
 * with a finite verb ("Salem, Ohio, Kane went after Bush, calling …"), not an apposition: it
 * opens with neither a verb, a preposition nor an adverb, and holds a verb that is not a
 * participle or an infinitive ("Doe, the only candidate to campaign there, said" is an apposition).
 */
const SUBJECT_POS = new Set(['PROPN', 'PRON', 'NOUN']);
function finiteAside(doc: Doc, a: number, b: number): boolean {
  if (a >= b) return false;
  const p0 = doc.tokens.pos[a];
  if (p0 === 'ADP' || p0 === 'ADV' || p0 === 'SCONJ' || p0 === 'VERB' || p0 === 'AUX') return false;
  for (let k = a; k < b; k++) {
    const w = lower(doc, k), p = doc.tokens.pos[k];
    if (w === ',' || RELATIVE.has(w) || w === 'whose' || w === 'whom') return false;
    // a lower-case verb right after its subject ("Kane went"): the tagger's verbs among capitalised words are often names
    if ((p === 'VERB' || p === 'AUX') && k > a && !/(ing|ed|en)$/.test(w) && w === word(doc, k) && SUBJECT_POS.has(doc.tokens.pos[k - 1])) return true;
  }
  return false;
}

/** The subject after an inverted cue ("said Lavrov") or the object of "according to". */
export function subjectAfter(doc: Doc, from: number, limit: number): SpeakerSpan | null {
  return npForward(doc, from, limit);
}
