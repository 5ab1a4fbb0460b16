import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { HeapBound } from './heap-bound.js';

test('the heap bound collects once the heap grew past its margin, and not before', () => {
  const bound = new HeapBound(32 * 1024 * 1024);
  assert.equal(bound.check(), false, 'nothing grew yet');
  // About 64 MB held, then dropped: garbage until a collection.
  const held: number[][] = [];
  for (let i = 0; i < 64; i++) held.push(new Array<number>(128 * 1024).fill(i + 0.5));
  const grown = getHeapStatistics().used_heap_size;
  held.length = 0;
  assert.equal(bound.check(), true, 'the garbage passed the margin');
  assert.equal(bound.collections, 1);
  assert.ok(getHeapStatistics().used_heap_size < grown - 32 * 1024 * 1024, 'the dropped arrays were collected');
  assert.equal(bound.check(), false, 'collected: the heap is back under the bound');
});

test('a bound with a margin larger than the garbage does not collect', () => {
  const bound = new HeapBound(1024 * 1024 * 1024);
  for (let i = 0; i < 16; i++) new Array<number>(128 * 1024).fill(i + 0.5);
  assert.equal(bound.check(), false);
  assert.equal(bound.collections, 0);
});
