// Measures the entity and link stages alone over the PolNeAR train articles (../shared), in
// microseconds per word. Usage: tsx scripts/bench-entities.ts [DIR] [--show N]
import { readdirSync, readFileSync } from 'node:fs';
import { createDoc, normaliseText } from '../src/model/document.js';
import { createContext } from '../src/pipeline/context.js';
import { entitiesStage } from '../src/stages/entities/entities-stage.js';
import { linkStage } from '../src/stages/link/link-stage.js';
import { textStage } from '../src/stages/text/text-stage.js';

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : new URL('../../shared/data/polnear/train/text/', import.meta.url).pathname;
const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1]) : 0;
const ctx = createContext();
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const docs = files.map((f) => {
  const d = createDoc(normaliseText(readFileSync(dir + '/' + f, 'utf8')), { source: f });
  textStage.run(d, ctx);
  return d;
});
entitiesStage.run(docs[0], ctx); // load the KB outside the timing
let words = 0, tEnt = 0, tLink = 0, cEnt = 0;
for (const d of docs) {
  words += d.tokens.count;
  let t = performance.now();
  const c = process.cpuUsage();
  entitiesStage.run(d, ctx);
  cEnt += process.cpuUsage(c).user;
  tEnt += performance.now() - t;
  t = performance.now();
  linkStage.run(d, ctx);
  tLink += performance.now() - t;
}
// the same without the statistical recogniser, to separate the rules' cost from the model's
const ctxNoNer = createContext();
ctxNoNer.resources.set('ner-default', { t: null });
entitiesStage.run(docs[0], ctxNoNer);
let tRules = 0, cRules = 0;
for (const d of docs) {
  const t = performance.now();
  const c = process.cpuUsage();
  entitiesStage.run(d, ctxNoNer);
  cRules += process.cpuUsage(c).user;
  tRules += performance.now() - t;
}
process.stdout.write(`entities without the NER model: ${((tRules * 1000) / words).toFixed(2)} µs/token (CPU ${(cRules / words).toFixed(2)})\n`);
const us = (ms: number) => ((ms * 1000) / words).toFixed(2);
process.stdout.write(`${docs.length} docs, ${words} tokens: entities ${us(tEnt)} µs/token (CPU ${(cEnt / words).toFixed(2)}), link ${us(tLink)} µs/token\n`);
for (const d of docs.slice(0, show)) {
  process.stdout.write(`\n== ${d.source}\n`);
  for (const e of d.entities) process.stdout.write(`${e.type} ${e.name}${e.kb ? ' [' + e.kb + ']' : ''}: ${[...new Set(e.mentions.map((i) => d.mentions[i].text))].join('; ')}${e.roles.length ? ' roles=' + e.roles.map((r) => r.title).join(',') : ''}\n`);
}
