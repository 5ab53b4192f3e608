// End-to-end: the web app in a real headless Chromium against `serve` over a SQLite store.
// The fixture tests use hand-built documents; the seed tests run the seed article (tests/fixtures)
// through the real pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, go, hasChromium, openPage, startHarness, type Harness } from './harness.js';

let H: Harness;
let base: string;

describe.skipIf(!hasChromium)(`web app in Chromium${hasChromium ? '' : ` (${chromiumMissing})`}`, () => {
  beforeAll(async () => {
    H = await startHarness();
    base = H.server.url;
  });
  afterAll(async () => H?.close());

  it('serves pages with a strict CSP and no inline script', async () => {
    const res = await fetch(base);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  describe('fixture documents', () => {
    it('article view highlights entities, quotes with speakers, events and dates', async () => {
      const { page, problems } = await openPage(H.browser);
      await go(page, base, `#/doc/${H.fixtureIds[0]}`);
      const holm = page.locator('.article-text a.ann-entity', { hasText: 'Ingrid Holm' });
      await expect(holm.count()).resolves.toBeGreaterThan(0);
      expect(await holm.first().getAttribute('data-tip')).toMatch(/rule: test\/hand/);
      expect(await page.locator('.article-text .ann-quote').count()).toBe(2);
      expect(await page.locator('.article-text .ann-event').count()).toBe(3);
      expect(await page.locator('.article-text .ann-date').count()).toBe(1);
      const q = page.locator('.quote-list li', { hasText: 'reliable partner' });
      expect(await q.locator('.speaker').textContent()).toBe('Pablo Serrano');
      await holm.first().hover();
      expect(await page.locator('#tip').textContent()).toContain('Ingrid Holm (PERSON)');
      expect(problems).toEqual([]);
    });

    it('entity page shows profile, quotes and relations', async () => {
      const { page, problems } = await openPage(H.browser);
      await go(page, base, `#/entity/${encodeURIComponent('PERSON:ingrid-holm')}`);
      expect(await page.locator('h1').textContent()).toContain('Ingrid Holm');
      expect(await page.locator('.roles').textContent()).toContain('Foreign Minister');
      expect(await page.locator('.quotes-by blockquote').count()).toBe(1);
      expect(await page.locator('.relations').textContent()).toContain('Pablo Serrano');
      expect(problems).toEqual([]);
    });

    it('graph view links two countries and expands on click, under the CSP', async () => {
      const { page, problems } = await openPage(H.browser);
      await go(page, base, `#/graph?entity=${encodeURIComponent('iso3:PER')}`);
      const edges = await page.evaluate(() => (window as any).__graph.edges());
      expect(edges.some((e: any) => [e.source, e.target].sort().join() === 'iso3:CHL,iso3:PER')).toBe(true);
      expect(await page.locator('#cy canvas').count()).toBeGreaterThan(0);
      const before = Number(await page.getAttribute('#cy', 'data-nodes'));
      const at = await page.evaluate(() => (window as any).__graph.position('iso3:CHL'));
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction((n) => Number(document.getElementById('cy')!.getAttribute('data-nodes')) > n, before);
      expect(await page.locator('.graph-info h2').textContent()).toBe('Chile');
      const nodes = await page.evaluate(() => (window as any).__graph.nodes().map((n: any) => n.id));
      expect(nodes).toContain('iso3:NOR');
      expect(problems).toEqual([]);
    });

    it('map shades countries with events and lists a clicked country', async () => {
      const { page, problems } = await openPage(H.browser);
      await go(page, base, '#/map');
      expect(await page.locator('path[data-iso3="PER"]').getAttribute('class')).toContain('has-events');
      await page.locator('path[data-iso3="PER"]').dispatchEvent('click');
      await page.waitForSelector('.map-details table.events');
      expect(await page.locator('.map-details h2').textContent()).toContain('Peru');
      expect(problems).toEqual([]);
    });

    it('search finds entities, quotes and documents; a phone-sized screen works', async () => {
      const { page, problems } = await openPage(H.browser, { width: 390, height: 844 });
      await go(page, base, '#/');
      await page.fill('#q', 'Chile');
      await page.press('#q', 'Enter');
      await page.waitForSelector('.res-entities .chip');
      expect(await page.locator('.res-entities').textContent()).toContain('Chile');
      expect(await page.locator('.res-documents li').count()).toBe(2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(problems).toEqual([]);
    });
  });

  it('renders <script> and <img onerror> in an ingested article as text and runs nothing', async () => {
    const text = 'Hostile markup test\n\nThe council met <script>window.__pwned = 1</script> and then <img src=x onerror="window.__pwned = 2"> adjourned. "<b>Bold</b> words," the chair said.';
    const res = await fetch(`${base}api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer e2e-token' }, body: JSON.stringify({ text, title: '<img src=y onerror="window.__pwned=3">' }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as any;
    const { page } = await openPage(H.browser);
    await go(page, base, `#/doc/${id}`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('h1').textContent()).toBe('<img src=y onerror="window.__pwned=3">');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
  });

  describe('seed article', () => {
    const LONG = 200;
    it('shows the minister highlighted and his five long quotes attributed to him', async () => {
      const { page } = await openPage(H.browser);
      await go(page, base, `#/doc/${H.seedId}`);
      const mark = page.locator('.article-text a.ann-entity', { hasText: /^Sergei Lavrov$/ }).first();
      expect(await mark.count()).toBe(1);
      const entity = (await mark.getAttribute('data-entity'))!;
      const attributed = await page.$$eval('.quote-list li', (lis, href) => lis.filter((li) => li.querySelector(`a.speaker[href="${href}"]`)).map((li) => li.querySelector('q')!.textContent!.length), `#/entity/${encodeURIComponent(entity)}`);
      expect(attributed.filter((n) => n > LONG).length).toBeGreaterThanOrEqual(5);
    });

    it('lists those quotes on his entity page', async () => {
      const { page } = await openPage(H.browser);
      await go(page, base, `#/doc/${H.seedId}`);
      const entity = (await page.locator('.article-text a.ann-entity', { hasText: /^Sergei Lavrov$/ }).first().getAttribute('data-entity'))!;
      await go(page, base, `#/entity/${encodeURIComponent(entity)}`);
      const lens = await page.$$eval('.quotes-by blockquote', (bs) => bs.map((b) => b.textContent!.length));
      expect(lens.filter((n) => n > LONG).length).toBeGreaterThanOrEqual(5);
    });

    it('links Mali and Russia in the graph and shades Mali on the map', async () => {
      const { page, problems } = await openPage(H.browser);
      const mali = ((await (await fetch(`${base}api/entities/Mali`)).json()) as any).entity.id;
      const russia = ((await (await fetch(`${base}api/entities/Russia`)).json()) as any).entity.id;
      await go(page, base, `#/graph?entity=${encodeURIComponent(mali)}`);
      const edges = await page.evaluate(() => (window as any).__graph.edges());
      expect(edges.some((e: any) => [e.source, e.target].sort().join() === [mali, russia].sort().join())).toBe(true);
      await go(page, base, '#/map');
      expect(await page.locator('path[data-iso3="MLI"]').getAttribute('class')).toContain('has-events');
      expect(problems).toEqual([]);
    });
  });
});
