/**
 * JIT settings for batch work, applied when this module is evaluated: import it before anything else
 * (the CLI entry and the benchmark do), so that the functions compiled afterwards get them.
 *
 * A run of the pipeline is short and its code is large (wink-nlp, chrono-node, the stages): V8's
 * default tiering optimises about 500 functions in the first seconds, some several times, and that
 * background compilation is about a third of the CPU of a 600,000-word batch on one core. A larger
 * interrupt budget optimises only functions that stay hot, and a lower cumulative inlining limit
 * makes each optimisation cheaper. In `npm run bench` pinned to one core (`taskset -c 0`) the two
 * together raised extract-only throughput by about 20% in interleaved runs (82,000-93,000 words/s
 * with the defaults, 97,000-111,000 with these); a single article takes as long as before. They
 * change no result. Set NEWSGRAPH_V8_DEFAULTS=1 to keep V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_TUNING = ['--interrupt-budget=1000000', '--max-inlined-bytecode-size-cumulative=300'];

if (process.env.NEWSGRAPH_V8_DEFAULTS !== '1') for (const flag of V8_TUNING) setFlagsFromString(flag);
