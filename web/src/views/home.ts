// Home (store totals, top entities per type, latest documents) and the paged document list.
import { api } from '../api.js';
import { docHref, entityHref, h, route } from '../dom.js';

export const docRow = (d: any) =>
  h('li', {}, h('a', { href: docHref(d.id) }, d.title ?? d.source), ' ', h('span', { class: 'muted' }, [d.published ?? 'undated', ` · ${d.words} words`]), d.snippet ? h('div', { class: 'snippet' }, d.snippet) : null);

export const entityChip = (e: any) => h('a', { class: `chip lab-${e.type}`, href: entityHref(e.id), title: `${e.type} · ${e.mentions} mentions in ${e.documents} documents` }, e.name);

export async function homeView(el: HTMLElement): Promise<void> {
  const [{ stats }, people, places, orgs, docs] = await Promise.all([
    api('stats'),
    api('entities', { type: 'PERSON', limit: 15 }),
    api('entities', { type: 'GPE', limit: 15 }),
    api('entities', { type: 'ORG', limit: 15 }),
    api('documents', { limit: 10 }),
  ]);
  el.append(
    h('h1', {}, 'newsgraph'),
    h('p', { class: 'stats' }, `${stats.documents} documents · ${stats.words.toLocaleString('en')} words · ${stats.entities} entities · ${stats.quotes} quotes · ${stats.events} events`),
    h('section', { class: 'cols' },
      h('div', {}, h('h2', {}, 'People'), h('div', { class: 'chips' }, people.items.map(entityChip))),
      h('div', {}, h('h2', {}, 'Countries and places'), h('div', { class: 'chips' }, places.items.map(entityChip))),
      h('div', {}, h('h2', {}, 'Organisations'), h('div', { class: 'chips' }, orgs.items.map(entityChip))),
    ),
    h('h2', {}, 'Documents'),
    h('ul', { class: 'list' }, docs.items.map(docRow)),
    h('a', { href: route('/documents') }, 'All documents →'),
  );
}

export async function documentsView(el: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const page = await api('documents', { limit: 50, offset });
  el.append(
    h('h1', {}, 'Documents'),
    h('p', { class: 'muted' }, `${page.total} documents; ${offset + 1}–${Math.min(page.total, offset + page.items.length)}`),
    h('ul', { class: 'list' }, page.items.map(docRow)),
    h('nav', { class: 'pager' },
      offset > 0 ? h('a', { href: route('/documents', { offset: Math.max(0, offset - 50) }) }, '← Previous') : null,
      offset + 50 < page.total ? h('a', { href: route('/documents', { offset: offset + 50 }) }, 'Next →') : null,
    ),
  );
}
