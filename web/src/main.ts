// The web app: hash routes (shareable URLs) to one view each, rendered into <main id="view">.
import './style.css';
import { clear, h, note, route } from './dom.js';
import { installTips } from './tip.js';
import { articleView } from './views/article.js';
import { documentsView, homeView } from './views/home.js';
import { entityView } from './views/entity.js';
import { graphView } from './views/graph.js';
import { mapView } from './views/map.js';
import { searchView } from './views/search.js';

export type View = (el: HTMLElement, params: URLSearchParams, arg: string) => Promise<void | (() => void)>;

const ROUTES: [RegExp, View][] = [
  [/^\/?$/, homeView],
  [/^\/documents$/, documentsView],
  [/^\/search$/, searchView],
  [/^\/entity\/(.+)$/, entityView],
  [/^\/doc\/([0-9a-f]+)$/, articleView],
  [/^\/graph$/, graphView],
  [/^\/map$/, mapView],
];

let cleanup: (() => void) | void;
let generation = 0;

async function render(): Promise<void> {
  const view = document.getElementById('view')!;
  const hash = location.hash.replace(/^#/, '');
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  if (cleanup) cleanup();
  cleanup = undefined;
  const gen = ++generation;
  clear(view);
  view.className = '';
  view.removeAttribute('data-ready');
  const q = document.getElementById('q') as HTMLInputElement;
  if (path === '/search') q.value = params.get('q') ?? '';
  for (const [re, fn] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    try {
      view.appendChild(note('Loading…', 'note loading'));
      const done = await fn(view, params, m[1] ? decodeURIComponent(m[1]) : '');
      if (gen !== generation) return done?.();
      view.querySelector('.loading')?.remove();
      cleanup = done;
      view.setAttribute('data-ready', 'true');
    } catch (e) {
      if (gen !== generation) return;
      clear(view);
      view.appendChild(note(`Error: ${(e as Error).message}`, 'note error'));
      view.setAttribute('data-ready', 'error');
    }
    return;
  }
  view.appendChild(h('div', {}, note('No such page.'), h('a', { href: '#/' }, 'Home')));
  view.setAttribute('data-ready', 'true');
}

document.getElementById('search-form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = (document.getElementById('q') as HTMLInputElement).value.trim();
  if (q) location.hash = route('/search', { q });
});
window.addEventListener('hashchange', () => void render());
installTips();
void render();
