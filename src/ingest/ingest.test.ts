// Tests for ingestion: charset decoding, type sniffing, JSON records, content ids and bad input.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { contentId, decodeBytes, documentsFromBytes } from './index.js';

function only(items: ReturnType<typeof documentsFromBytes>) {
  assert.equal(items.length, 1);
  const item = items[0];
  assert.ok(item.ok, `expected a document, got ${JSON.stringify(item)}`);
  return item.document;
}

test('windows-1252 text without a declaration is detected and decoded', () => {
  const text = 'The café’s “special” costs 5 € — naïve résumé, Zürich.\n'.repeat(5);
  const bytes = iconv.encode(text, 'windows-1252');
  const d = decodeBytes(bytes, { html: false });
  assert.equal(d.text, text);
  assert.equal(d.charset.name, 'windows-1252');
});

test('a meta charset declaration decides for HTML', () => {
  const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Über die Brücke, sagte sie.</p></body></html>';
  const doc = only(documentsFromBytes('page.html', iconv.encode(html, 'latin1')));
  assert.equal(doc.mediaType, 'html');
  assert.match(doc.content, /Über die Brücke/);
  assert.equal(doc.charset.basis, 'meta');
});

test('http-equiv content-type charset is honoured', () => {
  const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Москва заявила</p></body></html>';
  const doc = only(documentsFromBytes('page.htm', iconv.encode(html, 'windows-1251')));
  assert.match(doc.content, /Москва заявила/);
});

test('a UTF-8 BOM and a UTF-16 BOM are honoured', () => {
  const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kim Jong-un said.', 'utf8')]);
  assert.equal(only(documentsFromBytes('a.txt', bom8)).content, 'Kim Jong-un said.');
  const bom16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße aus Seoul', 'utf16le')]);
  assert.equal(only(documentsFromBytes('b.txt', bom16)).content, 'Grüße aus Seoul');
});

test('invalid UTF-8 that no detector explains still decodes, with the document kept', () => {
  const bytes = Buffer.concat([Buffer.from('Valid start. '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' end.')]);
  const doc = only(documentsFromBytes('bad.txt', bytes));
  assert.match(doc.content, /^Valid start\./);
  assert.match(doc.content, /end\.$/);
});

test('empty, whitespace-only and binary inputs fail with a reason', () => {
  for (const [name, bytes, rule] of [
    ['empty.txt', Buffer.alloc(0), 'ingest/empty'],
    ['blank.txt', Buffer.from('  \n\t \n'), 'ingest/empty'],
    ['image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]), 'ingest/binary'],
  ] as const) {
    const items = documentsFromBytes(name, bytes);
    assert.equal(items.length, 1);
    assert.equal(items[0].ok, false);
    if (!items[0].ok) assert.equal(items[0].messages[0].ruleId, rule, name);
  }
});

test('gzip is undone and the inner name decides the type', () => {
  const doc = only(documentsFromBytes('page.html.gz', gzipSync(Buffer.from('<p>Hello from a compressed page.</p>'))));
  assert.equal(doc.mediaType, 'html');
  assert.match(doc.content, /compressed page/);
});

test('a document over the size limit fails without being decoded', () => {
  const items = documentsFromBytes('big.txt', Buffer.alloc(2048, 0x61), { maxBytes: 1024, binaryControlRatio: 0.1 });
  assert.equal(items[0].ok, false);
  if (!items[0].ok) assert.equal(items[0].messages[0].ruleId, 'ingest/too-large');
});

test('type is sniffed from content when the name says nothing', () => {
  assert.equal(only(documentsFromBytes('-', Buffer.from('<!DOCTYPE html><html><body><p>x</p></body></html>'))).mediaType, 'html');
  assert.equal(only(documentsFromBytes('-', Buffer.from('Plain words on a line.\nAnother line.'))).mediaType, 'text');
});

test('JSON lines records become documents with content ids, their own ids kept as external ids, and hints; a bad line fails alone', () => {
  const jsonl = [
    JSON.stringify({ id: 'a1', url: 'https://example.org/a', title: 'T', text: 'Body one.', published: '2024-10-23', outlet: 'Example' }),
    '{not json',
    JSON.stringify({ id: 'a2', html: '<p>Body two.</p>' }),
    JSON.stringify({ id: 'a3' }),
  ].join('\n');
  const items = documentsFromBytes('batch.jsonl', Buffer.from(jsonl));
  assert.equal(items.length, 4);
  assert.ok(items[0].ok && items[0].document.hints.outlet === 'Example');
  assert.equal(items[0].document.id, contentId('Body one.'));
  assert.equal(items[0].document.externalId, 'a1');
  assert.equal(items[1].ok, false);
  assert.ok(items[2].ok && items[2].document.mediaType === 'html');
  assert.equal(items[3].ok, false);
});

test('a JSON array of records is read record by record', () => {
  const items = documentsFromBytes('batch.json', Buffer.from(JSON.stringify([{ text: 'One.' }, { text: 'Two.' }])));
  assert.equal(items.filter((i) => i.ok).length, 2);
});

test('content ids are stable across line endings and surrounding whitespace, and differ across content', () => {
  assert.equal(contentId('a\r\nb\n'), contentId('a\nb'));
  assert.notEqual(contentId('a\nb'), contentId('a\nc'));
  assert.match(contentId('x'), /^[0-9a-f]{16}$/);
});

test("a record's title keeps no HTML references; its text stays as sent (decoded at extraction)", () => {
  const jsonl = JSON.stringify({ id: 'a1', title: 'Smith &amp; Wesson found &amp;amp; AT&T', text: 'Police found a Smith &amp; Wesson.' });
  const doc = only(documentsFromBytes('batch.jsonl', Buffer.from(jsonl)));
  assert.equal(doc.hints.title, 'Smith & Wesson found &amp; AT&T');
  assert.equal(doc.content, 'Police found a Smith &amp; Wesson.');
});
