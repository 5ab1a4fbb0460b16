// End-to-end: `analyze` on a folder holding a WARC crawl stores its article pages with their target URIs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { WARCRecord, WARCSerializer, type WARCRecordOpts } from 'warcio';
import { run } from '../src/cli/program.js';
import { capture } from './cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-warc-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function rec(opts: WARCRecordOpts, payload: string | null): Promise<Uint8Array> {
  async function* body(): AsyncGenerator<Uint8Array> {
    if (payload !== null) yield Buffer.from(payload, 'utf8');
  }
  return WARCSerializer.serialize(await WARCRecord.create({ warcVersion: 'WARC/1.1', ...opts }, body()), { gzip: true });
}

function page(outlet: string, title: string, date: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Copyright ${outlet}. All rights reserved.</footer></body></html>`;
}

const FIRST = page('Coastal Herald', 'Strong earthquake hits Valdoria province, 40 taken to hospital', '2024-06-04T08:00:00Z', [
  'A strong earthquake of magnitude 6.4 struck Valdoria province on Tuesday morning, collapsing several buildings in the port city of Marenza, officials said.',
  'Governor Elena Ruiz said at least 40 people had been taken to hospital and that schools in Marenza would stay closed for two days.',
  '"We are doing everything we can to reach the people still trapped," civil defence chief Tomas Berg told reporters in Marenza.',
  'The national seismology institute said the quake was centred 12 kilometres off the coast at a depth of 10 kilometres.',
]);
const SECOND = page('Daily Courier', 'Rescuers dig through rubble after Valdoria quake', '2024-06-04T11:00:00Z', [
  'Rescue teams searched collapsed buildings in Marenza on Tuesday after a magnitude 6.4 earthquake struck Valdoria province, officials said.',
  'At least 40 people were taken to hospital, Governor Elena Ruiz said, adding that schools in Marenza would remain closed for two days.',
  'Civil defence chief Tomas Berg said teams were "doing everything we can to reach the people still trapped" under the rubble.',
  'The seismology institute put the epicentre 12 kilometres off the coast of Valdoria province.',
]);

test('analyze on a folder holding a .warc.gz stores both article pages with their target URIs', { timeout: 120_000 }, async () => {
  const folder = join(dir, 'crawl');
  mkdirSync(folder);
  const date = '2024-06-04T12:00:00Z';
  const warc = Buffer.concat([
    await rec({ type: 'warcinfo', filename: 'crawl.warc.gz' }, 'software: test\r\n'),
    await rec({ type: 'request', url: 'https://herald.example/world/valdoria-quake', date, statusline: 'GET /world/valdoria-quake HTTP/1.1' }, null),
    await rec({ type: 'response', url: 'https://herald.example/world/valdoria-quake', date, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, FIRST),
    await rec({ type: 'response', url: 'https://herald.example/logo.png', date, httpHeaders: { 'Content-Type': 'image/png' } }, '\u0089PNG'),
    await rec({ type: 'request', url: 'https://courier.example/2024/06/04/quake-rescue', date, statusline: 'GET /2024/06/04/quake-rescue HTTP/1.1' }, null),
    await rec({ type: 'response', url: 'https://courier.example/2024/06/04/quake-rescue', date, httpHeaders: { 'Content-Type': 'text/html' } }, SECOND),
  ]);
  writeFileSync(join(folder, 'crawl.warc.gz'), warc);
  const db = join(dir, 'store.db');
  const io = capture();
  const code = await run(['node', 'triangulate', 'analyze', folder, '--db', db, '--json'], io);
  assert.equal(code, 0, io.stderr.join('\n'));
  const stderr = io.stderr.join('\n');
  assert.match(stderr, /crawl\.warc\.gz: info: 6 WARC records: 2 documents, 0 failed, 4 skipped \(1 warcinfo, 2 request, 1 non-HTML response\) \(ingest\/warc-summary\)/);
  assert.match(stderr, /2 added, 0 already present, 0 failed; 1 story/);
  const dossier = JSON.parse(io.stdout.join('\n')) as { stories: unknown[]; articles: { url: string | null }[] };
  assert.equal(dossier.stories.length, 1);
  assert.deepEqual(dossier.articles.map((a) => a.url).sort(), ['https://courier.example/2024/06/04/quake-rescue', 'https://herald.example/world/valdoria-quake']);

  const list = capture();
  assert.equal(await run(['node', 'triangulate', 'articles', '--db', db, '--json'], list), 0);
  const stored: { url: string | null; source: string }[] = [];
  for (const line of list.stdout) {
    const show = capture();
    assert.equal(await run(['node', 'triangulate', 'show', (JSON.parse(line) as { id: string }).id, '--db', db, '--json'], show), 0);
    stored.push(JSON.parse(show.stdout[0]) as { url: string | null; source: string });
  }
  assert.deepEqual(stored.map((a) => a.url).sort(), ['https://courier.example/2024/06/04/quake-rescue', 'https://herald.example/world/valdoria-quake']);
  assert.ok(stored.every((a) => /crawl\.warc\.gz#[36]$/.test(a.source)), JSON.stringify(stored));

  const again = capture();
  assert.equal(await run(['node', 'triangulate', 'add', folder, '--db', db], again), 0);
  assert.match(again.stdout.at(-1) ?? '', /^0 added, 2 already present, 0 failed/);
});
