// Tests of the escaping helper and the span highlighter: every text piece escaped, crossing marks dropped, links never nested.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlight, type Mark } from './highlight.js';
import { html, safeExternalUrl, snippetHtml } from './html.js';

test('html escapes interpolated text and attributes, keeps nested html, drops null and booleans', () => {
  const evil = `<script>alert("x")</script>' onload='y`;
  const out = html`<p title="${evil}">${evil}${html`<b>${'&'}</b>`}${null}${false}${[1, 'a<']}</p>`.value;
  assert.equal(out, '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;y">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;y<b>&amp;</b>1a&lt;</p>');
});

test('external URLs are kept only for http(s)', () => {
  assert.equal(safeExternalUrl('https://example.com/a?b=1'), 'https://example.com/a?b=1');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', null]) assert.equal(safeExternalUrl(bad), null, String(bad));
});

test('snippets are escaped before their matches are marked', () => {
  assert.equal(snippetHtml('a «<b>» c').value, 'a <mark>&lt;b&gt;</mark> c');
});

test('highlight nests marks, drops crossing ones and links inside links, and escapes every piece', () => {
  const text = 'Kim <said> 12,000 & more.';
  const marks: Mark[] = [
    { start: 0, end: text.length, tag: 'p', attrs: {}, priority: 0 },
    { start: 0, end: 3, tag: 'a', attrs: { href: '/e?"x"' }, priority: 5 },
    { start: 4, end: 10, tag: 'mark', attrs: { class: 'cue' }, priority: 3 },
    { start: 8, end: 14, tag: 'mark', attrs: { class: 'crossing' }, priority: 4 },
    { start: 11, end: 17, tag: 'a', attrs: { href: '/g' }, priority: 4 },
    { start: 11, end: 14, tag: 'a', attrs: { href: '/inner' }, priority: 6 },
    { start: 20, end: 40, tag: 'mark', attrs: {}, priority: 1 },
  ];
  assert.equal(
    highlight(text, marks).value,
    '<p><a href="/e?&quot;x&quot;">Kim</a> <mark class="cue">&lt;said&gt;</mark> <a href="/g">12,000</a> &amp; more.</p>',
  );
});
