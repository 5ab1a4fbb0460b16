import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedCache } from './bounded-cache.js';

test('a value is made once per key, and the cache starts over once it holds its limit', () => {
  let made = 0;
  const cache = new BoundedCache<string, number>(2);
  const make = (k: string) => { made++; return k.length; };
  assert.equal(cache.get('ab', make), 2);
  assert.equal(cache.get('ab', make), 2);
  assert.equal(made, 1);
  cache.get('abc', make);
  cache.get('abcd', make); // the third key clears the two before it
  assert.equal(made, 3);
  cache.get('ab', make);
  assert.equal(made, 4);
  cache.get('abcd', make);
  assert.equal(made, 4);
});
