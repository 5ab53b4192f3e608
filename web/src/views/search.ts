// Search across entities (name prefix or alias), quotes (text) and documents (full text).
import { api } from '../api.js';
import { h, note } from '../dom.js';
import { docRow, entityChip } from './home.js';
import { quoteItem } from './entity.js';

export async function searchView(el: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = (params.get('q') ?? '').trim();
  if (!q) {
    el.append(note('Type something in the search box.'));
    return;
  }
  const r = await api('search', { q, limit: 20 });
  el.append(
    h('h1', {}, 'Search: ', h('q', {}, q)),
    h('section', { class: 'results' },
      h('div', { class: 'res-entities' }, h('h2', {}, `Entities (${r.entities.length})`), r.entities.length ? h('div', { class: 'chips' }, r.entities.map(entityChip)) : note('None.')),
      h('div', { class: 'res-quotes' }, h('h2', {}, `Quotes (${r.quotes.length})`), r.quotes.length ? h('ul', { class: 'quotes' }, r.quotes.map((x: any) => quoteItem(x, true))) : note('None.')),
      h('div', { class: 'res-documents' }, h('h2', {}, `Documents (${r.documents.length})`), r.documents.length ? h('ul', { class: 'list' }, r.documents.map(docRow)) : note('None.')),
    ),
  );
}
