// Produces docs/screenshots/*.png: every view of the web app over the bundled examples/ articles,
// in headless Chromium (Debian's /usr/bin/chromium via playwright-core). Which entity and article
// are shown is chosen from the data (most quoted person, most annotated article), never by name.
// Run: npx tsx scripts/screenshots.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { analyseArticle } from '../src/analyse.js';
import { listInputs, readInput } from '../src/input/read.js';
import { createContext } from '../src/pipeline/context.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { startServer } from '../src/server/listen.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-shots-'));
const store = openSqliteStore(join(dir, 'shots.db'));
const pipeline = defaultPipeline(), ctx = createContext();
for (const f of listInputs([join(root, 'examples')]).files) {
  for await (const r of readInput(f)) if (r.ok) await store.ingest(analyseArticle(r.article, pipeline, ctx));
}
const server = await startServer({ store, port: 0, webRoot: join(root, 'dist/web') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

// choose what to show from the data
const quotes = (await store.listQuotes({ limit: 10_000 })).items;
const bySpeaker = new Map<string, number>(), byDoc = new Map<string, number>();
for (const q of quotes) {
  if (q.speaker) bySpeaker.set(q.speaker.id, (bySpeaker.get(q.speaker.id) ?? 0) + 1);
  byDoc.set(q.document, (byDoc.get(q.document) ?? 0) + 1);
}
const top = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
const person = top(bySpeaker) ?? (await store.listEntities({ type: 'PERSON', limit: 1 })).items[0]?.id;
const doc = top(byDoc) ?? (await store.listDocuments({ limit: 1 })).items[0]?.id;
const country = (await store.listEntities({ type: 'GPE', limit: 1 })).items[0]?.id;
const personName = person ? (await store.getEntity(person))?.name ?? '' : '';

const shots: [string, string, { width: number; height: number }, ((p: Page) => Promise<void>)?][] = [
  ['home', '#/', { width: 1280, height: 900 }],
  ['search', `#/search?q=${encodeURIComponent(personName.split(' ').pop() ?? '')}`, { width: 1280, height: 900 }],
  ['article', `#/doc/${doc}`, { width: 1280, height: 1000 }, async (p) => {
    const m = p.locator('.article-text a.ann-entity').first();
    if (await m.count()) await m.hover();
  }],
  ['entity', `#/entity/${encodeURIComponent(person ?? '')}`, { width: 1280, height: 1100 }],
  ['graph', `#/graph?entity=${encodeURIComponent(country ?? '')}`, { width: 1280, height: 900 }],
  ['map', '#/map', { width: 1280, height: 900 }],
  ['phone-article', `#/doc/${doc}`, { width: 390, height: 844 }],
  ['phone-entity', `#/entity/${encodeURIComponent(person ?? '')}`, { width: 390, height: 844 }],
];
for (const [name, hash, viewport, before] of shots) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(server.url + hash);
  await page.waitForSelector('#view[data-ready]');
  await page.waitForTimeout(400);
  if (before) await before(page);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
  await page.close();
}
await browser.close();
await server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
