// Unit tests of the capture rules: the fetch time as the date of last resort, and feed hints yielding to the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Capture } from '../../model/index.js';
import type { HtmlPageInfo } from '../html/index.js';
import { type MetadataInput, extractMetadata } from './index.js';

const EN = 'The ministry said that the talks had ended without agreement, and officials from both sides left the capital.';
const FETCHED = '2024-05-02T10:15:00.000Z';

function page(p: Partial<HtmlPageInfo>): HtmlPageInfo {
  return { titleTag: null, lang: null, metaTags: [], jsonLd: [], canonical: null, times: [], bylines: [], headline: null, ...p };
}
function capture(c: Partial<Capture> = {}): Capture {
  return { kind: 'http', url: 'https://news.example/a', finalUrl: 'https://news.example/a', status: 200, fetchedAt: FETCHED, contentType: 'text/html', ...c };
}
function input(p: Partial<MetadataInput>): MetadataInput {
  return { kind: 'text', title: null, paragraphs: [EN], removed: [], hints: {}, ...p };
}

test('a captured page with no date of its own gets the fetch time, basis inferred, rule capture/fetch-time', () => {
  const { metadata: m, messages } = extractMetadata(input({ capture: capture() }));
  assert.deepEqual(m.published, { value: FETCHED, rule: 'capture/fetch-time', basis: 'inferred', evidence: `fetched ${FETCHED}` });
  assert.ok(messages.some((x) => x.ruleId === 'metadata/date-fetch-time' && x.severity === 'info'));
  assert.ok(!messages.some((x) => x.ruleId === 'metadata/no-date'));
});

test('the page\'s explicit or inferable date beats the fetch time; no capture, no fetch-time date', () => {
  const explicit = extractMetadata(input({ kind: 'html', page: page({ metaTags: [{ key: 'article:published_time', content: '2024-04-30T08:00:00Z' }] }), capture: capture() }));
  assert.equal(explicit.metadata.published?.rule, 'meta/article:published_time');
  const inferred = extractMetadata(input({ paragraphs: ['The ministry said on April 28, 2024 that the talks had ended without agreement, and officials left the capital.'], capture: capture() }));
  assert.notEqual(inferred.metadata.published?.rule, 'capture/fetch-time');
  assert.ok(inferred.metadata.published);
  const none = extractMetadata(input({}));
  assert.equal(none.metadata.published, null);
});

test('feed hints fill what the page lacks and yield to what it states', () => {
  const hints = { url: 'https://news.example/a', title: 'Feed headline', published: 'Mon, 29 Apr 2024 06:30:00 GMT', byline: 'Ana Reyes' };
  const bare = extractMetadata(input({ hints: { ...hints, published: '2024-04-29T06:30:00.000Z' }, capture: capture({ feed: 'https://news.example/feed.rss' }) }));
  assert.deepEqual(bare.metadata.title, { value: 'Feed headline', rule: 'feed/title' });
  assert.deepEqual(bare.metadata.byline, { value: 'Ana Reyes', rule: 'feed/author' });
  assert.equal(bare.metadata.published?.rule, 'feed/published');
  assert.equal(bare.metadata.published?.basis, 'explicit');
  assert.equal(bare.metadata.published?.value, '2024-04-29T06:30:00Z');
  assert.equal(bare.metadata.url, 'https://news.example/a');
  const stated = extractMetadata(input({
    kind: 'html',
    hints,
    capture: capture({ feed: 'https://news.example/feed.rss' }),
    page: page({ titleTag: 'Page headline', metaTags: [{ key: 'article:published_time', content: '2024-04-30T08:00:00Z' }, { key: 'author', content: 'Lois Lane' }] }),
  }));
  assert.equal(stated.metadata.title?.value, 'Page headline');
  assert.equal(stated.metadata.published?.value, '2024-04-30T08:00:00Z');
  assert.equal(stated.metadata.byline?.value, 'Lois Lane');
  // Without a feed the hints are a record's and win.
  const record = extractMetadata(input({ hints, page: page({ titleTag: 'Page headline' }), kind: 'html' }));
  assert.deepEqual(record.metadata.title, { value: 'Feed headline', rule: 'record/hint' });
});
