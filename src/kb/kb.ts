// The knowledge base: countries, capitals, cities, regions, IGOs, armed groups and people with
// dated roles, read once from the committed data/kb.json (built by scripts/build-kb.ts from
// world-countries (ODbL) and the PETRARCH2 dictionaries (MIT)). Lookups are by id, by alias key
// (lower-cased tokens joined by one space, hyphens as spaces: the same key the entity stage
// builds over document tokens), by demonym and by capital.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../model/types.js';
import { resource, type Context } from '../pipeline/context.js';
import { NewsgraphError } from '../util/errors.js';

export interface KbRole {
  /** sector of the role: "government", "military", ... (PETRARCH agent codes) */
  title: string;
  /** country id, e.g. iso3:RUS */
  of: string;
  from?: string;
  to?: string;
}

export interface KbEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  demonyms?: string[];
  /** capital city id (countries) */
  capital?: string;
  /** country id (cities, people, national organisations) */
  country?: string;
  roles?: KbRole[];
}

/** How an alias must look in the text to count. */
export const enum CaseRule {
  /** first and last word capitalised ("Burkina Faso", "Sahel region") */
  Capitalised = 0,
  /** exactly upper case, for short acronyms ("US", "AU") */
  Upper = 1,
  /** upper case or title case, for long acronyms ("NATO", "Nato") */
  UpperOrTitle = 2,
  /** first word capitalised, for aliases that end in a common word ("Western allies", "Islamic State group") */
  FirstCapitalised = 3,
}

export interface AliasHit {
  id: string;
  kind: 'name' | 'acronym' | 'demonym';
  caseRule: CaseRule;
}

export interface Kb {
  entries: KbEntry[];
  byId: Map<string, KbEntry>;
  /** alias key -> hits (the first is preferred) */
  aliases: Map<string, AliasHit[]>;
  /** every proper token prefix of an alias key, so a longest-match scan can stop early */
  prefixes: Set<string>;
  /**
   * Both in one map for the gazetteer's scan (one lookup per step): key -> its hits (empty when the
   * key is only a prefix) and whether longer aliases start with it.
   */
  scan: Map<string, { hits: AliasHit[]; prefix: boolean }>;
  maxTokens: number;
  /** lower-cased demonym -> country id ("malian" -> iso3:MLI) */
  demonymOf: Map<string, string>;
  /** city id -> country id, for capitals only */
  capitalOf: Map<string, string>;
  /** lower-cased first names of KB people (a cheap PERSON signal for unknown names) */
  firstNames: Set<string>;
  /** lower-cased surname -> person ids */
  surnames: Map<string, string[]>;
  /** upper-cased city of a wire dateline that no entry names ("ALMATY") -> country id (GeoNames) */
  datelineCities: Map<string, string>;
}

/** The key of one token's text: lower case, curly apostrophes straightened, hyphens as spaces. */
export function tokenKey(s: string): string {
  let k = s.toLowerCase();
  if (k.includes('’')) k = k.replace(/’/g, "'");
  if (k.includes('-')) k = k.replace(/-+/g, ' ').trim();
  return k;
}

/** The key of an alias: its tokens' keys joined by one space ("Washington, D.C." -> "washington , d.c."). */
const PLAIN = /^[A-Za-z. ]+$/;
export function aliasKey(alias: string): string {
  if (PLAIN.test(alias) && !alias.includes('  ')) return alias.toLowerCase().trim();
  return tokenKey(alias.replace(/([,()])/g, ' $1 ').replace(/'s\b/g, " 's"))
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** An alias written with a lower-case last word of four letters or more ("Western allies", "Baltic states"). */
const LOWER_END = /^[A-Z].*\s[a-z]{4,}$/;

const isAcronym = (a: string) => /^[A-Z][A-Z0-9.&]{1,9}$/.test(a) && !/[a-z]/.test(a);

interface RawEntry { id: string; n: string; t: EntityType; a: string[]; d?: string[]; cap?: string; c?: string; r?: { t: string; of: string; from?: string; to?: string }[] }

export function buildIndex(raw: RawEntry[], datelineCities: Record<string, string> = {}): Kb {
  const entries: KbEntry[] = [];
  const byId = new Map<string, KbEntry>();
  const aliases = new Map<string, AliasHit[]>();
  const prefixes = new Set<string>();
  const demonymOf = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  const firstNames = new Set<string>();
  const surnames = new Map<string, string[]>();
  let maxTokens = 1;
  const addKey = (alias: string, hit: AliasHit) => {
    const key = aliasKey(alias);
    if (!key) return;
    const list = aliases.get(key);
    if (list) {
      const same = list.find((h) => h.id === hit.id);
      if (!same) list.push(hit);
      else if (hit.kind === 'acronym' && same.kind === 'name') {
        // "Nato" and "NATO": an acronym, matched upper case or title case
        same.kind = 'acronym';
        same.caseRule = CaseRule.UpperOrTitle;
      }
    } else aliases.set(key, [hit]);
    const parts = key.split(' ');
    if (parts.length > maxTokens) maxTokens = parts.length;
    let p = parts[0];
    for (let i = 1; i < parts.length; i++) {
      prefixes.add(p);
      p += ' ' + parts[i];
    }
  };
  // countries and curated entries first so that they win ties (hits are ordered)
  const rank = (e: RawEntry) => (e.id.startsWith('iso3:') ? 0 : e.id.startsWith('igo:') || e.id.startsWith('loc:') ? 1 : e.id.startsWith('city:') ? 2 : 3);
  // a stable bucket pass instead of a sort: one rank computation per entry
  const buckets: RawEntry[][] = [[], [], [], []];
  for (const r of raw) buckets[rank(r)].push(r);
  const sorted = buckets.flat();
  for (const r of sorted) {
    // every entry has every field (undefined when absent): one hidden class for all entries keeps
    // the code that reads them monomorphic
    const e: KbEntry = {
      id: r.id,
      name: r.n,
      type: r.t,
      aliases: r.a,
      demonyms: r.d || undefined,
      capital: r.cap || undefined,
      country: r.c || undefined,
      roles: r.r ? r.r.map((x) => ({ title: x.t, of: x.of, from: x.from, to: x.to })) : undefined,
    };
    entries.push(e);
    byId.set(e.id, e);
    for (const a of e.aliases) {
      if (a.startsWith('The ')) continue; // "The White House": the article is not part of the name
      const acr = isAcronym(a);
      const caseRule = acr ? (a.replace(/\./g, '').length >= 4 ? CaseRule.UpperOrTitle : CaseRule.Upper) : LOWER_END.test(a) ? CaseRule.FirstCapitalised : CaseRule.Capitalised;
      addKey(a, { id: e.id, kind: acr ? 'acronym' : 'name', caseRule });
    }
    for (const d of e.demonyms ?? []) {
      addKey(d, { id: e.id, kind: 'demonym', caseRule: CaseRule.Capitalised });
      if (!demonymOf.has(d.toLowerCase())) demonymOf.set(d.toLowerCase(), e.id);
    }
    if (e.type === 'PERSON') {
      const words = e.name.split(' ');
      if (words.length >= 2) {
        const first = words[0].toLowerCase();
        if (first.length >= 3 && !first.includes('.')) firstNames.add(first);
        const last = words[words.length - 1].toLowerCase();
        const list = surnames.get(last);
        if (list) list.push(e.id);
        else surnames.set(last, [e.id]);
      }
    }
  }
  for (const e of entries) if (e.capital && byId.has(e.capital)) capitalOf.set(e.capital, e.id);
  const scan = new Map<string, { hits: AliasHit[]; prefix: boolean }>();
  for (const [k, hits] of aliases) scan.set(k, { hits, prefix: false });
  // a prefix-only key gets an empty hit list of the same elements kind as the others (an empty
  // literal [] has another map, and reading node.hits[0] over both deoptimised the gazetteer);
  // one shared list, never written to
  const noHits: AliasHit[] = [{ id: '', kind: 'name', caseRule: CaseRule.Capitalised }];
  noHits.pop();
  for (const p of prefixes) {
    const node = scan.get(p);
    if (node) node.prefix = true;
    else scan.set(p, { hits: noHits, prefix: true });
  }
  return { entries, byId, aliases, prefixes, scan, maxTokens, demonymOf, capitalOf, firstNames, surnames, datelineCities: new Map(Object.entries(datelineCities)) };
}

export const KB_PATH = fileURLToPath(new URL('../../data/kb.json', import.meta.url));

/** Reads and indexes a kb.json file. */
export function readKb(path = KB_PATH): Kb {
  let json: { entries: RawEntry[]; datelineCities?: Record<string, string> };
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new NewsgraphError('E_NOT_FOUND', `cannot read the knowledge base ${path}: ${(err as Error).message}; run "npm run build:kb"`);
  }
  return buildIndex(json.entries, json.datelineCities);
}

let shipped: Kb | undefined;
/**
 * The shipped knowledge base: read once per process (it never changes while running, like the NER
 * model and wink's model) and shared by every context; a context may hold another one under 'kb'.
 */
export function loadKb(ctx: Context): Kb {
  return resource(ctx, 'kb', () => (shipped ??= readKb()));
}

/** The roles of a KB person that hold on a date (YYYY-MM-DD), or all roles when the date is unknown. */
export function rolesAt(e: KbEntry, date: string | null): KbRole[] {
  const roles = e.roles ?? [];
  if (!date) return roles;
  return roles.filter((r) => (!r.from || r.from <= date) && (!r.to || r.to >= date));
}
