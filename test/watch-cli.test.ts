// `triangulate watch` end to end on loopback: two --once cycles over a folder that gains a page, events in the file and at a webhook exactly once; a loop that stops on SIGINT.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { run } from '../src/cli/program.js';
import type { ChangeEvent } from '../src/watch/index.js';
import { capture } from './cli-io.js';

const EXAMPLES = 'examples/korea-troops-2024';
const RAISING_PAGE = '004_8dc70a03540e4a11.txt';
const RAISING_ARTICLE = 'f5e4671d1d0fe106';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-watch-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sourceWithout(page: string, name: string): string {
  const source = join(dir, name);
  mkdirSync(source);
  for (const f of readdirSync(EXAMPLES)) if (f !== page) copyFileSync(join(EXAMPLES, f), join(source, f));
  return source;
}

const readEvents = (path: string): ChangeEvent[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ChangeEvent) : []);

test('two --once cycles: the page that raises a number is one updated event with its evidence in the file and at the webhook (after a 500)', { timeout: 120_000 }, async () => {
  const received: { status: number; event: ChangeEvent; idempotencyKey: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      // The very first delivery fails, to exercise the retry.
      const status = received.length === 0 ? 500 : 204;
      received.push({ status, event: JSON.parse(body) as ChangeEvent, idempotencyKey: String(req.headers['idempotency-key']) });
      res.writeHead(status).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const webhook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  try {
    const source = sourceWithout(RAISING_PAGE, 'folder');
    const db = join(dir, 'cli.db');
    const eventsFile = join(dir, 'events.jsonl');
    const argv = ['node', 'triangulate', 'watch', source, '--db', db, '--events', eventsFile, '--webhook', webhook, '--once'];

    const first = capture();
    assert.equal(await run(argv, first), 0, first.stderr.join('\n'));
    assert.deepEqual(readEvents(eventsFile).map((e) => e.kind), ['new-story']);
    assert.match(first.stdout[0], /^\[new-story\] New story “/);
    assert.deepEqual(received.map((r) => [r.status, r.event.kind]), [[500, 'new-story'], [204, 'new-story']]);
    assert.equal(received[0].idempotencyKey, received[1].idempotencyKey);

    copyFileSync(join(EXAMPLES, RAISING_PAGE), join(source, RAISING_PAGE));
    const second = capture();
    assert.equal(await run(argv, second), 0, second.stderr.join('\n'));
    assert.match(second.stderr.at(-1) ?? '', /5 documents read, 4 already stored, 1 added, 1 new article in 1 story/);
    const third = capture();
    assert.equal(await run(argv, third), 0, third.stderr.join('\n'));
    assert.deepEqual(third.stdout, [], 'a cycle with no new document prints no event');

    const inFile = readEvents(eventsFile).filter((e) => e.kind === 'updated');
    assert.equal(inFile.length, 1);
    const u = inFile[0];
    assert.deepEqual(u.verdict, { from: 'single-origin', to: 'updated' });
    assert.match(u.value?.to ?? '', /3,000/);
    assert.equal(u.sentences[0].articleId, RAISING_ARTICLE);
    assert.match(u.sentences[0].text, /3,000/);
    assert.match(u.sentences[1].text, /1,500/);
    assert.equal(u.articles[0].id, RAISING_ARTICLE);
    const delivered = received.filter((r) => r.status < 300 && r.event.kind === 'updated');
    assert.equal(delivered.length, 1);
    assert.deepEqual(delivered[0].event, u, 'the webhook gets the same JSON as the file');
    assert.equal(received.filter((r) => r.event.kind === 'updated').length, 1, 'no retry when the first try succeeds');
    const printed = second.stdout.findIndex((l) => l.startsWith('[updated] '));
    assert.ok(printed >= 0, second.stdout.join('\n'));
    assert.match(second.stdout[printed + 1], /^ {4}“.*3,000.*” \(.*article f5e4671d1d0fe106\)$/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('the same over an RSS feed on loopback in two versions: the new item is fetched once, its updated event delivered once', { timeout: 180_000 }, async () => {
  const pages = readdirSync(EXAMPLES).sort();
  // The pages' own publication dates (the Straits Times, Newsweek, Yonhap, SCMP, t-online pages).
  const dates = ['Wed, 23 Oct 2024 09:00:00 GMT', 'Wed, 13 Nov 2024 09:00:00 GMT', 'Fri, 18 Oct 2024 09:00:00 GMT', 'Mon, 07 Oct 2024 09:00:00 GMT', 'Wed, 23 Oct 2024 09:00:00 GMT'];
  let version = 1;
  const requests: string[] = [];
  const hooked: ChangeEvent[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(`${req.method} ${path}`);
    if (req.method === 'POST' && path === '/hook') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        hooked.push(JSON.parse(body) as ChangeEvent);
        res.writeHead(200).end();
      });
      return;
    }
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === '/feed.xml') {
      const listed = pages.filter((p) => version === 2 || p !== RAISING_PAGE);
      const items = listed.map((p) => `<item><title>${p}</title><link>${base}/pages/${p}</link><guid isPermaLink="false">${p}</guid><pubDate>${dates[pages.indexOf(p)]}</pubDate></item>`);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fixture</title><link>${base}/</link><description>d</description>${items.join('')}</channel></rss>`);
      return;
    }
    const page = /^\/pages\/([\w.]+)$/.exec(path)?.[1];
    if (page && pages.includes(page)) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(readFileSync(join(EXAMPLES, page)));
      return;
    }
    res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const eventsFile = join(dir, 'feed-events.jsonl');
    const argv = ['node', 'triangulate', 'watch', `${base}/feed.xml`, '--db', join(dir, 'feed.db'), '--events', eventsFile, '--webhook', `${base}/hook`, '--allow-private', '--rate-ms', '0', '--once'];
    const first = capture();
    assert.equal(await run(argv, first), 0, first.stderr.join('\n'));
    assert.deepEqual(readEvents(eventsFile).map((e) => e.kind), ['new-story'], first.stderr.join('\n'));
    version = 2;
    const second = capture();
    assert.equal(await run(argv, second), 0, second.stderr.join('\n'));
    const third = capture();
    assert.equal(await run(argv, third), 0, third.stderr.join('\n'));
    assert.deepEqual(third.stdout, []);

    const pageFetches = requests.filter((r) => r.startsWith('GET /pages/'));
    assert.deepEqual(pageFetches.sort(), pages.map((p) => `GET /pages/${p}`).sort(), 'each item is fetched once across the three cycles');
    assert.equal(requests.filter((r) => r === 'GET /feed.xml').length, 3);
    const updated = readEvents(eventsFile).filter((e) => e.kind === 'updated');
    assert.equal(updated.length, 1, JSON.stringify(readEvents(eventsFile).map((e) => e.key)));
    assert.match(updated[0].value?.to ?? '', /3,000/);
    assert.equal(updated[0].sentences[0].articleId, RAISING_ARTICLE);
    assert.match(updated[0].sentences[0].text, /3,000/);
    assert.deepEqual(hooked.filter((e) => e.kind === 'updated'), updated);
    assert.deepEqual(hooked.map((e) => e.key), readEvents(eventsFile).map((e) => e.key));
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('an unreachable webhook is reported and the cycle still succeeds; a bad --every is a usage error', { timeout: 60_000 }, async () => {
  const source = join(dir, 'one');
  mkdirSync(source);
  copyFileSync(join(EXAMPLES, '002_4196fc06a35ccf2e.txt'), join(source, 'a.txt'));
  const closed = createServer();
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const port = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  const io = capture();
  const code = await run(['node', 'triangulate', 'watch', source, '--db', join(dir, 'unreachable.db'), '--webhook', `http://127.0.0.1:${port}/`, '--once'], io);
  assert.equal(code, 0);
  assert.ok(io.stderr.some((l) => /webhook: event new-story\|\S+ not delivered after 3 tries/.test(l)), io.stderr.join('\n'));
  const bad = capture();
  assert.equal(await run(['node', 'triangulate', 'watch', source, '--every', '10', '--once'], bad), 2);
  assert.match(bad.stderr.join('\n'), /--every: "10" is not a duration/);
});

test('the loop runs a cycle, waits, and stops cleanly on SIGINT', { timeout: 60_000 }, async () => {
  const source = join(dir, 'loop');
  mkdirSync(source);
  copyFileSync(join(EXAMPLES, '002_4196fc06a35ccf2e.txt'), join(source, 'a.txt'));
  const child = spawn(process.execPath, ['dist/src/cli/main.js', 'watch', source, '--db', join(dir, 'loop.db'), '--every', '1h'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const cycled = new Promise<void>((resolve) => {
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (/ events? \(\d+ ms\)/.test(stderr)) resolve();
    });
  });
  await cycled;
  child.kill('SIGINT');
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  assert.deepEqual([code, signal], [0, null], stderr);
  assert.match(stderr, /SIGINT: stopping after this cycle/);
  assert.match(stdout, /^\[new-story\]/);
});
