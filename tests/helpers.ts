import type { toExtractJson } from '../src/model/extract-json.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseText } from '../src/analyse.js';
import type { Doc } from '../src/model/types.js';
import { createContext, type Context } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
/** The development corpora live in ../shared, which a user's fresh clone does not have. */
export const hasShared = existsSync(shared + 'data/README.md');
export const sharedMissing = 'skipped: ../shared (development corpora and scorers) is not present in this checkout';

const pipeline = defaultPipeline();
const ctx: Context = createContext();

/** Runs the whole default pipeline over a string. */
export function analyse(text: string, published: string | null = null): Doc {
  return analyseText(text, pipeline, published ? { ...ctx, published } : ctx);
}

/** All mention texts of the entity that has a mention with this text. */
export function entityOf(doc: Doc, mentionText: string) {
  const m = doc.mentions.find((m) => m.text === mentionText && m.entity);
  return m ? doc.entities.find((e) => e.id === m.entity) : undefined;
}

/** Every span in an extract object: entity mentions, quotes (and their speaker/cue), events' evidence, dates, quantities. */
export function allSpans(out: ReturnType<typeof toExtractJson>) {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const e of out.entities) spans.push(...e.mentions);
  for (const q of out.quotes) {
    spans.push(q);
    if (q.speaker.mention) spans.push(q.speaker.mention);
    if (q.cue) spans.push(q.cue);
  }
  for (const v of out.events) spans.push(v.evidence, v.trigger);
  spans.push(...out.dates, ...out.quantities);
  return spans;
}

