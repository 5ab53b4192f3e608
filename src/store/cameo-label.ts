// Human names for CAMEO codes ("042" -> "Make a visit"), read from data/cameo.json (built by the
// events work from the PETRARCH2/CAMEO lexicon) when it is present; without it the code itself is
// the label. Loaded once, lazily, and tolerant of the file's exact shape.
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
    visit(data);
  } catch {
    // a malformed or half-written file: fall back to bare codes
  }
  return map;
}

/** The CAMEO name of a code, else of its nearest parent code, else "" when unknown. */
export function cameoLabel(code: string): string {
  names ??= load();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const n = names.get(c);
    if (n) return n;
  }
  return '';
}
