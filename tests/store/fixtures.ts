// Hand-built documents for the store tests: invented countries and people, with mentions, entities,
// roles, quotes and events set by hand so the store is tested independently of the extraction stages.
import { createDoc, normaliseText } from '../../src/model/document.js';
import type { Doc, EntityType, Mention, MentionKind, TextSpan } from '../../src/model/types.js';

const P = { stage: 'test', rule: 'hand' };

/** Builds a doc whose spans are found by searching the text (nth occurrence). */
export class DocBuilder {
  readonly doc: Doc;
  constructor(text: string, meta: { title?: string; published?: string | null; source?: string } = {}) {
    this.doc = createDoc(normaliseText(text), { title: meta.title ?? null, published: meta.published ?? null, source: meta.source ?? 'test.txt' });
    // one sentence per line-or-period, enough for the store's evidence contexts
    const re = /[^.\n]+[.]?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.doc.text))) {
      const lead = m[0].length - m[0].trimStart().length;
      if (m[0].trim()) this.doc.sentences.push({ start: m.index + lead, end: m.index + m[0].length, firstToken: 0, endToken: 0, paragraph: 0 });
    }
  }
  span(s: string, nth = 1): TextSpan {
    let at = -1;
    for (let i = 0; i < nth; i++) {
      at = this.doc.text.indexOf(s, at + 1);
      if (at < 0) throw new Error(`fixture: "${s}" #${nth} not in text`);
    }
    return { start: at, end: at + s.length, text: s };
  }
  entity(id: string, name: string, type: EntityType, kb: string | null, mentions: [string, number?, MentionKind?][], extra: { country?: string } = {}): this {
    const idx: number[] = [];
    for (const [t, nth, kind] of mentions) {
      const m: Mention = { ...this.span(t, nth ?? 1), type, kind: kind ?? 'name', kb, entity: id, source: P };
      idx.push(this.doc.mentions.push(m) - 1);
    }
    this.doc.entities.push({ id, name, type, kb, mentions: idx, roles: [], country: extra.country ?? null });
    return this;
  }
  role(entity: string, title: string, of: string | null, evidence: string): this {
    this.doc.entities.find((e) => e.id === entity)!.roles.push({ title, of, evidence: this.span(evidence), source: P });
    return this;
  }
  quote(text: string, speaker: string | null, speakerText: [string, number] | null, cue: string | null, direct = true): this {
    this.doc.quotes.push({
      ...this.span(text),
      speaker: { entity: speaker, mention: speakerText ? this.span(...speakerText) : null },
      cue: cue ? this.span(cue) : null,
      direct,
      fragment: false,
      source: P,
    });
    return this;
  }
  event(type: string, cameo: string, quad: 1 | 2 | 3 | 4, goldstein: number, source: string | null, target: string | null, evidence: string, trigger: string, date: string | null = null, location: string | null = null): this {
    this.doc.events.push({
      id: `v${this.doc.events.length + 1}`, type, cameo, quadClass: quad, goldstein, source, target, location,
      date: date ? { value: date, resolution: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' } : null,
      evidence: this.span(evidence), trigger: this.span(trigger), modality: 'asserted', negated: false, provenance: P,
    });
    return this;
  }
  date(text: string, value: string): this {
    this.doc.dates.push({ ...this.span(text), value, resolution: value.length === 10 ? 'day' : 'month', inferred: false, source: P });
    return this;
  }
  quantity(text: string, value: number, unit: string | null): this {
    this.doc.quantities.push({ ...this.span(text), value, unit, approximate: false, source: P });
    return this;
  }
}

export function docA(): Doc {
  const b = new DocBuilder(
    `Aldoria and Venmark sign water accord

President Mara Keln of Aldoria met Venmark's foreign minister, Tomas Ruud, in Lisbon on 3 March 2023. "Our rivers do not stop at borders, and Venmark knows it," Keln said. Ruud criticised Aldoria over the 40 km dam project.`,
    { title: 'Aldoria and Venmark sign water accord', published: '2023-03-04', source: 'a.txt' },
  );
  b.entity('e1', 'Mara Keln', 'PERSON', null, [['Mara Keln'], ['Keln', 2]], { country: 'e2' })
    .entity('e2', 'Aldoria', 'GPE', 'iso3:ALD', [['Aldoria'], ['Aldoria', 2], ['Aldoria', 3]])
    .entity('e3', 'Venmark', 'GPE', 'iso3:VNM', [['Venmark'], ['Venmark', 2], ['Venmark', 3]])
    .entity('e4', 'Tomas Ruud', 'PERSON', null, [['Tomas Ruud'], ['Ruud', 2]], { country: 'e3' })
    .entity('e5', 'Lisbon', 'GPE', null, [['Lisbon']])
    .role('e1', 'President', 'e2', 'President Mara Keln of Aldoria')
    .role('e4', 'Foreign Minister', 'e3', "Venmark's foreign minister, Tomas Ruud")
    .quote('"Our rivers do not stop at borders, and Venmark knows it,"', 'e1', ['Keln', 2], 'said')
    .event('consult', '040', 1, 1, 'e1', 'e4', 'President Mara Keln of Aldoria met Venmark', 'met', '2023-03-03', 'e5')
    .event('criticize', '111', 3, -2, 'e4', 'e2', 'Ruud criticised Aldoria over the 40 km dam project.', 'criticised')
    .date('3 March 2023', '2023-03-03')
    .quantity('40 km', 40, 'km');
  return b.doc;
}

export function docB(): Doc {
  const b = new DocBuilder(
    `Keln visits Brenholt

Aldoria's President Mara Keln arrived in Brenholt on Monday 🚀 for talks. "We came to listen," Keln told reporters. Brenholt praised Aldoria for the visit.`,
    { title: 'Keln visits Brenholt', published: '2023-05-08', source: 'b.txt' },
  );
  b.entity('e1', 'Aldoria', 'GPE', 'iso3:ALD', [["Aldoria's"], ['Aldoria', 2]])
    .entity('e2', 'Mara Keln', 'PERSON', null, [['Keln'], ['Mara Keln'], ['Keln', 3]], { country: 'e1' })
    .entity('e3', 'Brenholt', 'GPE', 'iso3:BRH', [['Brenholt'], ['Brenholt', 2], ['Brenholt', 3]])
    .role('e2', 'President', 'e1', "Aldoria's President Mara Keln")
    .quote('"We came to listen,"', 'e2', ['Keln', 3], 'told')
    .event('visit', '042', 1, 1.9, 'e2', 'e3', 'Mara Keln arrived in Brenholt on Monday', 'arrived', '2023-05-08')
    .event('praise', '051', 1, 3.4, 'e3', 'e1', 'Brenholt praised Aldoria for the visit.', 'praised');
  return b.doc;
}
