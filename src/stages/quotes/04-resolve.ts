// Step 4 of the quote stage: resolve a speaker mention to an entity of the document.
// - a mention of the entity stages that overlaps the speaker span gives its entity directly (in a
//   long span, "Jo Doe of the Acme Institute", the first person that is not a possessor);
// - a capitalised name the entity stages did not mark ("said Skelly", a transcript's "KANE:") takes
//   the person (else organisation) named with that last word;
// - a pronoun ("he", "she") takes the last quoted speaker when it is close and no sentence since
//   names another person; else the leftmost person of compatible gender in its own sentence, then
//   in the sentences before it (the subject before an object; possessors, noun modifiers and names
//   inside quotation marks skipped). Gender comes from a common first name, the entity stages, or
//   an honorific. "they"/"it" take the organisation speaking nearby or opening their sentence;
// - "her campaign", "his aides" stand for the person the possessive names;
// - a description ("the spokesman", "Russia’s top diplomat", "the newspaper") takes the entity
//   whose role fits its head noun (and country, when the description has a possessor), else the
//   last quoted speaker of the right kind nearby, else stays a mention without an entity; an
//   organisation description ("the commission") takes the organisation named with that head word.
import type { Doc, Entity, EntityType, Mention } from '../../model/types.js';
import { sentenceAt, tokenAt } from '../../model/document.js';
import { COLLECTIVE_NOUNS, FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, ORG_NOUNS, PERSON_NOUNS, PRONOUN_GENDER, ROLE_SYNONYMS } from './lexicon.js';

/** Words that narrow a role's head noun: "prime minister", "foreign minister", "deputy leader". */
const ROLE_QUALIFIERS = new Set(['prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'deputy', 'vice', 'army', 'opposition']);

/** Words that open the tail of an organisation's name after its head word ("Mission in Afghanistan"). */
const NAME_TAILS = new Set(['in', 'of', 'for', 'on', 'to']);

export interface Resolver {
  /** entity id for the speaker span [start, end) of a quote that opens at `at`, or null */
  resolve(start: number, end: number, text: string, at: number, lastSpeaker: LastSpeaker | null): string | null;
  /** the leftmost person or organisation named outside quotation marks in sentence `s` (its subject, mostly), as a mention index */
  subjectOf(s: number, before?: number): number | null;
}

export interface LastSpeaker {
  entity: string;
  /** offset of the quote it said */
  at: number;
  paragraph: number;
}

/** Determiners of a description that introduces someone new. */
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
const PERSONISH: ReadonlySet<EntityType> = new Set(['PERSON']);
/** Organisation nouns of the press, whose statements are not read back to the organisation last named. */
const MEDIA_NOUNS = new Set(['newspaper', 'newspapers', 'paper', 'magazine', 'agency', 'website', 'site', 'outlet', 'channel', 'station', 'network', 'report', 'statement', 'communique', 'communiqué', 'declaration']);
/** "the 46-year-old" names a person */
const AGED = /^\d+-year-old$/;
const POSSESSIVE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([['his', 'm'], ['her', 'f']]);
const ORGISH: ReadonlySet<EntityType> = new Set(['ORG', 'GPE', 'NORP']);

/** A capitalised name of one to three words ("Skelly", "Jo Kane"). */
const NAME_TEXT = /^\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){0,2}$/u;

const genders = new WeakMap<Entity, 'm' | 'f' | null>();

/**
 * An entity's gender: a known first name first (the entity stages guess gender from nearby pronouns,
 * which can be wrong), else the entity stages' own, else an honorific (memoised).
 */
function genderOf(doc: Doc, e: Entity): 'm' | 'f' | null {
  let g = genders.get(e);
  if (g === undefined) genders.set(e, (g = byFirstName(doc, e) ?? e.gender ?? byTitle(doc, e)));
  return g;
}

function byTitle(doc: Doc, e: Entity): 'm' | 'f' | null {
  for (const i of e.mentions) {
    const m = doc.mentions[i];
    const before = doc.text.slice(Math.max(0, m.start - 6), m.start).trim().toLowerCase().split(/\s+/).pop() ?? '';
    const first = m.text.split(/\s+/)[0].toLowerCase();
    if (MALE_TITLES.has(before) || MALE_TITLES.has(first)) return 'm';
    if (FEMALE_TITLES.has(before) || FEMALE_TITLES.has(first)) return 'f';
  }
  return null;
}

/** A known first name: the first word of a mention of two words or more. */
function byFirstName(doc: Doc, e: Entity): 'm' | 'f' | null {
  for (const i of e.mentions) {
    const t = doc.mentions[i].text;
    if (t.indexOf(' ') < 0) continue;
    const first = t.slice(0, t.indexOf(' ')).toLowerCase();
    if (MALE_NAMES.has(first)) return 'm';
    if (FEMALE_NAMES.has(first)) return 'f';
  }
  return null;
}

/** Documents that speak for their author: "the statement said", "the communique added". */
const DOCUMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'report']);

/** The title word right before a name: "General X", "Capt. X", "Colonel-Major X". */
const TITLE_BEFORE = /([A-Z][a-z]+\.?(?:-[A-Z][a-z]+)?)\s+$/;

/** Those whose words are their organisation's. */
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** The text before a name that a description's common noun heads: "North Korea's state news agency " (not "… ambassador to "). */
const APPOSED_NAME = /\b(?!(?:for|from|with|and|the|against|into|about|over|under|than)\s)[a-z]{3,}\s+$/;

/** A description set off after a name: ", Russia's ambassador to the United States," (up to its comma). */
const APPOSITION = /^,\s+((?:the\s+|a\s+|an\s+)?[^,.;:“”"]{2,70}?)[,.]/;

export function createResolver(doc: Doc): Resolver {
  const mentions = doc.mentions;
  const byId = new Map<string, Entity>();
  for (const e of doc.entities) byId.set(e.id, e);
  const hasEntities = byId.size > 0;

  /**
   * entity of a mention overlapping [start, end): in a long span ("Jo Doe of the Acme Institute",
   * "Acme press secretary Jo Doe") the first person that is not a possessor or a noun modifier,
   * else the largest overlap
   */
  const overlapping = (start: number, end: number): string | null => {
    let best: string | null = null, bestLen = 0, person: string | null = null, count = 0, named: string | null = null;
    for (const m of mentions) {
      if (!m.entity || m.end <= start || m.start >= end) continue;
      count++;
      const len = Math.min(end, m.end) - Math.max(start, m.start);
      if (len > bestLen) (best = m.entity), (bestLen = len);
      if (!person && m.end <= end && byId.get(m.entity)?.type === 'PERSON' && !modifier(m.end)) person = m.entity;
      // ("North Korea's state news agency KCNA": the name a description ends on is whom it describes)
      if (m.start > start && m.end === end && APPOSED_NAME.test(doc.text.slice(start, m.start))) named = m.entity;
    }
    return count > 1 ? person ?? named ?? best : best;
  };

  /** nearest entity of the wanted types with a mention before `at` (outside the span), by gender */
  const nearest = (at: number, types: ReadonlySet<EntityType>, gender: 'm' | 'f' | null, within: number): string | null => {
    let best: string | null = null, bestAt = -1;
    for (const m of mentions) {
      if (!m.entity || m.end > at || m.start < at - within || m.start <= bestAt) continue;
      const e = byId.get(m.entity);
      if (!e || !types.has(e.type)) continue;
      if (gender) {
        const g = genderOf(doc, e);
        if (g && g !== gender) continue;
      }
      best = m.entity;
      bestAt = m.start;
    }
    return best;
  };

  /** whether offset `at` of sentence text [from, at) sits inside quotation marks */
  const quoted = (from: number, at: number): boolean => {
    let open = 0, straight = 0;
    for (let k = from; k < at; k++) {
      const c = doc.text.charCodeAt(k);
      if (c === 0x201c) open++;
      else if (c === 0x201d) open = open > 0 ? open - 1 : 0;
      else if (c === 0x22) straight ^= 1;
    }
    return open > 0 || straight === 1;
  };

  /** a mention ending at `end` is a possessor or a noun modifier ("Kane’s plan", "the Kane campaign chairman Ray Dunn"), not a subject */
  const modifier = (end: number): boolean => {
    const c = doc.text.charCodeAt(end);
    if ((c === 0x27 || c === 0x2019) && (doc.text[end + 1] === 's' || !/\w/.test(doc.text[end + 1] ?? ''))) return true;
    const t = tokenAt(doc, end);
    return t < doc.tokens.count && doc.tokens.start[t] <= end + 1 && (doc.tokens.pos[t] === 'NOUN' || doc.tokens.pos[t] === 'PROPN');
  };

  /**
   * The person a gendered pronoun at `start` most likely stands for: the sentence of the pronoun,
   * then the sentences before it, nearest sentence first; within a sentence the leftmost person
   * of compatible gender outside quotation marks (the subject before an object: "Lee hammered
   * Ford, calling him “reckless”, whom he described…" is Lee). Within `within` characters.
   */
  const subjectFirst = (start: number, gender: 'm' | 'f' | null, within: number, prefer: LastSpeaker | null = null, types = PERSONISH): string | null => {
    let s = sentenceAt(doc, start);
    if (s < 0) return nearest(start, types, gender, within);
    const limit = start - within;
    let end = start;
    for (; s >= 0 && doc.sentences[s].end > limit; s--) {
      const from = doc.sentences[s].start;
      // first mention at or after `from` (mentions are in text order)
      let lo = 0, hi = mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mentions[mid].start < from) lo = mid + 1;
        else hi = mid;
      }
      let first: string | null = null;
      for (let k = lo; k < mentions.length; k++) {
        const m = mentions[k];
        if (m.start >= end) break;
        if (!m.entity) continue;
        const e = byId.get(m.entity);
        if (!e || !types.has(e.type)) continue;
        if (gender) {
          const g = genderOf(doc, e);
          if (g && g !== gender) continue;
        }
        if (modifier(m.end) || quoted(from, m.start)) continue;
        // the last speaker wins in the sentence of its own quote ("“…,” said Dunn, a fellow of Kane’s")
        if (prefer && m.entity === prefer.entity && prefer.at >= from && prefer.at < doc.sentences[s].end) return prefer.entity;
        first ??= m.entity;
      }
      if (first) return first;
      end = from;
    }
    return null;
  };

  /**
   * The person last named before `at` whose mention passes `named` (given the role words the head
   * noun stands for), and who belongs to `of` when a qualifier names one.
   */
  const lastPerson = (head: string, at: number, of: string | null, named: (m: Mention, wanted: readonly string[]) => boolean): string | null => {
    let best: string | null = null;
    const wanted = ROLE_SYNONYMS.get(head) ?? [head];
    for (const m of mentions) {
      if (m.start >= at) break;
      if (!m.entity || m.kind === 'pronoun' || byId.get(m.entity)?.type !== 'PERSON') continue;
      if (named(m, wanted) && (!of || belongsTo(byId.get(m.entity)!, of, true))) best = m.entity;
    }
    return best;
  };

  /** the person last set off by a description with this head noun ("X, Russia's ambassador to Y,"), before `at` */
  const describedBefore = (head: string, at: number, of: string | null): string | null =>
    lastPerson(head, at, of, (m, wanted) => {
      if (doc.text.charCodeAt(m.end) !== 44) return false;
      const aside = APPOSITION.exec(doc.text.slice(m.end, Math.min(at, m.end + 80)));
      return !!aside && wanted.some((w) => aside[1].toLowerCase().includes(w));
    });

  /** the person last named after a title with this head noun ("General X" for "the general"), before `at` */
  const titledBefore = (head: string, at: number, of: string | null): string | null =>
    lastPerson(head, at, of, (m, wanted) => {
      const before = TITLE_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 24), m.start));
      return !!before && wanted.includes(before[1].toLowerCase());
    });

  /** the entity of the latest mention of one of `ids` before `at` */
  const nearestOf = (ids: ReadonlySet<string>, at: number): string | null => {
    let best: string | null = null;
    for (const m of mentions) {
      if (m.start >= at) break;
      if (m.entity && ids.has(m.entity) && m.kind !== 'pronoun') best = m.entity;
    }
    return best;
  };

  /**
   * The place (GPE or NORP) of a description's qualifying word ("the Nigerian president", "Senegal's
   * leader"), when `id`, the entity found inside [start, end), is one and does not cover its head noun.
   */
  const qualifyingPlace = (id: string, start: number, end: number, text: string): string | null => {
    const e = byId.get(id);
    // (also a region or a bloc's adjective: "a senior European diplomat", "a Western official")
    if (!e || e.type === 'PERSON') return null;
    const head = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
    if (!PERSON_NOUNS.has(head)) return null;
    for (const m of mentions) if (m.entity === id && m.start >= start && m.end <= end && m.end >= end - head.length) return null;
    return id;
  };

  /** nearest organisation before `start` named with the description's head word ("the commission" → "Election Commission") */
  const namedByHead = (start: number, head: string, within: number): string | null => {
    let best: string | null = null;
    for (const m of mentions) {
      if (m.start >= start) break;
      if (!m.entity || m.start < start - within) continue;
      const e = byId.get(m.entity);
      if (!e || !ORGISH.has(e.type)) continue;
      const ws = m.text.toLowerCase().split(/\s+/);
      // (the head ends the name, or its part before a tail: "United Nations Assistance Mission in Afghanistan")
      const at = ws.lastIndexOf(head);
      if (ws.length > 1 && at > 0 && (at === ws.length - 1 || NAME_TAILS.has(ws[at + 1]))) best = m.entity;
    }
    return best;
  };

  /** The organisation or state the sentence before the one at `start` opens with (its first name, no modifier), else null. */
  const openedBefore = (start: number): string | null => {
    const s = sentenceAt(doc, start);
    if (s <= 0) return null;
    const prev = doc.sentences[s - 1];
    for (const m of mentions) {
      if (m.start >= prev.end) break;
      if (m.start < prev.start || !m.entity || modifier(m.end)) continue;
      const type = byId.get(m.entity)?.type;
      return (type === 'ORG' || type === 'GPE') && !quoted(prev.start, m.start) ? m.entity : null;
    }
    return null;
  };

  /** `strict`: the possessor must be shown to be the person's (not just unknown) */
  const roleFits = (e: Entity, head: string, possessor: string | null, strict = false): boolean => {
    const wanted = ROLE_SYNONYMS.get(head) ?? [head];
    const fits = e.roles.some((r) => wanted.some((w) => r.title.toLowerCase().includes(w)));
    if (!fits) return false;
    return !possessor || belongsTo(e, possessor, strict);
  };

  /** Is the person's country or a role's body named `possessor`? (`strict`: unknown is no) */
  const belongsTo = (e: Entity, possessor: string, strict: boolean): boolean => {
    const country = e.country ? byId.get(e.country) : undefined;
    const ofs = e.roles.map((r) => (r.of ? byId.get(r.of) : undefined));
    const names = [country, ...ofs].filter((x): x is Entity => !!x).flatMap((x) => [x.name, ...x.mentions.map((i) => mentions[i].text)]);
    return (names.length === 0 && !strict) || names.some((n) => n.toLowerCase().startsWith(possessor));
  };

  /** "Tom Kane, a city official": the person whose name the description at `start` follows after a comma */
  const appositionOf = (start: number): string | null => {
    const comma = doc.text.lastIndexOf(',', start - 1);
    if (comma < 0 || doc.text.slice(comma + 1, start).trim() !== '') return null;
    for (const m of mentions) {
      if (m.start >= comma) break;
      if (m.entity && doc.text.slice(m.end, comma).trim() === '' && byId.get(m.entity)?.type === 'PERSON') return m.entity;
    }
    return null;
  };

  /** the person named in an apposition right after a description ending at `end`: "one of the victims, 94-year-old X, said" */
  const namedAfter = (end: number): string | null => {
    const rest = /^\s*,\s*(?:(?:an?|the)\s+)?(?:\d+-year-old\s+)?/.exec(doc.text.slice(end, end + 40));
    if (!rest) return null;
    const from = end + rest[0].length;
    for (const m of mentions) {
      if (m.start > from) break;
      if (m.start === from && m.entity && byId.get(m.entity)?.type === 'PERSON' && /^\s*,/.test(doc.text.slice(m.end, m.end + 3))) return m.entity;
    }
    return null;
  };

  /** the person (else organisation) with a name mention ending in `last`, the nearest before `at` first */
  const bySurname = (last: string, at: number): string | null => {
    let best: string | null = null, bestPerson = false, bestAt = -1;
    // a transcript's "KANE:" is matched without case
    const caps = last.length > 2 && last === last.toUpperCase();
    for (const m of mentions) {
      if (!m.entity || m.kind === 'pronoun') continue;
      const t = caps ? m.text.toUpperCase() : m.text;
      if (!(t === last || t.endsWith(' ' + last))) continue;
      const e = byId.get(m.entity);
      if (!e || (e.type !== 'PERSON' && e.type !== 'ORG')) continue;
      const person = e.type === 'PERSON';
      const d = m.start < at ? m.start : -1;
      if (best === null || (person && !bestPerson) || (person === bestPerson && d > bestAt)) (best = m.entity), (bestPerson = person), (bestAt = d);
    }
    return best;
  };

  return {
    subjectOf(si, before = Infinity) {
      const sent = doc.sentences[si];
      if (!sent) return null;
      for (let k = 0; k < mentions.length; k++) {
        const m = mentions[k];
        if (m.start >= sent.end || m.start >= before) break;
        if (m.start < sent.start || !m.entity) continue;
        const e = byId.get(m.entity);
        if (!e || (e.type !== 'PERSON' && e.type !== 'ORG')) continue;
        if (modifier(m.end) || quoted(sent.start, m.start)) continue;
        return k;
      }
      return null;
    },
    resolve(start, end, text, at, last) {
      if (!hasEntities) return null;
      const direct = overlapping(start, end);
      // "the Nigerian president", "Senegal's leader": a country that only qualifies a person noun
      // is the description's possessor, not its referent
      const nationOf = direct && qualifyingPlace(direct, start, end, text);
      if (direct && !nationOf) return direct;
      // a name the entity stages did not mark ("said Skelly" after "Bill Skelly"): the entity named with that last word
      if (NAME_TEXT.test(text)) {
        const named = bySurname(text.slice(text.lastIndexOf(' ') + 1), at);
        if (named) return named;
      }
      const words = text.toLowerCase().split(/\s+/);
      const head = words[words.length - 1];
      const g = PRONOUN_GENDER.get(head);
      // ("one of the surviving victims, 94-year-old X, said": the person named right after a description)
      if (!g) {
        const named = namedAfter(end);
        if (named) return named;
      }
      if (words.length === 1 && g) {
        if (g === 'm' || g === 'f') {
          if (last && at - last.at < 1500) {
            const e = byId.get(last.entity);
            if (e && e.type === 'PERSON') {
              const eg = genderOf(doc, e);
              if (!eg || eg === g) {
                // the last speaker, unless a sentence since names another person first
                return subjectFirst(start, g, start - last.at, last) ?? last.entity;
              }
            }
          }
          return subjectFirst(start, g, 3000);
        }
        if (g === 'p' || g === 'n') {
          if (last && at - last.at < 1000 && ORGISH.has(byId.get(last.entity)?.type ?? 'MISC')) return last.entity;
          // "The party is trying to convince the courts that they…": the organisation its own sentence opens with
          const s = sentenceAt(doc, start);
          if (s < 0) return null;
          const from = doc.sentences[s].start;
          for (const m of mentions) {
            if (m.start > from + 4) break;
            if (m.start >= from && m.entity && byId.get(m.entity)?.type === 'ORG' && m.end < start && !modifier(m.end)) return m.entity;
          }
          // "India's Ministry of External Affairs said it was expelling … It also said …": a sentence opened by "it"
          // is about the organisation or state the sentence before opened with (its first name, a time phrase aside)
          // (and so is one opened by the quote that "it" said: '"We have paused payments," it said')
          if (g === 'n' && s > 0 && (start - from < 4 || (at - from < 3 && at < start))) {
            const prev = doc.sentences[s - 1];
            for (const m of mentions) {
              if (m.start >= prev.end) break;
              if (m.start < prev.start || !m.entity) continue;
              const type = byId.get(m.entity)?.type;
              if (modifier(m.end)) continue;
              return (type === 'ORG' || type === 'GPE') && !quoted(prev.start, m.start) ? m.entity : null;
            }
          }
          return null;
        }
        return null;
      }
      // a description: role, then the last speaker of that kind
      const before = words.length > 1 ? words[0] : doc.text.slice(Math.max(0, start - 5), start).trim().toLowerCase().split(/\s+/).pop() ?? '';
      const poss = POSSESSIVE_GENDER.get(before);
      // "her campaign", "his aides": the person the possessive stands for
      if (poss && COLLECTIVE_NOUNS.has(head)) return this.resolve(start, start, poss === 'm' ? 'he' : 'she', at, last);
      // ("Senegal's leader"; "the bloc's top diplomat": a possessor after "the")
      const possWord = words.length > 1 && /[’']s$/.test(words[0]) ? words[0] : words.length > 2 && words[0] === 'the' && /[’']s$/.test(words[1]) ? words[1] : null;
      const possessor = nationOf ? byId.get(nationOf)!.name.toLowerCase() : possWord ? possWord.replace(/[’']s$/, '') : null;
      // ("“…,” the 67-year-old said" after "X told parliament …": an age alone describes the person the text is about
      // now, as "he" does, whatever the gender)
      if (AGED.test(head) && words.length === 2 && words[0] === 'the') return subjectFirst(start, null, 1500, last) ?? (last && at - last.at < 2500 && byId.get(last.entity)?.type === 'PERSON' ? last.entity : null);
      if (PERSON_NOUNS.has(head) || AGED.test(head)) {
        // "a ministry spokesperson", "another official": someone new and unnamed, not a person named
        // before, unless set off after a name ("Tom Kane, a city official")
        // ("a State Department spokesperson", whom nothing else names, speaks for the organisation; "a senior
        // State Department official" speaking on condition of anonymity does not)
        if (INDEFINITE.has(words[0])) return appositionOf(start) ?? (nationOf && SPOKES.has(head) && byId.get(nationOf)!.type === 'ORG' ? nationOf : null);
        // ("the former prime minister" is not the foreign minister: a qualifier of the head must be in the role too)
        const qual = words.length >= 2 ? words[words.length - 2] : '';
        const headFit = doc.entities.filter((e) => e.type === 'PERSON' && roleFits(e, head, possessor, nationOf !== null && byId.get(nationOf)!.type === 'ORG'));
        const fit = ROLE_QUALIFIERS.has(qual) ? headFit.filter((e) => e.roles.some((r) => r.title.toLowerCase().includes(qual))) : headFit;
        // (when only other kinds of that role are named, whoever spoke last is no better a guess: nobody)
        const qualifiedAway = fit.length === 0 && headFit.length > 0;
        if (fit.length === 1) return fit[0].id;
        // several fit ("the minister" after a foreign and a prime minister): the one named last before it
        if (fit.length > 1) {
          const ids = new Set(fit.map((e) => e.id));
          const recent = nearestOf(ids, start);
          if (recent) return recent;
        }
        // "Anatoly Antonov, Russia's ambassador to the United States, said …": a person described so before
        const described = describedBefore(head, start, nationOf ? possessor : null) ?? titledBefore(head, start, nationOf ? possessor : null);
        if (described && !qualifiedAway) return described;
        if (qualifiedAway) return null;
        // ("the Florida senator" whom no role names: not whoever spoke last; "the Republican nominee" may be)
        // (but "the Bulgarian economist", a demonym and an occupation after "X said …": whom the sentence right before is
        // about, when nothing ties them to another state)
        if (nationOf && byId.get(nationOf)!.type === 'GPE') {
          const s = mentions.some((m) => m.entity === nationOf && m.kind === 'demonym' && m.start >= start && m.end <= end) ? sentenceAt(doc, start) : -1;
          const about = s > 0 ? subjectFirst(start, null, start - doc.sentences[s - 1].start) : null;
          const country = about ? byId.get(about)?.country : null;
          return about && (!country || country === nationOf) ? about : null;
        }
        // ("a U.N. official" whom no role names speaks for the organisation)
        if (nationOf && byId.get(nationOf)!.type === 'ORG') return nationOf;
        // ("Josep Borrell said sanctions would … . “…,” the bloc's top diplomat told reporters": whom the sentence
        // right before is about, before whoever spoke last)
        // (not a description a proper name qualifies, "the Ohio senator", which may be someone unnamed)
        const s = /\s\p{Lu}/u.test(text) ? -1 : sentenceAt(doc, start);
        if (s > 0) {
          const about = subjectFirst(start, null, start - doc.sentences[s - 1].start);
          if (about) return about;
        }
        if (last && at - last.at < 2500 && byId.get(last.entity)?.type === 'PERSON') return last.entity;
        return null;
      }
      // "“…,” the communique said" after "X said in a communique …": the author of the last such document
      if (DOCUMENT_NOUNS.has(head) && words[0] === 'the') {
        const from = Math.max(0, start - 2000);
        let found = -1;
        const re = new RegExp(`\\b${head}\\b`, 'gi');
        for (let m = re.exec(doc.text.slice(from, start)); m; m = re.exec(doc.text.slice(from, start))) found = from + m.index;
        if (found >= 0) {
          const k = this.subjectOf(sentenceAt(doc, found), found);
          if (k !== null && mentions[k].entity && ORGISH.has(byId.get(mentions[k].entity!)?.type ?? 'MISC')) return mentions[k].entity;
        }
      }
      if (ORG_NOUNS.has(head)) {
        const named = words[0] === 'the' ? namedByHead(start, head, 3000) : null;
        if (named) return named;
        // ("The RSF rejected the finding. “…,” the group said", "“…,” its government said" after "Somaliland, which …,
        // said …": the organisation or state the sentence before opened with, before whoever spoke last)
        // (not a newspaper or a channel, which may be another outlet than the one the sentence before is about)
        if (!MEDIA_NOUNS.has(head) && ((words.length === 2 && (words[0] === 'the' || words[0] === 'its')) || (words.length === 1 && (before === 'the' || before === 'its')))) {
          const opened = openedBefore(start);
          if (opened) return opened;
        }
        if (last && at - last.at < 2500 && ORGISH.has(byId.get(last.entity)?.type ?? 'MISC')) return last.entity;
        return null;
      }
      return null;
    },
  };
}
