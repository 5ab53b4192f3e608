// Metonymy: a capital used as an agent ("Ankara warned", "Moscow's decision", "render Bamako
// support", "ties with Moscow") stands for its state; the same word after another preposition
// ("in Ankara", "a visit to Moscow") is the place. Reads the neighbouring tokens' POS tags and a short verb list.
import type { Kb } from '../../kb/kb.js';
import { tokenAt } from '../../model/document.js';
import type { Doc, Mention } from '../../model/types.js';

/** Verbs whose object is an actor ("accused Ankara", "render Bamako support"). */
const AGENT_OBJECT_VERBS = new Set([
  'render', 'give', 'gave', 'given', 'giving', 'provide', 'provided', 'providing', 'offer', 'offered', 'accuse', 'accused',
  'urge', 'urged', 'warn', 'warned', 'tell', 'told', 'ask', 'asked', 'support', 'supported', 'sanction', 'sanctioned',
  'criticise', 'criticised', 'criticize', 'criticized', 'blame', 'blamed', 'help', 'helped', 'condemn', 'condemned',
  'join', 'joined', 'pressure', 'pressured', 'persuade', 'persuaded', 'thank', 'thanked', 'back', 'backed',
]);

/** Parts of a city: a capital that owns one is the place ("Beirut's southern suburbs"). */
const CITY_PARTS = new Set(
  'suburb suburbs outskirts district districts neighbourhood neighbourhoods neighborhood neighborhoods street streets centre center airport port harbour harbor residents hospital hospitals'.split(' '),
);

/** Prepositions whose object is a party to relations, not a place. */
const PARTY_PREPS = new Set(['with', 'against']);

/** The capital's country when this capital mention is used as an agent, else null. */
export function metonymCountry(doc: Doc, kb: Kb, m: Mention): string | null {
  if (!m.kb) return null;
  const country = kb.capitalOf.get(m.kb);
  if (!country) return null;
  const { pos, count, start, end } = doc.tokens;
  const first = tokenAt(doc, m.start);
  let last = first;
  while (last + 1 < count && end[last] < m.end) last++;
  const prev = first - 1;
  const next = last + 1;
  const prevPos = prev >= 0 && doc.tokens.sentence[prev] === doc.tokens.sentence[first] ? pos[prev] : '';
  const nextText = next < count ? doc.text.slice(start[next], end[next]) : '';
  // "after Moscow's invasion": a possessor acts, whatever comes before it; not "Beirut's southern
  // suburbs", "Kyiv's main airport", which are parts of the city
  if (nextText === "'s" || nextText === '’s') {
    let k = next + 1;
    while (k < count && pos[k] === 'ADJ') k++;
    return k < count && CITY_PARTS.has(doc.text.slice(start[k], end[k]).toLowerCase()) ? null : country;
  }
  if (prevPos === 'ADP') {
    // "ties with Moscow", "sanctions against Ankara": a party to relations is the state; "in Moscow", "to Moscow" is the place
    return PARTY_PREPS.has(doc.text.slice(start[prev], end[prev]).toLowerCase()) ? country : null;
  }
  if (next < count && (pos[next] === 'VERB' || pos[next] === 'AUX')) return country;
  // ("Mogadishu, which considers X part of its territory, recalled": a relative clause of a thinking or acting city, opening
  // its sentence)
  if (nextText === ',' && next + 1 < count && /^(?:which|whose)$/i.test(doc.text.slice(start[next + 1], end[next + 1])) && (prev < 0 || doc.tokens.sentence[prev] !== doc.tokens.sentence[first])) return country;
  if (prev >= 0 && AGENT_OBJECT_VERBS.has(doc.text.slice(start[prev], end[prev]).toLowerCase())) return country;
  return null;
}
