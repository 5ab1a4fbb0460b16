// Tests large JSON state in parts: long arrays anywhere in the value are cut into slices and put back whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromParts, toParts } from './state-parts.js';

test('long arrays become slices in their own parts; the value comes back equal', () => {
  const value = {
    version: 1,
    options: { k: [1, 2, 3], name: 'x' },
    nested: { docs: Array.from({ length: 25 }, (_, i) => ({ id: `d${i}`, terms: [[`t${i}`, i / 7]] })) },
    postings: Array.from({ length: 11 }, (_, i) => [`t${i}`, [i, i + 1]]),
    empty: [],
    nothing: null,
  };
  const parts = toParts(value, 10);
  assert.equal(parts.length, 1 + 3 + 2, 'a skeleton, three slices of 25 documents, two of 11 postings');
  assert.ok(parts.every((p) => p.length < 1000));
  assert.ok(parts[0]!.includes('"k":[1,2,3]'), 'short arrays stay in the skeleton');
  assert.deepEqual(fromParts(parts), value);
});

test('a value without long arrays is one part; a missing part is an error', () => {
  assert.deepEqual(toParts({ a: [1, 2] }, 10), ['{"a":[1,2]}']);
  const parts = toParts({ a: Array.from({ length: 30 }, (_, i) => i) }, 10);
  assert.throws(() => fromParts(parts.slice(0, 2)), /part 2 is missing/);
});
