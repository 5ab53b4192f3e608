// Step 2, rules: people after titles and honorifics ("Foreign Minister Ana Kulik", "Mr. Smith"),
// organisations by head word ("... Group", "Council of ..."), named operations and summits,
// code names ("G7"), acronym definitions ("Long Form (ACR)"), and unknown people by a first
// name the KB knows. Each rule is a small scan over the token keys; no regex per token.
import { BODY_AFTER_TITLE, COMPASS, EVENT_HEADS, HONORIFICS, initialsCover, isCap, NATIONAL_BODY_HEADS, isUpperWord, MONTHS, NAME_CONNECTORS, OF_PLACE_HEADS, ORG_HEADS, PLACE_HEADS, RANK_PARTS, TITLE_HEADS, WEEKDAYS } from './lexicon.js';
import type { Scan } from './scan.js';

const TAIL_CONNECTORS = new Set(['of', 'for', 'on', 'in']);

/** Words of a ministry's or office's portfolio after "Minister of", "Secretary of" (not names). */
const PORTFOLIO = new Set(
  ('state foreign affairs defence defense finance interior justice health education trade industry economy economic energy ' +
    'agriculture staff commerce labor labour transport transportation home environment culture information security ' +
    'homeland treasury development planning communications housing tourism fisheries mines mining petroleum oil water ' +
    'public works internal external national international cooperation relations and').split(' '),
);

/**
 * End of a person's name starting at token j: up to four capitalised proper nouns not already in a
 * name and not organisation head words, a hyphen without spaces joining two of them ("Hans-Peter",
 * "Shea-Porter"). With `firstName`, the word at j is a first name the KB knows, and a hyphen right
 * after it joins only another first name followed by a surname ("Hans-Peter Bartels", not "the
 * Clinton-Sanders race").
 */
function personNameEnd(s: Scan, j: number, sEnd: number, covered: Uint8Array, firstName = false): number {
  if (!personWord(s, j, sEnd, covered)) return j;
  let e = j + 1;
  if (!firstName) e = hyphenParts(s, e, sEnd, covered);
  else if (hyphenJoins(s, e) && personWord(s, e + 1, sEnd, covered) && s.kb.firstNames.has(s.low[e + 1]) && personWord(s, e + 2, sEnd, covered)) e += 2;
  for (let words = 1; words < 4 && personWord(s, e, sEnd, covered); words++) e = hyphenParts(s, e + 1, sEnd, covered);
  return e;
}

/** A word that can go on a person's name at k: a capitalised proper noun not in a name yet and no organisation head. */
function personWord(s: Scan, k: number, sEnd: number, covered: Uint8Array): boolean {
  return k < sEnd && nameWord(s, k) && !covered[k] && s.doc.tokens.pos[k] === 'PROPN' && !ORG_HEADS.has(s.low[k]);
}

/** Past the hyphenated parts at k ("-Bek", "-Porter"): a hyphenated part belongs to the word before it. */
function hyphenParts(s: Scan, k: number, sEnd: number, covered: Uint8Array): number {
  while (k + 1 < sEnd && hyphenJoins(s, k) && personWord(s, k + 1, sEnd, covered)) k += 2;
  return k;
}

/** "Yunus-Bek": a hyphen at token h written without spaces between two name words. */
function hyphenJoins(s: Scan, h: number): boolean {
  const { start, end } = s.doc.tokens;
  return s.tok[h] === '-' && end[h - 1] === start[h] && end[h] === start[h + 1] && nameWord(s, h + 1);
}

/** A capitalised word that can be part of a name (not a month, weekday, title or quote mark). */
export function nameWord(s: Scan, i: number): boolean {
  const t = s.tok[i];
  if (!t || !isCap(t)) return false;
  const k = s.low[i];
  return !MONTHS.has(k) && !WEEKDAYS.has(k) && !TITLE_HEADS.has(k) && !HONORIFICS.has(k);
}

const TITLE_OR_HONORIFIC = 1, ORG_HEAD = 2, EVENT_HEAD = 4, OPERATION = 8, NAMED_AFTER = 16, PLACE_HEAD = 32, NATIONAL_BODY = 64;
/** The rule classes of each word that can start a rule: title or honorific, organisation head, event head, "operation", a kind noun before a name. */
const WORD_CLASS = new Map<string, number>();
const addClass = (words: Iterable<string>, bit: number) => {
  for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
};
addClass(TITLE_HEADS, TITLE_OR_HONORIFIC);
addClass(HONORIFICS.keys(), TITLE_OR_HONORIFIC);
addClass(ORG_HEADS, ORG_HEAD);
addClass(EVENT_HEADS, EVENT_HEAD);
addClass(PLACE_HEADS, PLACE_HEAD);
addClass(['operation'], OPERATION);
addClass(NATIONAL_BODY_HEADS, NATIONAL_BODY);
/** lower-case kind nouns an organisation's name may follow directly ("the mission Takar", "the militia Red Hand", "the broadcaster TV Nord") */
addClass(['mission', 'militia', 'movement', 'group', 'coalition', 'alliance', 'broadcaster', 'newspaper', 'channel', 'network', 'outlet', 'daily', 'magazine', 'company', 'firm', 'bank', 'airline', 'agency', 'charity', 'watchdog'], NAMED_AFTER);

/**
 * Runs the rules over the document. The loop only dispatches; each rule is its own small
 * function, so that V8 recompiles only the rule a later document first exercises.
 */
export function rules(s: Scan): void {
  const { low, tok, doc } = s;
  const { count, sentence } = doc.tokens;
  const covered = new Uint8Array(count);
  for (const c of s.cands) if (c.prio >= 3) for (let t = c.a; t < c.b; t++) covered[t] = 1;
  for (let i = 0; i < count; i++) {
    // one lookup tells whether the word can start any of the rules below (most words start none)
    const cls = WORD_CLASS.get(low[i]) ?? 0;
    if (!cls && tok[i] !== '(' && !codeName(tok[i])) continue;
    const sEnd = doc.sentences[sentence[i]]?.endToken ?? count;
    // people after a title or honorific, and before a title in apposition
    if (cls & TITLE_OR_HONORIFIC) {
      personAfterTitle(s, i, sEnd, covered);
      personBeforeTitle(s, i, covered);
    }
    // named operations: "Operation Desert Storm"
    if (cls & OPERATION && isCap(tok[i]) && nameWord(s, i + 1)) operation(s, i, sEnd);
    // code names: G7, G20, P5, G5-Sahel (the ones the KB knows are its)
    if (codeName(tok[i]) && !s.kb.aliases.has(low[i])) s.cands.push({ a: i, b: i + 1, type: 'ORG', kind: 'name', kb: null, rule: 'code-name', prio: 2 });
    // organisations by head word
    if (cls & ORG_HEAD && isCap(tok[i])) orgByHead(s, i, sEnd);
    // "the Grand Ethiopian Renaissance Dam", "Snake Island": a built or natural place by its head word
    if (cls & PLACE_HEAD && isCap(tok[i])) orgByHead(s, i, sEnd, 'LOC');
    // a state's ministry or treasury, in any case: "Rwanda's foreign ministry", "the U.S. Treasury"
    if (cls & NATIONAL_BODY) nationalBody(s, i);
    // named events: "the Russia-Africa summit", "Munich Security Conference"
    if (cls & EVENT_HEAD && (low[i] === 'summit' || isCap(tok[i]))) namedEvent(s, i);
    // acronym definitions: "Long Form (ACR)"
    if (tok[i] === '(' && i + 2 < count && tok[i + 2] === ')' && isUpperWord(tok[i + 1]) && tok[i + 1].length <= 8) acronymDefinition(s, i);
    // an organisation named after its kind: "the special forces mission Takar", "the militia Red Hand"
    if (cls & NAMED_AFTER && !isCap(tok[i])) kindApposition(s, i, sEnd, covered);
  }
  peopleByFirstName(s, covered);
}

/**
 * "Volker Turk, the UN High Commissioner for Human Rights", "Redwan Hussien, Ethiopia's national
 * security adviser": two or three proper nouns set off by a comma before a title (head at i) are a person.
 */
function personBeforeTitle(s: Scan, i: number, covered: Uint8Array): void {
  const { low, tok } = s;
  const { pos, sentence } = s.doc.tokens;
  // back over the title's words to its determiner, or to the comma when a possessor opens it
  let k = i - 1;
  for (let steps = 0; k >= 0 && tok[k] !== ',' && low[k] !== 'the' && low[k] !== 'a' && low[k] !== 'an'; k--, steps++) {
    if (steps === 4 || !/^[\p{L}'’.-]+$/u.test(tok[k])) return;
  }
  if (low[k] === 'the' || low[k] === 'a' || low[k] === 'an') k--;
  if (k < 2 || tok[k] !== ',') return;
  let a = k;
  while (a - 1 >= 0 && k - a < 3 && sentence[a - 1] === sentence[i] && nameWord(s, a - 1) && pos[a - 1] === 'PROPN' && !covered[a - 1]) a--;
  // (two words or three, that follow no other capitalised word: not the end of a longer name)
  if (k - a < 2 || (a > 0 && sentence[a - 1] === sentence[a] && isCap(tok[a - 1]))) return;
  s.cands.push({ a, b: k, type: 'PERSON', kind: 'name', kb: null, rule: 'title-apposition', prio: 1 });
}

/** "Foreign Minister Ana Kulik", "Mr. Smith", "Secretary of State X": the name after the title at i. */
function personAfterTitle(s: Scan, i: number, sEnd: number, covered: Uint8Array): void {
  const { low, tok } = s;
  const pos = s.doc.tokens.pos;
  let j = i + 1;
  if (tok[j] === ',') j++;
  // "Colonel-Major X", "Lieutenant-General X": a hyphenated rank
  while (tok[j] === '-' && RANK_PARTS.has(low[j + 1] ?? '')) j += 2;
  if (low[j] === 'of' && isCap(tok[j + 1] ?? '')) {
    // "Secretary of State X", "Minister of Foreign Affairs X", "Minister of Trade and Industry X"
    let p = j + 1;
    while (PORTFOLIO.has(low[p]) && (isCap(tok[p]) || low[p] === 'and')) p++;
    if (p > j + 1 && low[p - 1] !== 'and') j = p;
    else if (isCap(tok[j + 2] ?? '')) j += 2;
  }
  // ("General Staff", "General Assembly", "General Motors": a title word that names a body with the word after it)
  if (BODY_AFTER_TITLE.has(low[j])) return;
  const e = personNameEnd(s, j, sEnd, covered);
  // "Hassan Sheikh Mohamud": "Sheikh" after a given name is a word of the name
  const from = low[i] === 'sheikh' && isCap(tok[i]) && i > 0 && pos[i - 1] === 'PROPN' && isCap(tok[i - 1]) && !covered[i - 1] && !TITLE_HEADS.has(low[i - 1]) && s.doc.tokens.sentence[i - 1] === s.doc.tokens.sentence[i] ? i - 1 : j;
  // a lower-case title ("the president Executive Order") needs a two-word name
  if (e > j && (isCap(tok[i]) || e - j >= 2)) s.cands.push({ a: from, b: e, type: 'PERSON', kind: 'name', kb: null, rule: HONORIFICS.has(low[i]) ? 'honorific' : 'title', prio: 4 });
}

/** Words that qualify a national body's head: "foreign ministry", "security cabinet". */
const BODY_MODIFIERS = new Set(
  'foreign defence defense health interior finance justice security war emergencies emergency information communication communications education agriculture energy economy trade home state'.split(' '),
);

/**
 * "Rwanda's foreign ministry", "the Sudanese Foreign Ministry", "the U.S. Treasury", "Israel's
 * security cabinet" (a state, qualifiers, the head at h): one organisation, which wins over the
 * state's name inside it (the link stage gives it that state as its country). Without a state, a
 * qualified lower-case head ("the health ministry") is one too.
 */
function nationalBody(s: Scan, h: number): void {
  const { low, tok } = s;
  let a = h - 1, mods = 0;
  while (a >= 0 && mods < 2 && BODY_MODIFIERS.has(low[a])) (a--, mods++);
  let e = a;
  if (low[e] === "'s" || low[e] === '’s') e--;
  const state = s.cands.find((c) => c.b === e + 1 && c.kb !== null && c.kb.startsWith('iso3:'));
  // ("India's Ministry of External Affairs", "Ministry of Foreign Affairs and Cooperation": its portfolio after "of")
  let b = h + 1;
  if (state && isCap(tok[h]) && low[b] === 'of' && PORTFOLIO.has(low[b + 1] ?? '')) {
    // (portfolio words only: not "Ministry of External Affairs Spokesperson X", "Ministry of Defence Monday")
    let k = b + 1;
    while (k < b + 6 && (isCap(tok[k] ?? '') || low[k] === 'and') && PORTFOLIO.has(low[k] ?? '')) k++;
    if (low[k - 1] === 'and') k--;
    b = k;
  }
  if (state) s.cands.push({ a: state.a, b, type: 'ORG', kind: 'name', kb: null, rule: 'national-body', prio: 4 });
  else if (mods > 0 && !isCap(tok[h])) s.cands.push({ a: a + 1, b: h + 1, type: 'ORG', kind: 'name', kb: null, rule: 'national-body', prio: 2 });
}

/** "Operation Desert Storm". */
function operation(s: Scan, i: number, sEnd: number): void {
  let e = i + 1;
  while (e < sEnd && e < i + 4 && nameWord(s, e)) e++;
  s.cands.push({ a: i, b: e, type: 'EVENT', kind: 'name', kb: null, rule: 'operation', prio: 4 });
}

/** "the Russia-Africa summit", "Munich Security Conference": capitalised words before the event head at i. */
const EVENT_OPENERS = new Set(['after', 'before', 'since', 'during', 'until', 'following', 'in', 'at', 'by', 'from', 'throughout']);
const EVENT_NUMBERS = new Set(['One', 'Two', 'Three', 'I', 'II', 'III', '1', '2', '3']);

function namedEvent(s: Scan, i: number): void {
  const { low, tok } = s;
  const sentence = s.doc.tokens.sentence;
  let a = i;
  while (a - 1 >= 0 && sentence[a - 1] === sentence[i] && (nameWord(s, a - 1) || (low[a - 1] === '' && a - 2 >= 0 && isCap(tok[a - 2])))) a--;
  // (not a capitalised preposition opening the sentence: "After World War II")
  while (a < i && EVENT_OPENERS.has(low[a])) a++;
  // ("World War Two", "World War II": the number after the head is the name's)
  const b = i + 1 < low.length && sentence[i + 1] === sentence[i] && EVENT_NUMBERS.has(tok[i + 1]) ? i + 2 : i + 1;
  if (a < i && low[a] !== 'the') s.cands.push({ a, b, type: 'EVENT', kind: 'name', kb: null, rule: 'event-head', prio: 3 });
}

/** "the militia Red Hand": the proper nouns right after the lower-case kind noun at i. */
function kindApposition(s: Scan, i: number, sEnd: number, covered: Uint8Array): void {
  const pos = s.doc.tokens.pos;
  if (!nameWord(s, i + 1) || pos[i + 1] !== 'PROPN' || covered[i + 1]) return;
  let e = i + 1;
  while (e < sEnd && e < i + 4 && nameWord(s, e) && pos[e] === 'PROPN' && !covered[e]) e++;
  s.cands.push({ a: i + 1, b: e, type: 'ORG', kind: 'name', kb: null, rule: 'kind-apposition', prio: 2 });
}

/** Unknown people by a first name the KB knows: "Ana Kulik said". */
function peopleByFirstName(s: Scan, covered: Uint8Array): void {
  const { low, doc } = s;
  const { count, pos, sentence } = doc.tokens;
  for (let i = 0; i < count; i++) {
    // (not "South Kivu": a compass word opens a place)
    if (covered[i] || pos[i] !== 'PROPN' || !s.kb.firstNames.has(low[i]) || COMPASS.has(low[i]) || !nameWord(s, i)) continue;
    const sEnd = doc.sentences[sentence[i]]?.endToken ?? count;
    const e = personNameEnd(s, i, sEnd, covered, true);
    // ("…,” Zin Mar Aung said": a given name may come second, after a proper noun the KB does not know,
    // that follows no other capitalised word: not "Moderator Dana X" opening a sentence, "Commission Chairperson X")
    const a = i > 1 && sentence[i - 2] === sentence[i] && !covered[i - 1] && pos[i - 1] === 'PROPN' && nameWord(s, i - 1) && !s.kb.aliases.has(low[i - 1]) && !isCap(s.tok[i - 2]) ? i - 1 : i;
    if (e > i + 1) s.cands.push({ a, b: e, type: 'PERSON', kind: 'name', kb: null, rule: 'first-name', prio: 1 });
    i = e - 1;
  }
}

function codeName(t: string): boolean {
  const c0 = t.charCodeAt(0), c1 = t.charCodeAt(1);
  if (!(c0 >= 65 && c0 <= 90) || !(c1 >= 48 && c1 <= 57)) return false;
  return /^[A-Z]\d{1,2}(-[A-Z][a-z]+)?$/.test(t);
}

/** "Joint Military Force of the X", "Group of Friends in Defense of the Charter of the Y", "State Duma". */
function orgByHead(s: Scan, h: number, sEnd: number, type: 'ORG' | 'LOC' = 'ORG'): void {
  const { low, tok, doc } = s;
  const first = doc.sentences[doc.tokens.sentence[h]].firstToken;
  let a = h;
  // ("Gulf of Oman": some heads name a place only before "of", and start it)
  const ofOnly = type === 'LOC' && OF_PLACE_HEADS.has(low[h]);
  if (ofOnly && !(low[h + 1] === 'of' && h + 2 < sEnd && nameWord(s, h + 2))) return;
  while (!ofOnly && a - 1 >= first && (nameWord(s, a - 1) || (low[a - 1] === '' && a - 2 >= first && isCap(tok[a - 2])))) a--;
  if (low[a] === 'the') a++;
  let b = h + 1;
  if (type === 'LOC') {
    // a place's name goes on only with "of" ("Strait of Hormuz"), and a capitalised word after the
    // head makes it part of another name ("Platte River Networks")
    if (b < sEnd && isCap(tok[b])) return;
    if (b < sEnd && s.doc.tokens.pos[b] === 'NUM') b++; // "Air Base 201"
  }
  for (;;) {
    if (!TAIL_CONNECTORS.has(low[b]) || (type === 'LOC' && low[b] !== 'of')) break;
    let m = b + 1;
    if (low[m] === 'the') m++;
    if (m >= sEnd || !nameWord(s, m)) break;
    // ("the Wagner Group in Africa": "in" a known place is where it is, not its name)
    if (low[b] === 'in' && placeAt(s, m)) break;
    let r = m;
    // ("Forces for Freedom and Change": "and" joins a last capitalised word that heads no name of its own, not
    // "the Council of Ministers and Parliament")
    let closed = false;
    while (r < sEnd && (nameWord(s, r) || (NAME_CONNECTORS.has(low[r]) && !closed && (low[r] !== 'and' || (closed = lastConjunct(s, r + 1, sEnd))) && nameWord(s, r + 1)) || (low[r] === '' && isCap(tok[r + 1] ?? '')))) r++;
    b = r;
    // (the word after "and" closes the name: not "… and Budget in the Reagan administration")
    if (closed) break;
  }
  // "... of the G5-Sahel group": a lower-case head word closing the name
  if (b > h + 1 && b < sEnd && ORG_HEADS.has(low[b]) && !isCap(tok[b])) b++;
  if (a === h && b === h + 1) return; // a head word alone ("Council") is not a name
  s.cands.push({ a, b, type, kind: 'name', kb: null, rule: type === 'ORG' ? 'org-head' : 'place-head', prio: 3 });
}

/** The initials of the capitalised words in [a, b). */
function initialsOf(s: Scan, a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) if (isCap(s.tok[k])) out += s.tok[k][0];
  return out;
}

/** The initials of the capitalised words in [a, b) cover the acronym in some order (lexicon.ts, initialsCover). */
const sharesInitials = (s: Scan, a: number, b: number, acr: string): boolean => initialsCover([...initialsOf(s, a, b)], acr);

/** Does a KB place (a state, city or region) start at token m? */
function placeAt(s: Scan, m: number): boolean {
  return s.cands.some((c) => c.a === m && c.kb !== null && (c.type === 'GPE' || c.type === 'LOC'));
}

function acronymDefinition(s: Scan, open: number): void {
  const { low, tok } = s;
  const acr = tok[open + 1];
  const sentence = s.doc.tokens.sentence;
  // the long form: capitalised words (with runs of of/the/for/and inside: "Volunteers for the Defence
  // of the Homeland") right before "(" whose first letter is the acronym's; one lower-case noun may
  // close it ("the … Event Data project (ACLED)")
  let a = open;
  if (a - 2 >= 0 && /^\p{Ll}{3,}$/u.test(tok[a - 1]) && !NAME_CONNECTORS.has(low[a - 1]) && nameWord(s, a - 2)) a--;
  for (;;) {
    let k = a - 1;
    // ('' is a lone hyphen: "Trans-Pacific"; "'s" a possessive inside: "Tigray People's Liberation Front")
    while (k >= 0 && k > a - 3 && (NAME_CONNECTORS.has(low[k]) || low[k] === '' || ((low[k] === "'s" || low[k] === '’s') && k > 0 && nameWord(s, k - 1)))) k--;
    if (k < 0 || sentence[k] !== sentence[open] || !nameWord(s, k)) break;
    a = k;
  }
  // the long form starts at the word of the acronym's first letter, unless the acronym is of the name
  // in another language, with the letters of most of its words in another order (initialsCover):
  // then the whole run is its long form
  let t = a;
  while (t < open && !(isCap(tok[t]) && tok[t][0] === acr[0])) t++;
  if (t === a || initialsOf(s, t, open) === acr.replace(/[^A-Z]/g, '') || !sharesInitials(s, a, open, acr)) a = t;
  // without a long form, a long capitalised word in brackets is a transcript note ("(APPLAUSE)", "(CROSSTALK)")
  if (a === open && acr.replace(/\./g, '').length > 5) return;
  s.cands.push({ a: open + 1, b: open + 2, type: 'ORG', kind: 'acronym', kb: null, rule: 'acronym-definition', prio: 2 });
  // (the long form wins over a shorter name inside it: "International Federation of Professional" of
  // "… Professional and Technical Engineers (IFPTE)"; the KB's own long forms come first at a tie)
  if (a < open) s.cands.push({ a, b: open, type: 'ORG', kind: 'name', kb: null, rule: 'acronym-long-form', prio: 3 });
}

/** Is the word at k one capitalised word that closes a name after "and" (no name head, no capital after it)? */
function lastConjunct(s: Scan, k: number, end: number): boolean {
  return k < end && nameWord(s, k) && !ORG_HEADS.has(s.low[k]) && !(k + 1 < end && isCap(s.tok[k + 1]));
}
