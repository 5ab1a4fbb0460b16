// Browser test of every page kind: axe-core finds no violation, nothing is wider than a 360 px screen, screenshots at 1280 and 360 px.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { storySnapshot } from '../../src/pipeline/index.js';
import { artifactPath, browserAvailable, launchBrowser, startFixture, type Fixture } from './browser.js';

/** axe-core from the installed package, never from the network. */
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WIDTHS = [1280, 360] as const;

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
  passes: { id: string }[];
}

interface PageReport {
  page: string;
  path: string;
  violations: Record<string, number>;
  /** How many axe-core rules passed (shows that axe ran). */
  rulesPassed: number;
  width360: number;
}

describe('every page in Chromium: accessibility, phone width, screenshots', () => {
  let fixture: Fixture;
  let browser: Browser | null = null;
  const reports: PageReport[] = [];

  before(async () => {
    fixture = await startFixture(['examples/korea-troops-2024']);
    const [story] = await fixture.store.listStories();
    const snapshot = await storySnapshot(fixture.store, story.id);
    assert.ok(snapshot);
    // The pipeline's own key figures lead the dossier page that is checked below.
    assert.ok(snapshot.story.keyFigures.length > 0, 'the example story has key figures');
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
    if (reports.length > 0) writeFileSync(artifactPath('pages.json'), `${JSON.stringify(reports, null, 2)}\n`);
  });

  async function paths(): Promise<[string, string][]> {
    const [story] = await fixture.store.listStories();
    const articles = await fixture.store.listArticles();
    const snapshot = await storySnapshot(fixture.store, story.id);
    const entity = snapshot?.story.entities.find((e) => e.type === 'organisation') ?? snapshot?.story.entities[0];
    assert.ok(entity);
    const article = articles.find((a) => a.outlet === 'The Straits Times')?.id ?? articles[0].id;
    return [
      ['stories', '/'],
      ['dossier', `/stories/${encodeURIComponent(story.id)}`],
      ['article', `/articles/${encodeURIComponent(article)}`],
      ['article-layers', `/articles/${encodeURIComponent(article)}?layer=mentions&layer=quantities&layer=speakers`],
      ['entity', `/stories/${encodeURIComponent(story.id)}/entities/${encodeURIComponent(entity.id)}`],
      ['search', '/search?q=3000'],
      ['upload', '/upload'],
      ['not-found', '/no-such-page'],
    ];
  }

  async function audit(page: Page, name: string, path: string): Promise<PageReport> {
    const report: PageReport = { page: name, path, violations: {}, rulesPassed: 0, width360: 0 };
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const res = await page.goto(`${fixture.server.url}${path}`);
      assert.equal(res?.status(), name === 'not-found' ? 404 : 200, path);
      // Every collapsed section open, so axe and the width check see all of the page.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      if (width === 360) {
        report.width360 = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      } else {
        await page.evaluate(AXE_SOURCE);
        const result = (await page.evaluate(() => (window as unknown as { axe: { run(c: unknown): Promise<unknown> } }).axe.run(document))) as AxeResult;
        for (const v of result.violations) report.violations[v.id] = v.nodes.length;
        report.rulesPassed = result.passes.length;
      }
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
      await page.screenshot({ path: artifactPath(`${name}-${width}.png`), fullPage: false });
      await page.screenshot({ path: artifactPath(`${name}-${width}-full.png`), fullPage: true });
    }
    return report;
  }

  test('no axe-core violation and no horizontal scroll at 360 px on any page', async (t) => {
    if (!browserAvailable(t)) return;
    browser = await launchBrowser();
    const page = await browser.newPage();
    for (const [name, path] of await paths()) reports.push(await audit(page, name, path));
    for (const r of reports) {
      assert.ok(r.rulesPassed > 10, `${r.page}: axe-core ran`);
      assert.deepEqual(r.violations, {}, `${r.page} (${r.path}): axe-core violations`);
      assert.ok(r.width360 <= 360, `${r.page} (${r.path}) is ${r.width360} px wide at 360 px`);
    }
  });

  test('the dossier opens with its key figures in words, then what is disputed, then the brief', async (t) => {
    if (!browserAvailable(t)) return;
    browser ??= await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const [, dossier] = (await paths())[1];
    await page.goto(`${fixture.server.url}${dossier}`);
    const order = await page.evaluate(() => Array.from(document.querySelectorAll('main section[id]')).map((s) => s.id));
    assert.deepEqual(order.slice(0, 3), ['key-figures', 'disputed', 'brief']);
    const first = (await page.locator('#key-figures li').first().textContent()) ?? '';
    assert.match(first, /3,000/);
    assert.match(first, /1,500/, 'how the figure changed');
    assert.match(first, /1 independent origin\b/);
    assert.match(first, /updated/i);
    assert.ok(await page.locator('#key-figures').isVisible());
    // Chart text stays readable on the phone: at least 12 px as drawn.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const smallest = await page.evaluate(() =>
      Math.min(...Array.from(document.querySelectorAll('figure.chart svg text')).map((el) => {
        const svg = (el as SVGTextElement).ownerSVGElement as SVGSVGElement;
        return parseFloat(getComputedStyle(el).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      })),
    );
    assert.ok(smallest >= 12 && Number.isFinite(smallest), `chart text is ${smallest.toFixed(1)} px at 360 px`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
    await page.goto(`${fixture.server.url}${dossier}`);
    // The skip link is the first thing Tab reaches and leads to the main content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  });
});
