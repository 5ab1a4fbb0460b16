// End to end: `triangulate add FEED_URL --allow-private` against a loopback server stores the items' articles with the feed's title and date where the page lacks them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../src/cli/program.js';
import type { ArticleJson } from '../src/model/index.js';
import { startWebFixture, type WebFixture } from './web-server.js';
import { capture } from './cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-web-cli-'));
let fx: WebFixture;
before(async () => {
  fx = await startWebFixture();
});
after(async () => {
  await fx.close();
  rmSync(dir, { recursive: true, force: true });
});

test('add FEED_URL stores each item\'s page, with the feed\'s title and date where the page has none', { timeout: 120_000 }, async () => {
  const db = join(dir, 'news.db');
  const feed = `${fx.base}/feed.rss`;
  const io = capture();
  const code = await run(['node', 'triangulate', 'add', feed, '--allow-private', '--rate-ms', '0', '--db', db, '--json'], io);
  assert.equal(code, 0, io.stderr.join('\n'));
  assert.deepEqual(JSON.parse(io.stdout[0]), { added: 4, present: 0, failed: [] });

  const list = capture();
  assert.equal(await run(['node', 'triangulate', 'articles', '--db', db, '--json'], list), 0);
  const rows = list.stdout.map((l) => JSON.parse(l) as { id: string });
  const articles: ArticleJson[] = [];
  for (const r of rows) {
    const show = capture();
    assert.equal(await run(['node', 'triangulate', 'show', r.id, '--db', db, '--json'], show), 0);
    articles.push(JSON.parse(show.stdout[0]) as ArticleJson);
  }
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  const quake = byUrl.get(`${fx.base}/article/quake.html`);
  assert.ok(quake, 'the first item\'s page is stored');
  assert.equal(quake.title, 'Strong quake hits coastal province');
  assert.equal(quake.metadata.title?.rule, 'feed/title');
  assert.equal(quake.published, '2024-03-04T06:30:00Z');
  assert.equal(quake.metadata.published?.rule, 'feed/published');
  assert.equal(quake.byline, 'Ana Reyes');
  const aftershock = byUrl.get(`${fx.base}/article/aftershock.html`);
  assert.equal(aftershock?.title, 'Aftershock forces evacuations');
  assert.equal(aftershock?.published, '2024-03-05T11:00:00Z');
  // The page's own title and date beat the feed's.
  const dated = byUrl.get(`${fx.base}/article/dated.html`);
  assert.equal(dated?.title, 'Governor visits quake zone');
  assert.equal(dated?.published, '2024-03-05T08:00:00Z');
  const relief = articles.find((a) => a.source === `${feed}#quake-4`);
  assert.equal(relief?.title, 'Relief flights resume');

  // The same feed again: every article is already stored.
  const again = capture();
  assert.equal(await run(['node', 'triangulate', 'add', feed, '--allow-private', '--rate-ms', '0', '--db', db, '--json'], again), 0);
  assert.deepEqual(JSON.parse(again.stdout[0]), { added: 0, present: 4, failed: [] });
});

test('without --allow-private the loopback feed is refused and the command exits 1', { timeout: 60_000 }, async () => {
  const io = capture();
  const code = await run(['node', 'triangulate', 'add', `${fx.base}/feed.rss`, '--db', join(dir, 'refused.db'), '--json'], io);
  assert.equal(code, 1);
  const summary = JSON.parse(io.stdout[0]) as { added: number; failed: { source: string; reason: string }[] };
  assert.equal(summary.added, 0);
  assert.match(summary.failed[0].reason, /fetch\/private-address/);
});

test('add --help lists the fetching flags; a bad number is a usage error', async () => {
  const help = capture();
  assert.equal(await run(['node', 'triangulate', 'add', '--help'], help), 0);
  const text = help.stdout.join('\n');
  for (const flag of ['--feed', '--allow-private', '--ignore-robots', '--per-host', '--rate-ms', '--timeout-ms', '--max-bytes', 'URL list']) assert.ok(text.includes(flag), flag);
  const bad = capture();
  assert.equal(await run(['node', 'triangulate', 'add', 'https://example.com/', '--per-host', '0'], bad), 2);
});
