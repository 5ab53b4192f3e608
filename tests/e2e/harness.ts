// Shared set-up for the browser tests and the screenshot script: builds the web app with Vite,
// fills a temporary SQLite store (hand-built fixture documents + the seed article through the real
// pipeline, from tests/fixtures/seed), serves it on a free loopback port, and launches Debian's
// headless Chromium through playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { analyseArticle } from '../../src/analyse.js';
import { readInput } from '../../src/input/read.js';
import { createContext } from '../../src/pipeline/context.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import { startServer, type RunningServer } from '../../src/server/listen.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { fixtureDocs } from '../api/fixtures.js';
import { root } from '../helpers.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const chromiumMissing = `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
/** the seed article, from the project's own fixtures (a fresh clone has no ../shared) */
export const SEED = join(root, 'tests/fixtures/seed/000_422f92b84735c9fd.txt');

export interface Harness {
  server: RunningServer;
  store: Store;
  browser: Browser;
  seedId: string | null;
  fixtureIds: string[];
  close(): Promise<void>;
}

export async function buildWeb(): Promise<void> {
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });
}

export async function startHarness(opts: { token?: string } = {}): Promise<Harness> {
  await buildWeb();
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  const store = openSqliteStore(join(dir, 'e2e.db'));
  const fixtureIds: string[] = [];
  for (const d of fixtureDocs()) fixtureIds.push((await store.ingest(d)).id);
  let seedId: string | null = null;
  if (existsSync(SEED)) {
    const pipeline = defaultPipeline(), ctx = createContext();
    for await (const r of readInput(SEED)) if (r.ok) seedId = (await store.ingest(analyseArticle(r.article, pipeline, ctx))).id;
  }
  const server = await startServer({ store, port: 0, allowIngest: true, token: opts.token ?? 'e2e-token' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  return {
    server, store, browser, seedId, fixtureIds,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors, CSP violations and uncaught exceptions. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 860 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

/** Navigates to a hash route and waits until the view has rendered. */
export async function go(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('#view[data-ready]', { timeout: 20_000 });
}
