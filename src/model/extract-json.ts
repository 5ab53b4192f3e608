import type { Doc } from './types.js';

export const EXTRACT_SCHEMA = 'newsgraph.extract/1';

/**
 * The public output contract (`../shared/docs/extract-json.md`, schema newsgraph.extract/1).
 * Fields beyond the contract (kind, roles, provenance, modality) are additions the contract allows.
 * `reported: false` leaves out reported speech (quotes with `direct: false`), as `extract` does by default.
 */
export function toExtractJson(doc: Doc, opts: { reported?: boolean } = {}) {
  const reported = opts.reported ?? true;
  return {
    schema: EXTRACT_SCHEMA,
    document: { id: doc.id, source: doc.source, title: doc.title, published: doc.published, text: doc.text },
    entities: doc.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      kb: e.kb,
      mentions: e.mentions.map((i) => {
        const m = doc.mentions[i];
        return { start: m.start, end: m.end, text: m.text, kind: m.kind, ...(m.metonymOf ? { metonymy: true } : {}), rule: `${m.source.stage}/${m.source.rule}` };
      }),
      roles: e.roles.map((r) => ({ title: r.title, of: r.of, evidence: r.evidence })),
      ...(e.country ? { country: e.country } : {}),
    })),
    quotes: (reported ? doc.quotes : doc.quotes.filter((q) => q.direct)).map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      cue: q.cue,
      direct: q.direct,
      fragment: q.fragment,
      rule: `${q.source.stage}/${q.source.rule}`,
    })),
    events: doc.events.map((v) => ({
      id: v.id,
      type: v.type,
      cameo: v.cameo,
      quadClass: v.quadClass,
      goldstein: v.goldstein,
      source: v.source,
      target: v.target,
      date: v.date,
      location: v.location,
      evidence: v.evidence,
      trigger: v.trigger,
      modality: v.modality,
      negated: v.negated,
      rule: `${v.provenance.stage}/${v.provenance.rule}`,
    })),
    dates: doc.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, resolution: d.resolution, inferred: d.inferred })),
    quantities: doc.quantities.map((q) => ({ start: q.start, end: q.end, text: q.text, value: q.value, unit: q.unit, approximate: q.approximate })),
  };
}

export type ExtractJson = ReturnType<typeof toExtractJson>;
