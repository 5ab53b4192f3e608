// The annotated-article view's core, like displaCy but for overlapping layers: renders a text and
// its spans (from {text, spans} alone) as text nodes and <mark>/<a> elements. Entity mentions,
// dates, event triggers and quantities are "atoms" (never split; the strongest wins an overlap);
// quotes are ranges that contain atoms, their edges snapped outwards so no atom is cut. All text
// goes through createTextNode, so markup in an article stays text.
import { entityHref, h } from './dom.js';

export type SpanKind = 'entity' | 'date' | 'event' | 'quantity' | 'quote';

export interface AnnSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** entity type, event type, … (drives the colour class) */
  label: string;
  /** lines shown on hover: linked entity, rule, … */
  info: string[];
  /** store id of the linked entity (entity mentions; quote speakers) */
  entity?: string | null;
  /** quotes: which speaker mention belongs to it, for highlighting together */
  group?: string;
}

const PRIORITY: Record<SpanKind, number> = { entity: 0, date: 1, event: 2, quantity: 3, quote: 9 };

/** Non-overlapping atoms chosen by kind priority then length; quotes non-overlapping and snapped. */
export function layout(textLength: number, spans: AnnSpan[]): { atoms: AnnSpan[]; quotes: AnnSpan[] } {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= textLength && s.start < s.end);
  const atoms: AnnSpan[] = [];
  const taken: [number, number][] = [];
  const free = (s: AnnSpan) => taken.every(([a, b]) => s.end <= a || s.start >= b);
  for (const s of valid.filter((s) => s.kind !== 'quote').sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (free(s)) {
      atoms.push(s);
      taken.push([s.start, s.end]);
    }
  }
  atoms.sort((a, b) => a.start - b.start);
  const snap = (x: number, out: 'start' | 'end') => {
    const a = atoms.find((t) => t.start < x && x < t.end);
    return a ? (out === 'start' ? a.start : a.end) : x;
  };
  const quotes: AnnSpan[] = [];
  for (const q of valid.filter((s) => s.kind === 'quote').sort((a, b) => a.start - b.start || b.end - a.end)) {
    const s = { ...q, start: snap(q.start, 'start'), end: snap(q.end, 'end') };
    if (!quotes.length || s.start >= quotes[quotes.length - 1].end) quotes.push(s);
  }
  return { atoms, quotes };
}

function atomElement(text: string, s: AnnSpan): HTMLElement {
  const attrs = { class: `ann ann-${s.kind} lab-${s.label.replace(/[^A-Za-z0-9_-]/g, '_')}`, 'data-kind': s.kind, 'data-label': s.label, 'data-tip': s.info.join('\n'), 'data-start': s.start, 'data-end': s.end };
  const body = text.slice(s.start, s.end);
  return s.entity ? h('a', { ...attrs, href: entityHref(s.entity), 'data-entity': s.entity }, body) : h('mark', attrs, body);
}

/** The annotated text as a fragment of nodes. */
export function renderAnnotated(text: string, spans: AnnSpan[]): DocumentFragment {
  const { atoms, quotes } = layout(text.length, spans);
  const frag = document.createDocumentFragment();
  let ai = 0;
  const fill = (parent: Node, from: number, to: number) => {
    let at = from;
    while (ai < atoms.length && atoms[ai].start < to) {
      const a = atoms[ai++];
      if (a.start > at) parent.appendChild(document.createTextNode(text.slice(at, a.start)));
      parent.appendChild(atomElement(text, a));
      at = a.end;
    }
    if (to > at) parent.appendChild(document.createTextNode(text.slice(at, to)));
  };
  let at = 0;
  quotes.forEach((q, i) => {
    fill(frag, at, q.start);
    const el = h('span', { class: 'ann-quote', 'data-kind': 'quote', 'data-quote': i, 'data-tip': q.info.join('\n'), ...(q.entity ? { 'data-speaker': q.entity } : {}) });
    fill(el, q.start, q.end);
    frag.appendChild(el);
    at = q.end;
  });
  fill(frag, at, text.length);
  return frag;
}

/** Spans of a stored document (newsgraph.extract/1 plus storeIds) for the renderer. */
export function spansOfExtract(x: any, storeIds: Record<string, string>): AnnSpan[] {
  const names = new Map<string, string>((x.entities ?? []).map((e: any) => [e.id, e.name]));
  const nm = (id: string | null | undefined) => (id ? names.get(id) ?? id : '—');
  const out: AnnSpan[] = [];
  for (const e of x.entities ?? []) {
    for (const m of e.mentions ?? []) {
      out.push({
        start: m.start, end: m.end, kind: 'entity', label: e.type, entity: storeIds[e.id] ?? null,
        info: [`${e.name} (${e.type})`, `entity: ${storeIds[e.id] ?? e.id}${e.kb ? ` · kb ${e.kb}` : ''}`, `mention: ${m.kind ?? 'name'}${m.metonymy ? ', metonymy' : ''}`, `rule: ${m.rule ?? '?'}`],
      });
    }
  }
  for (const q of x.quotes ?? []) {
    out.push({
      start: q.start, end: q.end, kind: 'quote', label: q.direct ? 'direct' : 'reported', entity: q.speaker?.entity ? storeIds[q.speaker.entity] ?? null : null,
      info: [`quote (${q.direct ? 'direct' : 'reported'}${q.fragment ? ', fragment' : ''})`, `speaker: ${q.speaker?.entity ? nm(q.speaker.entity) : q.speaker?.mention?.text ?? 'unknown'}`, `rule: ${q.rule ?? '?'}`],
    });
  }
  for (const v of x.events ?? []) {
    const t = v.trigger ?? v.evidence;
    if (!t) continue;
    out.push({
      start: t.start, end: t.end, kind: 'event', label: `q${v.quadClass}`,
      info: [`event ${v.type} (CAMEO ${v.cameo}, quad class ${v.quadClass}, Goldstein ${v.goldstein})`, `${nm(v.source)} → ${nm(v.target)}`, ...(v.date ? [`date: ${v.date.value}`] : []), ...(v.modality && v.modality !== 'asserted' ? [`modality: ${v.modality}`] : []), ...(v.negated ? ['negated'] : []), `rule: ${v.rule ?? '?'}`],
    });
  }
  for (const d of x.dates ?? []) out.push({ start: d.start, end: d.end, kind: 'date', label: 'DATE', info: [`date: ${d.value ?? 'unresolved'} (${d.resolution})${d.inferred ? ', inferred' : ''}`, `rule: ${d.rule ?? 'dates'}`] });
  for (const q of x.quantities ?? []) out.push({ start: q.start, end: q.end, kind: 'quantity', label: 'QTY', info: [`quantity: ${q.value}${q.unit ? ' ' + q.unit : ''}${q.approximate ? ' (approx.)' : ''}`] });
  return out;
}
