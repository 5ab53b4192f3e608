// The annotated-article renderer (web/src/annotate.ts): span layout rules, and rendering from
// {text, spans} into DOM nodes (linkedom stands in for the browser) without losing or parsing text.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { layout, renderAnnotated, type AnnSpan } from '../../web/src/annotate.js';

const span = (start: number, end: number, kind: AnnSpan['kind'], label = 'X', entity: string | null = null): AnnSpan => ({ start, end, kind, label, info: [`${kind} ${label}`], entity });

describe('layout', () => {
  it.each<[string, AnnSpan[], [number, number, string][]]>([
    ['entity beats an overlapping event trigger', [span(0, 5, 'event'), span(2, 8, 'entity')], [[2, 8, 'entity']]],
    ['longer of two entities wins', [span(0, 4, 'entity'), span(0, 9, 'entity')], [[0, 9, 'entity']]],
    ['disjoint atoms all kept, in order', [span(10, 12, 'date'), span(0, 3, 'entity'), span(5, 7, 'quantity')], [[0, 3, 'entity'], [5, 7, 'quantity'], [10, 12, 'date']]],
    ['out-of-range and empty spans dropped', [span(-1, 3, 'entity'), span(4, 4, 'date'), span(5, 99, 'event')], []],
  ])('%s', (_name, spans, want) => {
    expect(layout(20, spans).atoms.map((a) => [a.start, a.end, a.kind])).toEqual(want);
  });

  it('snaps quote edges out of atoms and drops overlapping quotes', () => {
    const { quotes } = layout(40, [span(2, 8, 'entity'), span(5, 20, 'quote'), span(15, 30, 'quote'), span(25, 35, 'quote')]);
    expect(quotes.map((q) => [q.start, q.end])).toEqual([[2, 20], [25, 35]]);
  });
});

describe('renderAnnotated', () => {
  beforeAll(() => {
    (globalThis as any).document = parseHTML('<!doctype html><html><body></body></html>').document;
  });

  it('keeps the text intact, marks atoms inside quotes, and never parses markup', () => {
    const text = 'Ann said "<b>we</b> agree with Bob" <img src=x onerror=alert(1)> today.';
    const q0 = text.indexOf('"'), q1 = text.indexOf('"', q0 + 1) + 1;
    const bob = text.indexOf('Bob');
    const spans = [span(0, 3, 'entity', 'PERSON', 'PERSON:ann'), span(q0, q1, 'quote', 'direct'), span(bob, bob + 3, 'entity', 'PERSON', 'PERSON:bob'), span(text.indexOf('today'), text.indexOf('today') + 5, 'date', 'DATE')];
    const host = document.createElement('div');
    host.appendChild(renderAnnotated(text, spans));
    expect(host.textContent).toBe(text);
    expect(host.querySelectorAll('b, img').length).toBe(0);
    const quote = host.querySelector('.ann-quote')!;
    expect(quote.textContent).toBe(text.slice(q0, q1));
    expect(quote.querySelector('a.ann-entity')!.getAttribute('href')).toBe('#/entity/PERSON%3Abob');
    expect(host.querySelector('mark.ann-date')!.textContent).toBe('today');
    expect(host.querySelector('a.ann-entity')!.getAttribute('data-tip')).toBe('entity PERSON');
  });
});
