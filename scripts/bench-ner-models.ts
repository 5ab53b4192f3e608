/**
 * Tagging speed of NER model files on CoNLL-2003 valid (src/ner/bench.ts, best of 5 rounds), for
 * comparing experiment models: npx tsx scripts/bench-ner-models.ts MODEL.bin ...   (needs ../shared/data)
 */
import { fileURLToPath } from 'node:url';
import { benchNer } from '../src/ner/bench.js';

const valid = fileURLToPath(new URL('../../shared/data/conll2003/valid.txt', import.meta.url));
for (const path of process.argv.slice(2)) {
  const r = benchNer(valid, 5, path);
  console.log(`${path}\t${r.tokensPerSecond} tokens/s\t${r.tokensPerCpuSecond} tokens/CPU s`);
}
