// Graph view (cytoscape.js, canvas): entities as nodes, edges coloured by the dominant quad class of
// their events (grey for co-mention only). Clicking a node expands its neighbourhood; filters by date
// range and CAMEO root are kept in the URL so a view can be shared.
import cytoscape from 'cytoscape';
import { api } from '../api.js';
import { CAMEO_ROOTS, entityHref, h, QUAD_NAMES, route } from '../dom.js';

export const QUAD_COLOURS = ['#2b8cbe', '#1a9850', '#f39c12', '#d7301f'];
const TYPE_COLOURS: Record<string, string> = { PERSON: '#7b61ff', ORG: '#0f9d8a', GPE: '#e0682b', LOC: '#b5892c', NORP: '#c2185b', EVENT: '#546e7a', MISC: '#78909c' };

const edgeColour = (quad: number[]) => {
  let best = -1, n = 0;
  quad.forEach((c, i) => c > n && ((n = c), (best = i)));
  return best < 0 ? '#b0b7bf' : QUAD_COLOURS[best];
};

export async function graphView(el: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const filters = { entity: params.get('entity') ?? '', since: params.get('since') ?? '', until: params.get('until') ?? '', cameoRoot: params.get('cameoRoot') ?? '' };
  const form = h('form', { class: 'filters' },
    h('label', {}, 'Centre ', h('input', { name: 'entity', value: filters.entity, placeholder: 'entity name or id', maxlength: 200 })),
    h('label', {}, 'From ', h('input', { name: 'since', value: filters.since, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
    h('label', {}, 'To ', h('input', { name: 'until', value: filters.until, placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
    h('label', {}, 'Event type ', h('select', { name: 'cameoRoot' }, h('option', { value: '' }, 'all'), CAMEO_ROOTS.map(([c, n]) => h('option', { value: c, selected: c === filters.cameoRoot }, `${c} ${n}`)))),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = route('/graph', Object.fromEntries([...f].map(([k, v]) => [k, String(v).trim()])));
  });
  const box = h('div', { id: 'cy', class: 'cy', 'aria-label': 'entity graph' });
  const info = h('div', { class: 'graph-info' }, 'Click a node to expand it; its page link appears here.');
  el.className = 'graph-page';
  el.append(
    h('h1', {}, 'Graph'),
    form,
    h('ul', { class: 'legend' }, QUAD_NAMES.map((n, i) => h('li', {}, h('span', { class: `quad q${i + 1}` }, n))), h('li', {}, h('span', { class: 'quad q0' }, 'mentioned together'))),
    h('div', { class: 'graph-wrap' }, box, info),
  );

  const cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(name)', 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: { width: 1, 'line-color': 'data(colour)', 'curve-style': 'haystack', opacity: 0.25 } },
      { selector: 'edge.ev', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.95, 'z-index': 10 } },
      { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
    ],
    layout: { name: 'preset' },
  });
  const q = { since: filters.since || undefined, until: filters.until || undefined, cameoRoot: filters.cameoRoot || undefined };
  const add = (g: any) => {
    const added = cy.collection();
    for (const n of g.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      added.merge(cy.add({ group: 'nodes', data: { id: n.id, name: n.name, type: n.type, colour: TYPE_COLOURS[n.type] ?? '#888', size: 14 + Math.min(36, Math.sqrt(n.mentions) * 3) } }));
    }
    for (const e of g.edges) {
      const id = `${e.source}|${e.target}`;
      if (cy.getElementById(id).nonempty() || cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      added.merge(cy.add({ group: 'edges', classes: e.events ? 'ev' : '', data: { id, source: e.source, target: e.target, colour: edgeColour(e.quad), width: 2 + Math.min(8, Math.log2(1 + e.events * 2 + e.comentions)), quad: e.quad, events: e.events, goldstein: e.goldstein, comentions: e.comentions } }));
    }
    return added;
  };
  // weak co-mention edges pull less than event edges, so event structure shows through the hairball
  const layoutOptions = (randomize: boolean) => ({
    name: 'cose', animate: false, randomize, padding: 20, nodeRepulsion: () => 400_000, nodeOverlap: 20, gravity: 0.2, numIter: 1500,
    idealEdgeLength: (e: cytoscape.EdgeSingular) => (e.data('events') ? 80 : 160),
    edgeElasticity: (e: cytoscape.EdgeSingular) => (e.data('events') ? 100 : 400),
  });
  const relayout = () => cy.layout(layoutOptions(false) as any).run();
  const g0 = await api('graph', { ...q, entity: filters.entity || undefined, limit: 50 });
  add(g0.graph);
  if (filters.entity) cy.nodes().first().addClass('centre');
  cy.nodes().forEach((n) => { if (n.id() === filters.entity || n.data('name') === filters.entity) n.addClass('centre'); });
  cy.layout(layoutOptions(true) as any).run();
  box.setAttribute('data-nodes', String(cy.nodes().length));
  box.setAttribute('data-edges', String(cy.edges().length));

  const describe = (node: cytoscape.NodeSingular) => {
    const edges = node.connectedEdges().toArray().sort((a, b) => b.data('events') - a.data('events')).slice(0, 8);
    info.replaceChildren(
      h('h2', {}, h('a', { href: entityHref(node.id()) }, node.data('name'))),
      h('p', { class: 'muted' }, node.data('type')),
      h('ul', {}, edges.map((e) => {
        const other = e.source().id() === node.id() ? e.target() : e.source();
        return h('li', {}, h('a', { href: entityHref(other.id()) }, other.data('name')), ` ${e.data('events')} events, Goldstein ${Number(e.data('goldstein')).toFixed(1)}, ${e.data('comentions')} shared articles`);
      })),
    );
  };
  cy.on('tap', 'node', async (evt) => {
    const node = evt.target as cytoscape.NodeSingular;
    describe(node);
    const g = await api('graph', { ...q, entity: node.id(), limit: 25 });
    const added = add(g.graph);
    if (added.nonempty()) relayout();
    box.setAttribute('data-nodes', String(cy.nodes().length));
    box.setAttribute('data-edges', String(cy.edges().length));
  });
  // for tests and scripts: the loaded graph as data (no behaviour attached)
  (window as any).__graph = {
    nodes: () => cy.nodes().map((n) => ({ id: n.id(), name: n.data('name') })),
    edges: () => cy.edges().map((e) => ({ source: e.data('source'), target: e.data('target'), quad: e.data('quad') })),
    /** page coordinates of a node, to click it */
    position: (id: string) => {
      const p = cy.getElementById(id).renderedPosition(), r = box.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
  };
  return () => cy.destroy();
}
