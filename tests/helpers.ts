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
