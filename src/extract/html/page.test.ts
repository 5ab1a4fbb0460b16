// Tests of page info read from markup (meta, JSON-LD, canonical, times, bylines) and of flattening.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml, flattenHtml } from './index.js';
import { stripSiteName } from './page.js';

const HEAD = `<meta charset="utf-8"><title>Troops sent north - The Daily Planet</title>
  <meta property="og:title" content="Troops sent north"><meta name="author" content="Lois Lane">
  <meta itemprop="datePublished" content="2024-10-18"><meta http-equiv="content-language" content="en-GB">
  <meta property="og:site_name" content="The Daily Planet">
  <link rel="canonical" href="https://example.com/troops">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Troops sent north"}</script>
  <script type="application/ld+json">{"@type": "NewsArticle", broken</script>`;

test('page info collects meta tags, JSON-LD, canonical, times, bylines and lang', () => {
  const html = `<html lang="en"><head>${HEAD}</head><body><article><h1>Troops sent north</h1>
    <p class="byline">By <a rel="author" href="/lois">Lois Lane</a></p><time datetime="2024-10-18T09:00:00Z">18 October</time>
    <p>About 12,000 soldiers were reported moving north, officials said on Friday, citing intelligence.</p></article></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.page.titleTag, 'Troops sent north - The Daily Planet');
  assert.equal(r.page.lang, 'en');
  assert.deepEqual(r.page.metaTags.slice(0, 4), [
    { key: 'og:title', content: 'Troops sent north' },
    { key: 'author', content: 'Lois Lane' },
    { key: 'datePublished', content: '2024-10-18' },
    { key: 'content-language', content: 'en-GB' },
  ]);
  assert.deepEqual(r.page.jsonLd, [{ '@type': 'NewsArticle', headline: 'Troops sent north' }]);
  assert.ok(r.messages.some((m) => m.ruleId === 'html/invalid-json-ld'));
  assert.equal(r.page.canonical, 'https://example.com/troops');
  assert.deepEqual(r.page.times, [{ datetime: '2024-10-18T09:00:00Z', text: '18 October' }]);
  assert.ok(r.page.bylines.includes('Lois Lane'));
  assert.equal(r.page.headline, 'Troops sent north');
  assert.equal(r.title, 'Troops sent north');
});

test('the title falls back to <title> with the site name stripped', () => {
  const r = extractHtml('<html><head><title>Budget passes after long debate | City News</title></head><body><p>x</p></body></html>');
  assert.equal(r.title, 'Budget passes after long debate');
});

test('site-name stripping keeps titles whose parts are all long', () => {
  assert.equal(stripSiteName('Kim Jong Un - The man behind the missile programme', null), 'Kim Jong Un - The man behind the missile programme');
  assert.equal(stripSiteName('Yonhap: North Korea sends troops to Russia, says NIS', 'Yonhap'), 'North Korea sends troops to Russia, says NIS');
});

test('flattening puts blocks on their own lines and keeps inline text together', () => {
  const html = `<html><head><title>T</title><style>p{}</style></head><body>
    <div>One <b>bold</b>   word</div><p>Two\n   lines</p><ul><li>a</li><li>b <a href="#">link</a></li></ul>
    <script>var x = "hidden";</script><noscript>no script</noscript>Tail<br>after</body></html>`;
  assert.equal(flattenHtml(html), 'One bold word\nTwo lines\na\nb link\nTail\nafter');
});

test('flattening drops hidden elements and never throws on deep nesting', () => {
  assert.equal(flattenHtml('<p>seen</p><div hidden>unseen</div><div style="display: none">gone</div>'), 'seen');
  const deep = '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(100_000);
  assert.equal(flattenHtml(deep), 'deep text');
});

test('a streamed server-rendered segment (hidden id="S:0") is read as shown content', () => {
  const body = 'The council voted on Tuesday to close the bridge for repairs that will last until the spring. '.repeat(3);
  const html = `<html><body><template id="B:0"></template><div hidden id="S:0"><article><h1>Bridge closes</h1><p>${body}</p><p>${body}</p></article></div><div hidden>menu</div></body></html>`;
  assert.match(flattenHtml(html), /The council voted/);
  assert.doesNotMatch(flattenHtml(html), /menu/);
  assert.match(extractHtml(html).paragraphs.join(' '), /The council voted/);
});
