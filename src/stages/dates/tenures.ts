// Office holders a text names with their title ("President Moon Jae-in", "U.S. President Donald
// Trump"): their terms of office, from the knowledge base's dated roles, bound the year of a dateline
// that gives none. A reader does the same: a story that calls Moon the president is of 2017-2022.
// Hand-written: no date library knows who held which office when.
import type { Kb } from '../../kb/kb.js';

/** The terms (first and last day, as days since 1970) of one person's public roles. */
export type Tenure = [number, number][];

/** A title right before a name: the capitalised words after it are the name. */
const TITLED =
  /\b(?:President|Vice President|Prime Minister|Premier|Chancellor|Foreign Minister|Defen[cs]e Minister|Secretary of State|King|Emir|Crown Prince|Supreme Leader)\s+((?:(?:\p{Lu}(?:\.|[\p{L}'’-]*)|(?:al|el)-\p{Lu}[\p{L}'’-]*|bin|bint|ibn)\s+){0,4}(?:\p{Lu}[\p{L}'’-]*|(?:al|el)-\p{Lu}[\p{L}'’-]*))/gu;
/** A title qualified as no longer held: "former President X", "then-Prime Minister X", "ousted leader X", "ousting President X". */
const NOT_HELD = /\b(?:former|ex|then|late|ousted|ousting|deposed|deposing|toppled|toppling|overthrew|overthrowing|exiled|jailed)(?:-|\s+)(?:[\p{L}.]+\s+){0,2}$/iu;
/**
 * How long after a term ends its title may still be written unqualified of a past event ("met
 * President X in January", months after X left office): a year.
 */
const GRACE = 365;
/** Roles that end before this day say nothing of today's offices (the dictionaries are dated about 2015). */
const STALE = Date.UTC(2015, 0, 1) / 86_400_000;
const day = (iso: string | undefined, open: number): number => (iso ? Date.parse(iso + 'T00:00:00Z') / 86_400_000 : open);

/** The tenures of the people the text names after a title they hold, each person once. */
export function officeTenures(text: string, kb: Kb): Tenure[] {
  const out: Tenure[] = [];
  const seen = new Set<string>();
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
    if (NOT_HELD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const words = m[1].replace(/['’]s$/, '').split(/\s+/);
    // the longest run of the words from the first that the KB knows as a person (hyphens as spaces, as its keys)
    for (let n = words.length; n >= 1; n--) {
      const key = words.slice(0, n).join(' ').toLowerCase().replace(/-/g, ' ');
      const hit = kb.aliases.get(key)?.find((h) => h.kind === 'name' && kb.byId.get(h.id)?.type === 'PERSON');
      if (!hit) continue;
      // (the terms a curated list dates, when it has them: the dictionaries' undated sectors would cover every year)
      const all = kb.byId.get(hit.id)!.roles ?? [];
      const office = all.filter((r) => r.title === 'office');
      const terms: Tenure = (office.length ? office : all).map((r) => [day(r.from, -Infinity), day(r.to, Infinity)]);
      if (!seen.has(hit.id) && terms.some(([, to]) => to >= STALE)) {
        seen.add(hit.id);
        out.push(terms);
      }
      break;
    }
  }
  return out;
}

/**
 * What a dateline on day `at` costs for the office holders it puts out of office: 3 each, for at most
 * two. Before a term begins its title cannot be written; more than a year after it ends, it would be
 * written "former" (a title in a clause of the past may name the office the person held then).
 */
export function tenureCost(at: number, tenures: readonly Tenure[]): number {
  let out = 0;
  for (const terms of tenures) if (!terms.some(([from, to]) => from <= at && at <= to + GRACE)) out++;
  return 3 * Math.min(2, out);
}
