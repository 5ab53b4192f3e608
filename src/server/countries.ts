// ISO 3166 numeric code (what world-atlas TopoJSON uses as feature ids) for each ISO3 code, from the
// world-countries package; the map endpoint adds it so the browser need not bundle that 1 MB table.
import { createRequire } from 'node:module';

let table: Map<string, string> | null = null;

export function ccn3Of(iso3: string): string | null {
  if (!table) {
    const countries = createRequire(import.meta.url)('world-countries') as { cca3: string; ccn3: string }[];
    table = new Map(countries.filter((c) => c.ccn3).map((c) => [c.cca3, c.ccn3]));
  }
  return table.get(iso3.toUpperCase()) ?? null;
}
