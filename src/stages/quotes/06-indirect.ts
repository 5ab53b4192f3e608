// Step 6 of the quote stage: reported speech without quotation marks — "Lavrov said that the talks
// went well", "He told reporters Russia was ready", "According to the ministry, the talks …" — kept
// as quotes with direct: false. Conservative on purpose: the subject must be a name, a personal
// pronoun or a noun naming a speaker, and the content must look like a clause, so that loose uses
// of "say" ("reports say") do not become quotes. Sentences are found by one regex over the text
// (the prefilter); only those sentences are looked at token by token.
import { sentenceAt, tokenAt } from '../../model/document.js';
import type { Doc, Quote } from '../../model/types.js';
import { subjectAfter, subjectBefore, type SpeakerSpan } from './03-speaker.js';
import type { LastSpeaker, Resolver } from './04-resolve.js';
import { INDIRECT_VERBS, ORG_NOUNS, PERSON_NOUNS, PRONOUN_GENDER } from './lexicon.js';
import { endsSentence, isStop, lower, word } from './tokens.js';

const PREFILTER = new RegExp(`\\b(?:${[...INDIRECT_VERBS].join('|')}|[Aa]ccording to)\\b`, 'g');
const TELL = new Set(['tell', 'tells', 'told']);

/** A subject that names a speaker: a name, a personal pronoun, or a person/organisation noun. */
function speakerLike(doc: Doc, span: SpeakerSpan | null): span is SpeakerSpan {
  if (!span) return false;
  const s = span.antecedent ?? span;
  const head = lower(doc, s.last - 1);
  if (s.last - s.first === 1 && PRONOUN_GENDER.has(head) && head !== 'it') return true;
  if (PERSON_NOUNS.has(head) || ORG_NOUNS.has(head)) return true;
  // a name: backed by an entity mention when the entity stages ran (a capitalised "Reports" is not one)
  const start = doc.tokens.start[s.first], end = doc.tokens.end[s.last - 1];
  if (doc.mentions.length) return doc.mentions.some((m) => m.start < end && m.end > start && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE' || m.type === 'NORP'));
  for (let i = s.first; i < s.last; i++) if (doc.tokens.pos[i] === 'PROPN' && i > 0 && !endsSentence(doc, i - 1)) return true;
  return false;
}

/** Token where the reported clause starts after the cue at `cue`, or -1. */
function clauseStart(doc: Doc, cue: number, end: number): number {
  let i = cue + 1;
  if (TELL.has(lower(doc, cue))) {
    // "told reporters (that) …": step over the listener
    if (i < end && doc.tokens.pos[i] === 'PRON') i++;
    else {
      while (i < end && (doc.tokens.pos[i] === 'DET' || doc.tokens.pos[i] === 'ADJ')) i++;
      while (i < end && (doc.tokens.pos[i] === 'NOUN' || doc.tokens.pos[i] === 'PROPN')) i++;
    }
  }
  while (i < end && doc.tokens.pos[i] === 'NOUN' && /day$/i.test(word(doc, i))) i++; // "said Tuesday"
  if (i >= end) return -1;
  if (lower(doc, i) === 'that') return i + 1 < end ? i + 1 : -1;
  // a bare clause: a subject and a verb within a few tokens
  const p = doc.tokens.pos[i];
  if (p !== 'PRON' && p !== 'PROPN' && p !== 'DET' && p !== 'NOUN') return -1;
  for (let j = i + 1; j < Math.min(end, i + 6); j++) {
    const q = doc.tokens.pos[j];
    if (q === 'AUX' || q === 'VERB') return i;
    if (q === 'PUNCT' || q === 'ADP' || q === 'SCONJ') return -1;
  }
  return -1;
}

export function indirectQuotes(doc: Doc, direct: readonly Quote[], resolver: Resolver, last: LastSpeaker | null): Quote[] {
  const out: Quote[] = [];
  const text = doc.text;
  let seen = -1;
  PREFILTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFILTER.exec(text))) {
    const si = sentenceAt(doc, m.index);
    if (si < 0 || si === seen) continue;
    const sent = doc.sentences[si];
    // sentences with quotation marks belong to the direct step
    if (direct.some((q) => q.start < sent.end && q.end > sent.start)) continue;
    const cue = tokenAt(doc, m.index);
    let end = sent.endToken;
    while (end > cue + 1 && (isStop(doc, end - 1) || doc.tokens.pos[end - 1] === 'PUNCT')) end--;
    let subj: SpeakerSpan | null = null;
    let from = -1;
    if (lower(doc, cue) === 'according') {
      // "According to X, …" at the start of the sentence
      if (cue !== sent.firstToken) continue;
      subj = subjectAfter(doc, cue + 2, end);
      if (!subj || subj.last >= end || word(doc, subj.last) !== ',') continue;
      from = subj.last + 1;
    } else {
      if (doc.tokens.pos[cue] !== 'VERB') continue;
      subj = subjectBefore(doc, cue, sent.firstToken);
      if (!speakerLike(doc, subj)) continue;
      from = clauseStart(doc, cue, end);
    }
    if (from < 0 || from >= end || end - from < 3 || endsSentence(doc, from)) continue;
    seen = si;
    const start = doc.tokens.start[from], stop = doc.tokens.end[end - 1];
    const ms = doc.tokens.start[subj!.first], me = doc.tokens.end[subj!.last - 1];
    const mention = { start: ms, end: me, text: text.slice(ms, me) };
    const ante = subj!.antecedent;
    const rs = ante ? doc.tokens.start[ante.first] : ms, re = ante ? doc.tokens.end[ante.last - 1] : me;
    const cs = doc.tokens.start[cue], ce = doc.tokens.end[lower(doc, cue) === 'according' ? cue + 1 : cue];
    out.push({
      start,
      end: stop,
      text: text.slice(start, stop),
      speaker: { entity: resolver.resolve(rs, re, text.slice(rs, re), start, last), mention },
      cue: { start: cs, end: ce, text: text.slice(cs, ce) },
      direct: false,
      fragment: false,
      source: { stage: 'quotes', rule: 'reported' },
    });
  }
  return out;
}
