// Tests of the structural rules: section headings without a section, furniture cue headings, image
// captions outside <figure>, galleries, calls to action and the article's own header.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './index.js';

const P1 = 'The council voted on Tuesday to approve the new budget, which raises spending on schools by four percent.';
const P2 = 'Opponents said the plan, drafted in a hurry, leaves the transport fund short by several million dollars.';
const P3 = 'The mayor, speaking after the vote, said the city would revisit the transport question in the spring.';

function page(body: string): string {
  return `<!doctype html><html><head><title>Council approves new budget | City News</title></head><body>${body}</body></html>`;
}

const links = (titles: string[]): string => `<ul>${titles.map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul>`;

test('a heading over a removed related list is left out as a section heading', () => {
  const html = page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><h3>Unsere Auswahl</h3>${links(['Council meets again', 'School budget explained', 'Transport fund in numbers'])}</article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text === 'Unsere Auswahl')?.rule, 'html/section-heading');
});

test('a heading with its own prose stays', () => {
  const html = page(`<article><p>${P1}</p><h2>What comes next</h2><p>${P2}</p><p>${P3}</p></article>`);
  assert.deepEqual(extractHtml(html).paragraphs, [P1, 'What comes next', P2, P3]);
});

test('a heading whose words open furniture removes its section, in several languages', () => {
  const teaser = 'Die Stadt plant eine neue Straßenbahnlinie zum Hafen, die bis 2028 fertig sein soll.';
  for (const cue of ['Das könnte Sie auch interessieren', 'À lire aussi', 'Noticias relacionadas', 'Lees ook']) {
    const html = page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><h2>${cue}</h2><p>${teaser}</p></article>`);
    const r = extractHtml(html);
    assert.deepEqual(r.paragraphs, [P1, P2, P3], cue);
    assert.equal(r.removed.find((b) => b.text === teaser)?.rule, 'html/section-cue', cue);
  }
});

test('a furniture heading early in the article does not cut it', () => {
  const html = page(`<article><h2>Read more</h2><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs.slice(-3), [P1, P2, P3]);
});

test('a call to action inside the article is left out', () => {
  const cta = 'Sign up for our newsletter to get the latest local news every morning.';
  const r = extractHtml(page(`<article><p>${P1}</p><p>${cta}</p><p>${P2}</p><p>${P3}</p></article>`));
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text === cta)?.rule, 'html/call-to-action');
});

test('a short line in a small box beside an image is its caption', () => {
  const html = page(`<article><p>${P1}</p><div class="pic"><img src="a.jpg"><span>The council chamber on Tuesday</span></div><p>${P2}</p><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text === 'The council chamber on Tuesday')?.rule, 'html/caption');
});

test('on a gallery page whose text is mostly captions, the captions are the article', () => {
  const slides = ['A new tram depot', 'The harbour district at night', 'Council members at the vote', 'The budget papers']
    .map((c) => `<figure><img src="a.jpg"><figcaption>${c}, photographed for the city's annual review of its spending plans</figcaption></figure>`).join('');
  const r = extractHtml(page(`<article><p>${P1}</p>${slides}</article>`));
  assert.ok(r.paragraphs.some((p) => p.startsWith('The harbour district at night')), JSON.stringify(r.paragraphs));
});

test('the standfirst in the article header is kept; the headline is not repeated', () => {
  const lead = 'The city will spend four percent more on its schools next year, after a close vote.';
  const html = page(`<article><header><h1>Council approves new budget</h1><p>${lead}</p></header><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [lead, P1, P2, P3]);
  assert.equal(r.title, 'Council approves new budget');
});

test('an h1 that reads as a call to action is never the title', () => {
  const body = `<div class="top"><h1>Subscribe to our newsletter</h1></div><article><h1>Council approves new budget</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
  const html = `<!doctype html><html><head><title>City News</title></head><body>${body}</body></html>`;
  assert.equal(extractHtml(html).title, 'Council approves new budget');
});

const card = (t: string, excerpt: string): string => `<article class="post"><h3><a href="/${t.length}">${t}</a></h3><span>March 29, 2025</span><p>${excerpt}</p></article>`;
const EXCERPTS = [
  'The port authority said on Monday that cargo volumes fell for the third month running this year.',
  'A new survey of small firms finds most expect higher costs and fewer hires over the coming winter.',
  'Residents of the old quarter have asked the council to slow traffic on the narrow streets near the market.',
];

test('cards of linked headings over excerpts beside the article are a teaser list', () => {
  const html = page(`<main><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1} ${P2}</p><p>${P3} ${P2}</p></main><div class="grid">${[card('Cargo volumes fall again', EXCERPTS[0]!), card('Small firms brace for winter', EXCERPTS[1]!), card('Old quarter asks for slower traffic', EXCERPTS[2]!)].join('')}</div>`);
  const r = extractHtml(html);
  assert.deepEqual(r.paragraphs, [P1, P2, P3, `${P1} ${P2}`, `${P3} ${P2}`]);
  assert.equal(r.removed.find((b) => b.text === EXCERPTS[1])?.rule, 'html/teaser-list');
});

test('cards that hold most of the article are its items, not teasers', () => {
  const html = page(`<article><p>${P1}</p><div>${[card('Cargo volumes fall again', EXCERPTS[0]!), card('Small firms brace for winter', EXCERPTS[1]!), card('Old quarter asks for slower traffic', EXCERPTS[2]!)].join('')}</div></article>`);
  const text = extractHtml(html).paragraphs.join('\n');
  for (const e of EXCERPTS) assert.match(text, new RegExp(e.slice(0, 30)));
});

test('a short block carrying a copyright sign (a photo credit) is left out as html/credit', () => {
  const credit = 'Lee Elder on the first tee in 1975. | © Augusta National/Getty Images';
  const r = extractHtml(page(`<article><p>${P1}</p><div>${credit}</div><p>${P2}</p><p>${P3}</p></article>`));
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text === credit)?.rule, 'html/credit');
});

test('table cells that repeat (a weekday, a figure) are all kept', () => {
  const rows = ['<tr><td>Monday</td><td>Easy run</td></tr>', '<tr><td>Tuesday</td><td>Easy run</td></tr>', '<tr><td>Monday</td><td>Long run</td></tr>'].join('');
  const r = extractHtml(page(`<article><p>${P1}</p><table>${rows}</table><p>${P2}</p><p>${P3}</p></article>`));
  assert.equal(r.paragraphs.filter((p) => p === 'Easy run').length, 2);
  assert.equal(r.paragraphs.filter((p) => p === 'Monday').length, 2);
});

test('when calls-to-action words run through much of the article they are its topic and stay', () => {
  const topical = [
    'I checked how many subscribers my newsletter had gained over the year.',
    'Most new subscribers came from one post about newsletter design.',
    'Newsletter readers who sign up in the morning open more issues.',
  ];
  const html = page(`<article><p>${P1}</p>${topical.map((t) => `<p>${t}</p>`).join('')}<p>${P2}</p></article>`);
  const text = extractHtml(html).paragraphs;
  for (const t of topical) assert.ok(text.includes(t), t);
  const single = page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1} ${P2} ${P3}</p><p>Subscribe to our newsletter.</p></article>`);
  assert.ok(!extractHtml(single).paragraphs.includes('Subscribe to our newsletter.'));
});

test('a heading tag around a whole sentence is prose, not an orphan heading', () => {
  const lead = 'Der Film ist jetzt auch in Deutschland erschienen, und wir haben mit einer der Hauptdarstellerinnen gesprochen.';
  const r = extractHtml(page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><h2>${lead}</h2>${links(['Council meets again', 'School budget explained', 'Transport fund in numbers'])}</article>`));
  assert.ok(r.paragraphs.includes(lead));
});

test('a link-dense box that holds a paragraph of prose is not a related list', () => {
  const prose = 'Das mobile Reisen boomt, gerade in Pandemiezeiten. Das hat die Messe gezeigt, auf der fast alle Hersteller neue Modelle vorgestellt haben, von kleinen Campern bis zu großen Reisemobilen mit allem Komfort.';
  const linked = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((t) => `<a href="/${t}">Hersteller ${t} stellt ein neues Modell vor</a>`).join(' ');
  const html = page(`<article><p>${P1}</p><p>${P2}</p><div><p>${linked}</p><p>${prose}</p></div><p>${P3}</p></article>`);
  assert.ok(extractHtml(html).paragraphs.includes(prose));
  assert.ok(!extractHtml(html, { relatedMaxProse: Infinity }).paragraphs.includes(prose));
});

test('a short line offering a file for download is left out as html/download', () => {
  const file = 'Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB';
  const r = extractHtml(page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${file}</p></article>`));
  assert.deepEqual(r.paragraphs, [P1, P2, P3]);
  assert.equal(r.removed.find((b) => b.text === file)?.rule, 'html/download');
});
