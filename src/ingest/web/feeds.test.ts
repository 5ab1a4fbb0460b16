// Feeds and URL lists from a loopback fixture server and temporary files: RSS, Atom, JSON Feed, listing without fetching, dispatch from readInputs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startWebFixture, STORY, type WebFixture } from '../../../test/web-server.js';
import type { IngestItem } from '../documents.js';
import { readInputs } from '../sources.js';
import { fetchFeedItems, listFeedItems, parseFeedBytes, readWebSources, webSourceKind, type WebSourceOptions } from './index.js';

let fx: WebFixture;
const dir = mkdtempSync(join(tmpdir(), 'triangulate-web-'));
before(async () => {
  fx = await startWebFixture();
});
after(async () => {
  await fx.close();
  rmSync(dir, { recursive: true, force: true });
});

const LOCAL: WebSourceOptions = { allowPrivate: true, rateMs: 0 };

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function doc(item: IngestItem) {
  assert.ok(item.ok, `expected a document, got ${JSON.stringify(item)}`);
  return item.document;
}

test('an RSS feed URL: each item\'s link fetched in feed order, with the item\'s title, date and author as hints', async () => {
  const feed = `${fx.base}/feed.rss`;
  const items = await collect(readWebSources([feed], LOCAL));
  assert.equal(items.length, 4);
  const [quake, aftershock, dated, relief] = items.map(doc);
  assert.equal(quake.source, `${fx.base}/article/quake.html`);
  assert.deepEqual(quake.hints, { title: 'Strong quake hits coastal province', published: '2024-03-04T06:30:00.000Z', byline: 'Ana Reyes', url: `${fx.base}/article/quake.html` });
  assert.equal(quake.capture?.feed, feed);
  assert.equal(quake.capture?.kind, 'http');
  assert.ok(quake.content.includes(STORY[0]));
  // A relative link resolves against the feed's URL; an RSS author's name comes out of its e-mail form.
  assert.equal(aftershock.hints.url, `${fx.base}/article/aftershock.html`);
  assert.equal(aftershock.hints.byline, 'Ben Ortiz');
  assert.equal(dated.hints.title, 'Feed title loses to the page');
  // An item without a link but with content:encoded becomes a document from that content.
  assert.equal(relief.source, `${feed}#quake-4`);
  assert.equal(relief.mediaType, 'html');
  assert.ok(relief.content.includes('Relief flights resumed'));
  assert.equal(relief.hints.title, 'Relief flights resume');
  assert.equal(relief.capture?.feed, feed);
});

test('Atom and JSON Feed URLs; a feed served as text/xml is recognised by its root element', async () => {
  const [atomItem, jsonItem, jsonNoLink, ...xmlItems] = await collect(readWebSources([`${fx.base}/feed.atom`, `${fx.base}/feed.json`, `${fx.base}/feed-as-xml`], LOCAL));
  const a = doc(atomItem);
  assert.equal(a.hints.title, 'Strong quake hits province');
  assert.equal(a.hints.published, '2024-03-04T06:30:00Z');
  assert.equal(a.hints.byline, 'Ana Reyes');
  assert.equal(a.capture?.feed, `${fx.base}/feed.atom`);
  const j = doc(jsonItem);
  assert.equal(j.hints.url, `${fx.base}/article/aftershock.html`);
  assert.equal(j.hints.byline, 'Ben Ortiz');
  assert.equal(jsonNoLink.ok, false);
  assert.equal(!jsonNoLink.ok && jsonNoLink.messages[0].ruleId, 'feed/no-link');
  assert.equal(xmlItems.length, 4);
  assert.equal(doc(xmlItems[0]).capture?.feed, `${fx.base}/feed-as-xml`);
});

test('--feed on a page that is no feed fails with feed/invalid', async () => {
  const [item] = await collect(readWebSources([`${fx.base}/article/quake.html`], { ...LOCAL, feed: true }));
  assert.equal(item.ok, false);
  assert.equal(!item.ok && item.messages[0].ruleId, 'feed/invalid');
});

test('local feed files (.rss, JSON Feed .json) have their items fetched; capture.feed is the path', async () => {
  const rssPath = join(dir, 'coastal.rss');
  writeFileSync(rssPath, `<rss version="2.0"><channel><title>Local</title><item><title>Local copy</title><link>${fx.base}/article/quake.html</link><pubDate>Mon, 04 Mar 2024 06:30:00 GMT</pubDate></item></channel></rss>`);
  const jsonPath = join(dir, 'coastal.json');
  writeFileSync(jsonPath, JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Local JSON', items: [{ id: '1', url: `${fx.base}/article/aftershock.html`, title: 'From JSON' }] }));
  assert.equal(await webSourceKind(rssPath), 'feed-file');
  assert.equal(await webSourceKind(jsonPath), 'feed-file');
  const [r, j] = (await collect(readWebSources([rssPath, jsonPath], LOCAL))).map(doc);
  assert.equal(r.capture?.feed, rssPath);
  assert.equal(r.hints.title, 'Local copy');
  assert.equal(j.capture?.feed, jsonPath);
  assert.equal(j.hints.title, 'From JSON');
});

test('listFeedItems lists items without fetching them; fetchFeedItems fetches the chosen ones', async () => {
  const before = fx.requests.length;
  const listed = await listFeedItems(`${fx.base}/feed.rss`, LOCAL);
  assert.ok(listed.ok);
  const { listing } = listed;
  assert.equal(listing.format, 'rss');
  assert.equal(listing.title, 'Coastal News');
  assert.deepEqual(listing.items.map((i) => i.guid), ['quake-1', 'quake-2', `${fx.base}/article/dated.html`, 'quake-4']);
  assert.deepEqual(listing.items[0], {
    link: `${fx.base}/article/quake.html`,
    title: 'Strong quake hits coastal province',
    published: '2024-03-04T06:30:00.000Z',
    author: 'Ana Reyes',
    guid: 'quake-1',
    content: null,
  });
  assert.ok(!fx.requests.slice(before).some((r) => r.includes('/article/')), 'no item was fetched');
  const fetched = (await collect(fetchFeedItems(listing, [listing.items[1]], LOCAL))).map(doc);
  assert.equal(fetched.length, 1);
  assert.equal(fetched[0].hints.title, 'Aftershock forces evacuations');
  assert.equal(fetched[0].capture?.feed, `${fx.base}/feed.rss`);
});

test('parseFeedBytes reports a document that is no feed', () => {
  const parsed = parseFeedBytes('x.xml', Buffer.from('<html><body>no feed</body></html>'), { finalUrl: null });
  assert.equal(parsed.ok, false);
  assert.equal(!parsed.ok && parsed.ruleId, 'feed/invalid');
});

test('URL lists: .urls and .txt of URLs with comments; a bad line fails alone; prose .txt stays a file', async () => {
  const list = join(dir, 'sources.urls');
  writeFileSync(list, `# fixture pages\n\n${fx.base}/article/quake.html\nnot a url\n  ${fx.base}/missing  \n`);
  const txt = join(dir, 'sources.txt');
  writeFileSync(txt, `# comment\n${fx.base}/article/aftershock.html\n`);
  const prose = join(dir, 'article.txt');
  writeFileSync(prose, `${STORY.join('\n\n')}\n\nhttps://example.com/source\n`);
  assert.equal(await webSourceKind(list), 'url-list');
  assert.equal(await webSourceKind(txt), 'url-list');
  assert.equal(await webSourceKind(prose), null);
  const items = await collect(readWebSources([list, txt], LOCAL));
  assert.equal(items.length, 4);
  assert.equal(doc(items[0]).source, `${fx.base}/article/quake.html`);
  assert.equal(!items[1].ok && items[1].messages[0].ruleId, 'fetch/url-list');
  assert.equal(!items[1].ok && items[1].source, `${list}#4`);
  assert.equal(!items[2].ok && items[2].messages[0].ruleId, 'fetch/status');
  assert.equal(doc(items[3]).source, `${fx.base}/article/aftershock.html`);
});

test('readInputs sends URLs to the fetcher and files to the file reader, in input order', async () => {
  const page = join(dir, 'page.txt');
  writeFileSync(page, STORY.join('\n\n'));
  const items = await collect(readInputs([page, `${fx.base}/article/aftershock.html`, page], { web: LOCAL }));
  assert.deepEqual(items.map((i) => (i.ok ? i.document.source : i.source)), [page, `${fx.base}/article/aftershock.html`, page]);
  assert.equal(doc(items[0]).capture, undefined);
  assert.equal(doc(items[1]).capture?.kind, 'http');
});
