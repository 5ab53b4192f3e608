// Step 4, references without a name: personal pronouns (he, she, him, her, his) and descriptions
// ("Russia's top diplomat", "the spokesman", "the foreign minister"). They get no entity here;
// the link stage resolves descriptions when the text supports it, the quotes stage pronouns.
// Also short forms of names found earlier: a person's surname alone ("Kulik"), the distinctive word
// of an organisation or operation ("Wagner" for "Wagner Group"), and acronyms the text defined.
import type { Mention } from '../../model/types.js';
import { isCap, PRONOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';
import { nameWord } from './rules.js';
import type { Candidate, Scan } from './scan.js';

const AGE_NUMBER = /^\d{1,3}$/;

/** Surnames, short forms and defined acronyms, over tokens not already in a mention. */
export function shortForms(s: Scan, accepted: Candidate[]): Candidate[] {
  const { low, tok, doc, kb } = s;
  const count = doc.tokens.count;
  const taken = new Uint8Array(count);
  for (const c of accepted) for (let t = c.a; t < c.b; t++) taken[t] = 1;
  const forms = new Map<string, Candidate>();
  // the last two words of a longer person's name ("Suu Kyi" of "Aung San Suu Kyi")
  const tails = new Map<string, Candidate>();
  for (const c of accepted) {
    const n = c.b - c.a;
    if (c.type === 'PERSON' && n >= 3 && c.kind === 'name' && isCap(tok[c.b - 2])) tails.set(low[c.b - 2] + ' ' + low[c.b - 1], { ...c, rule: 'surname' });
    if (c.type === 'PERSON' && n >= 2 && c.kind === 'name') forms.set(low[c.b - 1], { ...c, rule: 'surname' });
    // (a person's surname wins over an organisation named after them: "Trump" with "Trump Organization")
    else if (c.type === 'ORG' && c.rule === 'org-head' && n === 2 && !kb.aliases.has(low[c.a]) && !kb.demonymOf.has(low[c.a]) && forms.get(low[c.a])?.rule !== 'surname') forms.set(low[c.a], { ...c, rule: 'org-short' });
    else if (c.type === 'EVENT' && c.rule === 'operation' && n === 2) forms.set(low[c.b - 1], { ...c, rule: 'operation-short' });
    else if (c.kind === 'acronym' && c.rule === 'acronym-definition') forms.set(low[c.a], { ...c, rule: 'acronym-defined' });
  }
  // a person's given name alone ("Abiy" for "Abiy Ahmed"), when one person of the document has it and
  // it is no surname, known name or title; the link stage joins it only to that person
  const given = new Map<string, Candidate | null>();
  for (const c of accepted) {
    // (a known person, or one named after a title: not a headline's "Ted Cruz Refuses")
    if (c.type !== 'PERSON' || c.kind !== 'name' || c.b - c.a < 2 || !(c.kb || c.rule === 'title' || c.rule === 'honorific')) continue;
    const g = low[c.a];
    if (!isCap(tok[c.a]) || kb.aliases.has(g) || TITLE_HEADS.has(g) || TITLE_MODIFIERS.has(g)) continue;
    if (!given.has(g)) given.set(g, c);
    else {
      // (two people of that given name: it names neither)
      const o = given.get(g);
      if (o && low[o.b - 1] !== low[c.b - 1]) given.set(g, null);
    }
  }
  for (const [g, c] of given) if (c && !forms.has(g)) forms.set(g, { ...c, rule: 'given-name' });
  const out: Candidate[] = [];
  if (!forms.size) return out;
  for (let i = 0; i < count; i++) {
    if (taken[i] || !isCap(tok[i])) continue;
    const tail = tails.size && i + 1 < count && !taken[i + 1] ? tails.get(low[i] + ' ' + low[i + 1]) : undefined;
    if (tail && isCap(tok[i + 1]) && !(i > 0 && isCap(tok[i - 1]) && !taken[i - 1])) {
      out.push({ a: i, b: i + 2, type: 'PERSON', kind: 'name', kb: null, rule: 'surname', prio: 1 });
      i++;
      continue;
    }
    const f = forms.get(low[i]);
    if (!f) continue;
    if (f.kind !== 'acronym' && !nameWord(s, i)) continue;
    // (a given name stands alone: not a word of another name, "… al-Harith Mohamed")
    if (f.rule === 'given-name' && ((i > 0 && (isCap(tok[i - 1]) || low[i - 1] === '')) || (i + 1 < count && (isCap(tok[i + 1]) || low[i + 1] === '')))) continue;
    out.push({ a: i, b: i + 1, type: f.type, kind: f.kind, kb: null, rule: f.rule, prio: 1 });
  }
  return out;
}

/** Pronoun and description mentions (they may nest over a name, as "Russia" in "Russia's top diplomat"). */
export function references(s: Scan, names: Candidate[], out: Mention[]): void {
  const { low, tok, doc } = s;
  const { count, start, end } = doc.tokens;
  const nameEndingAt = new Map<number, Candidate>();
  const nameStartingAt = new Set<number>();
  for (const c of names) {
    nameEndingAt.set(c.b, c);
    nameStartingAt.add(c.a);
  }
  const push = (a: number, b: number, kind: 'pronoun' | 'description', rule: string) =>
    out.push({ start: start[a], end: end[b - 1], text: doc.text.slice(start[a], end[b - 1]), type: 'PERSON', kind, kb: null, entity: null, metonymOf: null, source: { stage: 'entities', rule } });
  for (let i = 0; i < count; i++) {
    const k = low[i];
    if (PRONOUNS.has(k)) {
      push(i, i + 1, 'pronoun', 'pronoun');
      continue;
    }
    // descriptions: "the [modifiers] head" or "<place>'s [modifiers] head"
    let a = -1;
    let j = i;
    if (k === 'the') {
      a = i;
      j = i + 1;
    } else if ((k === "'s" || k === '’s') && nameEndingAt.has(i)) {
      const c = nameEndingAt.get(i)!;
      if (c.type !== 'GPE' && c.type !== 'ORG') continue;
      a = c.a;
      j = i + 1;
    } else continue;
    // ("the 67-year-old", "the 74-year-old former diplomat": an age before the head, or alone)
    const aged = k === 'the' && j + 4 < count && AGE_NUMBER.test(low[j]) && low[j + 1] === '' && low[j + 2] === 'year' && low[j + 3] === '' && low[j + 4] === 'old';
    if (aged) j += 5;
    while (j < count && TITLE_MODIFIERS.has(low[j]) && !isCap(tok[j])) j++;
    if (aged && (j >= count || !TITLE_HEADS.has(low[j]))) {
      // (an age alone describes a person, resolved by the link stage like a pronoun; not "the 30-year-old war")
      if (j >= count || !(doc.tokens.pos[j] === 'NOUN' || doc.tokens.pos[j] === 'ADJ' || doc.tokens.pos[j] === 'PROPN')) push(a, j, 'description', 'aged');
      continue;
    }
    if (j >= count || !TITLE_HEADS.has(low[j]) || isCap(tok[j])) continue;
    const headEnd = j + 1;
    // "the spokesman, Haley Morris": a title of the following name, not a description
    let n = headEnd;
    if (tok[n] === ',') n++;
    if (nameStartingAt.has(n) || (n < count && nameWord(s, n))) continue;
    // plural or generic: "the minister's" is fine, "the ministers" is not a head
    push(a, headEnd, 'description', 'description');
    i = headEnd - 1;
  }
}
