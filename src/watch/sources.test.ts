// Feed sources across cycles on loopback: items fetched once, a failed fetch tried again, a re-dated item fetched again.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { IngestItem } from '../ingest/index.js';
import { feedItemKey, readWatchSources, type SeenFeedItems } from './sources.js';

const PAGE = (n: number) => `<html><body><article><p>Page ${n}: rescue teams searched collapsed buildings after a strong earthquake struck the coastal province, officials said on the radio.</p></article></body></html>`;

test('a feed\'s items are fetched once; a failed item is tried again next cycle; an item the feed re-dates is fetched again', async () => {
  const requests: string[] = [];
  let failFirst = true;
  let secondDate = 'Tue, 05 Mar 2024 11:00:00 GMT';
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>${base}/</link><description>d</description>
<item><title>One</title><link>${base}/p/1</link><guid isPermaLink="false">one</guid><pubDate>Mon, 04 Mar 2024 06:30:00 GMT</pubDate></item>
<item><title>Two</title><link>${base}/p/2</link><guid isPermaLink="false">two</guid><pubDate>${secondDate}</pubDate></item>
</channel></rss>`);
    } else if (req.url === '/p/1' || req.url === '/p/2') {
      if (req.url === '/p/2' && failFirst) {
        failFirst = false;
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE(Number(req.url.slice(3))));
    } else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const read = { web: { allowPrivate: true, rateMs: 0, timeoutMs: 5_000 } };
  const cycle = async (seen: SeenFeedItems): Promise<{ items: IngestItem[]; next: SeenFeedItems }> => {
    const next: SeenFeedItems = {};
    const items: IngestItem[] = [];
    for await (const item of readWatchSources([feed], read, seen, next)) items.push(item);
    return { items, next };
  };
  try {
    const first = await cycle({});
    assert.deepEqual(first.items.map((i) => i.ok), [true, false], 'the second item failed with 503');
    assert.deepEqual(first.next[feed], ['one|2024-03-04T06:30:00.000Z']);
    const second = await cycle(first.next);
    assert.deepEqual(second.items.map((i) => (i.ok ? i.document.capture?.url.replace(/^.*\/p\//, 'p') : 'failed')), ['p2'], 'only the failed item is fetched again');
    assert.equal(second.next[feed].length, 2);
    const third = await cycle(second.next);
    assert.deepEqual(third.items, []);
    secondDate = 'Wed, 06 Mar 2024 08:00:00 GMT';
    const fourth = await cycle(third.next);
    assert.deepEqual(fourth.items.length, 1, 'the re-dated item is fetched again');
    assert.deepEqual(requests.filter((r) => r.startsWith('/p/')), ['/p/1', '/p/2', '/p/2', '/p/2']);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a feed item is known by its guid (else link, else title) and its date', () => {
  const item = { link: 'https://x.test/a', title: 'A', published: '2024-03-04T06:30:00Z', author: null, guid: 'g1', content: null };
  assert.equal(feedItemKey(item), 'g1|2024-03-04T06:30:00Z');
  assert.equal(feedItemKey({ ...item, guid: null }), 'https://x.test/a|2024-03-04T06:30:00Z');
  assert.equal(feedItemKey({ ...item, guid: null, link: null, published: null }), 'title:A|');
});
