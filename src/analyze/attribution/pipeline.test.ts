// Tests of the content span rule: a reported clause's subject alone runs on to the end of its sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wholeClause } from './pipeline.js';
import { tokenize } from './tokenize.js';

const at = (words: string[], w: string): number => words.indexOf(w);

test('a subject before an auxiliary runs on to the sentence end, final stop left out', () => {
  const t = tokenize('The agency confirmed the North has decided to send troops. Officials agreed.');
  const cue = at(t.words, 'confirmed');
  const north = at(t.words, 'North');
  assert.deepEqual(wholeClause(t, cue + 1, [cue + 1, north]), [cue + 1, at(t.words, 'troops')]);
});

test('after a colon too; contents that end elsewhere or start away from the cue are kept', () => {
  const t = tokenize('The agency confirmed: the North was sending troops, officials said.');
  const cue = at(t.words, 'confirmed');
  const north = at(t.words, 'North');
  assert.deepEqual(wholeClause(t, cue + 1, [cue + 2, north]), [cue + 2, at(t.words, 'troops')]);
  const u = tokenize('Police said the man fled on foot and was caught.');
  const said = at(u.words, 'said');
  assert.deepEqual(wholeClause(u, said + 1, [said + 1, at(u.words, 'foot')]), [said + 1, at(u.words, 'foot')]);
  assert.deepEqual(wholeClause(u, said + 1, [0, 1]), [0, 1]);
  assert.equal(wholeClause(u, said + 1, null), null);
});
