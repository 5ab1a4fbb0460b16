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

test('a margin in proportion to the live heap is kept between its least and its most', () => {
  // However large the live heap, the most (16 MB) is the margin: 64 MB of garbage passes it.
  const capped = new HeapBound({ least: 0, most: 16 * 1024 * 1024, share: 100 });
  const held: number[][] = [];
  for (let i = 0; i < 64; i++) held.push(new Array<number>(128 * 1024).fill(i + 0.5));
  held.length = 0;
  assert.equal(capped.check(), true, 'the garbage passed the most');
  // With no share of the live heap, the least (1 GB) is the margin: the same garbage stays under it.
  const least = new HeapBound({ least: 1024 * 1024 * 1024, most: 2048 * 1024 * 1024, share: 0 });
  for (let i = 0; i < 64; i++) held.push(new Array<number>(128 * 1024).fill(i + 0.5));
  held.length = 0;
  assert.equal(least.check(), false, 'under the least');
  // A share of the live heap: half of what the last collection left, whatever that is here, is passed.
  const half = new HeapBound({ least: 0, most: 4096 * 1024 * 1024, share: 0.5 });
  const live = half.collect();
  for (let i = 0; i < Math.ceil(live / 2 / (1024 * 1024)) + 16; i++) held.push(new Array<number>(128 * 1024).fill(i + 0.5));
  held.length = 0;
  assert.equal(half.check(), true, 'the garbage passed half the live heap');
  // Fifty times the live heap (least 0) is not passed by 64 MB of garbage.
  const many = new HeapBound({ least: 0, most: 4096 * 1024 * 1024, share: 50 });
  many.collect();
  for (let i = 0; i < 64; i++) held.push(new Array<number>(128 * 1024).fill(i + 0.5));
  held.length = 0;
  assert.equal(many.check(), false, 'under fifty times the live heap');
});
