import type { Annotation, Doc } from '../model/types.js';
import type { Context } from './context.js';

/**
 * A named pipeline stage (after spaCy's components): it declares what it needs and what it fills,
 * and the pipeline checks the chain before any text is read.
 */
export interface Stage {
  name: string;
  requires: readonly Annotation[];
  assigns: readonly Annotation[];
  run(doc: Doc, ctx: Context): void;
}
