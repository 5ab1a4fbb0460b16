// A small sample of the fuzz run (scripts/fuzz): one hostile document of each kind through `extract` and `add`, without a crash or a hang.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOSTILE_KINDS, hostileGenerator } from '../scripts/fuzz/generate.js';
import { fuzz } from '../scripts/fuzz/main.js';

test('the generator is deterministic per seed and document, and covers every kind in order', () => {
  const [a, b] = [hostileGenerator(5), hostileGenerator(5)];
  for (const i of [0, 7, 15]) assert.ok(a(i).bytes.equals(b(i).bytes), `document ${i} is made again the same`);
  assert.notDeepEqual(hostileGenerator(6)(3).bytes, a(3).bytes);
  assert.deepEqual(Array.from({ length: HOSTILE_KINDS.length }, (_, i) => a(i).kind), HOSTILE_KINDS);
});

test('one hostile document of each kind: no crash, no hang, every failure a per-document message with its rule', async () => {
  // A hang is two minutes without progress; the slowest sample document takes seconds.
  const report = await fuzz({ count: HOSTILE_KINDS.length, seed: 7, jobs: 1, hangMs: 120_000 });
  assert.equal(report.documents, HOSTILE_KINDS.length);
  assert.deepEqual(report.crashes, []);
  assert.deepEqual(report.hangs, []);
  assert.equal(report.bareFailures, 0);
  assert.ok(report.failedDocuments > 0 && report.extracted > 0, 'some documents fail with messages, some give articles');
  assert.ok(report.failureRules.some(([rule]) => rule === 'ingest/gzip'), 'the decompression bomb is refused by its rule');
});
