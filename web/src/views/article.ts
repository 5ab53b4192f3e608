// Annotated article: the text with entities, quotes (with speakers), events and dates highlighted,
// a legend, hover details (linked entity, producing rule), and side lists of quotes and events.
import { api } from '../api.js';
import { renderAnnotated, spansOfExtract } from '../annotate.js';
import { entityHref, h, note, QUAD_NAMES } from '../dom.js';

const LEGEND: [string, string][] = [
  ['ann ann-entity lab-PERSON', 'person'], ['ann ann-entity lab-ORG', 'organisation'], ['ann ann-entity lab-GPE', 'country / city'], ['ann ann-entity lab-LOC', 'place'],
  ['ann ann-entity lab-NORP', 'group'], ['ann ann-entity lab-MISC', 'other'], ['ann-quote', 'quote'], ['ann ann-event', 'event trigger'], ['ann ann-date', 'date'], ['ann ann-quantity', 'quantity'],
];

export async function articleView(el: HTMLElement, params: URLSearchParams, id: string): Promise<void> {
  const { document: d } = await api(`documents/${id}`);
  const x = d.extract, text: string = x.document.text;
  const names = new Map<string, string>((x.entities ?? []).map((e: any) => [e.id, e.name]));
  const body = h('div', { class: 'article-text', lang: 'en' });
  body.appendChild(renderAnnotated(text, spansOfExtract(x, d.storeIds)));
  const speaker = (q: any) => {
    const sid = q.speaker?.entity ? d.storeIds[q.speaker.entity] : null;
    const name = q.speaker?.entity ? names.get(q.speaker.entity) : q.speaker?.mention?.text;
    return sid ? h('a', { class: 'speaker', href: entityHref(sid) }, name ?? sid) : h('span', { class: 'speaker muted' }, name ?? 'unknown');
  };
  const ent = (local: string | null) => (local ? h('a', { href: entityHref(d.storeIds[local] ?? local) }, names.get(local) ?? local) : '—');
  el.className = 'article-page';
  el.append(
    h('h1', {}, d.summary.title ?? d.summary.source),
    h('p', { class: 'muted' }, `${d.summary.published ?? 'undated'} · ${d.summary.words} words · ${d.summary.source.split(/[\\/]/).pop()}`),
    h('ul', { class: 'legend', 'aria-label': 'legend' }, LEGEND.map(([cls, label]) => h('li', {}, h('span', { class: `${cls} swatch` }, label)))),
    h('div', { class: 'article-grid' },
      h('article', {}, body),
      h('aside', {},
        h('h2', {}, `Quotes (${x.quotes.length})`),
        x.quotes.length ? h('ol', { class: 'quote-list' }, x.quotes.map((q: any) => h('li', { 'data-start': q.start }, h('q', {}, q.text.replace(/^["“”']|["“”']$/g, '')), ' — ', speaker(q)))) : note('None.'),
        h('h2', {}, `Events (${x.events.length})`),
        x.events.length ? h('ul', { class: 'event-list' }, x.events.map((v: any) => h('li', {}, h('span', { class: `quad q${v.quadClass}`, title: QUAD_NAMES[v.quadClass - 1] }, v.type), ' ', ent(v.source), ' → ', ent(v.target), v.date ? h('span', { class: 'muted' }, ` (${v.date.value})`) : null))) : note('None.'),
        h('h2', {}, `Entities (${x.entities.length})`),
        h('div', { class: 'chips' }, x.entities.map((e: any) => h('a', { class: `chip lab-${e.type}`, href: entityHref(d.storeIds[e.id] ?? e.id), title: `${e.mentions.length} mentions` }, e.name))),
      ),
    ),
  );
  const at = Number(params.get('at'));
  if (Number.isFinite(at) && params.has('at')) {
    const target = [...body.querySelectorAll<HTMLElement>('[data-start]')].find((m) => Number(m.dataset.start) >= at);
    if (target) {
      target.classList.add('focus');
      requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
    }
  }
}
