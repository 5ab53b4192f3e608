// Map: countries shaded by event counts over a date range (d3-geo projection of the bundled
// world-atlas 110m TopoJSON; features carry ISO numeric ids, the API gives each country's ccn3).
// Clicking a country lists its events.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { api } from '../api.js';
import { CAMEO_ROOTS, entityHref, h, note, route, svg } from '../dom.js';
import { eventTable } from './entity.js';

/** shade classes s0..s7 / f0..f7, colours in style.css */
const SHADES = [0, 1, 2, 3, 4, 5, 6, 7];

export async function mapView(el: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters = { since: params.get('since') ?? '', until: params.get('until') ?? '', cameoRoot: params.get('cameoRoot') ?? '', country: params.get('country') ?? '' };
  const form = h('form', { class: 'filters' },
    h('label', {}, 'From ', h('input', { name: 'since', value: filters.since, placeholder: 'YYYY-MM-DD', size: 10 })),
    h('label', {}, 'To ', h('input', { name: 'until', value: filters.until, placeholder: 'YYYY-MM-DD', size: 10 })),
    h('label', {}, 'Event type ', h('select', { name: 'cameoRoot' }, h('option', { value: '' }, 'all'), CAMEO_ROOTS.map(([c, n]) => h('option', { value: c, selected: c === filters.cameoRoot }, `${c} ${n}`)))),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = route('/map', Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()])));
  });
  const q = { since: filters.since || undefined, until: filters.until || undefined, cameoRoot: filters.cameoRoot || undefined };
  const { countries } = await api('map', q);
  const byCcn3 = new Map<string, any>(countries.filter((c: any) => c.ccn3).map((c: any) => [c.ccn3, c]));
  const max = Math.max(1, ...countries.map((c: any) => c.events));
  // a shade class (CSS fills beat SVG fill attributes, and the CSP allows no inline style)
  const shade = (n: number) => Math.min(SHADES.length - 1, Math.floor((Math.log1p(n) / Math.log1p(max)) * (SHADES.length - 1)));

  const W = 960, H = 500;
  const geo = feature(world as any, (world as any).objects.countries) as any;
  const projection = geoNaturalEarth1().fitSize([W, H], geo);
  const path = geoPath(projection);
  const details = h('div', { class: 'map-details' }, note('Click a shaded country for its events.'));
  const map = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'events per country' },
    svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    (geo.features as any[]).map((f) => {
      const c = byCcn3.get(String(f.id));
      const attrs: Record<string, string> = { d: path(f) ?? '', class: c ? `country has-events f${shade(c.events)}` : 'country', 'data-id': String(f.id ?? ''), 'data-tip': c ? `${c.name}: ${c.events} events` : `${f.properties?.name ?? ''}: no events` };
      if (c) Object.assign(attrs, { 'data-iso3': c.iso3, 'data-events': String(c.events) });
      return svg('path', attrs);
    }),
  );
  const showCountry = async (iso3: string) => {
    const c = countries.find((x: any) => x.iso3 === iso3);
    if (!c) return;
    map.querySelectorAll('.selected').forEach((p) => p.classList.remove('selected'));
    map.querySelector(`[data-iso3="${CSS.escape(iso3)}"]`)?.classList.add('selected');
    details.replaceChildren(note('Loading…'));
    const ev = await api('events', { actor: c.entity, since: q.since, until: q.until, cameo: q.cameoRoot, limit: 100 });
    details.replaceChildren(h('h2', {}, h('a', { href: entityHref(c.entity) }, c.name), ` — ${ev.total} events`), ev.items.length ? eventTable(ev.items) : note('No events as actor.'));
  };
  map.addEventListener('click', (e) => {
    const iso3 = (e.target as Element).getAttribute?.('data-iso3');
    if (iso3) location.hash = route('/map', { ...filters, country: iso3 });
  });
  el.className = 'map-page';
  el.append(
    h('h1', {}, 'Map'),
    form,
    h('div', { class: 'map-wrap' }, map),
    h('ul', { class: 'legend' }, h('li', {}, 'fewer events'), SHADES.map((s, i) => h('li', {}, h('span', { class: `shade s${i}` }, ''))), h('li', {}, `${max} events`)),
    details,
  );
  if (filters.country) await showCountry(filters.country);
}
