// Tiny DOM helpers. Data is only ever inserted as text (createTextNode / textContent); there is no
// innerHTML anywhere in the app, and event-handler attributes are refused, so article text and
// titles (untrusted) cannot become markup or script.
export type Child = Node | string | number | null | undefined | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | null | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error(`refusing attribute ${k}`);
    if (k === 'href' && typeof v === 'string' && !/^(#|\/|https?:)/.test(v)) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (/^on/i.test(k) || k === 'style') throw new Error(`refusing attribute ${k}`);
    el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export const clear = (el: Element): void => el.replaceChildren();

/** Href of an in-app route with query parameters. */
export function route(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#${path}${s ? '?' + s : ''}`;
}

export const entityHref = (id: string) => route(`/entity/${encodeURIComponent(id)}`);
export const docHref = (id: string, at?: number) => route(`/doc/${id}`, { at });

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const CAMEO_ROOTS: [string, string][] = [
  ['01', 'make public statement'], ['02', 'appeal'], ['03', 'express intent to cooperate'], ['04', 'consult'], ['05', 'engage in diplomatic cooperation'],
  ['06', 'engage in material cooperation'], ['07', 'provide aid'], ['08', 'yield'], ['09', 'investigate'], ['10', 'demand'], ['11', 'disapprove'],
  ['12', 'reject'], ['13', 'threaten'], ['14', 'protest'], ['15', 'exhibit force posture'], ['16', 'reduce relations'], ['17', 'coerce'],
  ['18', 'assault'], ['19', 'fight'], ['20', 'use unconventional mass violence'],
];

/** A message box for loading and errors (text only). */
export const note = (text: string, cls = 'note') => h('p', { class: cls }, text);
