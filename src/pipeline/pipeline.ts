import type { Annotation, Doc } from '../model/types.js';
import { NewsgraphError } from '../util/errors.js';
import type { Context } from './context.js';
import type { Stage } from './stage.js';

/** The annotations a fresh document has before any stage runs. */
const INITIAL: readonly Annotation[] = [];

export class Pipeline {
  readonly stages: readonly Stage[];
  /** milliseconds spent in each stage, summed over all documents (for the benchmark) */
  readonly timings: Map<string, number> = new Map();
  profile = false;

  constructor(stages: readonly Stage[]) {
    const have = new Set<Annotation>(INITIAL);
    for (const stage of stages) {
      const missing = stage.requires.filter((a) => !have.has(a));
      if (missing.length)
        throw new NewsgraphError(
          'E_PIPELINE',
          `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns; add a stage that assigns it before "${stage.name}"`,
        );
      for (const a of stage.assigns) have.add(a);
    }
    this.stages = stages;
  }

  run(doc: Doc, ctx: Context): Doc {
    for (const stage of this.stages) {
      if (this.profile) {
        const t = performance.now();
        stage.run(doc, ctx);
        this.timings.set(stage.name, (this.timings.get(stage.name) ?? 0) + performance.now() - t);
      } else stage.run(doc, ctx);
    }
    return doc;
  }
}
