// Web UI tests through app.request(): pages render with anchors and escaping; errors are HTML pages; binding needs a token off loopback.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { loadAttributionModel } from '../analyze/index.js';
import { runPipeline } from '../pipeline/index.js';
import { SqliteStore } from '../store/index.js';
import { createApp, startServer } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-ui-'));
const analysis = { attributionModel: loadAttributionModel() };
let store: SqliteStore;
let app: Hono;
let storyId: string;

before(async () => {
  store = new SqliteStore(join(dir, 'store.db'));
  storyId = (await runPipeline(['examples/korea-troops-2024', 'test/fixtures/hostile'], store, { analysis })).storyIds[0];
  app = createApp({ store, analysis, log: () => undefined });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (path: string, status = 200): Promise<string> => {
  const res = await app.request(path, { headers: { host: 'localhost' } });
  assert.equal(res.status, status, path);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  return res.text();
};

test('the dossier page has the brief with sentence citations, claim-group anchors, and every section', async () => {
  const html = await page(`/stories/${storyId}`);
  assert.match(html, /<ol class="brief">/);
  assert.match(html, /href="\/articles\/[0-9a-f]+#s-\d+"/);
  assert.match(html, /<section class="claim v-[a-z-]+" id="claim-g1">/);
  assert.match(html, /<span class="badge v-/);
  assert.match(html, /<svg viewBox=/);
  for (const id of ['timeline', 'speakers', 'coverage', 'entities', 'articles']) assert.match(html, new RegExp(`<section id="${id}">`), id);
  assert.doesNotMatch(html, /<script>|style="/, 'no inline script or style');
});

test('the article page anchors every sentence and escapes hostile text', async () => {
  const articles = await store.listArticles();
  const example = articles.find((a) => a.source.startsWith('examples/'));
  assert.ok(example);
  const html = await page(`/articles/${example.id}`);
  assert.match(html, /<span class="s s-[a-z]+" id="s-0">/);
  assert.doesNotMatch(html, /class="qty"/, 'plain text by default');
  assert.match(await page(`/articles/${example.id}?layer=quantities`), /class="qty"/);
  assert.match(html, /<details class="removed">/);
  for (const a of articles.filter((x) => x.source.includes('hostile'))) {
    const hostile = await page(`/articles/${a.id}`);
    const body = hostile.slice(hostile.indexOf('<main>'));
    assert.doesNotMatch(body, /<script|<img|<svg|<iframe|<[^>]*\son[a-z]+\s*=|href="\s*javascript:/i, a.source);
    assert.match(body, /&lt;(script|img|svg)/, `${a.source} shows its payload as text`);
  }
});

test('stories list, search and upload pages render; unknown pages are HTML 404s', async () => {
  assert.match(await page('/'), /<table class="stories cards">/);
  assert.match(await page('/?q=nothing-like-this'), /No stories match/);
  assert.match(await page('/search?q=troops'), /<ol class="hits">/);
  assert.match(await page('/upload'), /<script src="\/assets\/upload\.js" defer><\/script>/);
  assert.match(await page('/stories/none', 404), /Not Found/);
  assert.match(await page('/articles/%3Cscript%3E', 404), /No article &quot;&lt;script&gt;&quot;/);
});

test('startServer binds loopback freely and refuses other addresses without a token', async () => {
  await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), /token/);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, analysis });
  try {
    const res = await fetch(`${server.url}/api/stories`);
    assert.equal(res.status, 200);
  } finally {
    await server.close();
  }
});

test('search finds a number however it is written and leads with the story and its claim groups', async () => {
  for (const q of ['3000', '3,000', '3 000']) {
    const html = await page(`/search?q=${encodeURIComponent(q)}`);
    const body = html.slice(html.indexOf('<main>'));
    assert.match(body, /<section class="story-hits"><h2><a href="\/stories\//, q);
    assert.match(body, /<h3>Claim groups<\/h3><ul class="group-hits"><li><span class="badge v-[a-z-]+"/, `${q}: a claim group with its verdict`);
    assert.ok(body.indexOf('class="group-hits"') < body.indexOf('class="hits"'), `${q}: claim groups before articles`);
    assert.match(body, /<mark>3<\/mark>,000|<mark>3,000<\/mark>|3,<mark>000<\/mark>/, `${q}: the number is marked`);
  }
});
