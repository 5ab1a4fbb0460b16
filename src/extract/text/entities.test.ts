// Tests for HTML character references in plain text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities } from './entities.js';
import { extractPageText } from './index.js';

test('references decode once; bare ampersands and unknown references stay', () => {
  assert.equal(decodeEntities('Smith &amp; Wesson &#39;s &#x2014; &quot;no&quot;'), 'Smith & Wesson \'s \u2014 "no"');
  assert.equal(decodeEntities('&amp;amp; &amp;lt;'), '&amp; &lt;');
  assert.equal(decodeEntities('AT&T and R&B; &foo; &constructor;'), 'AT&T and R&B; &foo; &constructor;');
  assert.equal(decodeEntities('Caf&eacute; &Eacute;cole &euro;5 &hellip;'), 'Caf\u00e9 \u00c9cole \u20ac5 \u2026');
  assert.equal(decodeEntities('a&#0;b'), 'a\ufffdb');
  const plain = 'No references here.';
  assert.equal(decodeEntities(plain), plain);
});

test('page text that keeps references reads as its characters', () => {
  const para = 'Police said the gun, a Smith &amp; Wesson revolver, was found near the house on Tuesday evening after the shooting.';
  const out = extractPageText(`${para}\n\n${para.replace('Tuesday', 'Wednesday')}\n\n${para.replace('Tuesday', 'Thursday')}`);
  assert.ok(out.paragraphs.length > 0);
  assert.ok(out.paragraphs.every((p) => p.includes('Smith & Wesson') && !p.includes('&amp;')), JSON.stringify(out.paragraphs));
});
