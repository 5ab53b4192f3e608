// The event lexicon, loaded once per context from data/cameo.json (built by scripts/build-cameo.ts
// from the PETRARCH2 CAMEO verb dictionary), as Maps for O(1) trigger lookup by lower-case form.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resource, type Context } from '../../pipeline/context.js';
import { NewsgraphError } from '../../util/errors.js';

export const CAMEO_PATH = fileURLToPath(new URL('../../../data/cameo.json', import.meta.url));

export interface EventLexicon {
  /** inflected form -> lemma */
  forms: Map<string, string>;
  /** verb lemma -> CAMEO code */
  verbs: Map<string, string>;
  /** "verb-lemma object-noun" -> CAMEO code */
  objects: Map<string, string>;
  /** nominal trigger -> CAMEO code */
  nouns: Map<string, string>;
  goldstein: Map<string, number>;
  /** vote direction ('for', 'against', 'abstain', 'veto') -> CAMEO code (see scripts/build-cameo.ts) */
  votes: Map<string, string>;
  /** [code prefix, type], longest prefix first */
  types: [string, string][];
}

export function readLexicon(path = CAMEO_PATH): EventLexicon {
  let raw: any;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new NewsgraphError('E_NOT_FOUND', `cannot read the event lexicon; rebuild it with \`npx tsx scripts/build-cameo.ts\` (${(e as Error).message})`, path);
  }
  return {
    forms: new Map(Object.entries(raw.forms)),
    verbs: new Map(Object.entries(raw.verbs)),
    objects: new Map(Object.entries(raw.objects)),
    nouns: new Map(Object.entries(raw.nouns)),
    goldstein: new Map(Object.entries(raw.goldstein)),
    votes: new Map(Object.entries(raw.votes ?? {})),
    types: (Object.entries(raw.types) as [string, string][]).sort((a, b) => b[0].length - a[0].length),
  };
}

export const loadLexicon = (ctx: Context): EventLexicon => resource(ctx, 'events/cameo', () => readLexicon());

export interface Coded {
  cameo: string;
  type: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
}

/** Type, quad class and Goldstein weight of a CAMEO code. */
export function describeCode(lex: EventLexicon, cameo: string): Coded {
  const root = Number(cameo.slice(0, 2));
  const quadClass = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  const goldstein = lex.goldstein.get(cameo) ?? lex.goldstein.get(cameo.slice(0, 3)) ?? lex.goldstein.get(cameo.slice(0, 2)) ?? 0;
  const type = lex.types.find(([p]) => cameo.startsWith(p))?.[1] ?? 'other';
  return { cameo, type, quadClass, goldstein };
}

/**
 * An intention to act is coded as CAMEO 03 "express intent to cooperate": meet -> 036,
 * diplomatic cooperation -> 032, material cooperation -> 031, aid -> 033. An intention to act
 * against someone by force is a threat (CAMEO 13): to coerce -> 137, to use force -> 138 ("we will
 * attack"). A decision announced to reduce relations or to yield ("Armenia would leave the CSTO",
 * "agreed to withdraw its troops") keeps the act's own code (16, 08), its modality 'intended': news
 * reports such announcements as the decision they are, and the probes' annotators code them so
 * (CAMEO would file them under 131 and 035).
 */
export function intentCode(cameo: string): string {
  const root = cameo.slice(0, 2);
  const map: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '17': '137', '18': '138', '19': '138', '20': '138' };
  return map[root] ?? cameo;
}
