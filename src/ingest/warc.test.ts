// Tests for WARC ingest: HTML responses to documents, skipped records counted, charsets, encodings, cut archives.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer, type WARCRecordOpts } from 'warcio';
import type { Message } from '../model/index.js';
import type { IngestItem } from './documents.js';
import { readInputs } from './sources.js';
import { readWarc, readWarcStream, type WarcOptions, type WarcSummary } from './warc.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-warc-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function* body(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** One serialized record (gzipped as its own member when `gzip`). */
async function rec(opts: WARCRecordOpts, payload: Uint8Array | string | null, gzip: boolean): Promise<Uint8Array> {
  const bytes = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const record = await WARCRecord.create({ warcVersion: 'WARC/1.1', ...opts }, bytes ? body(bytes) : undefined);
  return WARCSerializer.serialize(record, { gzip });
}

const PAGE_1252 = iconv.encode(
  '<!DOCTYPE html><html><head><title>Quake</title></head><body><article><h1>Rescuers search rubble</h1>' +
    '<p>The café’s owner said “it shook for a minute” — then stopped, officials said on Tuesday.</p></article></body></html>',
  'windows-1252',
);
const PAGE_UTF8 = Buffer.from(
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Beben</title></head><body><article>' +
    '<p>In Zürich sagte die Sprecherin, der Schaden betrage 5 Millionen € — vorläufig.</p></article></body></html>',
  'utf8',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

/** The records of a small crawl: warcinfo, two pages with their requests, an image, a 404, metadata, a revisit. */
async function crawl(gzip: boolean): Promise<Buffer> {
  const date = '2024-06-04T09:30:00Z';
  const parts = [
    await rec({ type: 'warcinfo', filename: 'crawl.warc' }, 'software: test\r\nformat: WARC File Format 1.1\r\n', gzip),
    await rec({ type: 'request', url: 'https://news.example/quake', date, statusline: 'GET /quake HTTP/1.1', httpHeaders: { Host: 'news.example' } }, null, gzip),
    await rec({ type: 'response', url: 'https://news.example/quake', date, httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, PAGE_1252, gzip),
    await rec({ type: 'request', url: 'https://zeitung.example/beben', date: '2024-06-04T09:31:00Z', statusline: 'GET /beben HTTP/1.1' }, null, gzip),
    await rec({ type: 'response', url: 'https://zeitung.example/beben', date: '2024-06-04T09:31:00Z', httpHeaders: { 'Content-Type': 'text/html' } }, PAGE_UTF8, gzip),
    await rec({ type: 'response', url: 'https://news.example/photo.png', date, httpHeaders: { 'Content-Type': 'image/png' } }, PNG, gzip),
    await rec({ type: 'response', url: 'https://news.example/gone', date, statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' } }, '<html><body><p>Not found</p></body></html>', gzip),
    await rec({ type: 'metadata', url: 'https://news.example/quake', date, warcHeaders: { 'Content-Type': 'application/warc-fields' } }, 'outlink: https://news.example/photo.png\r\n', gzip),
    await rec({ type: 'revisit', url: 'https://news.example/quake', date: '2024-06-05T09:30:00Z', refersToUrl: 'https://news.example/quake', refersToDate: date, httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, null, gzip),
  ];
  return Buffer.concat(parts);
}

/** Every item of a reading, the summary it returned and the notes it gave. */
async function readAll(gen: AsyncGenerator<IngestItem, WarcSummary | null>): Promise<{ items: IngestItem[]; summary: WarcSummary | null }> {
  const items: IngestItem[] = [];
  for (let r = await gen.next(); ; r = await gen.next()) {
    if (r.done) return { items, summary: r.value };
    items.push(r.value);
  }
}

function withNotes(extra: WarcOptions = {}): { options: WarcOptions; notes: { source: string; message: Message }[] } {
  const notes: { source: string; message: Message }[] = [];
  return { notes, options: { ...extra, onNote: (source, message) => notes.push({ source, message }) } };
}

const EXPECTED_SKIPS = { warcinfo: 1, request: 2, 'non-HTML response': 1, 'non-2xx response': 1, metadata: 1, revisit: 1 };

for (const gzip of [false, true]) {
  test(`${gzip ? '.warc.gz' : '.warc'}: 2xx HTML responses become documents with their capture; the rest is counted`, async () => {
    const path = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
    writeFileSync(path, await crawl(gzip));
    const { options, notes } = withNotes();
    const { items, summary } = await readAll(readWarc(path, options));
    assert.equal(items.length, 2);
    const [a, b] = items.map((i) => {
      assert.ok(i.ok, JSON.stringify(i));
      return i.document;
    });
    assert.equal(a.source, `${path}#3`);
    assert.equal(a.mediaType, 'html');
    assert.match(a.content, /The café’s owner said “it shook for a minute” — then stopped/);
    assert.deepEqual(a.charset, { name: 'windows-1252', basis: 'meta' });
    assert.deepEqual(a.hints, { url: 'https://news.example/quake' });
    assert.deepEqual(a.capture, {
      kind: 'warc',
      url: 'https://news.example/quake',
      finalUrl: 'https://news.example/quake',
      status: 200,
      fetchedAt: '2024-06-04T09:30:00Z',
      contentType: 'text/html; charset=windows-1252',
    });
    assert.equal(b.source, `${path}#5`);
    assert.match(b.content, /In Zürich sagte die Sprecherin, der Schaden betrage 5 Millionen € — vorläufig/);
    assert.deepEqual(b.charset, { name: 'utf-8', basis: 'meta' });
    assert.equal(b.hints.url, 'https://zeitung.example/beben');
    assert.equal(b.capture?.fetchedAt, '2024-06-04T09:31:00Z');
    assert.equal(b.capture?.contentType, 'text/html');
    assert.deepEqual(summary, { records: 9, documents: 2, failed: 0, skipped: EXPECTED_SKIPS, complete: true });
    assert.equal(notes.length, 1);
    assert.equal(notes[0].source, path);
    assert.equal(notes[0].message.severity, 'info');
    assert.equal(notes[0].message.ruleId, 'ingest/warc-summary');
    assert.equal(notes[0].message.reason, '9 WARC records: 2 documents, 0 failed, 7 skipped (1 warcinfo, 2 request, 1 non-HTML response, 1 non-2xx response, 1 metadata, 1 revisit)');
  });
}

test('plain and gzipped archives give the same documents with the same content ids; a page captured twice keeps its id', async () => {
  const plain = await readAll(readWarcStream('a.warc', body(await crawl(false))));
  const gz = await readAll(readWarcStream('a.warc.gz', body(await crawl(true))));
  const ids = (r: { items: IngestItem[] }) => r.items.map((i) => (i.ok ? i.document.id : 'failed'));
  assert.deepEqual(ids(plain), ids(gz));
  const twice = Buffer.concat([
    await rec({ type: 'response', url: 'https://news.example/quake', date: '2024-06-04T09:30:00Z', httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, PAGE_1252, true),
    await rec({ type: 'response', url: 'https://news.example/quake?utm=x', date: '2024-06-06T10:00:00Z', httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, PAGE_1252, true),
  ]);
  const again = await readAll(readWarcStream('twice.warc.gz', body(twice)));
  assert.equal(again.items.length, 2);
  assert.equal(ids(again)[0], ids(plain)[0]);
  assert.equal(ids(again)[1], ids(plain)[0]);
});

test('a truncated .warc.gz yields the records before the cut, then a failure with the reason', async () => {
  const parts = [
    await rec({ type: 'warcinfo', filename: 'cut.warc.gz' }, 'software: test\r\n', true),
    await rec({ type: 'response', url: 'https://news.example/quake', httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, PAGE_1252, true),
    await rec({ type: 'response', url: 'https://zeitung.example/beben', httpHeaders: { 'Content-Type': 'text/html' } }, PAGE_UTF8, true),
  ];
  const whole = Buffer.concat(parts);
  const cut = whole.subarray(0, whole.length - Math.floor(parts[2].length / 2));
  const path = join(dir, 'cut.warc.gz');
  writeFileSync(path, cut);
  const { options, notes } = withNotes();
  const { items, summary } = await readAll(readWarc(path, options));
  assert.equal(items.length, 2);
  assert.ok(items[0].ok && items[0].document.hints.url === 'https://news.example/quake');
  const failure = items[1];
  assert.ok(!failure.ok);
  assert.equal(failure.source, path);
  assert.equal(failure.messages[0].ruleId, 'ingest/warc-truncated');
  assert.match(failure.messages[0].reason, /^the WARC archive is truncated or corrupt at record 3: unexpected end of file; 1 documents were read before it$/);
  assert.equal(summary?.complete, false);
  assert.match(notes[0].message.reason, /^2 WARC records, then one cut short or corrupt: 1 document, 1 failed, 1 skipped \(1 warcinfo\)$/);
});

test('a truncated plain .warc and a file that is no WARC fail with a reason instead of hanging', async () => {
  const whole = await crawl(false);
  const cutAt = whole.indexOf('In Zürich');
  const cut = await readAll(readWarcStream('cut.warc', body(whole.subarray(0, cutAt))));
  assert.equal(cut.items.length, 2);
  assert.ok(cut.items[0].ok);
  assert.ok(!cut.items[1].ok);
  assert.match(cut.items[1].messages[0].reason, /truncated or corrupt at record 5: the archive ends \d+ bytes before the end of the record; 1 documents/);
  const notWarc = await readAll(readWarcStream('page.warc', body(Buffer.from('<html><body><p>Not an archive.</p></body></html>\r\n\r\n'))));
  assert.equal(notWarc.items.length, 1);
  assert.ok(!notWarc.items[0].ok);
  assert.match(notWarc.items[0].messages[0].reason, /at record 1: the record does not start with a WARC version line/);
  const badGzip = await readAll(readWarcStream('bad.warc.gz', body(Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(64, 0xab)]))));
  assert.equal(badGzip.items.length, 1);
  assert.ok(!badGzip.items[0].ok);
  assert.match(badGzip.items[0].messages[0].reason, /truncated or corrupt at record 1: /);
});

test('chunked and gzip-encoded payloads, HTML resources and sniffed pages are read; the size limit holds per record', async () => {
  const html = '<html><head><title>Encoded</title></head><body><p>Encoded page about the earthquake response.</p></body></html>';
  const gz = gzipSync(Buffer.from(html));
  const chunked = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
  const big = `<html><body>${'<p>A long paragraph about the quake.</p>'.repeat(200)}</body></html>`;
  const warc = Buffer.concat([
    await rec({ type: 'response', url: 'https://a.example/enc', httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' } }, chunked, false),
    await rec({ type: 'resource', url: 'file:///saved/page.html', warcHeaders: { 'Content-Type': 'text/html' } }, '<html><body><p>A saved page.</p></body></html>', false),
    await rec({ type: 'resource', url: 'file:///saved/notes.txt', warcHeaders: { 'Content-Type': 'text/plain' } }, 'Some notes.', false),
    await rec({ type: 'response', url: 'https://a.example/untyped', httpHeaders: { Server: 'test' } }, '<!DOCTYPE html><html><body><p>No type given.</p></body></html>', false),
    await rec({ type: 'response', url: 'https://a.example/big', httpHeaders: { 'Content-Type': 'text/html' } }, big, false),
    await rec({ type: 'response', url: 'https://a.example/after', httpHeaders: { 'Content-Type': 'text/html' } }, '<html><body><p>After the big one.</p></body></html>', false),
  ]);
  const { items, summary } = await readAll(readWarcStream('mixed.warc', body(warc), { maxBytes: 4096 }));
  const ok = items.filter((i) => i.ok).map((i) => (i.ok ? i.document : null)!);
  assert.deepEqual(ok.map((d) => d.hints.url), ['https://a.example/enc', 'file:///saved/page.html', 'https://a.example/untyped', 'https://a.example/after']);
  assert.match(ok[0].content, /Encoded page about the earthquake/);
  assert.equal(ok[1].capture?.status, null);
  assert.equal(ok[1].capture?.contentType, 'text/html');
  assert.equal(ok[2].capture?.contentType, null);
  const failed = items.filter((i) => !i.ok);
  assert.equal(failed.length, 1);
  assert.ok(!failed[0].ok && failed[0].source === 'mixed.warc#5' && failed[0].messages[0].ruleId === 'ingest/too-large');
  assert.deepEqual(summary, { records: 6, documents: 4, failed: 1, skipped: { 'non-HTML resource': 1 }, complete: true });
});

test('folders pick up .warc and .warc.gz files and readInputs passes on their summaries', async () => {
  const folder = join(dir, 'inputs');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.warc.gz'), await crawl(true));
  writeFileSync(join(folder, 'b.html'), '<html><body><p>A plain page.</p></body></html>');
  const notes: string[] = [];
  const sources: string[] = [];
  for await (const item of readInputs([folder], { onNote: (source, m) => notes.push(`${source}: ${m.reason}`) })) sources.push(item.ok ? item.document.source : item.source);
  assert.deepEqual(sources, [join(folder, 'a.warc.gz#3'), join(folder, 'a.warc.gz#5'), join(folder, 'b.html')]);
  assert.equal(notes.length, 1);
  assert.match(notes[0], /a\.warc\.gz: 9 WARC records: 2 documents/);
});

test('an archive cut at any byte gives a prefix of its documents and at most one failure, never an exception', async () => {
  for (const gzip of [false, true]) {
    const whole = await crawl(gzip);
    const full = (await readAll(readWarcStream('w', body(whole)))).items.map((i) => (i.ok ? i.document.id : ''));
    for (let at = 0; at < whole.length; at += gzip ? 5 : 7) {
      const { items, summary } = await readAll(readWarcStream('w', body(whole.subarray(0, at))));
      const docs = items.filter((i) => i.ok).map((i) => (i.ok ? i.document.id : ''));
      assert.deepEqual(docs, full.slice(0, docs.length), `cut at ${at}`);
      const failures = items.filter((i) => !i.ok);
      assert.ok(failures.length <= 1, `cut at ${at}`);
      if (failures.length === 1) {
        assert.equal(items.at(-1), failures[0]);
        assert.equal(summary?.complete, false);
      }
    }
  }
});
