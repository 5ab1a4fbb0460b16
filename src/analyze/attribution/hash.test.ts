import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mix, mix3, mix3Bits, mixBits } from './hash.js';

/** The murmur3 finaliser over a combination, as the model's weights were trained with (unsigned result). */
function reference(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

test('mixBits holds the bits of mix as a signed integer; mix is unchanged', () => {
  let x = 987654321;
  const next = (): number => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
  const values = [0, 1, 3, 255, 0x7fffffff, 0x80000000, 0xffffffff];
  for (let i = 0; i < 2000; i++) values.push(next());
  let negative = 0;
  for (const a of values) {
    const b = next();
    const bits = mixBits(a, b);
    assert.ok(Number.isInteger(bits) && bits >= -0x80000000 && bits <= 0x7fffffff);
    if (bits < 0) negative++;
    assert.equal(mix(a, b), reference(a, b));
    assert.equal(bits >>> 0, reference(a, b));
    // A signed result mixed again, or stored in a Uint32Array, is the unsigned one.
    assert.equal(mixBits(bits, 7) >>> 0, reference(reference(a, b), 7));
    assert.equal(mix3Bits(a, b, 11) >>> 0, mix3(a, b, 11));
    assert.equal(new Uint32Array([bits])[0], mix(a, b));
  }
  assert.ok(negative > 100);
});
