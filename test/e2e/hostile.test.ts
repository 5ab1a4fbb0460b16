// Browser test: articles carrying <script>, event-handler attributes and javascript: links run none of them on any page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/server/index.js';
import { artifactPath, browserAvailable, launchBrowser, startFixture, type Fixture } from './browser.js';

const HOSTILE = 'test/fixtures/hostile';

let fixture: Fixture;
let browser: Browser | null = null;

before(async () => {
  fixture = await startFixture([HOSTILE]);
});
after(async () => {
  await browser?.close();
  await fixture?.close();
});

interface Signals {
  dialogs: string[];
  violations: string[];
}

/** A page that records dialogs and Content-Security-Policy violations (a violation means markup got through escaping). */
async function watchedPage(b: Browser): Promise<{ page: Page; signals: Signals }> {
  const page = await b.newPage();
  const signals: Signals = { dialogs: [], violations: [] };
  page.on('dialog', (d) => {
    signals.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__reportViolation', (v: string) => signals.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __reportViolation(v: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, signals };
}

/** Asserts that no payload ran and that the page carries no live handler, script or javascript: link. */
async function assertInert(page: Page, signals: Signals, where: string): Promise<void> {
  await page.waitForTimeout(150);
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const handlers: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) handlers.push(`${el.tagName}[${a.name}]`);
    }
    const jsLinks = Array.from(document.querySelectorAll('[href],[src],[action]')).filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')).length;
    const scripts = Array.from(document.scripts).map((s) => s.getAttribute('src') ?? '(inline)');
    return { pwned: w.__pwned ?? null, title: document.title, handlers, jsLinks, scripts, iframes: document.querySelectorAll('iframe, svg[onload], embed, object').length };
  });
  assert.equal(state.pwned, null, `${where}: a payload ran (window.__pwned = ${String(state.pwned)})`);
  assert.doesNotMatch(state.title, /^pwned$/, `${where}: a payload changed the title`);
  assert.deepEqual(state.handlers, [], `${where}: event-handler attributes reached the page`);
  assert.equal(state.jsLinks, 0, `${where}: javascript: links reached the page`);
  assert.ok(state.scripts.every((s) => s.startsWith('/assets/')), `${where}: a script not from /assets/: ${state.scripts.join(', ')}`);
  assert.equal(state.iframes, 0, `${where}: embedded content reached the page`);
  assert.deepEqual(signals.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(signals.violations, [], `${where}: the CSP had to block something`);
}

test('hostile articles run nothing on any page, and every response carries the CSP', async (t) => {
  if (!browserAvailable(t)) return;
  browser = await launchBrowser();
  const { page, signals } = await watchedPage(browser);
  const base = fixture.server.url;
  const articles = await fixture.store.listArticles();
  assert.equal(articles.length, 3, 'the three hostile fixtures are stored');
  const stories = await fixture.store.listStories();
  assert.ok(stories.length >= 1);

  const pages = ['/', ...stories.map((s) => `/stories/${s.id}`), ...articles.map((a) => `/articles/${a.id}`), '/search?q=troops', '/search?q=script', '/search?q=onerror'];
  for (const path of pages) {
    const response = await page.goto(`${base}${path}`);
    assert.ok(response, path);
    assert.equal(response.status(), 200, path);
    assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY, `${path}: CSP header`);
    assert.equal(response.headers()['x-content-type-options'], 'nosniff', path);
    await assertInert(page, signals, path);
    // Open every <details> and hover and click every piece of highlighted text: nothing may fire.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const el of (await page.locator('main mark, main .said, main h1, main q').all()).slice(0, 10)) {
      await el.hover({ timeout: 300 }).catch(() => undefined);
      await el.click({ timeout: 300, position: { x: 1, y: 1 } }).catch(() => undefined);
      if (page.url() !== `${base}${path}`) await page.goto(`${base}${path}`);
    }
    await assertInert(page, signals, `${path} (after interaction)`);
  }
  // The payload text is still there, shown as text.
  await page.goto(`${base}/articles/${articles[0].id}`);
  assert.match((await page.locator('main').textContent()) ?? '', /<script>|<img src=x|onerror/);
  await page.screenshot({ path: artifactPath('hostile-article.png'), fullPage: true });
});
