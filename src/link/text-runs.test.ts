// Pins that the runs of a text are those between the characters no name or role pattern matches, surrogate pairs read as one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesIn, runsByPattern, runsHolding, runsOf } from './text-runs.js';

test('runsOf: the runs between the characters outside every match, the same as the pattern gives', () => {
  const texts = ['Police spokesman Joe Lee (a veteran) said: "No."', 'a\ud83d\ude00b 𝐀bc \ud800 x\udc00y 12_3 “q” ’s, — –- é\u00a0Z', '', '!!', 'abc'];
  for (const t of texts) assert.deepEqual(runsOf(t), runsByPattern(t), JSON.stringify(t));
  assert.deepEqual(runsOf('ab (cd) e'), [[0, 3], [4, 6], [7, 9]]);
  // An emoji is outside a run, a mathematical letter inside one.
  assert.deepEqual(runsOf('a\ud83d\ude00b 𝐀c'), [[0, 1], [3, 8]]);
});

test('runsHolding and matchesIn: a pattern is tried in the runs that hold its word only, in order', () => {
  const t = 'Chief Ann Bell; (nothing here) "Chief Joe Lee"';
  const runs = runsHolding(t, runsOf(t), 'Chief');
  assert.deepEqual(runs.map(([s, e]) => t.slice(s, e)), ['Chief Ann Bell', 'Chief Joe Lee']);
  assert.deepEqual([...matchesIn(t, runs, /Chief (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu)].map((m) => m[1]), ['Ann Bell', 'Joe Lee']);
  assert.deepEqual(runsHolding(t, runsOf(t), /Sheriff/g), []);
});
