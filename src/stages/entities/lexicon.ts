// Word lists the entity rules read: titles, organisation head words, event words, pronouns and
// words that are capitalised without naming anything (months, weekdays). Hand-written because
// they are closed, short English word classes that no installed package provides in this form.

/** Head words of person titles ("Minister", "spokeswoman", "Sen."); lower case. */
export const TITLE_HEADS = new Set([
  'minister', 'president', 'secretary', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson',
  'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor', 'mayor', 'ambassador', 'envoy', 'general',
  'gen.', 'colonel', 'col.', 'lt.', 'sgt.', 'capt.', 'adm.', 'admiral', 'marshal', 'king', 'queen', 'prince',
  'princess', 'chancellor', 'premier', 'leader', 'chief', 'commander', 'director', 'chairman', 'chairwoman', 'chairperson', 'commissioner',
  'chair', 'speaker', 'judge', 'justice', 'pope', 'sheikh', 'emir', 'diplomat', 'candidate', 'nominee',
  'congressman', 'congresswoman', 'lawmaker', 'attorney', 'prosecutor', 'coach', 'ceo', 'founder', 'vice-president',
  'counterpart', 'head', 'officer', 'adviser', 'advisor', 'aide', 'spokesmen', 'official', 'sec.', 'pres.', 'gov',
  'administrator', 'coordinator', 'mediator', 'negotiator', 'rapporteur',
  // military ranks ("Captain Ibrahim Traore"; "Major" alone is too often an adjective: "Major American …")
  'captain', 'maj.', 'lieutenant', 'lt', 'sergeant', 'brigadier', 'brig.', 'corporal', 'cpl.',
]);

/** The second part of a hyphenated rank: "Colonel-Major X", "Lieutenant-General X". */
export const RANK_PARTS = new Set(['major', 'general', 'colonel', 'commander']);

/** Honorifics: a name follows, and some give the gender. */
export const HONORIFICS = new Map<string, 'm' | 'f' | null>([
  ['mr.', 'm'], ['mr', 'm'], ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'], ['dr.', null],
  ['prof.', null], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'],
]);

/** Words that qualify a title on its left ("Foreign Minister", "Deputy Prime Minister"). */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'prime', 'deputy', 'vice', 'defence', 'defense', 'interior', 'finance', 'economy', 'justice',
  'health', 'trade', 'energy', 'former', 'acting', 'top', 'chief', 'senior', 'press', 'state', 'army',
  'military', 'opposition', 'party', 'majority', 'minority', 'house', 'senate', 'republican', 'democratic',
  'presidential', 'supreme', 'first', 'lieutenant', 'executive', 'managing', 'general', 'assistant', 'under',
  'national', 'security', 'home', 'education', 'agriculture', 'labour', 'labor', 'transport', 'culture',
  'information', 'communications', 'white', 'mr.', 'then', 'u.s.', 'us', 'un', 'u.n.', 'eu', 'incoming', 'outgoing',
  'brigadier', 'rear', 'major',
]);

/** Organisation head words ("... Group", "... Council", "Ministry of ..."). */
export const ORG_HEADS = new Set([
  'group', 'council', 'union', 'assembly', 'party', 'ministry', 'commission', 'agency', 'committee', 'organization',
  'organisation', 'court', 'bank', 'fund', 'front', 'movement', 'alliance', 'league', 'office', 'department',
  'institute', 'university', 'parliament', 'senate', 'congress', 'duma', 'force', 'forces', 'army', 'navy',
  'police', 'corporation', 'company', 'association', 'federation', 'authority', 'bureau', 'service', 'network',
  'foundation', 'coalition', 'brigade', 'brigades', 'corps', 'guard', 'tribunal', 'secretariat', 'programme',
  'program', 'community', 'conference', 'board', 'cabinet', 'administration', 'inc.', 'ltd', 'corp.', 'co.',
  'times', 'post', 'news', 'press', 'channel', 'television', 'radio', 'club', 'center', 'centre', 'school',
  'college', 'hospital', 'church', 'embassy', 'mission', 'airlines', 'airways',
]);

/** Head words of built and natural places named by a capitalised phrase ("Renaissance Dam", "Snake Island"). */
/** Compass words: before a region they name another region ("North Darfur", "South Kivu"). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower']);

/** Heads of a state's own bodies: "Rwanda's foreign ministry", "the U.S. Treasury". */
export const NATIONAL_BODY_HEADS = new Set(['ministry', 'treasury', 'cabinet', 'presidency']);

/** Heads of a place's name only before "of" ("Gulf of Oman", "Sea of Azov", "Bay of Bengal"; not "Michael Bay"). */
export const OF_PLACE_HEADS = new Set(['gulf', 'sea', 'bay', 'ocean']);
export const PLACE_HEADS = new Set(['dam', 'island', 'islands', 'strait', 'gulf', 'sea', 'bay', 'ocean', 'bridge', 'canal', 'lake', 'river', 'valley', 'desert', 'peninsula', 'airport', 'base']);

/** Words that make a capitalised phrase a named event. */
export const EVENT_HEADS = new Set(['summit', 'conference', 'forum', 'games', 'olympics', 'war', 'talks', 'festival', 'election', 'elections', 'cup', 'championship']);

export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Connectors allowed inside a capitalised name ("Group of Friends in Defense of the Charter"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'in', 'on', 'and', '&', 'de', 'du', 'des', 'la', 'al', 'el', 'bin', 'van', 'von', 'da', 'di']);

/** Personal pronouns and their gender. */
export const PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/** "top diplomat" and similar descriptions -> the role titles they stand for. */
export const DESCRIPTION_SYNONYMS = new Map<string, string[]>([
  ['top diplomat', ['foreign minister', 'foreign secretary', 'secretary of state', 'minister of foreign affairs']],
  ['foreign minister', ['foreign minister', 'minister of foreign affairs', 'foreign secretary']],
  ['defence minister', ['defence minister', 'defense minister', 'minister of defence', 'minister of defense']],
  ['defense minister', ['defence minister', 'defense minister', 'minister of defence', 'minister of defense']],
  ['prime minister', ['prime minister', 'premier']],
  ['president', ['president']],
  ['spokesman', ['spokesman', 'spokesperson']],
  ['spokeswoman', ['spokeswoman', 'spokesperson']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['secretary-general', ['secretary-general', 'secretary general']],
  ['chancellor', ['chancellor']],
  ['minister', ['minister']],
  ['senator', ['senator', 'sen.']],
]);

/** isCapBeyond for the first character codes below 0x250 (ASCII and the Latin letters), as a table. */
const CAP_CODES = new Uint8Array(0x250);
for (let c = 65; c <= 90; c++) CAP_CODES[c] = 1;
for (let c = 192; c < 0x250; c++) CAP_CODES[c] = isCapBeyond(String.fromCharCode(c)) ? 1 : 0;

/**
 * Is the first character an upper-case letter? (a char check, no regex) Letters up to U+024F are
 * read from a table: a rare capital ("Élysée", "Özil") then takes no path the first documents may
 * not have taken (such a path threw away the optimised code of isCap and of its callers).
 */
export function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x250 ? CAP_CODES[c] === 1 : isCapBeyond(s);
}

/** Whether the first character (from U+00C0 on) is an upper-case letter. */
function isCapBeyond(s: string): boolean {
  const ch = s[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Every letter upper case and at least two letters ("US", "ECOWAS", "U.N."). */
export function isUpperWord(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * Are all letters of acronym `acr` but one among `initials` (the first letters of a name's
 * capitalised words), in any order, for three letters or more? An acronym of the name in another
 * language: "Democratic Forces for the Liberation of Rwanda (FDLR)", "National Council for the
 * Safeguarding of the Homeland (CNSP)".
 */
export function initialsCover(initials: string[], acr: string): boolean {
  const letters = acr.replace(/[^A-Z]/g, '');
  if (letters.length < 3 || initials.length < 3) return false;
  const missing = missingInitials(initials, letters);
  return missing <= 1 && missing < letters.length / 3;
}

/** How many of the capital letters `letters` are not among `initials` (each initial used once, in any order). */
export function missingInitials(initials: readonly string[], letters: string): number {
  const left = [...initials];
  let missing = 0;
  for (const c of letters) {
    const at = left.indexOf(c);
    if (at < 0) missing++;
    else left.splice(at, 1);
  }
  return missing;
}

/** The first letters of the capitalised words of a name: "National Liberation Army" -> N, L, A. */
export const nameInitials = (name: string): string[] => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);

/** Arabic articles that open a name or its second part ("al-Qaeda", "Wad al-Noura", "Abdel Fattah al-Burhan"). */
export const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'az']);

/** Words after a title word that make the two a body's name, no person's: "General Staff", "General Assembly". */
export const BODY_AFTER_TITLE = new Set(['staff', 'assembly', 'command', 'council', 'secretariat', 'directorate', 'motors', 'electric', 'dynamics', 'mills', 'headquarters', 'election', 'elections', 'strike']);
