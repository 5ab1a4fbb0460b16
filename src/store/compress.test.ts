import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { compressText, maybeCompressText, storedText } from './compress.js';

const texts = [
  '',
  'Police said two people were shot.',
  'Zoë’s café — “naïve” résumé. 東京で火事。 🚒🚓 '.repeat(40),
  Array.from({ length: 3000 }, (_, i) => `line ${i * 7919 % 1013}: ${String.fromCharCode(0x41 + (i * 31) % 26)}`).join('\n'),
];

test('a compressed text reads back as the text', () => {
  for (const t of texts) assert.equal(storedText(compressText(t)), t);
});

test('values stored at the default level read back the same (stores written before the level changed)', () => {
  for (const t of texts) assert.equal(storedText(deflateRawSync(Buffer.from(t, 'utf8'))), t);
});

test('short values stay plain text, long repetitive ones are compressed', () => {
  assert.equal(maybeCompressText('short value'), 'short value');
  const packed = maybeCompressText(texts[2]!);
  assert.ok(Buffer.isBuffer(packed));
  assert.ok(packed.length < texts[2]!.length / 4);
  assert.equal(storedText(packed), texts[2]);
});
