// Unit tests of the per-host scheduler: concurrency per host, the minimum interval between starts, hosts independent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { HostScheduler } from './schedule.js';

async function load(s: HostScheduler, host: string, jobs: number, holdMs: number, log: { host: string; start: number; end: number }[]): Promise<void> {
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      const release = await s.acquire(host);
      const start = Date.now();
      await sleep(holdMs);
      log.push({ host, start, end: Date.now() });
      release();
    }),
  );
}

function maxOverlap(log: { start: number; end: number }[]): number {
  let max = 0;
  for (const a of log) max = Math.max(max, log.filter((b) => b.start <= a.start && b.end > a.start).length);
  return max;
}

test('at most perHost requests at a time to one host; other hosts are not held up', async () => {
  const s = new HostScheduler(2, 0);
  const log: { host: string; start: number; end: number }[] = [];
  await Promise.all([load(s, 'a.test', 6, 30, log), load(s, 'b.test', 2, 30, log)]);
  const a = log.filter((l) => l.host === 'a.test');
  assert.equal(a.length, 6);
  assert.equal(maxOverlap(a), 2);
  const b = log.filter((l) => l.host === 'b.test');
  assert.ok(Math.max(...b.map((l) => l.end)) < Math.max(...a.map((l) => l.end)), 'b.test finished while a.test still queued');
});

test('starts on one host are spaced by the interval; slowDown raises it', async () => {
  // A job may see its grant late when the machine is busy, never early: so the i-th start is at
  // least i intervals after the jobs were queued, whatever the load (the gap between two observed
  // starts can shrink when the first one's continuation runs late).
  const s = new HostScheduler(4, 40);
  const log: { host: string; start: number; end: number }[] = [];
  const queued = Date.now();
  await load(s, 'a.test', 4, 1, log);
  const starts = log.map((l) => l.start).sort((x, y) => x - y);
  for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! - queued >= i * 40 - 2, `start ${i} at ${starts[i]! - queued} ms`);
  s.slowDown('b.test', 120);
  const slow: typeof log = [];
  const queuedSlow = Date.now();
  await load(s, 'b.test', 2, 1, slow);
  const y = Math.max(...slow.map((l) => l.start));
  assert.ok(y - queuedSlow >= 118, `second start at ${y - queuedSlow} ms`);
});
