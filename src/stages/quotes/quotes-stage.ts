// The quote stage: direct quotes between quotation marks with their cue and speaker, short quoted
// fragments, and reported speech ("Lavrov said that …"). The steps live in the numbered files of
// this folder; this file only chains them. Documents without quote marks skip straight to the
// reported-speech step, which itself only looks at sentences holding a reporting verb.
import type { Stage } from '../../pipeline/stage.js';
import { findMarkSpans, QUOTE_CHARS } from './01-marks.js';
import { createResolver } from './04-resolve.js';
import { directQuotes } from './05-direct.js';
import { indirectQuotes } from './06-indirect.js';
import { resolveSpeakerPronouns } from './07-coref.js';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const resolver = createResolver(doc);
    const spans = QUOTE_CHARS.test(doc.text) ? findMarkSpans(doc.text, doc.paragraphs) : [];
    const direct = spans.length ? directQuotes(doc, spans, resolver) : [];
    const reported = indirectQuotes(doc, direct, resolver, null);
    doc.quotes = reported.length ? [...direct, ...reported].sort((a, b) => a.start - b.start) : direct;
    resolveSpeakerPronouns(doc, doc.quotes, resolver);
  },
};
