// Step 5 of the quote stage: turn the mark spans into direct quotes with cue and speaker.
// For each span, in order: a cue right after the closing mark, else the nearest cue before the
// opening mark in its sentence, else a cue at the end of the previous paragraph ("He added:"),
// else the speaker of the sentence just before when it ends with its cue ("…, Kane writes. “…”"),
// else a "Name:" introduction, else — for a quote that stands as its own sentence — the speaker of
// the previous quote when it is in the same or the previous paragraph (a continued statement) —
// unless a sentence in between has a named subject of its own ("Dunn disagreed. “…”": train 10/11).
// Smaller shapes: a quote paragraph signed by a "- Name." paragraph, the possessor of a speech noun
// ("her remark that “…”"), the by-agent of a passive cue, the name that opens a sentence across
// verbless asides ("Doe, 22, of Flint, said"), a transcript turn ("“KANE: …"), a long subject after
// the quote ("“…,” Jo Doe of the Center for X wrote"), an absolute participle ("with Kane calling it
// “…”"), a participle after the quote (the subject of the quote's clause), a pronoun with a naming
// verb right before the quote ("what it calls “…”"), the possessor of a speech noun whose
// that-clause holds the quote ("Kane’s claim that there were “…”"), a phrase joined by "and" to the
// next quote (its speaker). Among several cues before a quote, one followed only by a comma or colon
// and one in a subordinate or non-restrictive relative clause that runs on to the quote come first.
// A quote after a connective ("But “…”", "Adding, “…”") continues the previous statement.
// A quote with no cue near it keeps no speaker (the subject of the sentence before was right only
// about half the time), except a paragraph that is nothing but the quote: it takes the person or
// organisation the paragraph before opens with (10 of 12 right on train).
// Rules that were right less than well over half of the time on the PolNeAR train split were cut
// back to the shapes where they are reliable: a wrong speaker is worse than none.
// Short phrases without a governing cue are kept as unattributed fragments (scare quotes, titles).
import { sentenceAt, tokenAt } from '../../model/document.js';
import type { Doc, Quote, TextSpan } from '../../model/types.js';
import type { MarkSpan } from './01-marks.js';
import { cueAfter, cueAt, cueBefore, cuesBefore, type CueHit } from './02-cues.js';
import { FRAGMENT_VERBS } from './lexicon.js';
import { DET_SUBJECTS, npBack, subjectAfter, subjectBefore, type SpeakerSpan } from './03-speaker.js';
import type { LastSpeaker, Resolver } from './04-resolve.js';
import { endsSentence, isDoubleMark, isNpToken, isQuoteMark, isStop, lower, mentionBounds, parenClose, parenOpen, word } from './tokens.js';

const END_PUNCT = /[.?!,…:;—–-]\s*$/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words inside the marks (a short count; the regex runs only over the quote). */
function countWords(text: string, cap: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n <= cap && WORD.exec(text)) n++;
  return n;
}

/**
 * A short phrase rather than a statement: one or two words, or up to eight that do not end like a
 * sentence and sit inside a sentence ("called the plan “a disaster”", "the “special operation”")
 * rather than after a colon or at the start of a paragraph (a headline quote).
 */
export function isFragment(inner: string, embedded: boolean): boolean {
  const n = countWords(inner, 9);
  return n <= 2 || (n <= 8 && embedded && !END_PUNCT.test(inner));
}

/** The mark at `at` follows a word or comma of its sentence (not a colon, a dash or a paragraph start). */
function embeddedAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && /[\p{L}\p{N},’'”")]/u.test(text[i]);
}

interface Attribution {
  cue: CueHit | null;
  subject: SpeakerSpan | null;
  rule: string;
}

const span = (doc: Doc, first: number, last: number): TextSpan => {
  const start = doc.tokens.start[first], end = doc.tokens.end[last - 1];
  return { start, end, text: doc.text.slice(start, end) };
};

/** Skips punctuation (commas, dashes) right after a closing mark. */
function skipPunct(doc: Doc, i: number, limit: number): number {
  while (i < limit && doc.tokens.pos[i] === 'PUNCT' && !isStop(doc, i) && word(doc, i) !== ':') i++;
  return i;
}

/** Rules that found the cue after the closing mark. */
const AFTER_RULES = new Set(['cue-after', 'cue-after-long', 'inverted-after', 'cue-after-aside', 'verb-after', 'according-after']);

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** A verb (not an auxiliary) at token i. */
const isVerb = (doc: Doc, i: number): boolean => doc.tokens.pos[i] === 'VERB';

/** The speaker-like subject: a name, a personal pronoun, or a noun phrase with a noun head. */
function plausible(doc: Doc, s: SpeakerSpan | null): s is SpeakerSpan {
  if (!s) return false;
  for (let i = s.first; i < s.last; i++) {
    const p = doc.tokens.pos[i];
    if (p === 'PROPN' || p === 'PRON' || p === 'NOUN') return true;
  }
  return s.last - s.first === 1 && DET_SUBJECTS.has(lower(doc, s.first));
}

function attribute(doc: Doc, s: MarkSpan, fragment: boolean, inQuote: (t: number) => boolean): Attribution | null {
  const paras = doc.paragraphs;
  const paraStart = tokenAt(doc, paras[s.paragraph].start);
  const paraEnd = tokenAt(doc, paras[s.lastParagraph].end);
  const first = tokenAt(doc, s.start);
  const after = tokenAt(doc, s.end);

  // -1. a transcript quoted whole: "“KANE: Well, look, …": the speaker's capitalised name and a colon open the quote
  {
    let k = first + 1;
    while (k < first + 4 && k < after && /^\p{Lu}[\p{Lu}’'.-]+$/u.test(word(doc, k))) k++;
    if (k > first + 1 && k < after && word(doc, k) === ':') return { cue: { first: k, last: k + 1, kind: 'colon' }, subject: { first: first + 1, last: k }, rule: 'transcript' };
  }
  // 0. "“…” ― Jane Doe": a dash after a quote that opens its sentence, then a name that ends the
  // paragraph (testimonials, epigraphs)
  if (after + 1 < paraEnd && DASHES.has(word(doc, after))) {
    const subj = subjectAfter(doc, after + 1, paraEnd);
    // the name ends its line, or is closed by a full stop, or the next testimonial's quote opens right after it
    const ends = subj && (lineEndsAt(doc, subj.last - 1, paraEnd) || isStop(doc, subj.last) || isDoubleMark(doc, subj.last));
    // the quote opens its sentence or line, or follows the previous testimonial's "― Name"
    const ms = first > 0 ? mentionBounds(doc).startTo[first - 1] : -1;
    const signedBefore = ms > 0 && DASHES.has(word(doc, ms - 1));
    // (a signature of two or more capitalised words is a name whatever type the entity stages gave it)
    if (subj && ends && subj.first === after + 1 && (startsSentence(doc, s) || lineEndsAt(doc, first - 1, first + 1) || signedBefore) && (namesSpeaker(doc, subj.first, subj.last) || capitalisedName(doc, subj.first, subj.last))) return { cue: { first: after, last: after + 1, kind: 'colon' }, subject: subj, rule: 'dash-name' };
  }
  // 0b. a quote that is its own paragraph, then a paragraph "- Jane Doe." or "— Jane Doe, Ohio."
  if (after >= paraEnd && s.lastParagraph + 1 < paras.length && first === paraStart) {
    const next = tokenAt(doc, paras[s.lastParagraph + 1].start);
    const nextEnd = tokenAt(doc, paras[s.lastParagraph + 1].end);
    if (next + 1 < nextEnd && DASHES.has(word(doc, next))) {
      const subj = subjectAfter(doc, next + 1, nextEnd);
      const close = subj ? (subj.last >= nextEnd ? ',' : word(doc, subj.last)) : '';
      if (subj && subj.first === next + 1 && (close === ',' || close === '.') && namesSpeaker(doc, subj.first, subj.last)) return { cue: { first: next, last: next + 1, kind: 'colon' }, subject: subj, rule: 'dash-name-paragraph' };
    }
  }
  // 1. after the closing mark: "“…,” Lavrov said", "“…,” said Lavrov", "“…” for the victory, Sanders said"
  let from = skipPunct(doc, after, paraEnd);
  const as = from + 1 < paraEnd && lower(doc, from) === 'as';
  if (as) from++; // "“…,” as Cruz said"
  // a quote closed by a full stop ends its sentence: a capitalised word after it starts the next one
  const closedSentence = /\.["”]?$/.test(doc.text.slice(s.start, s.end)) && from < paraEnd && /^\p{Lu}/u.test(word(doc, from)) && word(doc, from) !== 'I';
  const a = closedSentence ? shortClause(doc, from, paraEnd) : cueAfter(doc, from, paraEnd, fragment);
  if (a) {
    if (a.kind === 'verb' && a.first === from && lower(doc, a.first).endsWith('ing')) {
      // "… defended “New York values,” saying …": a participle after the quote has the subject of the quote's clause
      const cl = clauseSubject(doc, first - 1, paraStart, inQuote);
      if (cl) return { cue: a, subject: cl.subject, rule: 'participle-after' };
    } else if (a.kind === 'according' || a.first === from) {
      const subj = subjectAfter(doc, a.last, paraEnd);
      if (subj) return { cue: a, subject: subj, rule: a.kind === 'according' ? 'according-after' : 'inverted-after' };
    } else {
      let subj = subjectBefore(doc, a.first, from);
      // "“…,” Hoover said": a one-word capitalised name the tagger took for a verb or adjective
      if (!subj && a.first === from + 1 && /^\p{Lu}\p{Ll}+$/u.test(word(doc, from)) && doc.tokens.pos[from] !== 'PRON' && doc.tokens.pos[from] !== 'DET') subj = { first: from, last: from + 1 };
      // "“…,” Jane Doe and Jon Roe wrote", "the senator and candidate said": a coordinated subject
      if (subj && subj.first - 2 >= from && lower(doc, subj.first - 1) === 'and') {
        const left = npBack(doc, subj.first - 2, from);
        if (left && left.first === from) subj = { first: from, last: subj.last };
      }
      // ("“…,” his nephew Jon Doe added": a possessive pronoun may open the subject)
      const lead = subj && (subj.first === from || word(doc, subj.first - 1) === ',' || (subj.first === from + 1 && POSSESSIVE.has(lower(doc, from))));
      if (subj && lead) return { cue: a, subject: subj, rule: 'cue-after' };
      // "“…,” Blunt, after a long pause, said": a name the tagger missed, an aside between commas, then the cue
      if (!subj && word(doc, a.first - 1) === ',') {
        const named = subjectAfter(doc, from, a.first);
        if (named && named.first === from && word(doc, named.last) === ',' && named.last < a.first - 1) return { cue: a, subject: named, rule: 'cue-after-aside' };
      }
      // "“…” since 1945, saying X had failed": a participle after a comma has the subject of the quote's clause,
      // and the name after it is the subject of what it says
      if (!subj && word(doc, a.first - 1) === ',' && a.kind === 'verb' && lower(doc, a.first).endsWith('ing')) {
        const cl = clauseSubject(doc, first - 1, paraStart, inQuote);
        if (cl) return { cue: a, subject: cl.subject, rule: 'participle-after' };
      }
      // "“…” that the plan will fail, said Kane": an inverted cue after a comma (not "…, saying X had …": X's own clause)
      if (!subj && word(doc, a.first - 1) === ',') {
        const inv = subjectAfter(doc, a.last, paraEnd);
        const next = inv ? doc.tokens.pos[inv.last] : '';
        if (inv && plausible(doc, inv) && next !== 'VERB' && next !== 'AUX') return { cue: a, subject: inv, rule: 'inverted-after' };
      }
    }
  }
  // 1a0. "“…,” Jeffrey Lewis of the Center for Nonproliferation Studies wrote", "“…!” a welcome message
  // on the website reads": a long subject (names, nouns, prepositions, no verb or comma) from the
  // closing mark up to the cue
  if (!as && !closedSentence && (!a || a.first > from) && startsSentence(doc, s)) {
    const long = longSubject(doc, from, paraEnd, fragment);
    if (long) return long;
  }
  // 1a. "“…,” Blunt, after a long pause, said": a name, an aside between commas, then the cue
  if (!closedSentence && !a) {
    const subj = subjectAfter(doc, from, paraEnd);
    if (subj && subj.last < paraEnd && word(doc, subj.last) === ',') {
      const c = cueAfter(doc, subj.last + 1, paraEnd, fragment, 30);
      if (c && c.kind === 'verb' && word(doc, c.first - 1) === ',') return { cue: c, subject: subj, rule: 'cue-after-aside' };
    }
  }
  // 1b. "“…,” she recounted": a subject and any verb right after a quote that ends on a comma, when
  // the quote opens its sentence or the subject is a pronoun (a quote inside a clause — "… called
  // “distasteful,” Kane expressed a wish" — is seldom the next clause's statement)
  if (!as && !closedSentence && from < paraEnd && (/[,?!]["”]?$/.test(doc.text.slice(s.start, s.end)) || (after < paraEnd && word(doc, after) === ','))) {
    const subj = subjectAfter(doc, from, paraEnd);
    // ("“…?” Others saw the same thing": after a question or exclamation a capitalised word opens a new sentence)
    const newSentence = /[?!]["”]?$/.test(doc.text.slice(s.start, s.end)) && /^\p{Lu}/u.test(word(doc, from)) && word(doc, from) !== 'I';
    if (subj && !newSentence && (startsSentence(doc, s) || (subj.last - subj.first === 1 && doc.tokens.pos[subj.first] === 'PRON'))) {
      let v = subj.last;
      while (v < paraEnd && doc.tokens.pos[v] === 'ADV') v++;
      if (v < paraEnd && isVerb(doc, v) && plausible(doc, subj)) return { cue: { first: v, last: v + 1, kind: 'verb' }, subject: subj, rule: 'verb-after' };
    }
  }
  // 1c. "Pollsters agree - Carl Bialik: “…”", "More from Jones: “…”", "… surprise pollster Dan Shaw: “…”":
  // a name right before a colon that opens the quote (in its paragraph or closing the one before),
  // when no reporting verb governs the name ("told CNN:" is the cue's listener, not its speaker)
  if (!fragment) {
    const named = colonName(doc, first, paraStart, s.paragraph);
    if (named) return named;
  }
  // 2. before the opening mark, in the same sentence: the earliest cue with a subject (the main
  // reporting clause: "She said she asked the question “…”"); a participle ("…, calling him a
  // “loser”") has the subject of its clause
  const sentStart = sentenceStart(doc, first - 1, paraStart);
  // 1d. "her remark that “…”", "his words, “…”": a speech noun with a possessor right before the quote
  const owner = possessorBefore(doc, first, sentStart);
  if (owner) return owner;
  // "videos he calls “…”", "what it calls “…”": a pronoun and a naming verb right before the quote
  if (first - 2 >= sentStart && !inQuote(first - 1)) {
    const v = first - 1, p = first - 2;
    if (doc.tokens.pos[p] === 'PRON' && SUBJECT_PRONOUNS.has(lower(doc, p)) && FRAGMENT_VERBS.has(lower(doc, v)) && cueAt(doc, v, true, true) === 1) return { cue: { first: v, last: v + 1, kind: 'verb' }, subject: { first: p, last: p + 1 }, rule: 'pronoun-cue' };
  }
  const cues = clauseOrder(doc, cuesBefore(doc, first - 1, paraStart, fragment, inQuote), sentStart, first);
  // "…, the mother of three replied, “…”": a cue followed only by a comma or colon governs the quote it introduces
  const adjacent = cues.length > 1 ? cues[cues.length - 1] : null;
  if (adjacent && adjacent !== cues[0] && adjacent.kind === 'verb' && adjacent.last + 1 === first && (word(doc, adjacent.last) === ',' || word(doc, adjacent.last) === ':') && !lower(doc, adjacent.first).endsWith('ing')) {
    cues.splice(cues.indexOf(adjacent), 1);
    cues.unshift(adjacent);
  }
  for (const b of cues) {
    if (fragment && first - b.last > 12 && b !== cues[cues.length - 1] && !FAR_SAY.has(lower(doc, b.first))) continue;
    if (b.kind === 'according') {
      const subj = subjectAfter(doc, b.last, first);
      if (subj) return { cue: b, subject: subj, rule: 'according-before' };
      continue;
    }
    if (lower(doc, b.first).endsWith('ing')) {
      // "with Jane Doe calling it “…”", "– Kane saying he was “…”": an absolute participle has the noun phrase right before it
      const np = b.first > sentStart ? npBack(doc, b.first - 1, sentStart) : null;
      if (np && np.last === b.first && namesSpeaker(doc, np.first, np.last) && (np.first === sentStart || ABSOLUTE_BEFORE.has(lower(doc, np.first - 1)))) return { cue: b, subject: np, rule: 'participle-subject' };
      // "footage of Hillary Clinton asking, “…”": the name itself right before the participle
      const named = mentionBounds(doc).startTo[b.first - 1];
      if (named > sentStart && (!np || named > np.first) && ABSOLUTE_BEFORE.has(lower(doc, named - 1)) && namesSpeaker(doc, named, b.first)) return { cue: b, subject: { first: named, last: b.first }, rule: 'participle-subject' };
      const cl = clauseSubject(doc, b.first - 1, paraStart, inQuote);
      if (cl) return { cue: b, subject: cl.subject, rule: 'participle-before' };
      continue;
    }
    // a passive or reduced relative with its agent: "has been called “…” by Jane Doe", "seen by organizers as “…”"
    const agent = passiveAgent(doc, b, first, after, paraEnd, sentStart);
    if (agent) return { cue: b, subject: agent, rule: 'passive-by' };
    // "after the winner was declared": the subject of a passive cue is not its speaker
    if (isPassive(doc, b, sentStart)) continue;
    const subj = subjectBefore(doc, b.first, sentStart);
    // "a class called “Perception”": a naming participle after a noun names no speaker; the clause does
    if (subj && reducedNaming(doc, b, first)) continue;
    if (subj && word(doc, b.first - 1) === ',') {
      // "Jane Doe, 22, of Flint, Mich., said": the name that opens the sentence, not the last place
      const lead = leadSubject(doc, sentStart, subj.first);
      if (lead) return { cue: b, subject: lead, rule: 'cue-before-lead' };
    }
    if (subj) return { cue: b, subject: subj, rule: 'cue-before' };
    const prev = b.first - 1;
    if (prev < paraStart || endsSentence(doc, prev) || isQuoteMark(doc, prev)) {
      const inv = subjectAfter(doc, b.last, first);
      if (inv) return { cue: b, subject: inv, rule: 'inverted-before' };
    }
  }
  // 2b. the subject of the clause that holds the quote: "She called his actions “a crucial step”"
  const clause = clauseSubject(doc, first - 1, paraStart, inQuote, true);
  if (clause) return clause;
  if (fragment) return null;
  // 3. a cue closing the previous paragraph ("Cruz continued:")
  const opensParagraph = first === paraStart;
  if (opensParagraph && s.paragraph > 0) {
    const prevStart = tokenAt(doc, paras[s.paragraph - 1].start);
    const last = paraStart - 1;
    if (last >= prevStart && word(doc, last) === ':') {
      const c = cueBefore(doc, last - 1, prevStart, false, inQuote);
      if (c) {
        const subj = c.kind === 'according' ? subjectAfter(doc, c.last, last) : subjectBefore(doc, c.first, prevStart) ?? subjectAfter(doc, c.last, last);
        if (subj) return { cue: c, subject: subj, rule: 'cue-previous-paragraph' };
      }
      const cl = clauseSubject(doc, last - 1, prevStart, inQuote);
      if (cl) return { ...cl, rule: 'clause-previous-paragraph' };
    }
  }
  // 4. "Name: “…”"
  const colon = opensParagraph && s.paragraph > 0 ? paraStart - 1 : first - 1;
  if (colon >= 0 && word(doc, colon) === ':') {
    const subj = subjectBefore(doc, colon, Math.max(0, colon - 6));
    if (subj && (subj.first === 0 || isStop(doc, subj.first - 1) || doc.tokens.sentence[subj.first - 1] !== doc.tokens.sentence[subj.first]))
      return { cue: { first: colon, last: colon + 1, kind: 'colon' }, subject: subj, rule: 'colon' };
  }
  return null;
}

/** Cue b is a past participle after a form of "be" ("was declared", "were told"). */
function isPassive(doc: Doc, b: CueHit, sentStart: number): boolean {
  if (b.kind !== 'verb' || b.last - b.first !== 1) return false;
  const w = lower(doc, b.first);
  if (!(w.endsWith('ed') || w === 'told' || w === 'said' || w === 'written' || w === 'shown')) return false;
  // ("is reported to have called": a raising verb, whose subject is the speaker)
  if (b.last < doc.tokens.count && lower(doc, b.last) === 'to') return false;
  let k = b.first - 1;
  while (k > sentStart && doc.tokens.pos[k] === 'ADV') k--;
  return k >= sentStart && BE.has(lower(doc, k));
}

/** Auxiliaries and adverbs between a subject and its cue ("has said", "also wrote"). */
const AUX_BETWEEN = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'again', 'would', 'will', 'once', 'previously', 'recently', 'further']);

/** The long subject from token `from` to a reporting verb: only noun-phrase tokens, prepositions, "and", parentheses. */
function longSubject(doc: Doc, from: number, limit: number, fragment: boolean): Attribution | null {
  if (from >= limit || doc.tokens.pos[from] === 'ADP' || doc.tokens.pos[from] === 'PRON') return null;
  let i = from, head = false;
  const max = Math.min(limit, from + 30);
  const bounds = mentionBounds(doc);
  while (i < max) {
    const w = word(doc, i), p = doc.tokens.pos[i];
    if (w === '(') {
      const close = parenClose(doc, i, limit);
      if (close < 0) return null;
      i = close;
      continue;
    }
    const m = bounds.endFrom[i];
    if (m > i && m <= max) {
      head = true;
      i = m;
      continue;
    }
    if (isNpToken(doc, i)) {
      if (p === 'PROPN' || p === 'NOUN') head = true;
      i++;
      continue;
    }
    // (a symbol inside a name is usually a mis-decoded letter: "FranÃ§ois")
    if ((p === 'ADP' || p === 'CCONJ' || ((p === 'SYM' || p === 'X') && doc.tokens.pos[i - 1] === 'PROPN')) && i > from && i + 1 < max && isNpToken(doc, i + 1)) {
      i++;
      continue;
    }
    break;
  }
  if (!head || i - from < 2) return null;
  let end = i;
  while (end > from && (doc.tokens.pos[end - 1] === 'ADP' || doc.tokens.pos[end - 1] === 'DET' || doc.tokens.pos[end - 1] === 'CCONJ')) end--;
  if (end < i) return null;
  let v = i;
  while (v < max && v < i + 3 && (AUX_BETWEEN.has(lower(doc, v)) || doc.tokens.pos[v] === 'ADV')) v++;
  if (v >= limit) return null;
  const n = cueAt(doc, v, fragment, true);
  if (!n || lower(doc, v) === 'according') return null;
  return { cue: { first: v, last: v + n, kind: 'verb' }, subject: { first: from, last: end }, rule: 'cue-after-long' };
}

/** Words before the subject of an absolute participle ("with Kane calling it …"). */
const ABSOLUTE_BEFORE = new Set(['with', 'and', 'of', '–', '—', '-', ';', ':']);

/** Plain reporting verbs that govern a phrase quoted far into their clause ("Kane said in remarks that the party should back its “allies”"). */
const FAR_SAY = new Set(['said', 'says', 'told', 'tells']);

const DASHES = new Set(['―', '—', '–', '-', '--']);

/**
 * The name that opens the sentence and is closed by a comma, when only asides without a verb stand
 * between it and the subject found before the cue (ages, home towns, titles, "during a visit to X").
 */
function leadSubject(doc: Doc, sentStart: number, found: number): SpeakerSpan | null {
  const np = subjectAfter(doc, sentStart, found);
  if (!np || np.first !== sentStart || np.last >= found || word(doc, np.last) !== ',') return null;
  if (!namesSpeaker(doc, np.first, np.last)) return null;
  for (let i = np.last + 1; i < found; i++) {
    const p = doc.tokens.pos[i];
    if (p === 'VERB' || p === 'AUX' || RELATIVE_WORDS.has(lower(doc, i))) return null;
  }
  return np;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Verbs that name rather than report ("a plan called “…”"). */
const NAMING = new Set(['called', 'dubbed', 'labeled', 'labelled', 'named', 'termed', 'titled', 'entitled', 'branded', 'nicknamed', 'known']);

/** Cue b is a naming participle right after a noun, with the quote (or "a"/"the" and the quote) as its complement. */
function reducedNaming(doc: Doc, b: CueHit, quote: number): boolean {
  if (!NAMING.has(lower(doc, b.first)) || b.first < 1) return false;
  if (doc.tokens.pos[b.first - 1] !== 'NOUN') return false;
  let i = b.last;
  if (i < quote && (lower(doc, i) === 'as')) i++;
  if (i < quote && doc.tokens.pos[i] === 'DET') i++;
  return i === quote;
}

/**
 * The agent of a passive cue ("was asked by host Jane Doe", "has been called “…” by Kane") or of
 * a participle after a noun ("an option seen by organizers as “…”"): "by" right after the cue or
 * right after the closing mark, then a noun phrase.
 */
function passiveAgent(doc: Doc, b: CueHit, quote: number, after: number, paraEnd: number, sentStart: number): SpeakerSpan | null {
  if (b.kind !== 'verb' || b.first <= sentStart) return null;
  const w = lower(doc, b.first);
  if (!(w.endsWith('ed') || w.endsWith('en') || w === 'seen' || w === 'told' || w === 'said' || w === 'described')) return null;
  let k = b.first - 1;
  while (k > sentStart && doc.tokens.pos[k] === 'ADV') k--;
  const passive = BE.has(lower(doc, k)) || (doc.tokens.pos[k] === 'NOUN' && k === b.first - 1);
  if (!passive) return null;
  let by = -1;
  if (b.last < quote && lower(doc, b.last) === 'by') by = b.last;
  else {
    let j = after;
    if (j < paraEnd && word(doc, j) === ',') j++;
    if (j < paraEnd && lower(doc, j) === 'by') by = j;
  }
  if (by < 0) return null;
  const agent = subjectAfter(doc, by + 1, by < quote ? quote : paraEnd);
  return plausible(doc, agent) && agent.first === by + 1 ? agent : null;
}

/** Nouns for something said ("her remark that “…”"). */
const SPEECH_NOUNS = new Set(['remark', 'remarks', 'comment', 'comments', 'statement', 'statements', 'claim', 'claims', 'warning', 'words', 'promise', 'pledge', 'vow', 'assertion', 'insistence', 'argument', 'suggestion', 'declaration', 'prediction', 'accusation', 'charge', 'tweet', 'boast', 'admission', 'quip', 'slogan', 'message', 'motto', 'mantra', 'refrain', 'catchphrase', 'description', 'characterization', 'complaint', 'response', 'reply', 'answer', 'question', 'chant', 'chants']);

/** Possessive pronouns and the subject pronoun that resolves them. */
const POSSESSIVE = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['my', 'i'], ['our', 'we']]);

/** "her remark that “…”", "Kane’s words: “…”": the possessor of a speech noun right before the quote. */
function possessorBefore(doc: Doc, quote: number, sentStart: number): Attribution | null {
  // a linking word or mark is needed: "Kane’s comments “show bias”" makes the noun the quote's subject
  let i = quote - 1;
  if (i >= sentStart && !(word(doc, i) === ',' || word(doc, i) === ':' || lower(doc, i) === 'that')) {
    // "Kane’s claim that there have been “thousands of shootings”": the quote inside the noun's that-clause
    let j = i;
    while (j > sentStart && j > quote - 12 && lower(doc, j) !== 'that' && !isStop(doc, j) && !isQuoteMark(doc, j) && !(doc.tokens.pos[j] === 'VERB' && cueAt(doc, j, true))) j--;
    if (j <= sentStart || lower(doc, j) !== 'that' || !SPEECH_NOUNS.has(lower(doc, j - 1))) return null;
    i = j;
  }
  if (i < sentStart) return null;
  i--;
  if (i < sentStart + 1 || !SPEECH_NOUNS.has(lower(doc, i))) return null;
  const noun = i;
  let j = noun - 1;
  while (j > sentStart && doc.tokens.pos[j] === 'ADJ') j--;
  const w = lower(doc, j);
  if (POSSESSIVE.has(w) && doc.tokens.pos[j] === 'PRON') return { cue: { first: noun, last: noun + 1, kind: 'verb' }, subject: { first: j, last: j + 1 }, rule: 'possessor' };
  if ((w === '’s' || w === "'s" || w === '’' || w === "'") && j > sentStart) {
    const np = npBack(doc, j - 1, sentStart);
    if (np && np.last === j && namesSpeaker(doc, np.last - 1, np.last)) return { cue: { first: noun, last: noun + 1, kind: 'verb' }, subject: np, rule: 'possessor' };
  }
  return null;
}

/** Token i is the last of its paragraph or of its line. */
function lineEndsAt(doc: Doc, i: number, paraEnd: number): boolean {
  if (i + 1 >= paraEnd) return true;
  return doc.text.slice(doc.tokens.end[i], doc.tokens.start[i + 1]).includes('\n');
}

/** Tokens [first, last) are two to four capitalised names ("Ariana Huichapa"). */
function capitalisedName(doc: Doc, first: number, last: number): boolean {
  if (last - first < 2 || last - first > 4) return false;
  for (let i = first; i < last; i++) if (doc.tokens.pos[i] !== 'PROPN' || !/^\p{Lu}/u.test(word(doc, i))) return false;
  return true;
}

/** Named entity types that can speak. */
const SPEAKER_TYPES = new Set(['PERSON', 'ORG', 'NORP']);

/** Whether tokens [first, last) overlap a name mention of a person or organisation. */
function namesSpeaker(doc: Doc, first: number, last: number): boolean {
  const a = doc.tokens.start[first], b = doc.tokens.end[last - 1];
  for (const m of doc.mentions) {
    if (m.start >= b) break;
    if (m.end > a && m.kind !== 'pronoun' && SPEAKER_TYPES.has(m.type)) return true;
  }
  return false;
}

/** The name ending right before a colon that introduces the quote opening at token `first`. */
function colonName(doc: Doc, first: number, paraStart: number, paragraph: number): Attribution | null {
  let colon = first - 1;
  if (first === paraStart) {
    if (paragraph === 0) return null;
    colon = paraStart - 1;
  } else if (colon < paraStart) return null;
  if (colon < 1 || word(doc, colon) !== ':') return null;
  const floor = colon === paraStart - 1 ? tokenAt(doc, doc.paragraphs[paragraph - 1].start) : paraStart;
  let end = colon - 1;
  if (end >= floor && word(doc, end) === ')') {
    const open = parenOpen(doc, end, floor);
    if (open > floor) end = open - 1; // "Kane (R): “…”"
  }
  const np = end >= floor ? npBack(doc, end, floor) : null;
  // the head is a name ("Obama’s word:" names a possessor, not a speaker)
  if (!np || !namesSpeaker(doc, np.last - 1, np.last)) return null;
  // the name is its own phrase: a sentence start, a dash or a preposition ("More from Jones:") before it, or a verb that does not report
  // the name mention's own start: a dash is a noun-phrase token to npBack ("VOTERS CARE - Frank Newport:")
  const ms = mentionBounds(doc).startTo[np.last - 1];
  if (ms > np.first) np.first = ms;
  let before = np.first - 1;
  if (before > floor && lower(doc, before) === 'the') before--; // "told The Post:"
  if (before >= floor) {
    const p = doc.tokens.pos[before], w = lower(doc, before);
    // "said of Sanders:", "on CNN:", "told CNN:", "his aide:" name a topic, a channel or a listener
    if (p === 'PRON' || (p === 'ADP' && w !== 'from' && w !== 'by') || (p === 'PART' && w !== '’s' && w !== "'s") || p === 'AUX' || (p === 'DET' && w !== 'the')) return null;
    if (cueAt(doc, before, true, true)) return null;
  }
  return { cue: { first: colon, last: colon + 1, kind: 'colon' }, subject: np, rule: 'colon-name' };
}

/** Personal pronouns that can be the subject of a cue. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Relative pronouns that open a clause with its own cue after a comma ("…, which he called “…”", "said Kane, who added that “…”"). */
const WH_RELATIVE = new Set(['which', 'who', 'whom']);

/** Prepositions that open an introductory phrase closed by a comma. */
const INTRO_ADP = new Set(['in', 'at', 'on', 'during', 'for', 'with', 'without', 'from', 'despite', 'under', 'amid', 'by', 'to', 'of', 'into', 'over', 'against', 'among', 'following', 'ahead']);

/** Words that open a subordinate clause ("After Kane spoke, …", "… when she argued that “…”"). */
const SUBORDINATORS = new Set(['after', 'when', 'while', 'as', 'because', 'although', 'though', 'since', 'before', 'until', 'if', 'once', 'whereas', 'unless', 'whenever']);

/** First token of the sentence holding token `from`. */
function sentenceStart(doc: Doc, from: number, floor: number): number {
  let i = from;
  while (i > floor) {
    if (word(doc, i - 1) === ')') {
      // "Rep. Jane Doe (D-Md.) said": a full stop inside parentheses does not end the sentence
      const open = parenOpen(doc, i - 1, floor);
      if (open >= floor) {
        i = open;
        continue;
      }
    }
    // ("Kane, D-Va., as, …": an abbreviation's full stop before a comma ends nothing)
    if (endsSentence(doc, i - 1) && !(word(doc, i - 1) === '.' && word(doc, i) === ',')) break;
    i--;
  }
  return i;
}

/**
 * One past the comma that closes an introductory clause or phrase at the start of a sentence
 * ("After Trump argued that …, Rubio said", "Asked about it, Kane said", "Horrified at the idea,
 * Kane believes"); `start` when the sentence has none.
 */
function introEnd(doc: Doc, start: number, before: number): number {
  let i = start;
  while (i < before && (doc.tokens.pos[i] === 'CCONJ' || isQuoteMark(doc, i))) i++;
  if (i >= before) return start;
  const w = lower(doc, i), p = doc.tokens.pos[i];
  // ("In a preview for the show, Blige sings …": an introductory prepositional phrase)
  if (!(SUBORDINATORS.has(w) || (p === 'VERB' && (w.endsWith('ed') || w.endsWith('ing'))) || (p === 'ADP' && INTRO_ADP.has(w)))) return start;
  for (let j = i + 1; j < before; j++) if (word(doc, j) === ',') return j + 1;
  return start;
}

/**
 * Cues before a quote in the order to try them: the earliest of the main clause first (the main
 * reporting clause: "She said she asked the question “…”"), but not a cue inside an introductory
 * clause, and a later cue first when a subordinate clause opens before it and runs on to the quote
 * ("Axelrod tweeted after Clinton argued that “…”": the quote is in the subordinate clause).
 */
function clauseOrder(doc: Doc, cues: CueHit[], sentStart: number, quote: number): CueHit[] {
  if (cues.length === 0) return cues;
  const intro = introEnd(doc, sentStart, quote);
  let main = intro > sentStart ? cues.filter((c) => c.first >= intro) : cues;
  if (main.length === 0) main = cues;
  for (let k = main.length - 1; k > 0; k--) {
    const c = main[k];
    let sub = false;
    for (let i = main[k - 1].last; i < c.first && !sub; i++) {
      sub = (SUBORDINATORS.has(lower(doc, i)) && doc.tokens.pos[i] !== 'ADV') || (WH_RELATIVE.has(lower(doc, i)) && word(doc, i - 1) === ',');
      // "a woman asked for a photo and Kane said, “…”": a coordinated clause with its own subject
      // (the cue must be tagged a verb: "police shootings and protests demands that" coordinates nouns)
      if (!sub && doc.tokens.pos[i] === 'CCONJ' && doc.tokens.pos[c.first] === 'VERB') {
        const subj = subjectBefore(doc, c.first, i + 1);
        sub = !!subj && subj.first > i && plausible(doc, subj);
      }
    }
    if (!sub) continue;
    let closed = false;
    for (let i = c.last; i < quote && !closed; i++) closed = word(doc, i) === ',' && !isQuoteMark(doc, i + 1);
    if (!closed) return [c, ...main.filter((x) => x !== c)];
  }
  return main;
}

/**
 * After a quote closed by a full stop, a short sentence that is only a subject and its cue ("“….”
 * Kane said.", "“….” Kane said on Monday."): the quote's attribution, not a new statement.
 */
function shortClause(doc: Doc, from: number, limit: number): CueHit | null {
  const a = cueAfter(doc, from, limit, false, 8);
  if (!a || a.kind !== 'verb' || a.first === from) return null;
  // nothing or an adverbial after the cue: "said.", "said later.", "said on Monday." (not "said nothing.")
  const next = a.last < limit ? doc.tokens.pos[a.last] : 'PUNCT';
  if (next !== 'PUNCT' && next !== 'ADV' && next !== 'ADP') return null;
  for (let i = a.last; i < limit && i < a.last + 5; i++) {
    if (isStop(doc, i)) return a;
    const p = doc.tokens.pos[i];
    if (p === 'VERB' || p === 'AUX' || p === 'SCONJ' || word(doc, i) === ',' || lower(doc, i) === 'that') return null;
  }
  return null;
}

/**
 * The earliest verb of the sentence before token `from` that has a subject: the main clause's
 * subject is the usual source of a quote embedded in its sentence.
 */
function clauseSubject(doc: Doc, from: number, floor: number, inQuote: (t: number) => boolean, nearest = false): Attribution | null {
  if (from < floor || endsSentence(doc, from)) return null;
  let start = sentenceStart(doc, from, floor);
  // "Even its backers sounded wary: Jane Doe called it “…”": a colon ends the clause before it
  for (let i = from - 1; i > start; i--) if (word(doc, i) === ':' && !inQuote(i)) {
    start = i + 1;
    break;
  }
  const intro = introEnd(doc, start, from + 1);
  // the quote sits in the last clause that opens before it: "…, when Clinton called him “…”",
  // "Rubio, who he dubbed “…”", "He held up the sign — which read “…”"
  const open = nearest ? clauseOpen(doc, intro, from) : -1;
  if (open > intro) {
    const inner = verbSubject(doc, open, from, start, inQuote);
    if (inner) return inner;
  }
  return verbSubject(doc, intro, from, start, inQuote);
}

/** Words that open a clause inside a sentence. */
const CLAUSE_OPENERS = new Set(['when', 'while', 'though', 'although', 'because', 'after', 'before', 'since', 'whereas', 'unless', 'until', 'who', 'which', 'whom', 'where']);

/** Token where the last clause before token `to` opens (its opener), or -1. */
function clauseOpen(doc: Doc, from: number, to: number): number {
  for (let i = to; i > from; i--) {
    const w = lower(doc, i);
    // ("before", "since" as adverbs open nothing; the tagger calls "when", "where" adverbs too)
    if (CLAUSE_OPENERS.has(w) && (doc.tokens.pos[i] !== 'ADV' || w.startsWith('wh'))) {
      // "Cruz praised Bush, who ended his bid, as “…”": a relative clause closed before the quote is not its clause
      if (RELATIVE_WORDS.has(w) && i > from && word(doc, i - 1) === ',') {
        let closed = false;
        for (let j = i + 1; j < to && !closed; j++) closed = word(doc, j) === ',';
        if (closed) continue;
      }
      return i;
    }
  }
  return -1;
}

/** The earliest verb in tokens [from, to] with a plausible subject (looked for back to `start`). */
function verbSubject(doc: Doc, from: number, to: number, start: number, inQuote: (t: number) => boolean): Attribution | null {
  for (let i = from; i <= to; i++) {
    if (inQuote(i)) continue;
    if (!isVerb(doc, i)) {
      // a cue word right after a name the tagger took for a noun ("Politicos call this the “…”")
      const p = i > start ? doc.tokens.pos[i - 1] : '';
      // a progressive the tagger took for an adjective ("Kane is promising “jobs”")
      const progressive = i > start && BE.has(lower(doc, i - 1)) && /^[a-z]+ing$/.test(word(doc, i));
      if (!progressive && !((p === 'PROPN' || p === 'PRON') && cueAt(doc, i, true, true))) continue;
    }
    // passive ("troops were sent"): its subject is not the speaker
    if (i > start && BE.has(lower(doc, i - 1)) && !lower(doc, i).endsWith('ing')) continue;
    const subj = subjectBefore(doc, i, start);
    if (plausible(doc, subj)) return { cue: { first: i, last: i + 1, kind: 'verb' }, subject: subj, rule: 'clause-subject' };
  }
  return null;
}

export interface DirectState {
  last: LastSpeaker | null;
  /** the previous attributed statement, for continued quotes */
  prev: { speaker: Quote['speaker']; lastParagraph: number; end: number } | null;
}

export function directQuotes(doc: Doc, spans: readonly MarkSpan[], resolver: Resolver): Quote[] {
  const out: Quote[] = [];
  const starts = doc.tokens.start;
  // token -> inside some mark span? (spans are sorted and disjoint: binary search)
  const inQuote = (t: number): boolean => {
    const at = starts[t];
    let lo = 0, hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= at) lo = mid + 1;
      else if (spans[mid].start > at) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const state: DirectState = { last: null, prev: null };
  let sig: (SpeakerSpan & { cue: number }) | null = null;
  for (const s of spans) {
    const text = doc.text.slice(s.start, s.end);
    let fragment = isFragment(text.slice(1, s.closed ? -1 : undefined), embeddedAt(doc.text, s.start));
    const att = attribute(doc, s, fragment, inQuote);
    // a short quote with its own cue after it ("“Elections matter,” Kelly said.") is a statement
    if (fragment && att && AFTER_RULES.has(att.rule) && /[,?!]["”“]?$/.test(text)) fragment = false;
    let speaker: Quote['speaker'] = { entity: null, mention: null };
    let cue: TextSpan | null = null;
    let rule = fragment ? 'fragment' : 'unattributed';
    if (att && att.subject) {
      const m = span(doc, att.subject.first, att.subject.last);
      // a relative pronoun is the mention; the noun phrase it stands for gives the entity
      const ante = att.subject.antecedent;
      const r = ante ? span(doc, ante.first, ante.last) : m;
      // a possessive pronoun resolves as its subject form ("her remark" → "she")
      const rt = POSSESSIVE.get(r.text.toLowerCase()) ?? r.text;
      speaker = { entity: resolver.resolve(r.start, r.end, rt, s.start, state.last), mention: m };
      cue = att.cue ? span(doc, att.cue.first, att.cue.last) : null;
      rule = att.rule;
    } else if (!fragment && state.prev && state.prev.lastParagraph >= s.paragraph - 1 && (startsSentence(doc, s) || afterConnective(doc, s))) {
      speaker = state.prev.speaker;
      rule = 'continued';
      // unless a sentence after the previous quote is about someone else ("Dunn agreed. “…”")
      const k = newSubject(doc, s, state.prev.end, resolver);
      if (k !== null && doc.mentions[k].entity !== speaker.entity) {
        const m = doc.mentions[k];
        speaker = { entity: m.entity, mention: { start: m.start, end: m.end, text: m.text } };
        rule = 'sentence-subject';
      }
    } else if (!fragment && (sig = signedBefore(doc, s))) {
      // "…, the board writes. “It is a sign …”": the speaker of the sentence just before
      const m = span(doc, sig.first, sig.last);
      speaker = { entity: resolver.resolve(m.start, m.end, POSSESSIVE.get(m.text.toLowerCase()) ?? m.text, s.start, state.last), mention: m };
      cue = span(doc, sig.cue, sig.cue + 1);
      rule = 'sentence-before';
    } else if (!fragment && s.paragraph > 0 && doc.paragraphs[s.paragraph].start === s.start && s.end >= doc.paragraphs[s.lastParagraph].end - 1) {
      // a paragraph that is only a quote, after a paragraph about someone ("Dunn praised the plan.¶“We need it.”"): its subject
      const si = sentenceAt(doc, doc.paragraphs[s.paragraph - 1].end - 1);
      const k = si >= 0 ? resolver.subjectOf(si) : null;
      if (k !== null) {
        const m = doc.mentions[k];
        speaker = { entity: m.entity, mention: { start: m.start, end: m.end, text: m.text } };
        rule = 'paragraph-after';
      }
    }
    if (speaker.mention && !fragment) {
      state.prev = { speaker, lastParagraph: s.lastParagraph, end: s.end };
      if (speaker.entity) state.last = { entity: speaker.entity, at: s.start, paragraph: s.paragraph };
    }
    out.push({ start: s.start, end: s.end, text, speaker, cue, direct: true, fragment, source: { stage: 'quotes', rule } });
  }
  // "“a crisis” and “a disgrace,” Kane said": a phrase joined to the next quote by "and", "or" or a comma shares its speaker
  for (let k = out.length - 2; k >= 0; k--) {
    const q = out[k], next = out[k + 1];
    if (q.speaker.mention || !next.speaker.mention || next.start - q.end > 6) continue;
    // (within a paragraph: a quote that ends one is not joined to the quote that opens the next)
    if (!/^[ \t,]*(?:and|or)?[ \t,]*$/.test(doc.text.slice(q.end, next.start))) continue;
    q.speaker = next.speaker;
    q.cue = next.cue;
    q.source = { stage: 'quotes', rule: 'joined-quote' };
  }
  return out;
}

/**
 * The speaker of the sentence right before a quote in the same paragraph when that sentence ends
 * with its reporting verb or with "said Name": "…, the board writes. “…”", "…, said Jo Kane. “…”".
 */
function signedBefore(doc: Doc, s: MarkSpan): (SpeakerSpan & { cue: number }) | null {
  const first = tokenAt(doc, s.start);
  const p = first - 1;
  const paraStart = tokenAt(doc, doc.paragraphs[s.paragraph].start);
  if (p - 2 < paraStart || word(doc, p) !== '.') return null;
  const si = sentenceAt(doc, doc.tokens.start[p]);
  if (si < 0) return null;
  const floor = Math.max(paraStart, doc.sentences[si].firstToken);
  if (cueAt(doc, p - 1, false) > 0 && lower(doc, p - 1) !== 'according') {
    const subj = subjectBefore(doc, p - 1, floor);
    return subj && plausible(doc, subj) && namesSpeaker(doc, subj.first, subj.last) ? { ...subj, cue: p - 1 } : null;
  }
  const f = mentionBounds(doc).startTo[p - 1];
  return f > floor && cueAt(doc, f - 1, false) > 0 && lower(doc, f - 1) !== 'according' ? { first: f, last: p, cue: f - 1 } : null;
}

/** A name that is the subject of the sentence before the quote (or of the quote's own, before it), when that sentence starts after `after`. */
function newSubject(doc: Doc, s: MarkSpan, after: number, resolver: Resolver): number | null {
  let k = sentenceAt(doc, s.start);
  if (k < 0) return null;
  if (doc.sentences[k].start >= s.start - 1) k--;
  if (k < 0 || doc.sentences[k].start < after) return null;
  const m = resolver.subjectOf(k, s.start);
  if (m === null || doc.mentions[m].kind !== 'name') return null;
  // the name is a subject: it opens the sentence, or a verb follows it ("Dunn agreed", "Dunn also argues")
  if (doc.mentions[m].start <= doc.sentences[k].start + 4) return m;
  let t = tokenAt(doc, doc.mentions[m].end);
  if (t < doc.tokens.count && doc.tokens.pos[t] === 'ADV') t++;
  return t < doc.tokens.count && (doc.tokens.pos[t] === 'VERB' || doc.tokens.pos[t] === 'AUX') ? m : null;
}

/**
 * Only a connective stands between the end of the previous sentence and the quote: "But “…”",
 * "Specifically, “…”", "Adding, “…”" (a participle with no subject of its own continues the
 * previous statement).
 */
function afterConnective(doc: Doc, s: MarkSpan): boolean {
  let t = tokenAt(doc, s.start) - 1;
  if (t >= 0 && word(doc, t) === ',') t--;
  if (t < 1 || !(isStop(doc, t - 1) || isQuoteMark(doc, t - 1))) return false;
  const p = doc.tokens.pos[t], w = lower(doc, t);
  return p === 'CCONJ' || (p === 'ADV' && w.endsWith('ly')) || (p === 'VERB' && w.endsWith('ing') && CUE_PARTICIPLES.has(w));
}

const CUE_PARTICIPLES = new Set(['adding', 'saying', 'noting', 'continuing', 'concluding', 'explaining', 'insisting', 'warning', 'arguing', 'writing', 'stressing']);

/** The quote opens its paragraph or follows the end of a sentence. */
function startsSentence(doc: Doc, s: MarkSpan): boolean {
  const t = tokenAt(doc, s.start);
  if (t === 0 || doc.paragraphs[s.paragraph].start === s.start) return true;
  const w = lower(doc, t - 1);
  return isStop(doc, t - 1) || w === ':' || w === '”' || w === '"';
}
