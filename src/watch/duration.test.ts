// Durations for --every: units, sums, and what is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDuration } from './duration.js';

test('durations with units and sums of them', () => {
  assert.equal(parseDuration('30s'), 30_000);
  assert.equal(parseDuration('10m'), 600_000);
  assert.equal(parseDuration('1h'), 3_600_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration(' 1.5s '), 1_500);
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('2D'), 172_800_000);
});

test('a bare number, an unknown unit, a negative or zero duration are refused', () => {
  for (const bad of ['10', '', 'm', '10 minutes', '-5s', '0s', '5x', '1h-30m']) assert.throws(() => parseDuration(bad), /duration/, bad);
});
