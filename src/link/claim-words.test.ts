// Pins how a value reads in a claim group's statement: scale kept, currency symbols, and a bore in inches as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueInWords } from './claim-words.js';

test('a bore in inches reads as written; other values keep their scale and symbol', () => {
  assert.deepEqual([0.38, 0.357, 0.4].map((v) => valueInWords(v, null, 'caliber')), ['.38', '.357', '.40']);
  assert.equal(valueInWords(9, null, 'millimetre'), '9');
  assert.equal(valueInWords(29_000_000_000, null, 'USD'), '$29 billion');
  assert.equal(valueInWords(0.5, 'about', 'percent'), 'about 0.5 percent');
});
