// Browser test of the web UI over the example corpus: dossier, claim group, citation to the highlighted sentence, upload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, browserAvailable, launchBrowser, startFixture, type Fixture } from './browser.js';

describe('web UI in Chromium', () => {
  let fixture: Fixture;
  let browser: Browser | null = null;
  let page: Page;

  before(async () => {
    fixture = await startFixture(['examples/korea-troops-2024']);
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  const ready = async (t: Parameters<typeof browserAvailable>[0]): Promise<boolean> => {
    if (!browserAvailable(t)) return false;
    if (!browser) {
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    }
    return true;
  };

  test('stories list leads to the dossier; a claim group opens to its tellings and chart', async (t) => {
    if (!(await ready(t))) return;
    await page.goto(`${fixture.server.url}/`);
    const link = page.locator('table.stories a').first();
    assert.match((await link.textContent()) ?? '', /Security risks for S\. Korea/);
    await link.click();
    await page.waitForURL(/\/stories\//);
    assert.equal(await page.locator('h1').textContent(), 'Security risks for S. Korea as North aids Russia in Ukraine war');
    assert.ok((await page.locator('ol.brief li').count()) > 3, 'the brief has sentences');
    // The first claim group that has values to chart (denied groups, which come first, have none).
    const group = page.locator('section.claim:has(figure.chart)').first();
    assert.equal(await group.locator('table.tellings').isVisible(), false, 'claim groups start closed');
    await group.locator('summary').click();
    assert.equal(await group.locator('table.tellings').isVisible(), true);
    assert.ok((await group.locator('table.tellings tbody tr').count()) >= 2);
    assert.equal(await group.locator('figure.chart svg circle').first().isVisible(), true, 'the value chart is drawn');
    await page.screenshot({ path: artifactPath('dossier.png'), fullPage: false });
    await page.screenshot({ path: artifactPath('dossier-full.png'), fullPage: true });
  });

  test('a citation leads to the article with the cited sentence highlighted', async (t) => {
    if (!(await ready(t))) return;
    const cite = page.locator('ol.brief li a.cite').first();
    const href = (await cite.getAttribute('href')) ?? '';
    assert.match(href, /^\/articles\/[0-9a-f]+#s-\d+$/);
    await cite.click();
    await page.waitForURL(/\/articles\//);
    const target = page.locator('.s:target');
    assert.equal(await target.count(), 1, 'one sentence is the target');
    assert.equal(await target.getAttribute('id'), href.split('#')[1]);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the targeted sentence is visibly highlighted');
    assert.equal(await page.locator('.text mark, .text a.ent, .text a.qty, .text .said').count(), 0, 'the text is plain until the reader switches layers on');
    assert.equal(await page.locator('details.removed table').isVisible(), false, 'removed blocks are hidden until asked for');
    await page.locator('details.removed summary').click();
    assert.ok((await page.locator('details.removed td code').count()) > 0, 'each removed block names its rule');
    await page.locator('details.removed summary').click();
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('article.png'), fullPage: false });
    // The reader switches the layers on with the form (no script needed).
    for (const layer of ['mentions', 'quantities', 'speakers']) await page.locator(`form.layers input[value=${layer}]`).check();
    await Promise.all([page.waitForURL(/layer=speakers/), page.locator('form.layers button[type=submit]').click()]);
    assert.ok((await page.locator('.text a.ent').count()) > 5, 'entity mentions are highlighted and linked');
    assert.ok((await page.locator('.text .qty').count()) > 0, 'quantities are highlighted');
    assert.ok((await page.locator('.text a.qty[href*="#claim-"]').count()) > 0, 'quantities link to their claim groups');
  });

  test('a claim-group link opens that group', async (t) => {
    if (!(await ready(t))) return;
    const href = (await page.locator('.text a.qty[href*="#claim-"]').first().getAttribute('href')) ?? '';
    await page.goto(`${fixture.server.url}${href}`);
    const id = href.split('#')[1];
    assert.equal(await page.locator(`#${id} details`).evaluate((d) => (d as HTMLDetailsElement).open), true);
  });

  test('uploading a file through the form shows its story', async (t) => {
    if (!(await ready(t))) return;
    await page.goto(`${fixture.server.url}/upload`);
    await page.setInputFiles('input[type=file]', 'test/fixtures/text/synthetic-en-wrapped/source.txt');
    assert.match((await page.locator('#picked').textContent()) ?? '', /source\.txt/, 'the script lists the picked file');
    await Promise.all([page.waitForURL(/\/stories\//), page.locator('form.upload button[type=submit]').click()]);
    assert.match((await page.locator('h1').textContent()) ?? '', /flood barrier/i);
    await page.goto(`${fixture.server.url}/search?q=${encodeURIComponent('flood barrier')}`);
    assert.ok((await page.locator('ol.hits li').count()) > 0, 'the new article is searchable');
  });
});
