// Entity page: profile (type, aliases, roles with dates, country), a timeline of its events,
// quotes by and about it, and its strongest relations (from the graph endpoint).
import { api } from '../api.js';
import { docHref, entityHref, h, note, QUAD_NAMES, route, svg } from '../dom.js';

export const quoteItem = (q: any, withSpeaker: boolean) =>
  h('li', { class: 'quote' },
    h('blockquote', {}, q.text),
    h('div', { class: 'muted' },
      withSpeaker ? [q.speaker ? h('a', { class: 'speaker', href: entityHref(q.speaker.id) }, q.speaker.name) : h('span', { class: 'speaker' }, q.speakerText ?? 'unknown speaker'), ' · '] : null,
      h('a', { href: docHref(q.document, q.start) }, q.title ?? 'article'),
      q.published ? ` · ${q.published}` : null,
    ),
  );

const who = (x: any) => (x ? h('a', { href: entityHref(x.id) }, x.name) : h('span', { class: 'muted' }, '—'));

export const eventRow = (v: any) =>
  h('tr', {},
    h('td', {}, v.date ?? ''),
    h('td', {}, h('span', { class: `quad q${v.quadClass}`, title: QUAD_NAMES[v.quadClass - 1] }, v.type), ' ', h('span', { class: 'muted' }, v.cameo)),
    h('td', {}, who(v.source), ' → ', who(v.target)),
    h('td', { class: 'evidence' }, h('a', { href: docHref(v.document, v.evidence.start) }, v.evidence.text)),
  );

export const eventTable = (events: any[]) =>
  h('table', { class: 'events' }, h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Event'), h('th', {}, 'Who → whom'), h('th', {}, 'Evidence'))), h('tbody', {}, events.map(eventRow)));

/** Bars per period (total events), each with its per-type breakdown on hover. */
function timelineChart(buckets: { period: string; type: string; count: number }[]): Element {
  const by = new Map<string, Map<string, number>>();
  for (const b of buckets) {
    const m = by.get(b.period) ?? new Map();
    m.set(b.type, (m.get(b.type) ?? 0) + b.count);
    by.set(b.period, m);
  }
  const periods = [...by.keys()].sort();
  if (!periods.length) return note('No dated events.');
  const totals = periods.map((p) => [...by.get(p)!.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(...totals), W = 640, H = 120, bw = Math.max(4, Math.min(40, W / periods.length - 2));
  return svg('svg', { viewBox: `0 0 ${W} ${H + 20}`, class: 'timeline', role: 'img', 'aria-label': 'events per period' },
    periods.map((p, i) => {
      const bh = Math.max(2, (totals[i] / max) * H), x = i * (W / periods.length);
      const tip = `${p}: ${totals[i]} events\n` + [...by.get(p)!].map(([t, n]) => `${t}: ${n}`).join('\n');
      return svg('g', { 'data-tip': tip }, svg('rect', { x, y: H - bh, width: bw, height: bh, class: 'bar' }), i % Math.ceil(periods.length / 8) === 0 ? svg('text', { x, y: H + 14, class: 'tick' }, p) : null);
    }),
  );
}

export async function entityView(el: HTMLElement, _p: URLSearchParams, id: string): Promise<void> {
  const { entity: e } = await api(`entities/${encodeURIComponent(id)}`);
  const [timeline, graph] = await Promise.all([api('timeline', { entity: e.id, granularity: 'month' }), api('graph', { entity: e.id, limit: 40 })]);
  const relations = (graph.graph.edges as any[])
    .filter((x) => x.source === e.id || x.target === e.id)
    .map((x) => ({ ...x, other: (graph.graph.nodes as any[]).find((n) => n.id === (x.source === e.id ? x.target : x.source)) }))
    .filter((x) => x.other)
    .sort((a, b) => b.events * 3 + b.comentions - (a.events * 3 + a.comentions))
    .slice(0, 15);
  el.className = 'entity-page';
  el.append(
    h('h1', {}, e.name, ' ', h('span', { class: `chip lab-${e.type}` }, e.type)),
    h('p', { class: 'muted' }, `${e.mentions} mentions in ${e.documents} documents`, e.kb ? ` · ${e.kb}` : '', ' · ', h('a', { href: route('/graph', { entity: e.id }) }, 'graph'), ' · ', h('a', { href: route('/search', { q: e.name }) }, 'search')),
    h('section', { class: 'profile' },
      h('dl', {},
        h('dt', {}, 'Also called'), h('dd', { class: 'aliases' }, e.aliases.length ? e.aliases.join(' · ') : '—'),
        e.country ? [h('dt', {}, 'Country'), h('dd', {}, h('a', { href: entityHref(e.country.id) }, e.country.name))] : null,
        h('dt', {}, 'Roles'),
        h('dd', {}, e.roles.length ? h('ul', { class: 'roles' }, e.roles.map((r: any) => h('li', {}, r.title, r.ofName ? [', ', r.of ? h('a', { href: entityHref(r.of) }, r.ofName) : r.ofName] : null, ' ', h('a', { class: 'muted', href: docHref(r.document), title: r.evidence }, `(${r.published ?? 'undated'})`)))) : '—'),
      ),
    ),
    h('section', { class: 'cols2' },
      h('div', { class: 'relations' }, h('h2', {}, 'Strongest relations'),
        relations.length
          ? h('ul', { class: 'rels' }, relations.map((x) => h('li', {}, h('a', { href: entityHref(x.other.id) }, x.other.name), ' ', h('span', { class: 'muted' }, `${x.events} events · ${x.comentions} shared articles`), ' ', h('span', { class: 'quadbar' }, (x.quad as number[]).map((n, i) => (n ? h('span', { class: `quad q${i + 1}`, title: QUAD_NAMES[i] }, String(n)) : null))))))
          : note('None yet.')),
      h('div', {}, h('h2', {}, 'Appears with'), h('div', { class: 'chips' }, e.cooccurring.slice(0, 20).map((c: any) => h('a', { class: `chip lab-${c.type}`, href: entityHref(c.id), title: `${c.documents} shared documents` }, c.name)))),
    ),
    h('h2', {}, 'Timeline of events'),
    timelineChart(timeline.buckets),
    e.events.length ? eventTable(e.events) : note('No events.'),
    h('section', { class: 'cols2' },
      h('div', { class: 'quotes-by' }, h('h2', {}, `Quotes by ${e.name} (${e.totals?.quotesBy ?? e.quotesBy.length})`), e.quotesBy.length ? h('ul', { class: 'quotes' }, e.quotesBy.map((q: any) => quoteItem(q, false))) : note('None.')),
      h('div', { class: 'quotes-about' }, h('h2', {}, `Quotes about ${e.name} (${e.totals?.quotesAbout ?? e.quotesAbout.length})`), e.quotesAbout.length ? h('ul', { class: 'quotes' }, e.quotesAbout.map((q: any) => quoteItem(q, true))) : note('None.')),
    ),
    h('h2', {}, 'Mentions'),
    h('ul', { class: 'mentions' }, e.mentionList.slice(0, 50).map((m: any) => h('li', {}, h('a', { href: docHref(m.document, m.start) }, m.title ?? m.document.slice(0, 8)), ': ', h('span', { class: 'context' }, m.context)))),
  );
}
