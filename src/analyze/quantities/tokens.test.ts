import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize, tokenizeByMatchAll } from './tokens.js';

const texts = [
  '',
  '   ',
  'Police said 12,000.5 people and 3 dogs.\nAbout .534 of them\r\n\n  1.2.3 left at 5:30 p.m.',
  'Korea’s troops — “about 10,000” — moved; O\'Brien said 2.5%.',
  'Zoë 𝐀𝐁𝐂 12 😀 ünïcode\u2028line\u00a0space 7',
  'lone \ud800 high and \udc00 low surrogates 9.9',
];

test('tokens match the pattern matched with matchAll, line starts included', () => {
  for (const t of texts) assert.deepEqual(tokenize(t), tokenizeByMatchAll(t));
  const pool = ['a', 'Z', '1', '0', ',', '.', ' ', '\n', '\t', '’', "'", 'é', '😀', '\ud800', '-', '%', '$'];
  let x = 42;
  for (let n = 0; n < 500; n++) {
    let s = '';
    const len = n % 60;
    for (let i = 0; i < len; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      s += pool[x % pool.length];
    }
    assert.deepEqual(tokenize(s), tokenizeByMatchAll(s), JSON.stringify(s));
  }
});

test('the first token starts a line and a token after a line feed does', () => {
  const toks = tokenize('First 10\n  second 20 third');
  assert.deepEqual(toks.map((t) => t.lineStart), [true, false, true, false, false]);
  assert.deepEqual(toks.map((t) => t.kind), ['word', 'num', 'word', 'num', 'word']);
});
