// Unit tests of metadata rules on small hand-made inputs: markup, title affixes, outlet clues, bylines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HtmlPageInfo } from '../html/index.js';
import { type MetadataInput, extractMetadata } from './index.js';
import { DEFAULT_METADATA_OPTIONS } from './options.js';
import { stripTitleAffixes } from './title.js';

const EN = 'The ministry said on Tuesday that the talks had ended without agreement, and officials from both sides left the capital.';

function page(p: Partial<HtmlPageInfo>): HtmlPageInfo {
  return { titleTag: null, lang: null, metaTags: [], jsonLd: [], canonical: null, times: [], bylines: [], headline: null, ...p };
}
function input(p: Partial<MetadataInput>): MetadataInput {
  return { kind: 'text', title: null, paragraphs: [EN], removed: [], hints: {}, ...p };
}

test('markup: og:site_name, og:title without its site suffix, meta author and published time', () => {
  const { metadata: m, messages } = extractMetadata(input({
    kind: 'html',
    page: page({
      titleTag: 'Talks collapse in capital | Daily Planet',
      metaTags: [
        { key: 'og:site_name', content: 'Daily Planet' },
        { key: 'og:title', content: 'Talks collapse in capital | Daily Planet' },
        { key: 'author', content: 'By Lois Lane' },
        { key: 'article:published_time', content: '2024-10-23T09:30:00+09:00' },
      ],
    }),
  }));
  assert.deepEqual(m.outlet, { value: 'Daily Planet', rule: 'meta/og:site_name' });
  assert.deepEqual(m.title, { value: 'Talks collapse in capital', rule: 'meta/og:title', evidence: 'Talks collapse in capital | Daily Planet' });
  assert.equal(m.byline?.value, 'Lois Lane');
  assert.deepEqual(m.published, { value: '2024-10-23T09:30:00+09:00', rule: 'meta/article:published_time', basis: 'explicit', evidence: '2024-10-23T09:30:00+09:00' });
  assert.deepEqual(messages, []);
});

test('JSON-LD @graph: publisher by @id, person author over organisation, datePublished', () => {
  const { metadata: m } = extractMetadata(input({
    kind: 'html',
    page: page({
      jsonLd: [{ '@context': 'https://schema.org', '@graph': [
        { '@type': 'NewsArticle', headline: 'Ceasefire holds', datePublished: '2024-10-23', publisher: { '@id': '#org' },
          author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'John Doe' }] },
        { '@id': '#org', '@type': 'NewsMediaOrganization', name: 'Example Times' },
      ] }],
    }),
  }));
  assert.equal(m.outlet?.value, 'Example Times');
  assert.equal(m.outlet?.rule, 'json-ld/publisher');
  assert.equal(m.title?.value, 'Ceasefire holds');
  assert.equal(m.byline?.value, 'Jane Roe, John Doe');
  assert.equal(m.published?.value, '2024-10-23');
  assert.equal(m.published?.rule, 'json-ld/datePublished');
});

test('the visible h1 wins over a rewritten og:title when they agree; not when the h1 is the site name', () => {
  const agree = extractMetadata(input({ kind: 'html', page: page({
    headline: 'Seoul weighs sending arms to Kyiv',
    metaTags: [{ key: 'og:title', content: 'Seoul weighs sending arms to Kyiv after troop reports' }],
  }) })).metadata.title;
  assert.deepEqual(agree, { value: 'Seoul weighs sending arms to Kyiv', rule: 'html/h1' });
  const logo = extractMetadata(input({ kind: 'html', page: page({
    headline: 'Daily Planet',
    metaTags: [{ key: 'og:site_name', content: 'Daily Planet' }, { key: 'og:title', content: 'Seoul weighs sending arms' }],
  }) })).metadata.title;
  assert.equal(logo?.rule, 'meta/og:title');
});

test('title affixes: site suffix after a dash only when it names the site; short section prefix', () => {
  const o = DEFAULT_METADATA_OPTIONS;
  assert.equal(stripTitleAffixes('Kim Jong Un - the man behind the missiles', ['Example Times'], o), 'Kim Jong Un - the man behind the missiles');
  assert.equal(stripTitleAffixes('Troops sent to Russia - Example Times', ['Example Times'], o), 'Troops sent to Russia');
  assert.equal(stripTitleAffixes('Opinion | North Korean intervention is the last thing needed', [], o), 'North Korean intervention is the last thing needed');
  assert.equal(stripTitleAffixes('CBS 58 - Fatal Shooting Marks 116th Homicide in Milwaukee', ['cbs58.com', 'cbs58'], o), 'Fatal Shooting Marks 116th Homicide in Milwaukee');
  assert.equal(stripTitleAffixes('Milwaukee - Fatal Shooting Marks 116th Homicide', ['cbs58.com', 'cbs58'], o), 'Milwaukee - Fatal Shooting Marks 116th Homicide');
  assert.equal(stripTitleAffixes('Woman, 3-year-old dead in Shelby triple-shooting - wistv.com - Columbia, South Carolina', ['wistv.com', 'wistv'], o), 'Woman, 3-year-old dead in Shelby triple-shooting');
  // A station's slogan and call sign go though neither names the host; a headline's own words after a dash stay.
  assert.equal(stripTitleAffixes('Boy Fatally Shot in Head While Playing - WBOY - Clarksburg, Morgantown: News, Sports, Weather', ['wvalways.com', 'wvalways'], o), 'Boy Fatally Shot in Head While Playing');
  assert.equal(stripTitleAffixes('Shooting Takes Life of Boy - WOWK 13 Charleston, Huntington WV News, Weather, Sports', ['example.com', 'example'], o), 'Shooting Takes Life of Boy');
  assert.equal(stripTitleAffixes('Storm hits coast - news, then silence', ['example.com', 'example'], o), 'Storm hits coast - news, then silence');
  assert.equal(stripTitleAffixes('2 teens killed, 2 injured in park shooting - CBS News 8 - San Diego, CA News Station - KFMB Channel 8', ['cbs8.com', 'cbs8'], o), '2 teens killed, 2 injured in park shooting');
});

test('record hints win over everything the page says', () => {
  const { metadata: m } = extractMetadata(input({
    title: 'Page headline',
    hints: { title: 'Record title', outlet: 'Record Outlet', byline: 'Record Author', published: '2024-01-02', url: 'https://example.org/a' },
    page: page({ metaTags: [{ key: 'og:site_name', content: 'Page Outlet' }] }),
    kind: 'html',
  }));
  assert.deepEqual([m.title?.rule, m.outlet?.rule, m.byline?.rule, m.published?.rule], ['record/hint', 'record/hint', 'record/hint', 'record/hint']);
  assert.equal(m.url, 'https://example.org/a');
});

test('a record title loses a suffix naming the site; a bare address is no title', () => {
  const suffixed = extractMetadata(input({
    hints: { title: 'LMPD releases body cam footage of deadly shooting - wave3.com-Louisville News, Weather & Sports', url: 'https://www.wave3.com/story/1' },
  })).metadata.title;
  assert.deepEqual([suffixed?.value, suffixed?.rule], ['LMPD releases body cam footage of deadly shooting', 'record/hint']);
  const kept = extractMetadata(input({ hints: { title: 'Kim Jong Un - the man behind the missiles', url: 'https://example.org/a' } })).metadata.title;
  assert.equal(kept?.value, 'Kim Jong Un - the man behind the missiles');
  const address = extractMetadata(input({ title: 'Girl, 11, remembered in Cable', hints: { title: 'http://www.vernonfh.com/', url: 'http://www.vernonfh.com/index.php?P=8' } })).metadata.title;
  assert.equal(address?.value, 'Girl, 11, remembered in Cable');
});

test('outlet: a trailing agency credit beats "told X"; a cited agency is never the outlet', () => {
  const credit = extractMetadata(input({ paragraphs: [`${EN} "It is over," he told The Straits Times.`, 'Talks resume next month. (AP)'] })).metadata.outlet;
  assert.deepEqual(credit, { value: 'Associated Press', rule: 'text/trailing-credit', evidence: '(AP)' });
  const cited = extractMetadata(input({ paragraphs: [`${EN} This is reported by the South Korean news agency Yonhap, citing a source.`] }));
  assert.equal(cited.metadata.outlet, null);
  assert.ok(cited.messages.some((x) => x.ruleId === 'metadata/no-outlet'));
});

test('outlet: "told X" only as a guess, with an info message', () => {
  const r = extractMetadata(input({ paragraphs: [`${EN} "We are ready," the minister told Newsweek on Friday.`] }));
  assert.deepEqual(r.metadata.outlet, { value: 'Newsweek', rule: 'text/told', evidence: 'told Newsweek', guess: true });
  assert.ok(r.messages.some((x) => x.ruleId === 'metadata/outlet-guess'));
});

test('outlet: English edition line, trust line, brand line, caption credit', () => {
  const ed = extractMetadata(input({ removed: [{ text: 'This story is from the October 23, 2024 edition of The Straits Times.', rule: 'text/chrome' }] })).metadata;
  assert.equal(ed.outlet?.value, 'The Straits Times');
  assert.equal(ed.outlet?.rule, 'text/edition-line');
  assert.equal(ed.published?.value, '2024-10-23');
  const trust = extractMetadata(input({ removed: [{ text: 'Why you can trust SCMP', rule: 'text/chrome' }] })).metadata.outlet;
  assert.deepEqual(trust, { value: 'South China Morning Post', rule: 'text/trust-line', evidence: 'Why you can trust SCMP' });
  const brand = extractMetadata(input({ removed: [{ text: 'MORE STORIES FROM Korea Herald Daily\nKorea Herald Daily\nSome other story', rule: 'text/chrome' }] })).metadata.outlet;
  assert.equal(brand?.value, 'Korea Herald Daily');
  assert.equal(brand?.rule, 'text/brand-line');
  const cap = extractMetadata(input({ removed: [{ text: 'Soldiers march during a parade in Pyongyang, in this photo released on Thursday. Yonhap', rule: 'text/caption' }] })).metadata.outlet;
  assert.deepEqual(cap, { value: 'Yonhap', rule: 'text/caption-credit', evidence: 'Soldiers march during a parade in Pyongyang, in this photo released on Thursday. Yonhap', guess: true });
});

test('byline: "By" line in chrome; photo credits, filter menus and comment authors are not bylines', () => {
  assert.deepEqual(extractMetadata(input({ removed: [{ text: 'By Kim Min-seo and Lee Jae-won', rule: 'text/chrome' }] })).metadata.byline,
    { value: 'Kim Min-seo and Lee Jae-won', rule: 'text/by-line', evidence: 'By Kim Min-seo and Lee Jae-won' });
  assert.equal(extractMetadata(input({ removed: [{ text: 'Illustration: Craig Stephens', rule: 'text/chrome' }] })).metadata.byline, null);
  assert.equal(extractMetadata(input({ removed: [{ text: 'Photo by Jane Roe / Getty Images', rule: 'text/caption' }] })).metadata.byline, null);
  assert.equal(extractMetadata(input({ removed: [{ text: 'By Industry\nBy Use Case\nBy Company Size', rule: 'text/nav' }] })).metadata.byline, null);
  assert.equal(extractMetadata(input({ kind: 'html', page: page({ bylines: ['Florence Smith says'] }) })).metadata.byline, null);
  assert.equal(extractMetadata(input({ paragraphs: ['By sending its troops to the battlefield, the North gains experience.'] })).metadata.byline, null);
});

test('byline: an author that is the site itself gives way to a person', () => {
  const m = extractMetadata(input({ kind: 'html', page: page({
    metaTags: [{ key: 'og:site_name', content: 'RenoFi' }, { key: 'author', content: 'RenoFi' }],
    bylines: ['Richard Garner'],
  }) })).metadata;
  assert.deepEqual(m.byline, { value: 'Richard Garner', rule: 'html/byline' });
});

test('no title, no date, no outlet: messages, not exceptions', () => {
  const r = extractMetadata(input({ paragraphs: [] }));
  const ids = r.messages.map((x) => x.ruleId).sort();
  assert.deepEqual(ids, ['metadata/language-undetermined', 'metadata/no-date', 'metadata/no-outlet', 'metadata/no-title']);
  assert.equal(r.metadata.language?.value, 'und');
});
