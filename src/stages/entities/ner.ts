// Step 3, the trained recogniser (src/ner): tags the whole document at once (so a name seen earlier
// informs later sentences, and the model's per-document state is set up once), and adds its spans
// that the gazetteer and rules did not find. Labels map through the KB: a LOC that is a country or
// city is GPE, a MISC that is a demonym is NORP. Without a model this step does nothing.
import type { EntityType, Sentence } from '../../model/types.js';
import type { NerDocumentTagger, NerTagger } from '../../ner/index.js';
import { BODY_AFTER_TITLE, HONORIFICS, isCap, isUpperWord, MONTHS, RANK_PARTS, TITLE_HEADS, WEEKDAYS } from './lexicon.js';

/** Title words that are also surnames ("King said"). */
const SURNAME_TITLES = new Set(['king', 'queen', 'prince', 'judge', 'speaker', 'chief', 'head', 'marshal', 'coach']);
/** Title modifiers that never name anything alone ("Brigadier" of "Brigadier General X"; not "House", "Army"). */
const TITLE_ONLY = new Set(['brigadier', 'rear', 'major', 'deputy', 'vice', 'acting', 'lieutenant', 'prime', 'foreign', 'senior', 'assistant', 'under', 'executive']);
import type { Scan } from './scan.js';

const isCapOrDigit = (t: string) => isCap(t) || (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57);
const LABELS = ['PER', 'ORG', 'LOC', 'MISC'];
const IOB = ['O', 'B', 'I'];

/** Tag buffers reused across documents (one per sentence slot). */
let pool: Uint8Array[] = [];

/** POS tags of words that do not name anything on their own (function words, numbers, punctuation). */
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'PUNCT', 'NUM', 'INTJ', 'SYM']);

/**
 * Whether an uncovered capitalised word may start or be a name the model should look for: not a
 * function word (capitalised after a quote mark or colon: "The", "But", "I"), not a month or
 * weekday (never kept from the model, see add()), not a title or honorific ("Mr.", "President":
 * the name after it is what matters, and it triggers on its own when nothing covers it). At the
 * start of a sentence a verb does not count either ("Asked about …").
 */
function mayName(s: Scan, i: number, initial: boolean): boolean {
  const p = s.doc.tokens.pos[i];
  if (FUNCTION_POS.has(p) || (initial && p === 'VERB')) return false;
  const k = s.low[i];
  return !MONTHS.has(k) && !WEEKDAYS.has(k) && !HONORIFICS.has(k) && !TITLE_HEADS.has(k);
}

/**
 * Cheap prefilter: the model only fills gaps (its spans lose every overlap with the names already
 * found, and a span must start with a capital), so it only needs the sentences with a capitalised
 * word that no gazetteer or rule name covers and that may be a name (mayName). The model is the
 * most expensive step of the pipeline; this skips about half its input.
 */
function mayHoldNewName(s: Scan, first: number, end: number, covered: Uint8Array): boolean {
  // the sentence's first word comes after any opening quote marks and brackets
  let w = first;
  while (w < end && s.doc.tokens.pos[w] === 'PUNCT') w++;
  for (let i = w; i < end; i++) if (!covered[i] && isCap(s.tok[i]) && mayName(s, i, i === w)) return true;
  return false;
}

/** Runs the model over the sentences that may hold a name not in `found`, adding candidates to s.cands. */
export function ner(s: Scan, tagger: NerTagger | null, found: readonly { a: number; b: number }[] = []): void {
  if (!tagger) return;
  const covered = new Uint8Array(s.doc.tokens.count);
  for (const c of found) covered.fill(1, c.a, c.b);
  // (loops and push rather than filter and map: the arrays then always have one map, and the
  // optimised code reading them is not thrown away when another comes)
  const sents: Sentence[] = [];
  for (const sent of s.doc.sentences) if (mayHoldNewName(s, sent.firstToken, sent.endToken, covered)) sents.push(sent);
  if (!sents.length) return;
  const words: string[][] = [];
  for (const sent of sents) words.push(s.tok.slice(sent.firstToken, sent.endToken));
  let out: Uint8Array[];
  if ('tagDocumentIndexes' in tagger) {
    while (pool.length < words.length) pool.push(new Uint8Array(64));
    for (let k = 0; k < words.length; k++) if (pool[k].length < words[k].length) pool[k] = new Uint8Array(words[k].length * 2);
    out = pool;
    (tagger as NerDocumentTagger).tagDocumentIndexes(words, out);
  } else {
    // a sentence tagger (tests, other models): convert its IOB2 strings to indexes
    out = words.map((w) => Uint8Array.from(tagger.tag(w), (t) => (t === 'O' ? 0 : 2 * LABELS.indexOf(t.slice(2)) + IOB.indexOf(t[0]))));
  }
  let body: Set<string> | null = null;
  for (let k = 0; k < sents.length; k++) {
    const first = sents[k].firstToken, n = words[k].length, tags = out[k];
    const head = isHeadline(s, first, first + n);
    let a = -1, label = -1;
    for (let i = 0; i <= n; i++) {
      const t = i < n ? tags[i] : 0;
      const type = t ? (t - 1) >> 1 : -1;
      const begins = t !== 0 && ((t & 1) === 1 || type !== label || a < 0);
      if (a >= 0 && (t === 0 || begins)) {
        // in a title-case headline capitals say nothing: keep a name only if the body writes its words capitalised too
        if (!head || inBody(s, first + a, first + i, label, (body ??= bodyCapitals(s)))) add(s, first + a, first + i, LABELS[label]);
        a = -1;
      }
      if (begins) {
        a = i;
        label = type;
      }
    }
  }
}

/** Nouns of organisations that a name may follow in apposition ("the trade bloc Mercosur", "the broadcaster Newstalk"). */
const ORG_HEAD_NOUNS = new Set(['bloc', 'group', 'company', 'firm', 'airline', 'carrier', 'broadcaster', 'newspaper', 'daily', 'agency', 'venture', 'party', 'movement', 'alliance', 'coalition', 'organisation', 'organization', 'network', 'channel', 'station', 'outlet', 'bank', 'lender', 'insurer', 'operator', 'militia', 'consortium', 'conglomerate', 'manufacturer', 'maker', 'producer', 'charity', 'watchdog', 'association', 'union']);

/** Words that make a name a physical place: "Lake Chad", "Mount Kenya", "Omo River", "Red Sea". */
const GEO_FIRST = new Set(['lake', 'mount', 'mt.', 'cape', 'gulf', 'bay', 'strait', 'isle']);
const GEO_LAST = new Set(['river', 'lake', 'sea', 'ocean', 'mountains', 'mountain', 'desert', 'valley', 'island', 'islands', 'strait', 'straits', 'bay', 'basin', 'peninsula', 'plateau', 'canal', 'delta', 'gulf', 'range', 'falls']);

/** Last words of the names of laws and treaties ("Affordable Care Act", "Paris Agreement"). */
const LAW_HEADS = new Set(['act', 'treaty', 'accord', 'accords', 'agreement', 'protocol', 'doctrine', 'declaration', 'charter', 'memorandum', 'consensus']);
/** Month abbreviations written without a full stop, as wire datelines do ("Jan 20"): no name before a day number. */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** A recognised span named like a physical place is a LOC whatever label the model gave it. */
function isGeoName(s: Scan, a: number, b: number): boolean {
  return b - a >= 2 && (GEO_FIRST.has(s.low[a]) || GEO_LAST.has(s.low[b - 1])) && !s.low.slice(a, b).includes('of');
}

/**
 * A headline or heading: a paragraph of one short sentence with most of its longer words capitalised
 * ("Trump ‘The Dealmaker’ Could Address Clean Energy, Graham Says") or in capitals. The model's
 * names there are checked against the body.
 */
function isHeadline(s: Scan, first: number, end: number): boolean {
  // a heading stands alone: a short paragraph of one sentence (a list of names inside prose is not one)
  const { sentence } = s.doc.tokens;
  const sent = s.doc.sentences[sentence[first]];
  const para = s.doc.paragraphs[sent.paragraph];
  if (end - first > 30 || !para || sent.start > para.start + 3 || sent.end < para.end - 3) return false;
  let words = 0, caps = 0;
  for (let i = first + 1; i < end; i++) {
    const t = s.tok[i];
    if (t.length < 4 || !/^[A-Za-z]/.test(t)) continue;
    words++;
    if (isCap(t)) caps++;
  }
  return words >= 3 && caps * 10 >= words * 7;
}

/** Keys of the words written capitalised inside body sentences (not headlines, not sentence-initial). */
function bodyCapitals(s: Scan): Set<string> {
  const out = new Set<string>();
  for (const sent of s.doc.sentences) {
    if (isHeadline(s, sent.firstToken, sent.endToken)) continue;
    let w = sent.firstToken;
    while (w < sent.endToken && s.doc.tokens.pos[w] === 'PUNCT') w++;
    for (let i = w + 1; i < sent.endToken; i++) if (isCap(s.tok[i])) out.add(s.low[i]);
  }
  return out;
}

/**
 * Every capitalised word of tokens [a, b) appears capitalised in the body, or the whole span is a KB
 * name, or a person's full name with a first name the KB knows (a byline: "Follow Ana Reyes on Twitter").
 */
function inBody(s: Scan, a: number, b: number, label: number, body: Set<string>): boolean {
  if (s.kb.aliases.has(s.low.slice(a, b).filter(Boolean).join(' '))) return true;
  if (LABELS[label] === 'PER' && b - a >= 2 && s.kb.firstNames.has(s.low[a])) return true;
  for (let i = a; i < b; i++) if (isCap(s.tok[i]) && !body.has(s.low[i])) return false;
  return true;
}

/** One all-capitals word alone in brackets, "(CROSSTALK)", "[INAUDIBLE]": a transcript note, not a name. */
function transcriptNote(s: Scan, a: number, b: number): boolean {
  const t = s.tok[a];
  return b - a === 1 && t.length > 5 && isUpperWord(t) && (s.tok[a - 1] === '(' || s.tok[a - 1] === '[') && (s.tok[b] === ')' || s.tok[b] === ']');
}

const PARTY_LETTERS = new Set(['R', 'D', 'I']);
/**
 * A US lawmaker's party-and-state label, "(R-S.C.)", "(D-Calif.)": tokens ( R - … ) after a name. The
 * state abbreviation in it is not a name of its own for the model to find ("C." as a person).
 */
function inPartyLabel(s: Scan, a: number, b: number): boolean {
  let open = a - 1;
  while (open >= 0 && open > a - 5 && s.tok[open] !== '(' && s.tok[open] !== ')') open--;
  if (open < 0 || s.tok[open] !== '(' || !PARTY_LETTERS.has(s.tok[open + 1]) || (s.tok[open + 2] !== '-' && s.tok[open + 2] !== '–')) return false;
  for (let c = b; c < s.tok.length && c < b + 4; c++) if (s.tok[c] === ')') return true;
  return false;
}

function add(s: Scan, a: number, b: number, label: string): void {
  // trim quote marks and punctuation; a name starts and ends with a capital or digit
  while (a < b && !isCapOrDigit(s.tok[a])) a++;
  while (b > a && !isCapOrDigit(s.tok[b - 1])) b--;
  // a title or honorific is not part of a person's name ("Sen. Ted Cruz" -> "Ted Cruz"; "General Motors" stays)
  if (label === 'PER') while (b - a > 1 && (TITLE_HEADS.has(s.low[a]) || HONORIFICS.has(s.low[a]))) a++;
  if (a >= b) return;
  if (inPartyLabel(s, a, b) || transcriptNote(s, a, b)) return;
  // ("General Staff" read as a title and a person): a title word and a body's word after it are the body's name
  if (a > 0 && BODY_AFTER_TITLE.has(s.low[a]) && TITLE_HEADS.has(s.low[a - 1]) && isCapOrDigit(s.tok[a - 1])) {
    a--;
    label = 'ORG';
  }
  // ("High Commissioner for Human Rights", "Minister of Foreign Affairs": what an office is for is no person)
  if (label === 'PER' && a >= 2 && (s.low[a - 1] === 'for' || s.low[a - 1] === 'of') && TITLE_HEADS.has(s.low[a - 2])) return;
  // one word: it must be a proper noun and not an acronym-looking interjection ("Oh", "Because")
  if (b - a === 1 && (s.doc.tokens.pos[a] !== 'PROPN' || s.tok[a].length < 2)) return;
  if (MONTHS.has(s.low[a]) || WEEKDAYS.has(s.low[a])) return;
  if (b - a === 1 && MONTH_ABBREVIATIONS.has(s.low[a]) && /^\d{1,2}$/.test(s.tok[b] ?? '')) return;
  // titles alone are no names ("Brigadier", "Rear" of "Rear Admiral X", "Deputy")
  let titleWords = true;
  for (let k = a; k < b && titleWords; k++) titleWords = (TITLE_HEADS.has(s.low[k]) && !SURNAME_TITLES.has(s.low[k])) || TITLE_ONLY.has(s.low[k]) || RANK_PARTS.has(s.low[k]);
  if (titleWords) return;
  // the words' keys joined by spaces, lone hyphens ('') left out
  let key = '';
  for (let k = a; k < b; k++) if (s.low[k]) key = key ? key + ' ' + s.low[k] : s.low[k];
  const hit = s.kb.aliases.get(key)?.[0];
  const entry = hit ? s.kb.byId.get(hit.id) : undefined;
  let type: EntityType = label === 'PER' ? 'PERSON' : label === 'ORG' ? 'ORG' : label === 'LOC' ? 'LOC' : 'MISC';
  if (entry) type = hit!.kind === 'demonym' ? 'NORP' : entry.type;
  else if (isGeoName(s, a, b)) type = 'LOC';
  else if (b - a >= 2 && LAW_HEADS.has(s.low[b - 1])) type = 'MISC'; // a law or treaty is neither an organisation nor a person
  else if (label === 'MISC' && s.kb.demonymOf.has(key)) type = 'NORP';
  // ("the trade bloc Mercosur", "state airline Belavia", "the rights group Viasna": a name set right after a noun
  // of organisations is one, whatever the model's place or thing label)
  if (!entry && (type === 'LOC' || type === 'MISC') && a > 0 && ORG_HEAD_NOUNS.has(s.low[a - 1]) && !isCap(s.tok[a - 1])) type = 'ORG';
  s.cands.push({ a, b, type, kind: hit?.kind ?? 'name', kb: entry?.id ?? null, rule: 'ner-' + label.toLowerCase(), prio: 0 });
}
