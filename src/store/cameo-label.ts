// Human names for CAMEO codes ("042" -> "Make a visit"): a `names` table in data/cameo.json (built
// by the events work from the PETRARCH2/CAMEO lexicon) when it has one, else the name of the code's
// root category, which is hand-written here (20 fixed names from the CAMEO manual) so the store
// always has a readable label. Loaded once, lazily, tolerant of the file's exact shape.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let names: Map<string, string> | null = null;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  const path = fileURLToPath(new URL('../../data/cameo.json', import.meta.url));
  if (!existsSync(path)) return map;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    const add = (code: unknown, v: unknown) => {
      const name = typeof v === 'string' ? v : (v as { name?: unknown; label?: unknown })?.name ?? (v as { label?: unknown })?.label;
      if (typeof code === 'string' && /^\d{2,4}$/.test(code) && typeof name === 'string') map.set(code, name);
    };
    const visit = (d: any) => {
      if (Array.isArray(d)) for (const x of d) add(x?.code ?? x?.cameo, x);
      else if (d && typeof d === 'object') {
        for (const [k, v] of Object.entries(d)) {
          if (/^\d{2,4}$/.test(k)) add(k, v);
          else if (v && typeof v === 'object') visit(v);
        }
      }
    };
    // only a table of names: other code-keyed tables (Goldstein weights, event types) are not names
    if (data?.names) visit(data.names);
  } catch {
    // a malformed or half-written file: fall back to bare codes
  }
  return map;
}

/** The 20 root categories of CAMEO (Schrodt, CAMEO Conflict and Mediation Event Observations manual). */
const ROOTS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

/** The CAMEO name of a code, else of its nearest named parent, else its root's name, else "". */
export function cameoLabel(code: string): string {
  names ??= load();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const n = names.get(c);
    if (n) return n;
  }
  return ROOTS[code.slice(0, 2)] ?? '';
}
