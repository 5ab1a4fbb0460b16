// Tests of HTML main-content extraction: boilerplate removal with rules, captions, hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './index.js';

const P1 = 'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';
const P2 = 'Opponents said the plan, drafted in a hurry, leaves the transport fund short by several million dollars.';
const P3 = 'The mayor, speaking after the vote, said the city would revisit the transport question in the spring.';

function page(body: string, head = '<title>Budget approved | City News</title>'): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

const ARTICLE = `<article><h1>Budget approved</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;

test('navigation and footer are removed with their rules; article paragraphs stay in order', () => {
  const html = page(`<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
    <div class="wrap">${ARTICLE}</div>
    <footer><p>Copyright 2024 City News Company, all rights reserved, every single one of them.</p></footer>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.title, 'Budget approved');
  const nav = r.removed.find((b) => b.text.includes('World news'));
  assert.equal(nav?.rule, 'html/nav');
  const foot = r.removed.find((b) => b.text.startsWith('Copyright'));
  assert.equal(foot?.rule, 'html/footer');
});

test('a related-links list inside the article is removed as a related list', () => {
  const links = ['Council meets again next week', 'School budget explained', 'Transport fund in numbers', 'Who is the mayor']
    .map((t) => `<li><a href="/x">${t}</a></li>`).join('');
  const html = page(`<article><p>${P1}</p><p>${P2}</p><ul>${links}</ul><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  const rel = r.removed.filter((b) => b.rule === 'html/related-list').map((b) => b.text);
  assert.ok(rel.includes('School budget explained'), JSON.stringify(r.removed));
});

test('a list of prose items without links stays in the article', () => {
  const html = page(`<article><p>${P1}</p><ul><li>Schools get four percent more.</li><li>Transport gets nothing new.</li></ul><p>${P2}</p><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, 'Schools get four percent more.', 'Transport gets nothing new.', P2, P3]);
});

test('a comment section is removed as such', () => {
  const comments = `<div id="comments"><h3>3 comments</h3><p>I think this budget is a disaster for drivers and nobody asked us, again.</p>
    <p>Finally some money for the schools, about time the council did something useful here.</p></div>`;
  const r = extractHtml(page(`<div class="main">${ARTICLE}${comments}</div>`));
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.ok(r.removed.some((b) => b.rule === 'html/comment-section' && b.text.startsWith('Finally')));
});

test('figure captions are left out with the caption rule', () => {
  const html = page(`<article><p>${P1}</p><figure><img src="a.jpg" alt="council"><figcaption>The council chamber on Tuesday evening.</figcaption></figure><p>${P2}</p><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text.startsWith('The council chamber'))?.rule, 'html/caption');
});

test('text outside the chosen container is removed as low-score with a score', () => {
  const html = page(`<div class="teaser"><p>Short teaser.</p></div><div>${ARTICLE}</div>`);
  const r = extractHtml(html);
  const low = r.removed.find((b) => b.text === 'Short teaser.');
  assert.equal(low?.rule, 'html/low-score');
  assert.equal(typeof low?.score, 'number');
});

test('script, style, noscript, template, iframe and svg content never becomes text', () => {
  const payloads = `<script>document.write("PAYLOAD_SCRIPT")</script><style>.x{content:"PAYLOAD_STYLE"}</style>
    <noscript><p>PAYLOAD_NOSCRIPT is here in a long enough paragraph, with commas, to be scored.</p></noscript>
    <template><p>PAYLOAD_TEMPLATE</p></template><iframe><p>PAYLOAD_IFRAME</p></iframe>
    <svg><text>PAYLOAD_SVG</text></svg><img src=x onerror="alert('PAYLOAD_ONERROR')">
    <a href="javascript:alert('PAYLOAD_HREF')">link</a>`;
  const r = extractHtml(page(`<article><p>${P1}</p>${payloads}<p>${P2}</p><p>${P3}</p></article>`));
  const all = JSON.stringify({ p: r.paragraphs, removed: r.removed, title: r.title });
  assert.doesNotMatch(all, /PAYLOAD/);
  assert.ok(r.paragraphs.includes(P1));
});

test('HTML nested 100,000 deep neither throws nor loses the text', () => {
  const depth = 100_000;
  const html = '<div>'.repeat(depth) + `<p>${P1}</p><p>${P2}</p>` + '</div>'.repeat(depth);
  const r = extractHtml(html);
  assert.ok(r.messages.some((m) => m.ruleId === 'html/deep-nesting'));
  assert.ok(r.paragraphs.join(' ').includes('approve the new budget'));
});

test('unclosed tags nested 100,000 deep do not throw', () => {
  const r = extractHtml('<span><b>'.repeat(100_000) + 'x');
  assert.ok(Array.isArray(r.paragraphs));
});

test('an empty page gives an error message and no paragraphs', () => {
  const r = extractHtml('');
  assert.deepEqual(r.paragraphs, []);
  assert.ok(r.messages.some((m) => m.ruleId === 'html/empty' && m.severity === 'error'));
});

test('a page of only short navigation links reports no main content', () => {
  const r = extractHtml(page('<div><a href="/a">Home</a> <a href="/b">About</a></div>'));
  assert.ok(r.messages.some((m) => m.ruleId === 'html/no-main-content'));
});

test('byline and date lines inside the article are left out', () => {
  const html = page(`<article><h1>Budget approved</h1><div class="byline">By Jane Smith</div><time datetime="2024-10-18">Oct 18</time><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text === 'Oct 18')?.rule, 'html/byline');
  assert.equal(r.removed.find((b) => b.text === 'By Jane Smith')?.rule, 'html/byline');
});

test('whitespace is normalised inside a paragraph and <br> splits blocks', () => {
  const html = page(`<article><p>${P1}</p><p>  The   vote\n\twas\u00a0close,  <b>seven</b> to <i>six</i>, on the final reading.  </p><p>${P2}<br>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, 'The vote was close, seven to six, on the final reading.', P2, P3]);
});
